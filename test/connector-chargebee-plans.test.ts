import { afterEach, describe, expect, it } from 'vitest';
import { activePlan, associate } from './support/billing-fixtures.js';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import {
  cbCustomer,
  chargebeeWorld,
  createCbCustomer,
  deliveryOf,
  DEMO_CHARGE_PRICE,
  DEMO_PLAN_PRICE,
  FEB_1,
  mapPlanBySetting,
  ok,
  outcomes,
  payCharge,
  PAYER,
  paySubscription,
  predictedPlanId,
  redeliver,
  seedItemPrices,
  START,
  togaiCatalog,
  togaiCustomer,
  togaiInvoices,
} from './support/chargebee-flows.js';

/**
 * Flow 7 of the reference connector: a Chargebee payment puts the Togai price plan mapped to
 * the paid item price on the account, through Togai's Schedules API (bulkEditSchedules).
 */

let world: ConnectedWorld;
afterEach(() => closeChecked(world));

const MINUTE = 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The account's schedules (listaccountSchedules), oldest first, as plan, start and end. */
async function schedulesOf(accountId: string): Promise<{ pricePlanId: string; startDate: string; endDate: string }[]> {
  const { data } = await ok(world.togaiApi('GET', `/v2/accounts/${accountId}/schedules?mode=ACTIVE&pageSize=50`));
  return data
    .map((s: { pricePlanId: string; startDate: string; endDate: string }) => ({ pricePlanId: s.pricePlanId, startDate: s.startDate, endDate: s.endDate }))
    .sort((a: { startDate: string }, b: { startDate: string }) => a.startDate.localeCompare(b.startDate));
}

/**
 * The account is on `planId` from `from` on: one open-ended schedule, and one invoice, the DRAFT
 * of its open cycle, from `from` to the end of January.
 */
async function expectOnPlan(accountId: string, planId: string, from = START) {
  const schedules = await schedulesOf(accountId);
  expect(schedules.map((s) => ({ pricePlanId: s.pricePlanId, startDate: s.startDate }))).toEqual([{ pricePlanId: planId, startDate: iso(from) }]);
  expect(Date.parse(schedules[0]!.endDate)).toBeGreaterThan(Date.parse('9000-01-01'));
  const invoices = await togaiInvoices(world, accountId);
  expect(invoices.map((i) => ({ status: i.status, pricePlanId: i.pricePlanId, startDate: i.startDate, endDate: i.endDate }))).toEqual([
    { status: 'DRAFT', pricePlanId: planId, startDate: iso(from), endDate: FEB_1 },
  ]);
}

/** A world with the catalogs on both sides and a Chargebee customer synced to Togai by flow 6. */
async function payerWorld(itemPricePlans: Record<string, string> = {}) {
  world = chargebeeWorld(itemPricePlans);
  const catalog = await togaiCatalog(world);
  await seedItemPrices(world);
  await createCbCustomer(world, cbCustomer(PAYER));
  return catalog;
}

