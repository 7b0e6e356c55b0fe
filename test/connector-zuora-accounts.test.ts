import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import {
  answersTo,
  expectedRetryWaits,
  ok,
  outcomes,
  redeliver,
  togaiCustomers,
  togaiSettings,
  zuoraAccount,
  zuoraQuery,
  zuoraWorld,
} from './support/zuora-flows.js';

/**
 * Flows 1 and 2 of the reference connector (Zuora account <-> Togai customer and account),
 * end to end through the simulators: the end state in both systems, duplicates, a flaky
 * target, a restart between the write and the rest of the flow, and loop prevention.
 */

let world: ConnectedWorld;
afterEach(() => closeChecked(world));

// flow 1's input: a Zuora account made in Zuora, and what it should become in Togai
const ZUORA_ACCOUNT = {
  name: 'Amy Lawrence',
  currency: 'USD',
  billCycleDay: 1,
  billToContact: {
    firstName: 'Amy',
    lastName: 'Lawrence',
    address1: '12 Market St',
    address2: 'Suite 400',
    city: 'San Francisco',
    state: 'CA',
    zipCode: '94105',
    country: 'United States',
    workPhone: '+1 415 555 0100',
    workEmail: 'amy@example.com',
  },
};
// Togai wants the country as an ISO 3166-1 alpha-2 code; Zuora has its name
const ADDRESS = { line1: '12 Market St', line2: 'Suite 400', city: 'San Francisco', state: 'CA', postalCode: '94105', country: 'US', phoneNumber: '+1 415 555 0100' };

// flow 2's input: a Togai customer with one account, no settings
const TOGAI_CUSTOMER = { id: 'cust1', name: 'Acme Corp', primaryEmail: 'billing@acme.test', address: { line1: '1 Main St' }, account: { id: 'acc1', name: 'Acme main', invoiceCurrency: 'USD' } };

async function createZuoraAccount(w: ConnectedWorld): Promise<string> {
  const made = await ok(w.zuoraApi('POST', '/v1/accounts', ZUORA_ACCOUNT));
  expect(made.success).toBe(true);
  return made.accountId as string;
}

async function createTogaiCustomer(w: ConnectedWorld): Promise<void> {
  await ok(w.togaiApi('POST', '/customers', TOGAI_CUSTOMER), 201);
}

/** Flow 1's end state for Zuora account `zid`: exactly one Togai customer, its account, mapping and link back. */
async function expectFlow1Done(w: ConnectedWorld, zid: string): Promise<void> {
  const customers = await togaiCustomers(w);
  expect(customers.map((c) => c.id)).toEqual([zid]);
  expect(customers[0]).toMatchObject({ id: zid, name: ZUORA_ACCOUNT.name, primaryEmail: ZUORA_ACCOUNT.billToContact.workEmail });
  expect(customers[0].address).toEqual(ADDRESS);
  const account = await ok(w.togaiApi('GET', `/accounts/${zid}`));
  expect(account).toMatchObject({ id: zid, customerId: zid, name: ZUORA_ACCOUNT.name, invoiceCurrency: ZUORA_ACCOUNT.currency, status: 'ACTIVE' });
  // flow 1 makes one account in Togai, the customer's
  const accounts = await ok(w.togaiApi('GET', '/accounts?pageSize=50'));
  expect(accounts.data.map((a: any) => [a.id, a.customerId])).toEqual([[zid, zid]]);
  const settings = await togaiSettings(w, 'ACCOUNT', zid);
  expect(settings).toHaveLength(1);
  expect(settings[0]).toMatchObject({ namespace: 'zuora', id: 'accountId', value: zid, entityType: 'ACCOUNT', entityId: zid });
  const zuora = await zuoraAccount(w, zid);
  expect(zuora.basicInfo).toMatchObject({ id: zid, name: ZUORA_ACCOUNT.name, TogaiAccountId__c: zid });
  // flow 1 makes no Zuora account of its own
  expect((await zuoraQuery(w, 'accounts')).map((a) => a.id)).toEqual([zid]);
}

