import type { TogaiClient } from './togai.js';

export const CYCLE = { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 };

/** The body of a set-up request, which must succeed. */
export async function ok(promise: Promise<{ status: number; body: any }>): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`setup request failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An active schema with `attributes` and `dimensions`, and active meters on it. */
export async function schemaWithMeters(
  togai: TogaiClient,
  schema: { name: string; attributes: string[]; dimensions: string[] },
  meters: { name: string; aggregation: 'COUNT' | 'SUM'; matcher?: string; computation?: string }[],
): Promise<string[]> {
  await ok(
    togai('POST', '/event_schema', {
      name: schema.name,
      attributes: schema.attributes.map((name) => ({ name })),
      dimensions: schema.dimensions.map((name) => ({ name })),
    }),
  );
  await ok(togai('POST', `/event_schema/${schema.name}/activate`));
  const ids: string[] = [];
  for (const m of meters) {
    const computations = m.computation ? [{ order: 1, computation: m.computation, ...(m.matcher ? { matcher: m.matcher } : {}) }] : undefined;
    const meter = await ok(
      togai('POST', '/usage_meters', { name: m.name, eventSchemaName: schema.name, type: 'COUNTER', aggregation: m.aggregation, computations }),
    );
    await ok(togai('POST', `/usage_meters/${meter.id}/activate`));
    ids.push(meter.id);
  }
  return ids;
}

export interface CardSpec {
  displayName: string;
  usageMeterId: string;
  pricingModel?: 'TIERED' | 'VOLUME';
  /** [startAfter, rate, priceType?] per slab, in order. */
  slabs: [number, number, ('PER_UNIT' | 'FLAT' | 'PACKAGE')?][];
}

/** A UsageRateCard (the body v1 lists in pricePlanDetails and v2 nests in rateCardDetails). */
export function rateCard(card: CardSpec, currency = 'USD') {
  return {
    displayName: card.displayName,
    usageMeterId: card.usageMeterId,
    ratePlan: {
      pricingModel: card.pricingModel ?? 'TIERED',
      slabs: card.slabs.map(([startAfter, , priceType], i) => ({ order: i + 1, startAfter, priceType: priceType ?? 'PER_UNIT' })),
    },
    rateValues: [{ currency, slabRates: card.slabs.map(([, rate], i) => ({ order: i + 1, rate })) }],
  };
}

/** A RateCardOperation creating a usage rate card named after its display name. */
export function createUsageCard(card: CardSpec, currency = 'USD') {
  return {
    actionType: 'CREATE',
    rateCardName: card.displayName,
    rateCard: { type: 'USAGE', billableId: card.usageMeterId, displayName: card.displayName, invoiceTiming: 'IN_ARREARS', rateCardDetails: { usageRateCard: rateCard(card, currency) } },
  };
}

/** A finalised (v2) plan in USD with the given usage rate cards. */
export async function activePlan(togai: TogaiClient, name: string, cards: CardSpec[], cycle: object = CYCLE): Promise<string> {
  const plan = await ok(togai('POST', '/v2/price_plans', { name, type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: cycle }));
  await ok(togai('POST', `/v2/price_plans/${plan.id}/rate_cards`, { operations: cards.map((c) => createUsageCard(c)) }));
  await ok(togai('POST', `/v2/price_plans/${plan.id}/finalize`, {}));
  return plan.id;
}

export async function customer(togai: TogaiClient, id: string, extra: object = {}): Promise<any> {
  return ok(togai('POST', '/customers', { id, name: `Customer ${id}`, primaryEmail: `${id}@example.com`, address: { line1: '1 Main St' }, ...extra }));
}

/**
 * Put the account on the plan for 2026 (bulkEditSchedules). `customerId` is the account's
 * customer, checked first, for callers that know the account by both.
 */
export async function associate(togai: TogaiClient, accountId: string, planId: string, customerId = accountId): Promise<any> {
  const account = await ok(togai('GET', `/accounts/${accountId}`));
  if (account.customerId !== customerId) throw new Error(`account ${accountId} belongs to customer ${account.customerId}, not ${customerId}`);
  return ok(
    togai('POST', `/v2/accounts/${accountId}/edit_schedules`, {
      edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: planId } }],
    }),
  );
}

let counter = 0;

export function event(schemaName: string, accountId: string, attributes: Record<string, number>, dimensions: Record<string, string> = {}, at = '2026-01-10T12:00:00Z') {
  return {
    id: `evt-${++counter}`,
    schemaName,
    timestamp: at,
    accountId,
    attributes: Object.entries(attributes).map(([name, value]) => ({ name, value: String(value) })),
    dimensions,
  };
}
