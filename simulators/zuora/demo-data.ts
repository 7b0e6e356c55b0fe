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

/** Where the demo customer's usage lands in Zuora: what the Togai demo's meter and account settings name. */
export interface ZuoraDemoLinks {
  accountId: string;
  subscriptionId: string;
  /** The subscription's usage charge, on `API call` units. */
  chargeId: string;
}

/** The Togai demo's first customer (its account has the customer's id), which the Zuora demo account is linked to. */
const TOGAI_DEMO_ACCOUNT = 'demo-customer-1';

/**
 * The Zuora account of the Togai demo's first customer, linked to it the way flow 2 leaves an
 * account (`TogaiAccountId__c`), with an evergreen subscription to the demo rate plan from today:
 * the subscription and charges the Togai demo's usage meters send usage to. Seed after
 * seedZuoraDemo; pass the answer to seedTogaiDemo, which writes the mapping settings (vendors
 * import nothing from each other, and Zuora makes its own IDs). Name, email and address are drawn
 * in the order seedTogaiDemo draws them for that customer, so both systems show the same company.
 * Apart from the catalog so that tests seeding the catalog keep Zuora's first account number.
 */
export async function seedZuoraDemoCustomer(sim: Simulator<ZuoraState>, faker: Faker, options: { validate?: boolean } = {}): Promise<ZuoraDemoLinks> {
  const call = async (operationId: string, input: { params?: Record<string, string>; body?: unknown }) => {
    const res = await sim.call(operationId, input, options);
    if (res.status !== 200 || res.body?.success !== true) throw new Error(`demo data: ${operationId} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  faker.seed(sim.sandbox.seed);
  const name = faker.company.name();
  const workEmail = faker.internet.email({ provider: 'example.com' }).toLowerCase();
  const address1 = faker.location.streetAddress();
  const city = faker.location.city();
  const state = faker.location.state({ abbreviated: true });
  const postalCode = faker.location.zipCode('#####');
  const catalog = await call('listCatalogProducts', {});
  const ratePlan = catalog.products[0].productRatePlans[0].id as string;
  const account = await call('createAccount', {
    body: {
      name,
      currency: 'USD',
      billCycleDay: 1,
      TogaiAccountId__c: TOGAI_DEMO_ACCOUNT,
      billToContact: { firstName: 'Accounts', lastName: 'Payable', workEmail, address1, city, state, postalCode, country: 'United States' },
    },
  });
  // a subscription of its own rather than inside the account: the inline one is checked against
  // the create-subscription schema, whose validator took 75 ms of every start to compile
  const created = await call('createSubscription', {
    body: { accountKey: account.accountId, contractEffectiveDate: sim.context.nowIso().slice(0, 10), termType: 'EVERGREEN', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: ratePlan }] },
  });
  const subscription = await call('getSubscription', { params: { 'subscription-key': created.subscriptionId } });
  return { accountId: account.accountId, subscriptionId: created.subscriptionId, chargeId: subscription.ratePlans[0].ratePlanCharges[0].id };
}
