import type { Faker } from '@faker-js/faker';
import type { Simulator } from '../kit/simulator.js';
import type { TogaiState } from './state.js';

/**
 * The Chargebee demo's plan item price (DEMO_PLAN_PRICE in simulators/chargebee/demo-data.ts), the
 * value of the prepaid plan's mapping setting. Vendors import nothing from each other, so Togai
 * holds the id as its own data; test/sandbox.test.ts checks the two agree.
 */
const CHARGEBEE_DEMO_ITEM_PRICE = 'demo-plan-USD-monthly';

const apiCalls = (meterId: string) => ({
  actionType: 'CREATE',
  rateCardName: 'API calls',
  rateCard: {
    type: 'USAGE',
    billableId: meterId,
    displayName: 'API calls',
    invoiceTiming: 'IN_ARREARS',
    rateCardDetails: {
      usageRateCard: {
        displayName: 'API calls',
        usageMeterId: meterId,
        ratePlan: {
          pricingModel: 'TIERED',
          slabs: [
            { order: 1, startAfter: 0, priceType: 'PER_UNIT' },
            { order: 2, startAfter: 1000, priceType: 'PER_UNIT' },
          ],
        },
        rateValues: [{ currency: 'USD', slabRates: [{ order: 1, rate: 0.01 }, { order: 2, rate: 0.005 }] }],
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
 * every rule a client's requests do: an active `api_call` schema and meter, a finalised tiered
 * plan billed monthly from the 1st, and three customers on it for a year from today. For the
 * prepaid story of flow 7: a feature "API calls" measured by the schema's `calls`, and a prepaid
 * plan granting 1000 of them a month (from the day the account is put on it, in advance), mapped
 * to the Chargebee demo item price, so a Chargebee customer who pays for it is entitled at once.
 * `validate: false` skips contract validation of these constant inputs (the tests seed them with
 * it on).
 */
export async function seedTogaiDemo(sim: Simulator<TogaiState>, faker: Faker, options: { validate?: boolean } = {}): Promise<void> {
  const call = async (operationId: string, params: Record<string, string>, body?: unknown) => {
    const res = await sim.call(operationId, { params, body }, options);
    if (res.status >= 300) throw new Error(`demo data: ${operationId} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await call('createEventSchema', {}, { name: 'api_call', attributes: [{ name: 'calls' }], dimensions: [{ name: 'region' }] });
  await call('activateEventSchema', { event_schema_name: 'api_call' });
  const meter = await call('createUsageMeter', {}, {
    name: 'API calls',
    eventSchemaName: 'api_call',
    type: 'COUNTER',
    aggregation: 'SUM',
    computations: [{ computation: '{"var": "attribute.calls"}', order: 1 }],
  });
  await call('activateUsageMeter', { usage_meter_id: meter.id });
  const plan = await call('createPricePlanV2', {}, {
    name: 'Demo usage plan',
    type: 'BILLING',
    supportedCurrencies: ['USD'],
    pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 },
  });
  await call('bulkPricePlanRateCardOperations', { price_plan_id: plan.id }, { operations: [apiCalls(meter.id)] });
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
}
