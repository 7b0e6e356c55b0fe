import { afterEach, describe, expect, it } from 'vitest';
import { loadContract } from '../simulators/kit/contract.js';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import {
  answersTo,
  billingSetup,
  display,
  expectedRetryWaits,
  generatedInvoices,
  ingest,
  money,
  numberFor,
  ok,
  outcomes,
  redeliver,
  tiered,
  zuoraQuery,
  zuoraUsageRecord,
  zuoraWorld,
  type Billing,
  type MeterSpec,
} from './support/zuora-flows.js';

/**
 * Flows 3, 4 and 5 of the reference connector: a generated (DUE) Togai invoice becomes a posted
 * standalone Zuora invoice (3) and one Zuora usage record per usage meter, in quantity mode (4)
 * or revenue mode (5). Amounts are worked out here from the tiered slabs, not read back.
 */

let world: ConnectedWorld;
afterEach(() => closeChecked(world));

// TIERED cards: calls at 0.10 for the first 100, 0.05 above; storage at 0.02 for the first 1000, 0.01 above
const CALLS: MeterSpec = { name: 'calls', slabs: [[0, 0.1], [100, 0.05]], mode: 'QUANTITY' };
const STORAGE: MeterSpec = { name: 'storage', slabs: [[0, 0.02], [1000, 0.01]], mode: 'REVENUE' };
const BOTH = [CALLS, STORAGE];

// January: 150 calls -> 100 x 0.10 + 50 x 0.05 = 12.50; 2500 storage -> 1000 x 0.02 + 1500 x 0.01 = 35.00
const JANUARY = { at: '2026-01-10T12:00:00Z', events: [{ calls: 100, storage: 1000 }, { calls: 50, storage: 1500 }], invoiceDate: '2026-02-01', start: '2026-01-01', end: '2026-01-31' };
// February: 230 calls -> 10.00 + 130 x 0.05 = 16.50; 400 storage -> 400 x 0.02 = 8.00
const FEBRUARY = { at: '2026-02-10T12:00:00Z', events: [{ calls: 230, storage: 400 }], invoiceDate: '2026-03-01', start: '2026-02-01', end: '2026-02-28' };
type Cycle = typeof JANUARY;

interface Line {
  meter: MeterSpec;
  quantity: number;
  value: number;
  perUnit: number;
}

/** Each meter's quantity, revenue and per-unit amount for a cycle's events. */
function linesFor(specs: MeterSpec[], cycle: Cycle): Line[] {
  return specs.map((meter) => {
    const quantity = cycle.events.reduce((sum, e) => sum + e[meter.name as 'calls' | 'storage'], 0);
    const value = tiered(meter.slabs, quantity);
    return { meter, quantity, value, perUnit: money(value / quantity) };
  });
}

async function ingestCycle(w: ConnectedWorld, specs: MeterSpec[], cycle: Cycle): Promise<void> {
  const names = specs.map((m) => m.name);
  await ingest(w, cycle.events.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => names.includes(k)))), cycle.at);
}

/**
 * Set up, ingest January's usage and close January's cycle. `by` is how far the clock moves from
 * the cycle's start: past the close by a day, or (for a connector killed at the close) by less
 * than the minute after which Togai first redelivers, so the test restarts it before that.
 */
async function january(specs: MeterSpec[], flows?: Parameters<typeof zuoraWorld>[0], before?: (w: ConnectedWorld) => void, by = 'P32D'): Promise<Billing> {
  world = zuoraWorld(flows);
  const billing = await billingSetup(world, specs);
  before?.(world);
  await ingestCycle(world, specs, JANUARY);
  await world.advance(by);
  return billing;
}

async function theInvoice(cycleStart: string): Promise<any> {
  const found = (await generatedInvoices(world)).filter((i) => i.startDate.startsWith(cycleStart));
  expect(found).toHaveLength(1);
  return found[0];
}

/** The usage rows of the Zuora account whose UniqueKey is this invoice and meter's. */
async function usageRows(b: Billing, invoiceId: string, meterId: string): Promise<any[]> {
  const rows = (await ok(world.zuoraApi('GET', `/v1/usage/accounts/${b.zuoraAccountId}`))).usage as any[];
  return rows.filter((u) => u.uniqueKey === `${invoiceId}:${meterId}`);
}