/** Flow 2's end state for Togai account acc1: exactly one Zuora account, linked back by its custom field, and the mapping. */
async function expectFlow2Done(w: ConnectedWorld): Promise<string> {
  const all = await zuoraQuery(w, 'accounts');
  expect(all).toHaveLength(1);
  const zid = all[0].id as string;
  expect(all[0]).toMatchObject({ TogaiAccountId__c: TOGAI_CUSTOMER.account.id, name: TOGAI_CUSTOMER.account.name, currency: TOGAI_CUSTOMER.account.invoiceCurrency });
  const zuora = await zuoraAccount(w, zid);
  expect(zuora.basicInfo).toMatchObject({ id: zid, name: TOGAI_CUSTOMER.account.name, TogaiAccountId__c: TOGAI_CUSTOMER.account.id, crmId: '', status: 'Active' });
  expect(zuora.billingAndPayment.currency).toBe(TOGAI_CUSTOMER.account.invoiceCurrency);
  // the bill-to contact comes from the Togai customer: its name split in two, its email
  const [firstName, lastName] = TOGAI_CUSTOMER.name.split(' ');
  expect(zuora.billToContact).toMatchObject({ firstName, lastName, workEmail: TOGAI_CUSTOMER.primaryEmail });
  const settings = await togaiSettings(w, 'ACCOUNT', TOGAI_CUSTOMER.account.id);
  expect(settings).toHaveLength(1);
  expect(settings[0]).toMatchObject({ namespace: 'zuora', id: 'accountId', value: zid });
  // flow 2 makes no Togai customer of its own
  expect((await togaiCustomers(w)).map((c) => c.id)).toEqual([TOGAI_CUSTOMER.id]);
  return zid;
}

describe('flow 1: Zuora account created -> Togai customer and account', () => {
  it('makes a Togai customer and account named after the Zuora account, keeps the mapping on both sides', async () => {
    world = zuoraWorld();
    const zid = await createZuoraAccount(world);
    await world.settle();
    await expectFlow1Done(world, zid);
    const [callout] = world.deliveries('zuora');
    expect(JSON.parse(callout!.body)).toEqual({ accountId: zid });
    expect(answersTo(world, '/zuora/callouts')).toEqual([{ path: '/zuora/callouts', status: 200, body: { outcomes: [expect.objectContaining({ flow: 1, result: 'done' })] } }]);
  });

  it('a callout delivered twice makes one customer; the repeat is already-done', async () => {
    world = zuoraWorld();
    const zid = await createZuoraAccount(world);
    await world.settle();
    const again = await redeliver(world, world.deliveries('zuora')[0]!);
    expect(again.status).toBe(200);
    expect(outcomes(again.body)).toEqual([expect.objectContaining({ flow: 1, result: 'already-done' })]);
    await world.settle();
    await expectFlow1Done(world, zid);
  });

  it('Togai answering 503 twice to createCustomer: retried after Retry-After, one customer', async () => {
    world = zuoraWorld();
    const fault = world.failWith503({ method: 'POST', path: /^\/customers$/ }, 2);
    const zid = await createZuoraAccount(world);
    await world.settle();
    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual(expectedRetryWaits(world, 2));
    expect(world.waits.every((ms) => ms >= 1000)).toBe(true);
    await expectFlow1Done(world, zid);
    expect(answersTo(world, '/zuora/callouts').map((a) => a.status)).toEqual([200]);
  });

  it('a restart after the Togai customer is made but before the CRM ID is set: the callout retry completes it once', async () => {
    world = zuoraWorld();
    const kill = world.killAfter({ method: 'POST', path: /^\/customers$/ });
    const zid = await createZuoraAccount(world);
    await world.settle();
    expect(kill.killed).toBe(true);
    expect(answersTo(world, '/zuora/callouts').map((a) => a.status)).toEqual([500]);
    // the customer exists, the Zuora side is not finished
    expect((await togaiCustomers(world)).map((c) => c.id)).toEqual([zid]);
    expect((await zuoraAccount(world, zid)).basicInfo.TogaiAccountId__c).toBeUndefined();

    await world.restart();
    await world.advance('PT30M'); // Zuora's callout retry interval
    expect(answersTo(world, '/zuora/callouts').map((a) => a.status)).toEqual([500, 200]);
    expect(outcomes(answersTo(world, '/zuora/callouts')[1]!.body)).toEqual([expect.objectContaining({ flow: 1, result: 'done' })]);
    await expectFlow1Done(world, zid);
    expect(world.deliveries('zuora')[0]!.state).toBe('delivered');
  });
});

