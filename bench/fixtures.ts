import { ADMIN_HEADERS, type Api } from './api.js';

const SCHEMA = 'bench_usage';
const ATTRIBUTE = 'units';
export const EVENTS_PER_BATCH = 100; // one per bench account; IngestBatchEventRequest allows up to 500

export interface BillingFixture {
  accountIds: string[];
  meterId: string;
  pricePlanId: string;
  /** A virtual instant inside every account's open cycle, used as the timestamp of every event. */
  eventTime: string;
}

/** A valid CreateCustomerRequest; its account gets the same id. */
export function customer(id: string) {
  return { id, name: `Bench customer ${id}`, primaryEmail: `${id}@bench.example`, address: { line1: '1 Bench Street', city: 'Testville', country: 'US' } };
}

function oneYearLater(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Through today's API, as a client would: an ACTIVE schema with one attribute, an ACTIVE SUM
 * meter over it, a finalised tiered v2 plan for that meter, and one customer per batch slot on
 * the plan from today (bulkEditSchedules).
 */
export async function setUpBilling(api: Api): Promise<BillingFixture> {
  await api.call('POST', '/event_schema', { name: SCHEMA, attributes: [{ name: ATTRIBUTE }], dimensions: [] }, 201);
  await api.call('POST', `/event_schema/${SCHEMA}/activate`, undefined, 200);
  const meter = await api.call<{ id: string }>('POST', '/usage_meters', {
    name: 'Bench units',
    eventSchemaName: SCHEMA,
    type: 'COUNTER',
    aggregation: 'SUM',
    computations: [{ computation: `{"var": "attribute.${ATTRIBUTE}"}`, order: 1 }],
  }, 201);
  await api.call('POST', `/usage_meters/${meter.id}/activate`, undefined, 200);
  const plan = await api.call<{ id: string }>('POST', '/v2/price_plans', {
    name: 'Bench tiered plan',
    type: 'BILLING',
    supportedCurrencies: ['USD'],
    pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 },
  }, 200);
  const usageRateCard = {
    displayName: 'Bench units',
    usageMeterId: meter.id,
    ratePlan: {
      pricingModel: 'TIERED',
      slabs: [
        { order: 1, startAfter: 0, priceType: 'PER_UNIT' },
        { order: 2, startAfter: 10_000, priceType: 'PER_UNIT' },
      ],
    },
    rateValues: [{ currency: 'USD', slabRates: [{ order: 1, rate: 0.01 }, { order: 2, rate: 0.005 }] }],
  };
  await api.call('POST', `/v2/price_plans/${plan.id}/rate_cards`, {
    operations: [
      {
        actionType: 'CREATE',
        rateCardName: 'bench-units',
        rateCard: { type: 'USAGE', billableId: meter.id, displayName: 'Bench units', invoiceTiming: 'IN_ARREARS', rateCardDetails: { usageRateCard } },
      },
    ],
  }, 200);
  await api.call('POST', `/v2/price_plans/${plan.id}/finalize`, {}, 200);

  const today = (await api.call<{ now: string }>('GET', '/__admin/clock', undefined, 200, undefined, ADMIN_HEADERS)).now.slice(0, 10);
  const accountIds = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => `bench-acct-${String(i).padStart(3, '0')}`);
  for (const id of accountIds) {
    await api.call('POST', '/customers', customer(id), 201);
    await api.call('POST', `/v2/accounts/${id}/edit_schedules`, {
      edits: [{ mode: 'ASSOCIATE', effectiveFrom: today, effectiveUntil: oneYearLater(today), associationConfig: { pricePlanId: plan.id } }],
    }, 200);
  }
  // every first cycle runs from its association to the 1st of next month, so the clock read after the last one is inside all of them
  const eventTime = (await api.call<{ now: string }>('GET', '/__admin/clock', undefined, 200, undefined, ADMIN_HEADERS)).now;
  return { accountIds, meterId: meter.id, pricePlanId: plan.id, eventTime };
}

/** The units event `slot` of batch `batch` carries: small, varied, and recomputable for the check. */
function unitsOf(batch: number, slot: number): number {
  return 1 + ((batch + slot) % 9);
}

/**
 * Batch `batch` holds one event per account (slot k goes to account k), with ids unique across
 * the server's lifetime.
 */
export function batchBody(fixture: BillingFixture, batch: number): string {
  const events = fixture.accountIds.map((accountId, slot) => ({
    id: `ev-${batch}-${slot}`,
    schemaName: SCHEMA,
    timestamp: fixture.eventTime,
    accountId,
    attributes: [{ name: ATTRIBUTE, value: String(unitsOf(batch, slot)) }],
    dimensions: {},
  }));
  return JSON.stringify({ events });
}

/** Units each account should have been metered after batches 0..batches-1 were accepted. */
export function expectedUnits(fixture: BillingFixture, batches: number): Map<string, number> {
  const units = new Map<string, number>();
  fixture.accountIds.forEach((accountId, slot) => {
    let sum = 0;
    for (let b = 0; b < batches; b++) sum += unitsOf(b, slot);
    units.set(accountId, sum);
  });
  return units;
}