/** The Zuora side of one Togai invoice: the posted invoice, its items, one usage record per synced meter. */
async function expectSynced(b: Billing, cycle: Cycle, lines: Line[], synced = lines.map((l) => l.meter.name)): Promise<any> {
  const invoice = await theInvoice(cycle.start);
  const net = money(lines.reduce((s, l) => s + l.value, 0));
  // Togai priced it as the test did
  expect(invoice).toMatchObject({ status: 'DUE', ownerId: b.accountId, totalAmount: net, startDate: `${cycle.start}T00:00:00.000Z` });
  for (const l of lines) {
    expect(invoice.usageInfo.find((u: any) => u.metadata.usageMeterId === b.meters[l.meter.name])).toMatchObject({ quantity: l.quantity, value: l.value, valuePerQuantity: l.perUnit });
  }
  const number = numberFor(invoice.id);
  expect(number).toMatch(/^inv-[A-Za-z0-9]{11}-[A-Za-z0-9]{5}$/);
  const zi = await ok(world.zuoraApi('GET', `/v1/invoices/${number}`));
  expect(zi).toMatchObject({ invoiceNumber: number, accountId: b.zuoraAccountId, status: 'Posted', amount: net, currency: 'USD', invoiceDate: cycle.invoiceDate, sourceType: 'Standalone' });
  const items = (await ok(world.zuoraApi('GET', `/v1/invoices/${number}/items`))).invoiceItems as any[];
  expect(items.map((i) => ({ name: i.chargeName, quantity: i.quantity, amount: i.chargeAmount, start: i.serviceStartDate, end: i.serviceEndDate })).sort((x, y) => x.name.localeCompare(y.name))).toEqual(
    lines.map((l) => ({ name: display(l.meter.name), quantity: l.quantity, amount: l.value, start: cycle.start, end: cycle.end })).sort((x, y) => x.name.localeCompare(y.name)),
  );
  for (const l of lines) {
    const rows = await usageRows(b, invoice.id, b.meters[l.meter.name]!);
    if (!synced.includes(l.meter.name)) {
      expect(rows).toEqual([]);
      continue;
    }
    expect(rows).toHaveLength(1);
    const [quantity, unitAmount] = l.meter.mode === 'QUANTITY' ? [l.quantity, l.perUnit] : [l.value, 1];
    expect(await zuoraUsageRecord(world, rows[0].id)).toMatchObject({
      AccountId: b.zuoraAccountId,
      SubscriptionId: b.subscriptionId,
      ChargeId: b.chargeId,
      Quantity: quantity,
      UnitAmount__c: unitAmount,
      UOM: b.uom,
      UniqueKey: `${invoice.id}:${b.meters[l.meter.name]}`,
    });
  }
  return invoice;
}

/** Counts of what the flows made in Zuora. */
async function zuoraCounts(): Promise<{ invoices: number; usages: number }> {
  return { invoices: (await zuoraQuery(world, 'invoices')).length, usages: (await zuoraQuery(world, 'usages')).length };
}

const lastInvoiceAnswer = () => answersTo(world, '/togai/notifications').filter((a) => outcomes(a.body).some((o) => o.flow === 3) || a.status !== 200).at(-1)!;
const results = (body: any) => outcomes(body).map((o) => `${o.flow}:${o.result}`);

