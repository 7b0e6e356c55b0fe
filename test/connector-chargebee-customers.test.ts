import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import {
  cbCustomer,
  cbCustomers,
  chargebeeWorld,
  createCbCustomer,
  deliveryOf,
  ok,
  outcomes,
  redeliver,
  togaiAccountSettings,
  togaiCustomer,
  togaiCustomers,
} from './support/chargebee-flows.js';

let world: ConnectedWorld;
afterEach(() => closeChecked(world));

const CB_ID = 'cb-ada';
const ADA = cbCustomer(CB_ID, {
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@engines.test',
  phone: '+44 20 7946 0000',
  preferred_currency_code: 'EUR',
  billing_address: { line1: '12 St James Square', line2: 'Floor 2', line3: 'East wing', city: 'London', state_code: 'LND', zip: 'SW1Y 4JH', country: 'GB' },
});
// Chargebee's lines 2 and 3 share Togai's line 2; with no state name the state code stands in, and the customer's phone the address's
const ADA_ADDRESS = { line1: '12 St James Square', line2: 'Floor 2, East wing', city: 'London', state: 'LND', postalCode: 'SW1Y 4JH', country: 'GB', phoneNumber: '+44 20 7946 0000' };
const TOGAI_CUSTOMER = 'tg-grace';
const TOGAI_ACCOUNT = 'tg-grace-main';

/** The chargebee.customerId mapping settings on a Togai account. */
async function chargebeeMappings(accountId: string) {
  return (await togaiAccountSettings(world, accountId)).filter((s) => s.namespace === 'chargebee' && s.id === 'customerId').map((s) => s.value);
}

/** What flow 6 must have made from ADA, checked field by field. */
async function expectAdaInTogai() {
  expect((await togaiCustomers(world)).map((c) => ({ id: c.id, name: c.name, primaryEmail: c.primaryEmail, address: c.address }))).toEqual([
    { id: CB_ID, name: `${ADA.first_name} ${ADA.last_name}`, primaryEmail: ADA.email, address: ADA_ADDRESS },
  ]);
  const account = await ok(world.togaiApi('GET', `/accounts/${CB_ID}`));
  expect(account).toMatchObject({ id: CB_ID, customerId: CB_ID, name: `${ADA.first_name} ${ADA.last_name}`, invoiceCurrency: ADA.preferred_currency_code, status: 'ACTIVE' });
  expect(await chargebeeMappings(CB_ID)).toEqual([CB_ID]);
}

/** What flow 9 must have made from the Togai customer 'Grace Hopper' and its account. */
async function expectGraceInChargebee(currency: string) {
  const customers = await cbCustomers(world);
  expect(customers).toHaveLength(1);
  expect(customers[0]).toMatchObject({
    id: TOGAI_ACCOUNT,
    first_name: 'Grace',
    last_name: 'Hopper',
    company: 'Grace Hopper main',
    email: `${TOGAI_CUSTOMER}@example.com`,
    preferred_currency_code: currency,
  });
  // the link back names the account alone: it is all Togai needs to find it
  expect(customers[0].meta_data).toEqual({ togai: { accountId: TOGAI_ACCOUNT } });
  expect(await chargebeeMappings(TOGAI_ACCOUNT)).toEqual([TOGAI_ACCOUNT]);
}

