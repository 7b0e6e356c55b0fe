import type { Faker } from '@faker-js/faker';
import type { Simulator } from '../kit/simulator.js';
import type { TogaiState } from './state.js';

/**
 * The Chargebee demo's plan item price (DEMO_PLAN_PRICE in simulators/chargebee/demo-data.ts), the
 * value of the prepaid plan's mapping setting. Vendors import nothing from each other, so Togai
 * holds the id as its own data; test/sandbox.test.ts checks the two agree.
 */
const CHARGEBEE_DEMO_ITEM_PRICE = 'demo-plan-USD-monthly';

/** Where the Togai demo's usage goes in Zuora (seedZuoraDemoCustomer's answer, the same shape: vendors import nothing from each other). */
export interface ZuoraDemoLinks {
  accountId: string;
  subscriptionId: string;
  chargeId: string;
}

/** The demo customer the Zuora demo account is linked to; its account has the customer's id. */
const ZUORA_LINKED_ACCOUNT = 'demo-customer-1';

/** A usage rate card of `name` pricing a meter by tiers: `rates[i]` a unit after `from[i]` units. */
const usageCard = (name: string, meterId: string, from: number[], rates: number[]) => ({
  actionType: 'CREATE',
  rateCardName: name,
  rateCard: {
    type: 'USAGE',
    billableId: meterId,
    displayName: name,
    invoiceTiming: 'IN_ARREARS',
    rateCardDetails: {
      usageRateCard: {
        displayName: name,
        usageMeterId: meterId,
        ratePlan: { pricingModel: 'TIERED', slabs: from.map((startAfter, i) => ({ order: i + 1, startAfter, priceType: 'PER_UNIT' })) },
        rateValues: [{ currency: 'USD', slabRates: rates.map((rate, i) => ({ order: i + 1, rate })) }],
      },
    },
  },
});

// 1000 credits at 0.049 USD each: 49.00 USD a month, what the Chargebee demo item price charges
const prepaidCalls = (featureId: string) => ({
  actionType: 'CREATE',
  rateCardName: 'Prepaid API calls',
  rateCard: {
    type: 'BILLING_ENTITLEMENT',
    billableId: featureId,
    displayName: 'Prepaid API calls',
    invoiceTiming: 'IN_ADVANCE',
    rateCardDetails: {
      billingEntitlementRateCard: {
        featureId,
        featureConfigs: [{ effectiveUntil: 'P1M', featureCreditLimit: 1000 }],
        invoiceTiming: 'IN_ADVANCE',
        ratePlan: { pricingModel: 'TIERED', slabs: [{ order: 1, startAfter: 0, priceType: 'PER_UNIT' }] },
        rateValues: [{ currency: 'USD', slabRates: [{ order: 1, rate: 0.049 }] }],
      },
    },
  },
});

/**
 * Demo records for the live sandbox, made through the simulator's own operations so they obey
 * every rule a client's requests do: an active `api_call` schema (`calls`, `storage` in GB) with
 * two meters, "API calls" and "Storage", a finalised plan pricing both (calls tiered), billed
 * monthly from the 1st, and three customers on it for a year from today. Given the Zuora demo's
 * records (`zuora`), the first customer and both meters are mapped to them (mapToZuora). For the
 * prepaid story of flow 7: a feature "API calls" measured by the schema's `calls`, and a prepaid
 * plan granting 1000 of them a month (from the day the account is put on it, in advance), mapped
 * to the Chargebee demo item price, so a Chargebee customer who pays for it is entitled at once.
 * `validate: false` skips contract validation of these constant inputs (the tests seed them with
 * it on).
 */
