import type { Faker } from '@faker-js/faker';
import type { Simulator } from '../kit/simulator.js';
import type { ZuoraState } from './state.js';

/**
 * Demo catalog for the live sandbox, made through the simulator's own CRUD operations so it
 * obeys every rule a client's requests do: one product, one rate plan, and a per-unit usage
 * charge on `API call` units, ready to subscribe to. `validate: false` skips contract
 * validation of these constant inputs (the tests seed them with it on).
 */
export async function seedZuoraDemo(sim: Simulator<ZuoraState>, faker: Faker, options: { validate?: boolean } = {}): Promise<void> {
  const create = async (operationId: string, body: Record<string, unknown>): Promise<string> => {
    const res = await sim.call(operationId, { body }, options);
    if (res.status !== 200 || res.body?.Success !== true) throw new Error(`demo data: ${operationId} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.Id as string;
  };
  faker.seed(sim.sandbox.seed);
  const year = Number(sim.context.nowIso().slice(0, 4));
  const dates = { EffectiveStartDate: `${year - 1}-01-01`, EffectiveEndDate: `${year + 10}-01-01` };
  const product = await create('crudCreateProduct', {
    Name: 'API Platform',
    Description: faker.company.catchPhrase().slice(0, 500),
    Category: 'Base Products',
    ...dates,
  });
  const plan = await create('crudCreateProductRatePlan', { Name: 'Pay as you go', ProductId: product, ActiveCurrencies: ['USD'], ...dates });
  await create('crudCreateProductRatePlanCharge', {
    Name: 'API calls',
    ProductRatePlanId: plan,
    ChargeType: 'Usage',
    ChargeModel: 'Per Unit Pricing',
    UOM: 'API call',
    BillCycleType: 'DefaultFromCustomer',
    BillingPeriod: 'Month',
    TriggerEvent: 'ContractEffective',
    UseDiscountSpecificAccountingCode: false,
    ProductRatePlanChargeTierData: { ProductRatePlanChargeTier: [{ Currency: 'USD', Price: 0.01, StartingUnit: 0 }] },
  });
}
