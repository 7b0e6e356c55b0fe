import type { TogaiSchedule, TogaiScheduleEdit } from '../clients/togai.js';
import { VendorError } from '../http/vendor-http.js';
import type { ChargebeeEvent } from '../events.js';
import { day } from '../invoice-lines.js';
import { settingValue, upsertSetting } from '../mappings.js';
import { togaiLink } from './chargebee-customer-to-togai.js';
import { outcome, type FlowClients, type FlowOutcome } from './outcome.js';

/** Setting on a Togai price plan naming the Chargebee item price whose payment grants it. */
export const PLAN_SETTING = { namespace: 'chargebee', id: 'itemPriceId' } as const;
/** Setting on the Togai account: when (unix seconds) the payment that chose its current plan was made. */
export const PAID_AT_SETTING = { namespace: 'chargebee', id: 'planPaidAt', name: 'Paid at (unix seconds) of the payment that chose the price plan' } as const;
// Togai wants an end to every schedule; a prepaid plan stays until something replaces it
const OPEN_ENDED = '9999-12-30';
// any end from here on is Togai's far end: the schedule runs until something replaces it
const FAR_END = Date.parse('9999-01-01T00:00:00Z');

/** The plan the account is on from now on: its schedule that starts last. */
function latest(schedules: TogaiSchedule[]): TogaiSchedule | undefined {
  return schedules.reduce<TogaiSchedule | undefined>((last, s) => (!last || Date.parse(s.startDate) > Date.parse(last.startDate) ? s : last), undefined);
}

/** Whether the schedule runs to Togai's far end, as a paid plan's does: one ended since, or put on by hand until a date, does not. */
function runsOn(schedule: TogaiSchedule): boolean {
  return Date.parse(schedule.endDate) >= FAR_END;
}

// edits tried when each gets no answer and the schedules show it did not take effect
const EDIT_TRIES = 3;

/**
 * Put the account on the plan. An edit that got no answer may have taken effect, and making it
 * again would put the plan on twice (granting its credits twice): the schedules are read first,
 * and the edit is made again only if the plan is not there.
 */
async function putOnPlan(clients: FlowClients, accountId: string, edit: TogaiScheduleEdit, pricePlanId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await clients.togai.editSchedules(accountId, [edit]);
    } catch (e) {
      if (!(e instanceof VendorError) || e.status !== undefined || attempt >= EDIT_TRIES) throw e;
      const last = latest(await clients.togai.schedules(accountId));
      if (last?.pricePlanId === pricePlanId && runsOn(last)) return;
    }
  }
}

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
 * mapped to the paid item price is put on the customer's Togai account from the payment's day,
 * in one schedule edit that replaces whatever plan the account was to be on from then, for good.
 * The account's schedules are read first: the paid plan already last, and open-ended, means the
 * work is done; otherwise the paid plan is put on, unless a later payment chose the one there
 * (the account's chargebee.planPaidAt setting), as a redelivered webhook may.
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
  const accountId = togaiLink(customer) ?? customer.id;
  const account = await clients.togai.account(accountId);
  // not synced yet (its customer_created may still be on its way): fail, so Chargebee redelivers
  if (!account) throw new Error(`Chargebee customer ${customer.id} has no Togai account '${accountId}' yet; flow 6 must sync it first`);

  const paidAt = transaction?.date ?? event.occurred_at;
  // 0 when no payment has chosen the plan yet
  const decidedAt = Number((await settingValue(clients.togai, 'ACCOUNT', account.id, PAID_AT_SETTING.namespace, PAID_AT_SETTING.id)) ?? 0);
  const recordPaidAt = () => upsertSetting(clients.togai, 'ACCOUNT', account.id, { ...PAID_AT_SETTING, value: String(Math.max(paidAt, decidedAt)), dataType: 'NUMERIC' });
  const last = latest(await clients.togai.schedules(account.id));
  const current = last?.pricePlanId;
  if (last && current === plan.pricePlanId && runsOn(last)) {
    // an attempt that died after the edit left the time unrecorded
    if (decidedAt < paidAt) await recordPaidAt();
    return outcome(7, 'already-done', `Togai account '${account.id}' is on price plan '${plan.pricePlanId}'`);
  }
  // a late or redelivered payment must not undo the plan a later payment chose
  if (decidedAt > paidAt) {
    return outcome(7, 'skipped', `payment ${transaction?.id ?? event.id} for ${plan.itemPriceId} is older than the payment that put Togai account '${account.id}' on '${current}'`);
  }
  const from = day(new Date(paidAt * 1000).toISOString());
  await putOnPlan(clients, account.id, { mode: 'ASSOCIATE', effectiveFrom: from, effectiveUntil: OPEN_ENDED, associationConfig: { pricePlanId: plan.pricePlanId } }, plan.pricePlanId);
  await recordPaidAt();
  const replaced = current && current !== plan.pricePlanId ? ` (replacing '${current}')` : '';
  return outcome(7, 'done', `payment for ${plan.itemPriceId} put Togai account '${account.id}' on price plan '${plan.pricePlanId}'${replaced}`);
}