describe('flows 3, 4 and 5: a generated invoice in Zuora', () => {
  it('posts the invoice under the mapped account and sends each meter usage in its mode', async () => {
    const b = await january(BOTH);
    const invoice = await expectSynced(b, JANUARY, linesFor(BOTH, JANUARY));
    // what Togai announced is the invoice as getInvoice answers it, in the shape contracts/connector.yaml gives
    const [generated] = world.deliveries('togai').filter((d) => d.eventType === 'invoice.generated');
    const payload = JSON.parse(generated!.body);
    expect(payload.data.invoice).toEqual(invoice);
    const format = loadContract('connector.yaml');
    expect(format.validateRequest(format.operation('receiveTogaiNotification'), { path: {}, query: {}, header: generated!.headers, body: payload })).toEqual([]);
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 2 });
    const answer = lastInvoiceAnswer();
    expect(answer.status).toBe(200);
    expect(results(answer.body)).toEqual(['3:done', '4:done', '5:done']);
  });

  it('two billing cycles: each invoice gets its own Zuora invoice and usage records, and the totals add up', async () => {
    const b = await january(BOTH);
    await ingestCycle(world, BOTH, FEBRUARY);
    await world.advance('P28D');
    const jan = linesFor(BOTH, JANUARY);
    const feb = linesFor(BOTH, FEBRUARY);
    const first = await expectSynced(b, JANUARY, jan);
    const second = await expectSynced(b, FEBRUARY, feb);
    expect(second.id).not.toBe(first.id);
    expect(await zuoraCounts()).toEqual({ invoices: 2, usages: 4 });
    const invoices = await zuoraQuery(world, 'invoices');
    expect(money(invoices.reduce((s, i) => s + i.amount, 0))).toBe(money(12.5 + 35 + 16.5 + 8));
    const usage = (await ok(world.zuoraApi('GET', `/v1/usage/accounts/${b.zuoraAccountId}`))).usage as any[];
    const sum = (meter: string) => money(usage.filter((u) => u.uniqueKey.endsWith(`:${b.meters[meter]}`)).reduce((s, u) => s + u.quantity, 0));
    expect(sum('calls')).toBe(150 + 230); // quantity mode: the calls themselves
    expect(sum('storage')).toBe(money(35 + 8)); // revenue mode: the storage revenue
  });

  it('invoice.generated delivered twice: one invoice, one usage record per meter; the repeat is already-done', async () => {
    const b = await january(BOTH);
    const delivery = world.deliveries('togai').find((d) => d.eventType === 'invoice.generated')!;
    const again = await redeliver(world, delivery);
    expect(again.status).toBe(200);
    expect(results(again.body)).toEqual(['3:already-done', '4:already-done', '5:already-done']);
    await world.settle();
    await expectSynced(b, JANUARY, linesFor(BOTH, JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 2 });
  });
});

describe('a flaky Zuora: 503 twice, then success', () => {
  it('flow 3: createStandaloneInvoice retried after Retry-After makes one invoice', async () => {
    let fault = { hits: 0 };
    const b = await january(BOTH, undefined, (w) => (fault = w.failWith503({ method: 'POST', path: /^\/v1\/invoices$/ }, 2)));
    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual(expectedRetryWaits(world, 2));
    expect(world.waits.every((ms) => ms >= 1000)).toBe(true);
    await expectSynced(b, JANUARY, linesFor(BOTH, JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 2 });
    expect(results(lastInvoiceAnswer().body)).toEqual(['3:done', '4:done', '5:done']);
  });

  it.each([
    ['4 (quantity mode)', CALLS],
    ['5 (revenue mode)', STORAGE],
  ])('flow %s: usage create retried after Retry-After makes one usage record', async (_, meter) => {
    let fault = { hits: 0 };
    const b = await january([meter], undefined, (w) => (fault = w.failWith503({ method: 'POST', path: /^\/v1\/object\/usage$/ }, 2)));
    expect(fault.hits).toBe(2);
    expect(world.waits).toEqual(expectedRetryWaits(world, 2));
    await expectSynced(b, JANUARY, linesFor([meter], JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 1 });
    expect(results(lastInvoiceAnswer().body)).toEqual(['3:done', `${meter.mode === 'QUANTITY' ? 4 : 5}:done`]);
  });
});