describe('flow 6: Chargebee customer_created -> Togai customer and account', () => {
  it('makes a Togai customer and account with the Chargebee ID, name, email, billing address, currency and the mapping setting', async () => {
    world = chargebeeWorld();
    await createCbCustomer(world, ADA);

    await expectAdaInTogai();
    expect(outcomes(world, 6)).toEqual([{ flow: 6, result: 'done', detail: expect.stringContaining(CB_ID) }]);
    // the Chargebee side is left as it was: one customer, no Togai link written back
    const customers = await cbCustomers(world);
    expect(customers.map((c) => c.id)).toEqual([CB_ID]);
    expect(customers[0].meta_data).toBeUndefined();
  });

  it('takes a company name over the person name', async () => {
    world = chargebeeWorld();
    await createCbCustomer(world, cbCustomer('cb-corp', { company: 'Analytical Engines Ltd' }));
    const account = await ok(world.togaiApi('GET', '/accounts/cb-corp'));
    expect(account.name).toBe('Analytical Engines Ltd');
    const customer = await ok(world.togaiApi('GET', '/customers/cb-corp'));
    expect(customer.name).toBe('Analytical Engines Ltd');
    // no billing address in Chargebee: an empty one in Togai, nothing made up
    expect(customer.address).toEqual({});
  });

  it('a customer_created delivered twice makes one Togai customer; the second answer is already-done', async () => {
    world = chargebeeWorld();
    await createCbCustomer(world, ADA);
    const again = await redeliver(world, deliveryOf(world, 'chargebee', 'customer_created'));

    expect(again.status).toBe(200);
    expect(again.body.outcomes).toEqual([{ flow: 6, result: 'already-done', detail: expect.stringContaining(CB_ID) }]);
    await expectAdaInTogai();
    // Togai announced one account: nothing was created the second time
    expect(world.deliveries('togai').filter((d) => d.eventType === 'account.created')).toHaveLength(1);
  });

  it('Togai answering 503 twice to createCustomer: the connector backs off as Retry-After asks and creates one customer', async () => {
    world = chargebeeWorld();
    const fault = world.failWith503({ method: 'POST', path: /^\/customers$/ }, 2);
    await createCbCustomer(world, ADA);

    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual([1000, 1000]);
    await expectAdaInTogai();
    expect(outcomes(world, 6).map((o) => o.result)).toEqual(['done']);
    // the retries were the connector's own: Chargebee delivered once, and got a 200
    expect(deliveryOf(world, 'chargebee', 'customer_created').attempts.map((a) => a.status)).toEqual([200]);
  });

  it('the connector dies after Togai made the customer; after a restart the redelivery finds it and completes the mapping', async () => {
    world = chargebeeWorld();
    const kill = world.killAfter({ method: 'POST', path: /^\/customers$/ });
    await createCbCustomer(world, ADA);

    expect(kill.killed).toBe(true);
    const delivery = deliveryOf(world, 'chargebee', 'customer_created');
    expect(delivery.state).toBe('retrying');
    expect(delivery.attempts.map((a) => a.status)).toEqual([500]);

    await world.restart();
    await world.advance('PT2M');

    expect(delivery.attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(delivery.state).toBe('delivered');
    expect(outcomes(world, 6).map((o) => o.result)).toEqual(['already-done']);
    await expectAdaInTogai();
    expect(world.deliveries('togai').filter((d) => d.eventType === 'account.created')).toHaveLength(1);
  });
});

describe('flow 9: Togai account created -> Chargebee customer', () => {
  it('makes a Chargebee customer with the account ID, email, currency and the Togai account in meta_data, and keeps the mapping in Togai', async () => {
    world = chargebeeWorld();
    await togaiCustomer(world, TOGAI_CUSTOMER, TOGAI_ACCOUNT, 'Grace Hopper', 'EUR');

    await expectGraceInChargebee('EUR');
    expect(outcomes(world, 9)).toEqual([{ flow: 9, result: 'done', detail: expect.stringContaining(TOGAI_ACCOUNT) }]);
  });

  it('an account.created delivered twice makes one Chargebee customer; the second answer is already-done', async () => {
    world = chargebeeWorld();
    await togaiCustomer(world, TOGAI_CUSTOMER, TOGAI_ACCOUNT);
    const again = await redeliver(world, deliveryOf(world, 'togai', 'account.created'));

    expect(again.status).toBe(200);
    expect(again.body.outcomes).toEqual([{ flow: 9, result: 'already-done', detail: expect.stringContaining(TOGAI_ACCOUNT) }]);
    await expectGraceInChargebee('USD');
    expect(world.deliveries('chargebee').filter((d) => d.eventType === 'customer_created')).toHaveLength(1);
  });

  it('Chargebee answering 503 twice to createCustomer: the connector backs off as Retry-After asks and creates one customer', async () => {
    world = chargebeeWorld();
    const fault = world.failWith503({ method: 'POST', path: /^\/api\/v2\/customers$/ }, 2);
    await togaiCustomer(world, TOGAI_CUSTOMER, TOGAI_ACCOUNT);

    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual([1000, 1000]);
    await expectGraceInChargebee('USD');
    expect(outcomes(world, 9).map((o) => o.result)).toEqual(['done']);
    expect(deliveryOf(world, 'togai', 'account.created').attempts.map((a) => a.status)).toEqual([200]);
  });

  it('the connector dies after Chargebee made the customer; after a restart the redelivery finds it and writes the mapping', async () => {
    world = chargebeeWorld();
    const kill = world.killAfter({ method: 'POST', path: /^\/api\/v2\/customers$/ });
    await togaiCustomer(world, TOGAI_CUSTOMER, TOGAI_ACCOUNT);

    expect(kill.killed).toBe(true);
    expect(await cbCustomers(world)).toHaveLength(1);
    // the customer exists, the mapping does not: the work is half done
    expect(await chargebeeMappings(TOGAI_ACCOUNT)).toEqual([]);
    const delivery = deliveryOf(world, 'togai', 'account.created');
    expect(delivery.attempts.map((a) => a.status)).toEqual([500]);

    await world.restart();
    await world.advance('PT1M');

    expect(delivery.attempts.map((a) => a.status)).toEqual([500, 200]);
    // the second instance found the customer and wrote the mapping
    expect(outcomes(world, 9).map((o) => o.result)).toEqual(['done']);
    await expectGraceInChargebee('USD');
  });
});

describe('loop prevention between flows 6 and 9', () => {
  it('a Togai customer made by flow 6 is not pushed back to Chargebee by flow 9', async () => {
    world = chargebeeWorld();
    await createCbCustomer(world, ADA);

    const accountCreated = deliveryOf(world, 'togai', 'account.created');
    expect(JSON.parse(accountCreated.body).data.account.id).toBe(CB_ID);
    expect(outcomes(world, 9)).toEqual([{ flow: 9, result: 'skipped', detail: expect.stringContaining('made from Chargebee; not pushing it back') }]);
    expect((await cbCustomers(world)).map((c) => c.id)).toEqual([CB_ID]);
    expect(world.deliveries('chargebee').filter((d) => d.eventType === 'customer_created')).toHaveLength(1);
  });

  it('a Chargebee customer made by flow 9 does not come back to Togai as another customer through flow 6', async () => {
    world = chargebeeWorld();
    await togaiCustomer(world, TOGAI_CUSTOMER, TOGAI_ACCOUNT);

    const customerCreated = deliveryOf(world, 'chargebee', 'customer_created');
    expect(JSON.parse(customerCreated.body).content.customer.id).toBe(TOGAI_ACCOUNT);
    expect(outcomes(world, 6)).toEqual([{ flow: 6, result: 'skipped', detail: expect.stringContaining('flow 9') }]);
    expect((await togaiCustomers(world)).map((c) => c.id)).toEqual([TOGAI_CUSTOMER]);
    expect(world.deliveries('togai').filter((d) => d.eventType === 'account.created')).toHaveLength(1);
  });
});

// Values one vendor takes may exceed the other's limits; a create refused on every redelivery would never sync
describe('values within the source vendor limits but beyond the target vendor limits', () => {
  it('flow 6: a Chargebee customer with 150-character first and last names still becomes a Togai customer', async () => {
    world = chargebeeWorld();
    // Chargebee takes up to 150 characters in each; Togai names take at most 255
    await createCbCustomer(world, cbCustomer('cb-long', { first_name: 'A'.repeat(150), last_name: 'B'.repeat(150) }));

    expect(world.answers.filter((a) => a.path === '/chargebee/webhooks').map((a) => a.status)).toEqual([200]);
    const customers = await togaiCustomers(world);
    expect(customers.map((c) => c.id)).toEqual(['cb-long']);
    expect(customers[0]!.name.length).toBeLessThanOrEqual(255);
    expect(await chargebeeMappings('cb-long')).toEqual(['cb-long']);
  });

  it('flow 9: a Togai account with a 252-character name and a 160-character last name still becomes a Chargebee customer', async () => {
    world = chargebeeWorld();
    // Togai names take up to 255 characters; Chargebee takes at most 250 in company and 150 in last_name
    const account = { id: 'tg-long-main', name: 'N'.repeat(252), invoiceCurrency: 'USD' };
    await ok(world.togaiApi('POST', '/customers', { id: 'tg-long', name: `Grace ${'H'.repeat(160)}`, primaryEmail: 'grace@example.com', address: {}, account }));
    await world.settle();

    expect(world.answers.map((a) => a.status)).toEqual([200, 200]);
    const [customer] = await cbCustomers(world);
    expect(customer).toMatchObject({ id: 'tg-long-main', email: 'grace@example.com', meta_data: { togai: { accountId: 'tg-long-main' } } });
    expect(customer.company.length).toBeLessThanOrEqual(250);
    expect(customer.last_name.length).toBeLessThanOrEqual(150);
  });

  it('flow 9: a Togai customer whose primaryEmail is not an email address still becomes a Chargebee customer, without email', async () => {
    world = chargebeeWorld();
    // Togai's primaryEmail is any string; Chargebee's email must be an address
    await ok(world.togaiApi('POST', '/customers', { id: 'tg-team', name: 'Billing Team', primaryEmail: 'billing team', address: {}, account: { id: 'tg-team-main', name: 'Billing Team' } }));
    await world.settle();

    expect(world.answers.map((a) => a.status)).toEqual([200, 200]);
    const customers = await cbCustomers(world);
    expect(customers.map((c) => c.id)).toEqual(['tg-team-main']);
    expect(customers[0].email).toBeUndefined();
    expect(await chargebeeMappings('tg-team-main')).toEqual(['tg-team-main']);
  });
});
