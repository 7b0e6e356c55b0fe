import type { Faker } from '@faker-js/faker';
import type { Simulator } from '../kit/simulator.js';
import type { ChargebeeState } from './state.js';

export const DEMO_PLAN_PRICE = 'demo-plan-USD-monthly';
export const DEMO_CHARGE_PRICE = 'demo-onboarding-USD';

/**
 * Demo catalog for the live sandbox, made through the simulator's own operations so it obeys every
 * rule a client's requests do: an item family, a plan item with a monthly USD price (the item
 * price a Togai price plan maps to), and a one-off charge item with its price. No customers, so
 * seeding sends no customer_created webhooks. `validate: false` skips contract validation of these
 * constant inputs (the tests seed them with it on).
 */
export async function seedChargebeeDemo(sim: Simulator<ChargebeeState>, faker: Faker, options: { validate?: boolean } = {}): Promise<void> {
  const create = async (operationId: string, form: Record<string, unknown>) => {
    const res = await sim.call(operationId, { body: form }, options);
    if (res.status >= 300) throw new Error(`demo data: ${operationId} answered ${res.status} ${JSON.stringify(res.body)}`);
  };
  faker.seed(sim.sandbox.seed);
  await create('createItemFamily', { id: 'demo-family', name: 'Demo products', description: faker.company.catchPhrase().slice(0, 500) });
  await create('createItem', { id: 'demo-plan', name: 'Demo plan', type: 'plan', item_family_id: 'demo-family', description: faker.commerce.productDescription().slice(0, 2000) });
  await create('createItemPrice', {
    id: DEMO_PLAN_PRICE,
    name: 'Demo plan USD monthly',
    item_id: 'demo-plan',
    pricing_model: 'flat_fee',
    price: 4900,
    currency_code: 'USD',
    period: 1,
    period_unit: 'month',
  });
  await create('createItem', { id: 'demo-onboarding', name: 'Demo onboarding', type: 'charge', item_family_id: 'demo-family' });
  await create('createItemPrice', { id: DEMO_CHARGE_PRICE, name: 'Demo onboarding USD', item_id: 'demo-onboarding', pricing_model: 'flat_fee', price: 15000, currency_code: 'USD' });
}