describe('flow 7: Chargebee payment_succeeded -> Togai price plan on the account', () => {
  it('an item price mapped in chargebee.itemPricePlans: paying a charge for it puts the account on that plan', async () => {
    const planId = await predictedPlanId();
    const catalog = await payerWorld({ [DEMO_CHARGE_PRICE]: planId });
    expect(catalog.planId).toBe(planId);
    // the mapping is the configuration's alone: no price plan carries a setting
    expect((await ok(world.togaiApi('GET', '/settings?entity_type=PRICE_PLAN'))).data).toEqual([]);
    expect(await togaiInvoices(world, PAYER)).toEqual([]);

    await payCharge(world, PAYER);

    await expectOnPlan(PAYER, planId);
    expect(outcomes(world, 7)).toEqual([{ flow: 7, result: 'done', detail: expect.stringContaining(`'${planId}'`) }]);
  });

  it('an item price mapped by a chargebee.itemPriceId price plan setting: paying a subscription plan puts the account on that plan', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_PLAN_PRICE);

    const invoiceId = await paySubscription(world, PAYER);

    const paid = JSON.parse(deliveryOf(world, 'chargebee', 'payment_succeeded').body).content.invoice;
    expect(paid.id).toBe(invoiceId);
    expect(paid.line_items.map((l: { entity_type: string; entity_id: string }) => [l.entity_type, l.entity_id])).toEqual([['plan_item_price', DEMO_PLAN_PRICE]]);
    await expectOnPlan(PAYER, planId);
    expect(outcomes(world, 7)).toEqual([{ flow: 7, result: 'done', detail: expect.stringContaining(DEMO_PLAN_PRICE) }]);
  });

  it('a payment for an item price no plan is mapped to associates nothing and is skipped', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_PLAN_PRICE);

    await payCharge(world, PAYER, DEMO_CHARGE_PRICE);

    expect(await togaiInvoices(world, PAYER)).toEqual([]);
    expect(outcomes(world, 7)).toEqual([{ flow: 7, result: 'skipped', detail: expect.stringContaining(DEMO_CHARGE_PRICE) }]);
    expect(deliveryOf(world, 'chargebee', 'payment_succeeded').attempts.map((a) => a.status)).toEqual([200]);
  });

  it('a payment for a customer with no Togai account yet answers 500; the redelivery after the account appears associates the plan', async () => {
    world = chargebeeWorld();
    const { planId } = await togaiCatalog(world);
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    await seedItemPrices(world);
    // Togai refuses every try of flow 6's createCustomer, so customer_created waits for Chargebee's retry
    const down = world.failWith503({ method: 'POST', path: /^\/customers$/ }, world.config.retry.attempts);
    await createCbCustomer(world, cbCustomer(PAYER));
    expect(down.hits).toBe(world.config.retry.attempts);
    expect(await ok(world.togaiApi('GET', '/customers?pageSize=50'))).toMatchObject({ data: [] });

    await payCharge(world, PAYER);

    const payment = deliveryOf(world, 'chargebee', 'payment_succeeded');
    expect(payment.attempts.map((a) => a.status)).toEqual([500]);
    expect(world.answers.at(-1)).toMatchObject({ status: 500, body: { error: expect.stringContaining(`no Togai account '${PAYER}' yet`) } });
    expect(await togaiInvoices(world, PAYER)).toEqual([]);

    // two minutes on Chargebee retries both, in order: the customer first, then the payment
    await world.advance('PT2M');

    expect(deliveryOf(world, 'chargebee', 'customer_created').attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(payment.attempts.map((a) => a.status)).toEqual([500, 200]);
    await expectOnPlan(PAYER, planId, START + 2 * MINUTE);
    expect(outcomes(world, 7).map((o) => o.result)).toEqual(['done']);
  });

  it('a payment by a customer flow 9 made goes to the Togai account named in its meta_data', async () => {
    world = chargebeeWorld();
    const { planId } = await togaiCatalog(world);
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    await seedItemPrices(world);
    await togaiCustomer(world, 'tg-grace', 'tg-grace-main');

    await payCharge(world, 'tg-grace-main');

    await expectOnPlan('tg-grace-main', planId);
    expect(outcomes(world, 7).map((o) => o.result)).toEqual(['done']);
  });

  it('an account put on the plan by hand until a date is kept on it for good once the plan is paid for', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    await associate(world.togaiApi, PAYER, planId);
    expect((await schedulesOf(PAYER)).map((s) => s.endDate)).toEqual(['2027-01-01T00:00:00.000Z']);

    await payCharge(world, PAYER);

    await expectOnPlan(PAYER, planId);
    expect(outcomes(world, 7)).toEqual([{ flow: 7, result: 'done', detail: expect.not.stringContaining('replacing') }]);
  });

  it('a payment_succeeded delivered twice associates the plan once; the second answer is already-done', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    await payCharge(world, PAYER);

    const again = await redeliver(world, deliveryOf(world, 'chargebee', 'payment_succeeded'));

    expect(again.status).toBe(200);
    expect(again.body.outcomes).toEqual([{ flow: 7, result: 'already-done', detail: expect.stringContaining(planId) }]);
    await expectOnPlan(PAYER, planId);
  });

  /** The payer on the charge's plan after paying it, three days on, with the subscription's item price mapped to a later plan. */
  async function paidChargeThenPlanMapped(): Promise<string> {
    const { planId, meterIds } = await payerWorld();
    const later = await activePlan(world.togaiApi, 'Flat calls', [{ displayName: 'API calls', usageMeterId: meterIds[0]!, slabs: [[0, 1]] }]);
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    await mapPlanBySetting(world, later, DEMO_PLAN_PRICE);
    await payCharge(world, PAYER);
    await world.advance('P3D');
    return later;
  }

  // a redelivered older payment must not switch the account back to the plan it once paid for
  it('a payment_succeeded redelivered after a later payment moved the account to another plan changes nothing', async () => {
    const later = await paidChargeThenPlanMapped();
    await paySubscription(world, PAYER);
    const before = await togaiInvoices(world, PAYER);
    expect(before.filter((i) => i.status === 'DRAFT').map((i) => i.pricePlanId)).toEqual([later]);
    const schedules = await schedulesOf(PAYER);
    expect(schedules.map((s) => s.pricePlanId)).toHaveLength(2);
    expect(schedules.at(-1)!.pricePlanId).toBe(later);

    const first = world.deliveries('chargebee').filter((d) => d.eventType === 'payment_succeeded')[0]!;
    const again = await redeliver(world, first);

    expect(again.status).toBe(200);
    const after = await togaiInvoices(world, PAYER);
    expect(after.filter((i) => i.status === 'DRAFT').map((i) => i.pricePlanId)).toEqual([later]);
    expect(after).toEqual(before);
    expect(await schedulesOf(PAYER)).toEqual(schedules);
    // applied once and since overtaken: the connector says so instead of acting on it
    expect(again.body.outcomes).toEqual([{ flow: 7, result: 'skipped', detail: expect.stringContaining(`is older than the payment that put Togai account '${PAYER}' on '${later}'`) }]);
  });

  it('the same payment delivered twice at once switches the plan once and closes no extra cycle', async () => {
    const later = await paidChargeThenPlanMapped();
    // hold the webhook back, so that two copies can arrive together
    const subscriber = world.sandbox.outbox.listSubscribers('chargebee')[0]!;
    world.sandbox.outbox.update(subscriber.id, { url: 'http://connector.test/held' });
    await paySubscription(world, PAYER);
    const held = world.deliveries('chargebee').filter((d) => d.eventType === 'payment_succeeded').at(-1)!;
    const copy = { ...held, url: 'http://connector.test/chargebee/webhooks' };

    const answers = await Promise.all([redeliver(world, copy), redeliver(world, copy)]);

    expect(answers.map((a) => a.body.outcomes[0].result).sort()).toEqual(['already-done', 'done']);
    const invoices = await togaiInvoices(world, PAYER);
    expect(invoices.filter((i) => i.status === 'DRAFT').map((i) => i.pricePlanId)).toEqual([later]);
    expect(invoices.filter((i) => i.pricePlanId === later)).toHaveLength(1);
    // one schedule edit: the first plan's schedule ended where the later one's began
    const schedules = await schedulesOf(PAYER);
    expect(schedules.map((s) => s.pricePlanId)).toEqual([expect.not.stringMatching(later), later]);
    expect(schedules[0]!.endDate).toBe(schedules[1]!.startDate);
    // two edits in all: the charge's payment, and one of the two copies of the subscription's
    expect(world.togai.log.list().requests.filter((r) => r.operationId === 'bulkEditSchedules').map((r) => r.status)).toEqual([200, 200]);
  });

  it('Togai answering 503 twice to the association: the connector backs off as Retry-After asks and associates once', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    const fault = world.failWith503({ method: 'POST', path: new RegExp(`^/v2/accounts/${PAYER}/edit_schedules$`) }, 2);

    await payCharge(world, PAYER);

    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual([1000, 1000]);
    await expectOnPlan(PAYER, planId);
    expect(outcomes(world, 7).map((o) => o.result)).toEqual(['done']);
  });

  it("Togai's answer to the association lost after it took effect: the connector reads the schedules instead of associating again", async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    const lost = world.loseAnswer({ method: 'POST', path: new RegExp(`^/v2/accounts/${PAYER}/edit_schedules$`) });

    await payCharge(world, PAYER);

    expect(lost.lost).toBe(true);
    // one edit: a second would put the plan on again, granting a prepaid plan's credits twice
    expect(world.togai.log.list().requests.filter((r) => r.operationId === 'bulkEditSchedules')).toHaveLength(1);
    await expectOnPlan(PAYER, planId);
    expect(outcomes(world, 7).map((o) => o.result)).toEqual(['done']);
  });

  it('the connector dies after Togai took the association; after a restart the redelivery finds the plan in place', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    const kill = world.killAfter({ method: 'POST', path: new RegExp(`^/v2/accounts/${PAYER}/edit_schedules$`) });

    await payCharge(world, PAYER);
    expect(kill.killed).toBe(true);
    const payment = deliveryOf(world, 'chargebee', 'payment_succeeded');
    expect(payment.attempts.map((a) => a.status)).toEqual([500]);

    await world.restart();
    await world.advance('PT2M');

    expect(payment.attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(outcomes(world, 7).map((o) => o.result)).toEqual(['already-done']);
    await expectOnPlan(PAYER, planId);
  });
});

