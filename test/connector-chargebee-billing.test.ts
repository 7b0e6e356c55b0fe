import { afterEach, describe, expect, it } from 'vitest';
import { activePlan } from './support/billing-fixtures.js';
import type { ConnectedWorld } from './support/connected.js';
import {
  callsRevenue,
  cbCustomer,
  cbCustomers,
  cbInvoices,
  chargebeeWorld,
  createCbCustomer,
  DEMO_CHARGE_PRICE,
  DEMO_PLAN_PRICE,
  deliveryOf,
  mapPlanBySetting,
  muteTogai,
  ok,
  outcomes,
  payCharge,
  paySubscription,
  predictedPlanId,
  redeliver,
  seedItemPrices,
  storageRevenue,
  togaiCatalog,
  togaiCustomer,
  togaiInvoices,
  useService,
} from './support/chargebee-flows.js';

let world: ConnectedWorld;
afterEach(() => world.close());

const PAYER = 'cb-payer';
const START = Date.parse('2026-01-01T00:00:00.000Z');
const MINUTE = 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function monthAfter(ms: number): string {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString();
}

/** The account's Togai invoices: exactly one, ONGOING on `planId` for the month from `from`. */
async function expectOnPlan(accountId: string, planId: string, from = START) {
  const invoices = await togaiInvoices(world, accountId);
  expect(invoices.map((i) => ({ status: i.status, pricePlanId: i.pricePlanId, startDate: i.startDate, endDate: i.endDate }))).toEqual([
    { status: 'ONGOING', pricePlanId: planId, startDate: iso(from), endDate: monthAfter(from) },
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
    expect(before.filter((i) => i.status === 'ONGOING').map((i) => i.pricePlanId)).toEqual([later]);

    const first = world.deliveries('chargebee').filter((d) => d.eventType === 'payment_succeeded')[0]!;
    const again = await redeliver(world, first);

    expect(again.status).toBe(200);
    const after = await togaiInvoices(world, PAYER);
    expect(after.filter((i) => i.status === 'ONGOING').map((i) => i.pricePlanId)).toEqual([later]);
    expect(after).toEqual(before);
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
    expect(invoices.filter((i) => i.status === 'ONGOING').map((i) => i.pricePlanId)).toEqual([later]);
    expect(invoices.filter((i) => i.pricePlanId === later)).toHaveLength(1);
  });

  it('Togai answering 503 twice to the association: the connector backs off as Retry-After asks and associates once', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    const fault = world.failWith503({ method: 'POST', path: new RegExp(`^/customers/${PAYER}/accounts/${PAYER}/price_plans$`) }, 2);

    await payCharge(world, PAYER);

    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual([1000, 1000]);
    await expectOnPlan(PAYER, planId);
    expect(outcomes(world, 7).map((o) => o.result)).toEqual(['done']);
  });

  it('the connector dies after Togai took the association; after a restart the redelivery finds the plan in place', async () => {
    const { planId } = await payerWorld();
    await mapPlanBySetting(world, planId, DEMO_CHARGE_PRICE);
    const kill = world.killAfter({ method: 'POST', path: new RegExp(`^/customers/${PAYER}/accounts/${PAYER}/price_plans$`) });

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

describe('flow 8: Togai invoice GENERATED -> Chargebee invoice', () => {
  const USAGE = { calls: 150, gb: 3 };
  // by hand: 100 calls at 0.10 + 50 at 0.05 = 12.50; 3 GB at 2.00 = 6.00; net revenue 18.50 USD
  const CALLS_CENTS = Math.round(callsRevenue(USAGE.calls) * 100);
  const STORAGE_CENTS = Math.round(storageRevenue(USAGE.gb) * 100);

  /** A Chargebee customer synced by flow 6, on the plan with `usage` in January; the cycle is not closed yet. */
  async function billedWorld(usage: { calls: number; gb: number } = USAGE) {
    world = chargebeeWorld();
    const { planId } = await togaiCatalog(world);
    await createCbCustomer(world, cbCustomer(PAYER));
    await useService(world, PAYER, planId, usage);
  }

  async function generatedInvoice(accountId = PAYER) {
    const generated = await togaiInvoices(world, accountId, 'GENERATED');
    expect(generated).toHaveLength(1);
    return generated[0];
  }

  /** The one Chargebee invoice of the customer, checked against the hand-computed lines. */
  async function expectRaised(togaiInvoiceId: string, customerId = PAYER) {
    const invoices = await cbInvoices(world, customerId);
    expect(invoices).toHaveLength(1);
    const [invoice] = invoices;
    expect(invoice).toMatchObject({ customer_id: customerId, po_number: togaiInvoiceId, currency_code: 'USD', total: CALLS_CENTS + STORAGE_CENTS });
    expect(invoice.total).toBe(1850);
    expect(invoice.line_items.map((l: any) => ({ description: l.description, amount: l.amount, entity_type: l.entity_type, date_from: l.date_from, date_to: l.date_to }))).toEqual([
      { description: 'API calls', amount: CALLS_CENTS, entity_type: 'adhoc', date_from: START / 1000, date_to: Date.parse(monthAfter(START)) / 1000 },
      { description: 'Storage', amount: STORAGE_CENTS, entity_type: 'adhoc', date_from: START / 1000, date_to: Date.parse(monthAfter(START)) / 1000 },
    ]);
    return invoice;
  }

  it('raises the invoice for the mapped customer: PO number = Togai invoice ID, one line per revenue line, total = net revenue in cents', async () => {
    await billedWorld();
    expect(await cbInvoices(world, PAYER)).toEqual([]);

    await world.advance('P32D');

    const togai = await generatedInvoice();
    expect(Math.round(togai.revenueInfo.value * 100)).toBe(CALLS_CENTS + STORAGE_CENTS);
    const raised = await expectRaised(togai.id);
    expect(outcomes(world, 8)).toEqual([{ flow: 8, result: 'done', detail: expect.stringContaining(`Chargebee invoice ${raised.id} (1850 minor units)`) }]);
  });

  it('an invoice of a Togai-born account is raised for the Chargebee customer flow 9 made', async () => {
    world = chargebeeWorld();
    const { planId } = await togaiCatalog(world);
    await togaiCustomer(world, 'tg-grace', 'tg-grace-main');
    await useService(world, 'tg-grace-main', planId, USAGE, 'tg-grace');

    await world.advance('P32D');

    await expectRaised((await generatedInvoice('tg-grace-main')).id, 'tg-grace-main');
  });

  it('an invoice with a zero total raises no Chargebee invoice and is skipped', async () => {
    await billedWorld({ calls: 0, gb: 0 });

    await world.advance('P32D');

    expect((await generatedInvoice()).revenueInfo.value).toBe(0);
    expect(await cbInvoices(world, PAYER)).toEqual([]);
    expect(outcomes(world, 8)).toEqual([{ flow: 8, result: 'skipped', detail: expect.stringContaining('nothing to bill') }]);
  });

  // rounding each line to cents on its own would lose (or double) the lines' fractions of a cent in the total
  it('with fractions of a cent in its lines, the Chargebee total is the Togai net revenue rounded to cents', async () => {
    world = chargebeeWorld();
    const { meterIds } = await togaiCatalog(world);
    // 0.15 cents a unit on both cards: 1003 units each is 150.45 cents a line, 300.9 cents in all
    const subCent = await activePlan(world.togaiApi, 'Sub-cent', [
      { displayName: 'API calls', usageMeterId: meterIds[0]!, slabs: [[0, 0.0015]] },
      { displayName: 'Storage', usageMeterId: meterIds[1]!, slabs: [[0, 0.0015]] },
    ]);
    await createCbCustomer(world, cbCustomer(PAYER));
    await useService(world, PAYER, subCent, { calls: 1003, gb: 1003 });
    const netTenthsOfCents = 1003 * 1.5 + 1003 * 1.5; // 0.15 cents is 1.5 tenths of a cent: 3009 tenths, 300.9 cents

    await world.advance('P32D');

    const togai = await generatedInvoice();
    expect(Math.round(togai.revenueInfo.value * 1000)).toBe(netTenthsOfCents);
    const [invoice] = await cbInvoices(world, PAYER);
    expect(invoice.po_number).toBe(togai.id);
    expect(invoice.total).toBe(Math.round(netTenthsOfCents / 10)); // 301
  });

  it('an invoice of an account with no Chargebee mapping raises nothing and is skipped', async () => {
    // flow 9 off: a Togai account is made and never pushed to Chargebee, so it has no chargebee.customerId
    world = chargebeeWorld({}, [6, 7, 8]);
    const { planId } = await togaiCatalog(world);
    await togaiCustomer(world, 'tg-solo', 'tg-solo-main');
    await useService(world, 'tg-solo-main', planId, USAGE, 'tg-solo');

    await world.advance('P32D');

    const togai = await generatedInvoice('tg-solo-main');
    expect(outcomes(world, 8)).toEqual([{ flow: 8, result: 'skipped', detail: expect.stringContaining(`invoice ${togai.id} not synced`) }]);
    expect(await cbCustomers(world)).toEqual([]);
    expect((await ok(world.chargebeeApi('GET', '/invoices?limit=100'))).list).toEqual([]);
  });

  it('an invoice.generated delivered twice raises one Chargebee invoice; the second answer is already-done', async () => {
    await billedWorld();
    await world.advance('P32D');
    const togai = await generatedInvoice();

    const again = await redeliver(world, deliveryOf(world, 'togai', 'invoice.generated', (b) => b.data.invoice.id === togai.id));

    expect(again.status).toBe(200);
    expect(again.body.outcomes).toEqual([{ flow: 8, result: 'already-done', detail: expect.stringContaining(togai.id) }]);
    await expectRaised(togai.id);
  });

  it('Chargebee answering 503 twice to the invoice create: the connector backs off as Retry-After asks and raises one invoice', async () => {
    await billedWorld();
    const fault = world.failWith503({ method: 'POST', path: /^\/api\/v2\/invoices\/create_for_charge_items_and_charges$/ }, 2);

    await world.advance('P32D');

    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual([1000, 1000]);
    const togai = await generatedInvoice();
    await expectRaised(togai.id);
    expect(deliveryOf(world, 'togai', 'invoice.generated', (b) => b.data.invoice.id === togai.id).attempts.map((a) => a.status)).toEqual([200]);
  });

  it('the connector dies after Chargebee raised the invoice; after a restart the redelivery finds it by PO number', async () => {
    await billedWorld();
    const kill = world.killAfter({ method: 'POST', path: /^\/api\/v2\/invoices\/create_for_charge_items_and_charges$/ });

    // just past the close: Togai's first redelivery, a minute after it, waits for the restart
    await world.advance('P31DT30S');
    expect(kill.killed).toBe(true);
    const togai = await generatedInvoice();
    const delivery = deliveryOf(world, 'togai', 'invoice.generated', (b) => b.data.invoice.id === togai.id);
    expect(delivery.attempts.map((a) => a.status)).toEqual([500]);
    expect(await cbInvoices(world, PAYER)).toHaveLength(1);

    await world.restart();
    await world.advance('PT1M');

    expect(delivery.attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(outcomes(world, 8).map((o) => o.result)).toEqual(['already-done']);
    await expectRaised(togai.id);
  });

  it('reconciliation raises the invoice a lost notification missed, once', async () => {
    await billedWorld();
    muteTogai(world);

    await world.advance('P32D');

    const togai = await generatedInvoice();
    expect(world.deliveries('togai').filter((d) => d.eventType === 'invoice.generated')).toEqual([]);
    expect(await cbInvoices(world, PAYER)).toEqual([]);

    const first = await world.connector.reconcile();
    expect(first.failures).toEqual([]);
    expect(first.outcomes).toEqual([{ flow: 8, result: 'done', detail: expect.stringContaining(togai.id) }]);
    await expectRaised(togai.id);

    const second = await world.connector.reconcile();
    expect(second.failures).toEqual([]);
    expect(second.outcomes).toEqual([{ flow: 8, result: 'already-done', detail: expect.stringContaining(togai.id) }]);
    await expectRaised(togai.id);
  });
});
