import { DEMO_CHARGE_PRICE, DEMO_PLAN_PRICE, seedChargebeeDemo } from '../../simulators/chargebee/demo-data.js';
import { activePlan, associate, event, schemaWithMeters } from './billing-fixtures.js';
import { CB_API_KEY, ConnectedWorld, connectorConfig, ORIGINS, WEBHOOK } from './connected.js';

export { DEMO_CHARGE_PRICE, DEMO_PLAN_PRICE };

/** Only the Togai <-> Chargebee flows run: Zuora's flows would add calls that the tests' faults and counts would have to allow for. */
export const CHARGEBEE_FLOWS = [6, 7, 8, 9] as const;

/** The whole `chargebee:` block of the connector config (the override replaces it, so every key is given). */
export function chargebeeBlock(itemPricePlans: Record<string, string> = {}) {
  return { baseUrl: `${ORIGINS.chargebee}/api/v2`, apiKey: CB_API_KEY, webhook: WEBHOOK, itemPricePlans };
}

export function chargebeeWorld(itemPricePlans: Record<string, string> = {}, flows: readonly number[] = CHARGEBEE_FLOWS): ConnectedWorld {
  return new ConnectedWorld(connectorConfig({ flows: [...flows], chargebee: chargebeeBlock(itemPricePlans) }));
}

