import type { ChargebeeEvent } from '../events.js';
import { day } from '../invoice-lines.js';
import { settingValue, upsertSetting } from '../mappings.js';
import { togaiLink } from './chargebee-customer-to-togai.js';
import { outcome, type FlowClients, type FlowOutcome } from './outcome.js';

/** Setting on a Togai price plan naming the Chargebee item price whose payment grants it. */
export const PLAN_SETTING = { namespace: 'chargebee', id: 'itemPriceId' } as const;
/** Setting on the Togai account: when (unix seconds) the payment that chose its current plan was made. */
export const PAID_AT_SETTING = { namespace: 'chargebee', id: 'planPaidAt', name: 'Paid at (unix seconds) of the payment that chose the price plan' } as const;
// Togai wants an end to every schedule; a prepaid plan stays until something dissociates it
const OPEN_ENDED = '9999-12-30';

/** The Togai price plan a paid item price maps to: the connection's configuration first, then price plan settings. */
async function planFor(clients: FlowClients, itemPriceIds: string[]): Promise<{ itemPriceId: string; pricePlanId: string } | undefined> {
  for (const itemPriceId of itemPriceIds) {
    const configured = clients.itemPricePlans?.[itemPriceId];
    if (configured) return { itemPriceId, pricePlanId: configured };
  }
  const settings = await clients.togai.settings({ entity_type: 'PRICE_PLAN', namespace: PLAN_SETTING.namespace, setting_id: PLAN_SETTING.id });
  for (const itemPriceId of itemPriceIds) {
    const setting = settings.find((s) => s.value === itemPriceId);
    if (setting) return { itemPriceId, pricePlanId: setting.entityId };
  }
  return undefined;
}

/**
 * Flow 7: a Chargebee payment succeeded (webhook payment_succeeded). The Togai price plan
 * mapped to the paid item price is associated with the customer's Togai account from the
 * payment's day. The plan the account is billed on now is read first: the same plan means
 * the work is done; another plan is dissociated so the paid one replaces it, unless a later
 * payment chose it (the account's chargebee.planPaidAt setting), as a redelivered webhook may.
 */
export async function chargebeePaymentToTogaiPlan(event: ChargebeeEvent, clients: FlowClients): Promise<FlowOutcome> {
  const { customer, invoice, transaction } = event.content;
  if (!customer || !invoice) return outcome(7, 'skipped', `event ${event.id} (${event.event_type}) carries no customer or invoice`);
  const itemPrices = (invoice.line_items ?? []).filter((l) => l.entity_type.endsWith('item_price') && l.entity_id).map((l) => l.entity_id!);
  const plan = await planFor(clients, itemPrices);
  if (!plan) {
    const paid = itemPrices.length ? `item prices ${itemPrices.join(', ')}` : 'no item price (ad hoc charges only)';
    return outcome(7, 'skipped', `invoice ${invoice.id} paid ${paid}; none is mapped to a Togai price plan (chargebee.itemPricePlans or a chargebee.itemPriceId price plan setting)`);
  }
  const link = togaiLink(customer) ?? { customerId: customer.id, accountId: customer.id };
  const account = await clients.togai.account(link.customerId, link.accountId);
  // not synced yet (its customer_created may still be on its way): fail, so Chargebee redelivers
  if (!account) throw new Error(`Chargebee customer ${customer.id} has no Togai account '${link.accountId}' yet; flow 6 must sync it first`);

  const paidAt = transaction?.date ?? event.occurred_at;
  // 0 when no payment has chosen the plan yet
  const decidedAt = Number((await settingValue(clients.togai, 'ACCOUNT', account.id, PAID_AT_SETTING.namespace, PAID_AT_SETTING.id)) ?? 0);
  const recordPaidAt = () => upsertSetting(clients.togai, 'ACCOUNT', account.id, { ...PAID_AT_SETTING, value: String(Math.max(paidAt, decidedAt)), dataType: 'NUMERIC' });
  const billing = await clients.togai.invoices('ONGOING', account.id);
  const current = billing[0]?.pricePlanId;
  if (current === plan.pricePlanId) {
    // an attempt that died after associating left the time unrecorded
    if (decidedAt < paidAt) await recordPaidAt();
    return outcome(7, 'already-done', `Togai account '${account.id}' is on price plan '${plan.pricePlanId}'`);
  }
  // a late or redelivered payment must not undo the plan a later payment chose
  if (decidedAt > paidAt) {
    return outcome(7, 'skipped', `payment ${transaction?.id ?? event.id} for ${plan.itemPriceId} is older than the payment that put Togai account '${account.id}' on '${current}'`);
  }
  const from = day(new Date(paidAt * 1000).toISOString());
  if (current) await clients.togai.associatePricePlan(link.customerId, account.id, { mode: 'DISASSOCIATE', effectiveFrom: from, effectiveUntil: from });
  await clients.togai.associatePricePlan(link.customerId, account.id, { mode: 'ASSOCIATE', pricePlanId: plan.pricePlanId, effectiveFrom: from, effectiveUntil: OPEN_ENDED });
  await recordPaidAt();
  return outcome(7, 'done', `payment for ${plan.itemPriceId} put Togai account '${account.id}' on price plan '${plan.pricePlanId}'${current ? ` (replacing '${current}')` : ''}`);
}
