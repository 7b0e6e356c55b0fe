import { afterEach, describe, expect, it } from 'vitest';
import { activePlan } from './support/billing-fixtures.js';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import {
  callsRevenue,
  cbCustomer,
  cbCustomers,
  cbInvoices,
  chargebeeWorld,
  createCbCustomer,
  deliveryOf,
  FEB_1,
  muteTogai,
  ok,
  outcomes,
  PAYER,
  redeliver,
  START,
  storageRevenue,
  togaiCatalog,
  togaiCustomer,
  togaiInvoices,
  useService,
} from './support/chargebee-flows.js';

/** Flow 8 of the reference connector: a generated (DUE) Togai invoice is raised in Chargebee. */

let world: ConnectedWorld;
afterEach(() => closeChecked(world));


function iso(ms: number): string {
  return new Date(ms).toISOString();
}

describe('flow 8: Togai invoice generated (DUE) -> Chargebee invoice', () => {
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
    const generated = await togaiInvoices(world, accountId, 'DUE');
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
      { description: 'API calls', amount: CALLS_CENTS, entity_type: 'adhoc', date_from: START / 1000, date_to: Date.parse(FEB_1) / 1000 },
      { description: 'Storage', amount: STORAGE_CENTS, entity_type: 'adhoc', date_from: START / 1000, date_to: Date.parse(FEB_1) / 1000 },
    ]);
    return invoice;
  }

  it('raises the invoice for the mapped customer: PO number = Togai invoice ID, one line per rate card, total = the Togai total in cents', async () => {
    await billedWorld();
    expect(await cbInvoices(world, PAYER)).toEqual([]);

    await world.advance('P32D');

    const togai = await generatedInvoice();
    expect(togai).toMatchObject({ ownerId: PAYER, invoiceType: 'STANDARD', startDate: iso(START), endDate: FEB_1 });
    expect(Math.round(togai.totalAmount * 100)).toBe(CALLS_CENTS + STORAGE_CENTS);
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

    expect((await generatedInvoice()).totalAmount).toBe(0);
    expect(await cbInvoices(world, PAYER)).toEqual([]);
    expect(outcomes(world, 8)).toEqual([{ flow: 8, result: 'skipped', detail: expect.stringContaining('nothing to bill') }]);
  });

  // rounding each line to cents on its own would lose (or double) the lines' fractions of a cent in the total
  it('with fractions of a cent in its lines, the Chargebee total is the Togai total rounded to cents', async () => {
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
    expect(Math.round(togai.totalAmount * 1000)).toBe(netTenthsOfCents);
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