describe('a restart between the write and the end of the flow', () => {
  it('flow 3: killed after the Zuora invoice is made; Togai redelivers and the flows finish with one invoice', async () => {
    let kill = { killed: false };
    const b = await january(BOTH, undefined, (w) => (kill = w.killAfter({ method: 'POST', path: /^\/v1\/invoices$/ })), 'P31DT30S');
    expect(kill.killed).toBe(true);
    expect(lastInvoiceAnswer().status).toBe(500);
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 0 });

    await world.restart();
    await world.advance('PT1M'); // Togai's first retry
    const answer = lastInvoiceAnswer();
    expect(answer.status).toBe(200);
    expect(results(answer.body)).toEqual(['3:already-done', '4:done', '5:done']);
    await expectSynced(b, JANUARY, linesFor(BOTH, JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 2 });
    expect(world.deliveries('togai').find((d) => d.eventType === 'invoice.generated')!.state).toBe('delivered');
  });

  it.each([
    ['4 (quantity mode)', CALLS],
    ['5 (revenue mode)', STORAGE],
  ])('flow %s: killed after the usage record is made; the redelivery finds it and makes no second one', async (_, meter) => {
    let kill = { killed: false };
    const b = await january([meter], undefined, (w) => (kill = w.killAfter({ method: 'POST', path: /^\/v1\/object\/usage$/ })), 'P31DT30S');
    expect(kill.killed).toBe(true);
    expect(lastInvoiceAnswer().status).toBe(500);
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 1 });

    await world.restart();
    await world.advance('PT1M');
    const answer = lastInvoiceAnswer();
    expect(answer.status).toBe(200);
    expect(results(answer.body)).toEqual(['3:already-done', `${meter.mode === 'QUANTITY' ? 4 : 5}:already-done`]);
    await expectSynced(b, JANUARY, linesFor([meter], JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 1 });
  });
});

describe('what is not mapped is skipped, with the reason', () => {
  it('an invoice of a Togai account with no Zuora mapping makes no Zuora invoice or usage', async () => {
    // flow 2 off: the account is never mapped
    const b = await january(BOTH, [3, 4, 5]);
    expect(b.zuoraAccountId).toBeUndefined();
    const invoice = await theInvoice(JANUARY.start);
    const answer = lastInvoiceAnswer();
    expect(answer.status).toBe(200);
    expect(outcomes(answer.body)).toEqual([
      { flow: 3, result: 'skipped', detail: expect.stringContaining(`Togai account 'acc1' has no Zuora mapping`) },
      { flow: 4, result: 'skipped', detail: expect.stringContaining(`usage of invoice ${invoice.id} not synced`) },
    ]);
    expect(outcomes(answer.body)[0]!.detail).toContain(invoice.id);
    expect(await zuoraCounts()).toEqual({ invoices: 0, usages: 0 });
    expect(await zuoraQuery(world, 'accounts')).toEqual([]);
  });

  it('a usage meter with no zuora settings makes no usage record and is reported skipped; the rest syncs', async () => {
    const bare: MeterSpec = { ...CALLS, mode: 'none' };
    const b = await january([bare, STORAGE]);
    const invoice = await expectSynced(b, JANUARY, linesFor([bare, STORAGE], JANUARY), ['storage']);
    const answer = lastInvoiceAnswer();
    expect(answer.status).toBe(200);
    expect(outcomes(answer.body)).toEqual([
      expect.objectContaining({ flow: 3, result: 'done' }),
      { flow: 4, result: 'skipped', detail: expect.stringContaining(`usage meter '${b.meters.calls}' lacks setting zuora.subscriptionId and zuora.chargeId`) },
      expect.objectContaining({ flow: 5, result: 'done' }),
    ]);
    expect(outcomes(answer.body)[1]!.detail).toContain(invoice.id);
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 1 });
  });
});

describe('reconciliation', () => {
  it('a lost invoice.generated is caught by reconcile once; a second pass changes nothing', async () => {
    const b = await january(BOTH, undefined, (w) => {
      for (const s of w.sandbox.outbox.listSubscribers('togai')) w.sandbox.outbox.unsubscribe(s.id);
    });
    expect(world.deliveries('togai').filter((d) => d.eventType === 'invoice.generated')).toEqual([]);
    expect(await zuoraCounts()).toEqual({ invoices: 0, usages: 0 });

    const first = await world.connector.reconcile();
    expect(first.invoices).toBe(1);
    expect(first.failures).toEqual([]);
    expect(results(first)).toEqual(['3:done', '4:done', '5:done']);
    await expectSynced(b, JANUARY, linesFor(BOTH, JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 2 });

    const second = await world.connector.reconcile();
    expect(second.failures).toEqual([]);
    expect(results(second)).toEqual(['3:already-done', '4:already-done', '5:already-done']);
    await expectSynced(b, JANUARY, linesFor(BOTH, JANUARY));
    expect(await zuoraCounts()).toEqual({ invoices: 1, usages: 2 });
  });
});