export async function seedTogaiDemo(sim: Simulator<TogaiState>, faker: Faker, options: { validate?: boolean; zuora?: ZuoraDemoLinks } = {}): Promise<void> {
  const call = async (operationId: string, params: Record<string, string>, body?: unknown) => {
    const res = await sim.call(operationId, { params, body }, options);
    if (res.status >= 300) throw new Error(`demo data: ${operationId} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await call('createEventSchema', {}, { name: 'api_call', attributes: [{ name: 'calls' }, { name: 'storage' }], dimensions: [{ name: 'region' }] });
  await call('activateEventSchema', { event_schema_name: 'api_call' });
  const meterOf = async (name: string, attribute: string): Promise<string> => {
    const meter = await call('createUsageMeter', {}, { name, eventSchemaName: 'api_call', type: 'COUNTER', aggregation: 'SUM', computations: [{ computation: `{"var": "attribute.${attribute}"}`, order: 1 }] });
    await call('activateUsageMeter', { usage_meter_id: meter.id });
    return meter.id;
  };
  const calls = await meterOf('API calls', 'calls');
  const storage = await meterOf('Storage', 'storage');
  const plan = await call('createPricePlanV2', {}, {
    name: 'Demo usage plan',
    type: 'BILLING',
    supportedCurrencies: ['USD'],
    pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 },
  });
  await call('bulkPricePlanRateCardOperations', { price_plan_id: plan.id }, {
    operations: [usageCard('API calls', calls, [0, 1000], [0.01, 0.005]), usageCard('Storage', storage, [0], [0.02])],
  });
  await call('finalizePricePlan', { price_plan_id: plan.id }, {});
  const feature = await call('createFeature', {}, { name: 'API calls', schemaAssociations: [{ schemaName: 'api_call', attributeName: 'calls' }] });
  const prepaid = await call('createPricePlanV2', {}, {
    name: 'Demo prepaid plan',
    type: 'BILLING',
    supportedCurrencies: ['USD'],
    // anniversary cycles start on the payment's day, as the Chargebee subscription's terms do
    pricingCycleConfig: { interval: 'MONTHLY', gracePeriod: 0, anniversaryCycle: true },
  });
  await call('bulkPricePlanRateCardOperations', { price_plan_id: prepaid.id }, { operations: [prepaidCalls(feature.id)] });
  await call('finalizePricePlan', { price_plan_id: prepaid.id }, {});
  await call('insertSetting', {}, { entityType: 'PRICE_PLAN', entityId: prepaid.id, namespace: 'chargebee', id: 'itemPriceId', name: 'Chargebee item price', value: CHARGEBEE_DEMO_ITEM_PRICE, dataType: 'STRING' });
  const today = sim.context.nowIso().slice(0, 10);
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  faker.seed(sim.sandbox.seed);
  for (let i = 1; i <= 3; i++) {
    const id = `demo-customer-${i}`;
    await call('createCustomer', {}, {
      id,
      name: `${faker.company.name()}`.padEnd(3, '.').slice(0, 255),
      primaryEmail: faker.internet.email({ provider: 'example.com' }).toLowerCase(),
      address: {
        line1: faker.location.streetAddress(),
        city: faker.location.city(),
        state: faker.location.state({ abbreviated: true }),
        postalCode: faker.location.zipCode('#####'),
        // the city, state and ZIP code faker makes are American
        country: 'US',
      },
    });
    await call('bulkEditSchedules', { account_id: id }, {
      edits: [{ mode: 'ASSOCIATE', effectiveFrom: today, effectiveUntil: nextYear, associationConfig: { pricePlanId: plan.id } }],
    });
  }
  if (options.zuora) await mapToZuora(call, options.zuora, { calls, storage });
}

/**
 * The guide's Zuora mappings for the demo: the first customer's account to its Zuora account, and
 * both meters to the subscription's usage charge, calls by quantity (flow 4) and storage by
 * revenue (flow 5), as scenario usage-both-modes-two-cycles maps them. A meter names one
 * subscription, so Zuora refuses the usage of any other account on these meters.
 */
async function mapToZuora(call: (operationId: string, params: Record<string, string>, body?: unknown) => Promise<unknown>, zuora: ZuoraDemoLinks, meters: { calls: string; storage: string }) {
  const setting = (entityType: string, entityId: string, id: string, name: string, value: string) =>
    call('insertSetting', {}, { entityType, entityId, namespace: 'zuora', id, name, value, dataType: 'STRING' });
  await setting('ACCOUNT', ZUORA_LINKED_ACCOUNT, 'accountId', 'Zuora account ID', zuora.accountId);
  for (const [meter, mode] of [[meters.calls, 'QUANTITY'], [meters.storage, 'REVENUE']] as const) {
    await setting('USAGE_METER', meter, 'subscriptionId', 'Zuora subscription', zuora.subscriptionId);
    await setting('USAGE_METER', meter, 'chargeId', 'Zuora charge', zuora.chargeId);
    await setting('USAGE_METER', meter, 'usageSyncMode', 'Usage sync mode', mode);
  }
}