describe('flow 2: Togai account created -> Zuora customer account', () => {
  it('makes a Zuora account with the Togai account as CRM ID, currency and bill-to contact from the customer, and maps it', async () => {
    world = zuoraWorld();
    await createTogaiCustomer(world);
    await world.settle();
    const zid = await expectFlow2Done(world);
    const answer = answersTo(world, '/togai/notifications');
    expect(answer).toEqual([{ path: '/togai/notifications', status: 200, body: { outcomes: [expect.objectContaining({ flow: 2, result: 'done' })] } }]);
    expect(answer[0]!.body.outcomes[0].detail).toContain(zid);
  });

  it('account.created delivered twice makes one Zuora account; the repeat is already-done', async () => {
    world = zuoraWorld();
    await createTogaiCustomer(world);
    await world.settle();
    const again = await redeliver(world, world.deliveries('togai')[0]!);
    expect(again.status).toBe(200);
    expect(outcomes(again.body)).toEqual([expect.objectContaining({ flow: 2, result: 'already-done' })]);
    await world.settle();
    await expectFlow2Done(world);
  });

  it('Zuora answering 503 twice to createAccount: retried after Retry-After, one account', async () => {
    world = zuoraWorld();
    const fault = world.failWith503({ method: 'POST', path: /^\/v1\/accounts$/ }, 2);
    await createTogaiCustomer(world);
    await world.settle();
    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual(expectedRetryWaits(world, 2));
    expect(world.waits.every((ms) => ms >= 1000)).toBe(true);
    await expectFlow2Done(world);
  });

  it('a restart after the Zuora account is made but before the mapping is kept: the Togai retry maps it, once', async () => {
    world = zuoraWorld();
    const kill = world.killAfter({ method: 'POST', path: /^\/v1\/accounts$/ });
    await createTogaiCustomer(world);
    await world.settle();
    expect(kill.killed).toBe(true);
    expect(answersTo(world, '/togai/notifications').map((a) => a.status)).toEqual([500]);
    // the Zuora account exists, the mapping does not
    expect(await zuoraQuery(world, 'accounts')).toHaveLength(1);
    expect(await togaiSettings(world, 'ACCOUNT', 'acc1')).toEqual([]);

    await world.restart();
    await world.advance('PT1M'); // Togai's first retry
    expect(answersTo(world, '/togai/notifications').map((a) => a.status)).toEqual([500, 200]);
    expect(outcomes(answersTo(world, '/togai/notifications')[1]!.body)).toEqual([expect.objectContaining({ flow: 2, result: 'done' })]);
    await expectFlow2Done(world);
    // the callout for the new account failed while the connector was dead; its retry must not sync it back
    await world.advance('PT30M');
    expect(world.deliveries('zuora').map((d) => d.state)).toEqual(['delivered']);
    await expectFlow2Done(world);
  });
});

describe('loop prevention', () => {
  it('a customer flow 1 made in Togai is not pushed back to Zuora by flow 2', async () => {
    world = zuoraWorld();
    const zid = await createZuoraAccount(world);
    await world.settle();
    const created = world.deliveries('togai').filter((d) => d.eventType === 'account.created');
    expect(created).toHaveLength(1);
    expect(JSON.parse(created[0]!.body).data.account.id).toBe(zid);
    const answer = answersTo(world, '/togai/notifications');
    expect(answer).toHaveLength(1);
    expect(answer[0]!.status).toBe(200);
    expect(outcomes(answer[0]!.body)).toEqual([expect.objectContaining({ flow: 2, result: 'skipped' })]);
    expect((await zuoraQuery(world, 'accounts')).map((a) => a.id)).toEqual([zid]);
    expect(await zuoraQuery(world, 'accounts', `TogaiAccountId__c.EQ:${zid}`)).toHaveLength(1);
    await expectFlow1Done(world, zid);
  });

  it('a Zuora account flow 2 made is not synced back to Togai by flow 1', async () => {
    world = zuoraWorld();
    await createTogaiCustomer(world);
    await world.settle();
    const zid = await expectFlow2Done(world);
    const callouts = world.deliveries('zuora');
    expect(callouts).toHaveLength(1);
    expect(JSON.parse(callouts[0]!.body)).toEqual({ accountId: zid });
    const answer = answersTo(world, '/zuora/callouts');
    expect(answer).toHaveLength(1);
    expect(outcomes(answer[0]!.body)).toEqual([expect.objectContaining({ flow: 1, result: 'skipped' })]);
    expect((await togaiCustomers(world)).map((c) => c.id)).toEqual(['cust1']);
    expect((await world.togaiApi('GET', `/customers/${zid}`)).status).toBe(404);
  });

  it('a Zuora account with a CRM ID from the tenant CRM is still synced, and its CRM ID kept', async () => {
    world = zuoraWorld();
    const zid = (await world.zuoraApi('POST', '/v1/accounts', { ...ZUORA_ACCOUNT, crmId: '0015e00000AbCdE' })).body.accountId as string;
    await world.settle();
    await expectFlow1Done(world, zid);
    expect((await zuoraAccount(world, zid)).basicInfo.crmId).toBe('0015e00000AbCdE');
  });
});