export async function ok(promise: Promise<{ status: number; body: any }>): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`setup request failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The paying Chargebee customer of the billing and plan tests, and their calendar. */
export const PAYER = 'cb-payer';
export const START = Date.parse('2026-01-01T00:00:00.000Z');
// the plans bill monthly from the 1st: January's cycle ends here, whenever in January it began
export const FEB_1 = '2026-02-01T00:00:00.000Z';

/**
 * The plan's two rate cards, in USD: API calls tiered (the first 100 at 0.10, the rest at 0.05)
 * and storage at 2.00 per GB. The functions price usage by hand, for the tests' expectations.
 */
export const RATES = { callsTier: 100, callsLow: 0.1, callsHigh: 0.05, perGb: 2 } as const;
export function callsRevenue(calls: number): number {
  return Math.min(calls, RATES.callsTier) * RATES.callsLow + Math.max(0, calls - RATES.callsTier) * RATES.callsHigh;
}
export function storageRevenue(gb: number): number {
  return gb * RATES.perGb;
}

/** An active `api` schema with SUM meters of `calls` and `gb`, and an active USD plan with a rate card on each. */
export async function togaiCatalog(world: ConnectedWorld, planName = 'API and storage'): Promise<{ meterIds: string[]; planId: string }> {
  const t = world.togaiApi;
  const meterIds = await schemaWithMeters(t, { name: 'api', attributes: ['calls', 'gb'], dimensions: [] }, [
    { name: 'calls', aggregation: 'SUM', computation: '{"var": "attribute.calls"}' },
    { name: 'gb', aggregation: 'SUM', computation: '{"var": "attribute.gb"}' },
  ]);
  const planId = await activePlan(t, planName, [
    { displayName: 'API calls', usageMeterId: meterIds[0]!, slabs: [[0, RATES.callsLow], [RATES.callsTier, RATES.callsHigh]] },
    { displayName: 'Storage', usageMeterId: meterIds[1]!, slabs: [[0, RATES.perGb]] },
  ]);
  return { meterIds, planId };
}

/**
 * Togai price plan IDs are fixed by the sandbox seed: the plan a fresh world's `togaiCatalog`
 * makes. Found in a throwaway world, so a connector can be configured with it before it starts.
 */
export async function predictedPlanId(): Promise<string> {
  const probe = chargebeeWorld();
  try {
    return (await togaiCatalog(probe)).planId;
  } finally {
    await probe.close();
  }
}

/** The guide's other way to map: a setting on the Togai price plan naming the Chargebee item price. */
export async function mapPlanBySetting(world: ConnectedWorld, planId: string, itemPriceId: string): Promise<void> {
  await ok(world.togaiApi('POST', '/settings', { entityType: 'PRICE_PLAN', entityId: planId, namespace: 'chargebee', id: 'itemPriceId', name: 'Item price', value: itemPriceId, dataType: 'STRING' }));
}

export async function seedItemPrices(world: ConnectedWorld): Promise<void> {
  await seedChargebeeDemo(world.chargebee, await world.sandbox.faker(), { validate: true });
}

export interface CbCustomer {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  preferred_currency_code: string;
  company?: string;
  phone?: string;
  billing_address?: Record<string, string>;
}

export function cbCustomer(id: string, extra: Partial<CbCustomer> = {}): CbCustomer {
  return { id, first_name: 'Ada', last_name: 'Lovelace', email: `${id}@example.com`, preferred_currency_code: 'USD', ...extra };
}

/** Create the customer in Chargebee and let its customer_created (and what follows) be delivered. */
export async function createCbCustomer(world: ConnectedWorld, customer: CbCustomer): Promise<void> {
  await ok(world.chargebeeApi('POST', '/customers', { ...customer }));
  await world.settle();
}

/** A one-off invoice for a charge item price, paid offline; answers the Chargebee invoice ID. */
export async function payCharge(world: ConnectedWorld, customerId: string, itemPriceId = DEMO_CHARGE_PRICE): Promise<string> {
  const { invoice } = await ok(world.chargebeeApi('POST', '/invoices/create_for_charge_items_and_charges', { customer_id: customerId, item_prices: [{ item_price_id: itemPriceId, quantity: 1 }] }));
  await ok(world.chargebeeApi('POST', `/invoices/${invoice.id}/record_payment`, { transaction: { payment_method: 'cash' } }));
  await world.settle();
  return invoice.id;
}

/** A subscription to the plan item price, its first invoice paid offline; answers that invoice's ID. */
export async function paySubscription(world: ConnectedWorld, customerId: string, itemPriceId = DEMO_PLAN_PRICE): Promise<string> {
  const sub = await ok(world.chargebeeApi('POST', `/customers/${customerId}/subscription_for_items`, { subscription_items: [{ item_price_id: itemPriceId, quantity: 1 }] }));
  await ok(world.chargebeeApi('POST', `/invoices/${sub.invoice.id}/record_payment`, { transaction: { payment_method: 'cash' } }));
  await world.settle();
  return sub.invoice.id;
}

/** A Togai customer with one account and no settings, as a person makes it in Togai. */
export async function togaiCustomer(world: ConnectedWorld, customerId: string, accountId: string, name = 'Grace Hopper', currency = 'USD'): Promise<void> {
  await ok(
    world.togaiApi('POST', '/customers', {
      id: customerId,
      name,
      primaryEmail: `${customerId}@example.com`,
      address: { line1: '1 Main St' },
      account: { id: accountId, name: `${name} main`, invoiceCurrency: currency },
    }),
  );
  await world.settle();
}

/** Put an account on the plan for 2026 and, unless both are 0, use `calls` API calls and `gb` GB on 10 January. */
export async function useService(world: ConnectedWorld, accountId: string, planId: string, usage: { calls: number; gb: number }, customerId = accountId): Promise<void> {
  await associate(world.togaiApi, accountId, planId, customerId);
  if (usage.calls || usage.gb) await ok(world.togaiApi('POST', '/ingestBatch', { events: [event('api', accountId, usage)] }));
}

export async function togaiCustomers(world: ConnectedWorld): Promise<{ id: string; name: string; primaryEmail: string; address?: Record<string, string> }[]> {
  return (await ok(world.togaiApi('GET', '/customers?pageSize=50'))).data;
}

export async function togaiAccountSettings(world: ConnectedWorld, accountId: string): Promise<{ namespace: string; id: string; value: string }[]> {
  return (await ok(world.togaiApi('GET', `/settings?entity_type=ACCOUNT&entity_id=${accountId}`))).data;
}

/** The account's Togai invoices, whole (with their lines), optionally in one status. */
export function togaiInvoices(world: ConnectedWorld, accountId: string, status?: string): Promise<any[]> {
  return world.togaiInvoices({ owner_id: accountId, ...(status ? { status } : {}) });
}

export async function cbCustomers(world: ConnectedWorld): Promise<any[]> {
  return (await ok(world.chargebeeApi('GET', '/customers?limit=100'))).list.map((r: { customer: unknown }) => r.customer);
}

export async function cbInvoices(world: ConnectedWorld, customerId: string): Promise<any[]> {
  return (await ok(world.chargebeeApi('GET', `/invoices?limit=100&customer_id[is]=${encodeURIComponent(customerId)}`))).list.map((r: { invoice: unknown }) => r.invoice);
}

/** Every outcome of one flow in the connector's answers so far, in order. */
export function outcomes(world: ConnectedWorld, flow: number): { flow: number; result: string; detail: string }[] {
  return world.answers.flatMap((a) => (a.body?.outcomes ?? []) as { flow: number; result: string; detail: string }[]).filter((o) => o.flow === flow);
}

/** The recorded delivery of one vendor event; fails the test when there is not exactly one. */
export function deliveryOf(world: ConnectedWorld, source: 'togai' | 'chargebee', eventType: string, match: (body: any) => boolean = () => true) {
  const found = world.deliveries(source).filter((d) => d.eventType === eventType && match(JSON.parse(d.body)));
  if (found.length !== 1) throw new Error(`expected one ${source} ${eventType} delivery, found ${found.length}`);
  return found[0]!;
}

/** Deliver a recorded delivery again, byte for byte, as a vendor's duplicate would be; answers status and body. */
export async function redeliver(world: ConnectedWorld, d: { url: string; headers: Record<string, string>; body: string }): Promise<{ status: number; body: any }> {
  const res = await world.connector.app.inject({ method: 'POST', url: new URL(d.url).pathname, headers: d.headers, payload: d.body });
  await world.settle();
  return { status: res.statusCode, body: res.json() };
}

/** Stop Togai notifying the connector (a lost notification): nothing is sent until the test ends. */
export function muteTogai(world: ConnectedWorld): void {
  for (const sub of world.sandbox.outbox.listSubscribers('togai')) world.sandbox.outbox.unsubscribe(sub.id);
}
