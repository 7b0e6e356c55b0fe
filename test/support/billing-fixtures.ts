import type { TogaiClient } from './togai.js';

export const CYCLE = { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 };

async function ok(promise: Promise<{ status: number; body: any }>): Promise<any> {
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
      togai('POST', `/event_schema/${schema.name}/usage_meters`, { name: m.name, type: 'COUNTER', aggregation: m.aggregation, computations }),
    );
    await ok(togai('POST', `/event_schema/${schema.name}/usage_meters/${meter.id}/activate`));
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

/** An ACTIVE plan in USD with the given rate cards. */
export async function activePlan(togai: TogaiClient, name: string, cards: CardSpec[], cycle: object = CYCLE): Promise<string> {
  const plan = await ok(
    togai('POST', '/price_plans', {
      name,
      pricePlanDetails: { supportedCurrencies: ['USD'], pricingCycleConfig: cycle, usageRateCards: cards.map((c) => rateCard(c)) },
    }),
  );
  await ok(togai('POST', `/price_plans/${plan.id}/activate`, { currencies: ['USD'] }));
  return plan.id;
}

export async function customer(togai: TogaiClient, id: string, extra: object = {}): Promise<any> {
  return ok(togai('POST', '/customers', { id, name: `Customer ${id}`, primaryEmail: `${id}@example.com`, billingAddress: '1 Main St', ...extra }));
}

export async function associate(togai: TogaiClient, accountId: string, planId: string, customerId = accountId): Promise<any> {
  return ok(
    togai('POST', `/customers/${customerId}/accounts/${accountId}/price_plans`, {
      pricePlanId: planId,
      effectiveFrom: '2026-01-01',
      effectiveUntil: '2026-12-31',
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
