import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { associate, createUsageCard, customer, event, schemaWithMeters } from './support/billing-fixtures.js';
import { loadContract } from '../simulators/kit/contract.js';
import { sign } from '../simulators/togai/notifications.js';
import { inProcessTogai, type TogaiClient } from './support/togai.js';

async function ok(res: Promise<{ status: number; body: any }>): Promise<any> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}

/** The types of a line item tree, depth first, as `TYPE(child, ...)`. */
function shape(line: { type: string; lineItems: any[] }): string {
  return line.lineItems.length ? `${line.type}(${line.lineItems.map(shape).join(', ')})` : line.type;
}

function find(line: any, type: string): any {
  if (line.type === type) return line;
  for (const child of line.lineItems) {
    const hit = find(child, type);
    if (hit) return hit;
  }
  return undefined;
}

async function finalisedPlan(togai: TogaiClient, body: object, operations: object[]): Promise<string> {
  const plan = await ok(togai('POST', '/v2/price_plans', { type: 'BILLING', supportedCurrencies: ['USD'], ...body }));
  await ok(togai('POST', `/v2/price_plans/${plan.id}/rate_cards`, { operations }));
  await ok(togai('POST', `/v2/price_plans/${plan.id}/finalize`, {}));
  return plan.id;
}

const fixedFee = (name: string, rate: number, invoiceTiming: 'IN_ARREARS' | 'IN_ADVANCE', enableProration: boolean) => ({
  actionType: 'CREATE',
  rateCardName: name,
  rateCard: {
    type: 'FIXED_FEE',
    billableId: `addon.${name}`,
    displayName: name,
    invoiceTiming,
    rateCardDetails: { fixedFeeRateCard: { id: `addon.${name}`, rateValues: [{ currency: 'USD', rate }], enableProration } },
  },
});

/**
 * A worked invoice, figures by hand. The clock starts on 2026-01-01; the plan's cycles start on
 * the 15th of each month, so the account, associated from January 1st, first has a partial cycle
 * from January 1st to 15th: 14 days of the 31 from December 15th.
 *
 * Meter "EU minutes" (SUM of attribute.duration, only region=eu): 60 + 90 + 400 = 550 minutes.
 *   tiers: (0,100] at 0.10, (100,500] at 0.05, above 500 at 0.01 = 10 + 20 + 0.5 = 30.50
 * Meter "Calls" (COUNT, every event): 3 eu + 9 us = 12 calls.
 *   tiers: (0,10] FLAT 5.00, above 10 at 0.50 each = 5 + 2 x 0.50 = 6.00
 * Platform fee, 31.00 in arrears, prorated: 31 x 14/31 = 14.00
 * Sub total 50.50; minimum commitment 60.00, so a true-up of 9.50: total 60.00 USD.
 */
describe('a billing cycle from association to a DUE invoice', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let minutes: string;
  let calls: string;
  let planId: string;
  let invoiceId: string;
  const received: { headers: Record<string, string>; body: string }[] = [];

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    sandbox.outbox.useSender(async (_url, init) => {
      received.push({ headers: init.headers, body: init.body });
      return 204;
    });
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai', secret: 'shh', events: ['invoice.generated'] });
    [minutes, calls] = (await schemaWithMeters(togai, { name: 'call', attributes: ['duration'], dimensions: ['region'] }, [
      { name: 'EU minutes', aggregation: 'SUM', matcher: '{"==": [{"var": "dimension.region"}, "eu"]}', computation: '{"var": "attribute.duration"}' },
      { name: 'Calls', aggregation: 'COUNT', computation: '1' },
    ])) as [string, string];
    planId = await finalisedPlan(
      togai,
      { name: 'Telephony', pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '15', monthOffset: 'NIL' }, gracePeriod: 3 } },
      [
        createUsageCard({ displayName: 'EU minutes', usageMeterId: minutes, slabs: [[0, 0.1], [100, 0.05], [500, 0.01]] }),
        createUsageCard({ displayName: 'Calls', usageMeterId: calls, slabs: [[0, 5, 'FLAT'], [10, 0.5]] }),
        fixedFee('Platform fee', 31, 'IN_ARREARS', true),
        { actionType: 'CREATE', rateCardName: 'Commitment', rateCard: { type: 'MINIMUM_COMMITMENT', billableId: 'commitment', invoiceTiming: 'IN_ARREARS', rateCardDetails: { minimumCommitmentRateCard: { displayName: 'Minimum commitment', rateValues: [{ currency: 'USD', rate: 60 }] } } } },
      ],
    );
    await customer(togai, 'acme', { account: { id: 'acme', name: 'Acme', invoiceCurrency: 'USD', netTermDays: 10 } });
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('associates through bulkEditSchedules, its first cycle cut at the first 15th', async () => {
    const res = await associate(togai, 'acme', planId);
    expect(res.pricingSchedules).toEqual([
      { id: expect.stringMatching(/^sch\./), pricePlanId: planId, pricePlanName: 'Telephony', startDate: '2026-01-01T00:00:00.000Z', endDate: '2027-01-01T00:00:00.000Z' },
    ]);
    const list = await ok(togai('GET', '/invoices?owner_id=acme'));
    expect(list.data).toEqual([
      expect.objectContaining({ status: 'DRAFT', invoiceClass: 'INVOICE', invoiceType: 'STANDARD', ownerId: 'acme', customerId: 'acme', pricePlanId: planId, startDate: '2026-01-01T00:00:00.000Z', endDate: '2026-01-15T00:00:00.000Z', totalAmount: 60, paidAmount: 0, netTermDays: 10 }),
    ]);
    invoiceId = list.data[0].id;
    expect(invoiceId).toMatch(/^inv\.[0-9A-Za-z]{11}\.[0-9A-Za-z]{5}$/);
  });

  it('meters events into the DRAFT as they come, a retried event once', async () => {
    const sent = [event('call', 'acme', { duration: 60 }, { region: 'eu' }), event('call', 'acme', { duration: 90 }, { region: 'eu' })];
    for (let i = 0; i < 9; i++) sent.push(event('call', 'acme', { duration: 1000 }, { region: 'us' }));
    expect((await togai('POST', '/ingestBatch', { events: sent })).status).toBe(202);
    expect((await togai('POST', '/ingest', { event: sent[0] })).status).toBe(202);
    const inv = await ok(togai('GET', `/invoices/${invoiceId}`));
    expect(inv.usageInfo.map((l: { quantity: number }) => l.quantity)).toEqual([150, 11]);
    expect(inv.status).toBe('DRAFT');
  });

  it('stays a DRAFT through the grace period, still taking late events, as the next cycle opens', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-01-15T00:00:00Z'));
    const late = event('call', 'acme', { duration: 400 }, { region: 'eu' }, '2026-01-14T23:00:00Z');
    expect((await togai('POST', '/ingest', { event: late })).status).toBe(202);
    const drafts = await ok(togai('GET', '/invoices?owner_id=acme&status=DRAFT'));
    expect(drafts.data.map((i: any) => [i.startDate, i.endDate])).toEqual([
      ['2026-01-01T00:00:00.000Z', '2026-01-15T00:00:00.000Z'],
      ['2026-01-15T00:00:00.000Z', '2026-02-15T00:00:00.000Z'],
    ]);
    expect(received).toEqual([]);
  });

  it('is DUE when the grace period ends, with the hand-computed figures', async () => {
    await sandbox.clock.advanceBy('P3D');
    await sandbox.settle();
    const body = await ok(togai('GET', `/invoices/${invoiceId}`));
    expect(body).toMatchObject({
      status: 'DUE',
      generatedAt: '2026-01-18T00:00:00.000Z',
      invoiceDate: '2026-01-15T00:00:00.000Z',
      dueDate: '2026-01-25T00:00:00.000Z',
      endDateInclusive: '2026-01-14T23:59:59.999Z',
      totalAmount: 60,
      paidAmount: 0,
      netTermDays: 10,
    });
    expect(body.invoiceDetails).toEqual({
      customer: { name: 'Customer acme', primaryEmail: 'acme@example.com', billingAddress: '1 Main St', address: { line1: '1 Main St' } },
      account: { name: 'Acme', invoiceCurrency: 'USD', address: { line1: '1 Main St' }, primaryEmail: 'acme@example.com' },
      pricePlanName: 'Telephony',
    });
    const [eu, count] = body.usageInfo;
    expect(eu).toMatchObject({ type: 'USAGE_METER_USAGE', description: 'EU minutes', quantity: 550, value: 30.5, metadata: { usageMeterId: minutes } });
    expect(count).toMatchObject({ type: 'USAGE_METER_USAGE', description: 'Calls', quantity: 12, value: 6, valuePerQuantity: 0.5 });
    expect(shape(body.revenueInfo)).toBe(
      'TOTAL_AMOUNT(NET_AMOUNT(GROSS_AMOUNT(PRICE_PLAN_AMOUNT(SUB_TOTAL_AMOUNT(' +
        'USAGE_RATE_CARD_AMOUNT(USAGE_RATE_CARD_SLAB_AMOUNT, USAGE_RATE_CARD_SLAB_AMOUNT, USAGE_RATE_CARD_SLAB_AMOUNT), ' +
        'USAGE_RATE_CARD_AMOUNT(USAGE_RATE_CARD_SLAB_AMOUNT, USAGE_RATE_CARD_SLAB_AMOUNT), FIXED_FEE_RATE_CARD_AMOUNT), TRUE_UP_AMOUNT))))',
    );
    const sub = find(body.revenueInfo, 'SUB_TOTAL_AMOUNT');
    expect(sub.value).toBe(50.5);
    expect(sub.lineItems[0].lineItems.map((l: any) => [l.quantity, l.valuePerQuantity, l.value])).toEqual([[100, 0.1, 10], [400, 0.05, 20], [50, 0.01, 0.5]]);
    expect(sub.lineItems[1].lineItems.map((l: any) => [l.quantity, l.value])).toEqual([[10, 5], [2, 1]]);
    expect(sub.lineItems[2]).toMatchObject({ description: 'Platform fee', valuePerQuantity: 31, value: 14 });
    expect(find(body.revenueInfo, 'TRUE_UP_AMOUNT').value).toBe(9.5);
    expect(body.revenueInfo.value).toBe(60);
  });

  it('announces the invoice at that moment, signed, as GET /invoices/{id} shows it', async () => {
    expect(received).toHaveLength(1);
    const [note] = received;
    expect(note!.headers['x-togai-signature']).toBe(sign('shh', note!.body));
    const payload = JSON.parse(note!.body);
    expect(payload).toMatchObject({ type: 'invoice.generated', createdAt: '2026-01-18T00:00:00.000Z' });
    expect(payload.data).toEqual({ invoice: await ok(togai('GET', `/invoices/${invoiceId}`)) });
    const format = loadContract('connector.yaml');
    expect(format.validateRequest(format.operation('receiveTogaiNotification'), { path: {}, query: {}, header: note!.headers, body: payload })).toEqual([]);
  });

  it('meters nothing into a finalised cycle', async () => {
    const tooLate = event('call', 'acme', { duration: 5 }, { region: 'eu' }, '2026-01-10T00:00:00Z');
    expect((await togai('POST', '/ingest', { event: tooLate })).status).toBe(202);
    expect((await ok(togai('GET', `/invoices/${invoiceId}`))).usageInfo[0].quantity).toBe(550);
  });

  it('bills a schedule cut short up to the cut, and opens no cycle after it', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-02-01T00:00:00Z'));
    const res = await ok(togai('POST', '/v2/accounts/acme/edit_schedules', { edits: [{ mode: 'DISASSOCIATE', effectiveFrom: '2026-02-01', effectiveUntil: '2026-12-31' }] }));
    expect(res.pricingSchedules.map((s: any) => [s.startDate, s.endDate])).toEqual([['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']]);
    const feb = await ok(togai('GET', '/invoices?owner_id=acme&status=DRAFT'));
    // the cycle from the 15th ends with the schedule: 17 of January's 31 days of the platform fee
    expect(feb.data).toEqual([expect.objectContaining({ startDate: '2026-01-15T00:00:00.000Z', endDate: '2026-02-01T00:00:00.000Z', totalAmount: 60 })]);
    await sandbox.clock.advanceBy('P60D');
    await sandbox.settle();
    const all = await ok(togai('GET', '/invoices?owner_id=acme'));
    expect(all.data.map((i: any) => i.status)).toEqual(['DUE', 'DUE']);
    expect(find((await ok(togai('GET', `/invoices/${all.data[1].id}`))).revenueInfo, 'FIXED_FEE_RATE_CARD_AMOUNT').value).toBe(17);
  });
});

describe('invoices a client acts on: in-advance fees, miscellaneous charges, custom invoices, bill runs, void', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  const generated: string[] = [];
  let cycleInvoice: string;

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    sandbox.outbox.useSender(async (_url, init) => {
      generated.push(JSON.parse(init.body).data.invoice.id);
      return 204;
    });
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai', events: ['invoice.generated'] });
    const [calls] = await schemaWithMeters(togai, { name: 'api', attributes: [], dimensions: [] }, [{ name: 'Calls', aggregation: 'COUNT', computation: '1' }]);
    const planId = await finalisedPlan(
      togai,
      { name: 'Simple', pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 5 } },
      [createUsageCard({ displayName: 'Calls', usageMeterId: calls!, slabs: [[0, 0.5]] }), fixedFee('Seat', 20, 'IN_ADVANCE', false)],
    );
    await customer(togai, 'shop');
    await associate(togai, 'shop', planId);
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('bills in-advance fees when their cycle opens, on an invoice DUE at once', async () => {
    const list = await ok(togai('GET', '/invoices?owner_id=shop'));
    expect(list.data.map((i: any) => [i.invoiceType, i.status, i.totalAmount])).toEqual([
      ['STANDARD', 'DRAFT', 0],
      ['STANDARD_ADVANCED', 'DUE', 20],
    ]);
    cycleInvoice = list.data[0].id;
    const advance = await ok(togai('GET', `/invoices/${list.data[1].id}`));
    expect(shape(advance.revenueInfo)).toBe('TOTAL_AMOUNT(NET_AMOUNT(GROSS_AMOUNT(TOTAL_ADVANCED_FEES(ADVANCED_FIXED_FEE))))');
    expect(generated).toEqual([advance.id]);
  });

  it("adds miscellaneous charges to the account's upcoming invoice", async () => {
    const items = [{ name: 'Setup', value: '12.5' }, { name: 'Support', rate: 2, quantity: 3, considerForRevenue: true }];
    const res = await ok(togai('PUT', '/accounts/shop/miscellaneous_charges', { items }));
    expect(res).toEqual({ data: items });
    const inv = await ok(togai('GET', `/invoices/${cycleInvoice}`));
    expect(inv.totalAmount).toBe(18.5);
    expect(find(inv.revenueInfo, 'TOTAL_MISCELLANEOUS_CHARGES').lineItems.map((l: any) => [l.type, l.description, l.value])).toEqual([
      ['MISCELLANEOUS_CHARGE', 'Setup', 12.5],
      ['MISCELLANEOUS_CHARGE', 'Support', 6],
    ]);
    const both = await togai('PUT', `/invoices/${cycleInvoice}/miscellaneous_charges`, { items: [{ name: 'X', value: '1', rate: 1, quantity: 1 }] });
    expect(both.status).toBe(400);
    const logic = await togai('PUT', `/invoices/${cycleInvoice}/miscellaneous_charges`, { items: [{ name: 'X', value: '{"*": [{"var": "um.calls"}, 0.1]}' }] });
    expect(logic).toEqual({ status: 400, body: { message: expect.stringMatching(/JSON Logic values .* are not simulated yet/) } });
  });

  it('refuses to make an open cycle DUE, or PAID without payments', async () => {
    const due = await togai('PATCH', `/invoices/${cycleInvoice}`, { status: 'DUE' });
    expect(due).toEqual({ status: 400, body: { message: expect.stringMatching(/open until 2026-02-01T00:00:00.000Z/) } });
    expect((await togai('PATCH', `/invoices/${cycleInvoice}`, { status: 'PAID' })).status).toBe(400);
    expect((await togai('PATCH', `/invoices/${cycleInvoice}`, { lineItems: [{ value: 1 }] })).status).toBe(400);
  });

  it('keeps a custom invoice a DRAFT, changeable, until it is made DUE', async () => {
    const body = {
      accountId: 'shop',
      startDate: '2026-01-01T00:00:00Z',
      endDate: '2026-01-31T00:00:00Z',
      status: 'DRAFT',
      idempotencyKey: 'consulting-jan',
      lineItems: [{ description: 'Consulting', quantity: 3, valuePerQuantity: 100 }, { description: 'Travel', value: 45.5 }],
    };
    const created = await togai('POST', '/invoices', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ invoiceType: 'CUSTOM', status: 'DRAFT', ownerId: 'shop', totalAmount: 345.5 });
    expect(created.body.revenueInfo.lineItems[0].lineItems[0].lineItems.map((l: any) => [l.type, l.value])).toEqual([
      ['CUSTOM_AMOUNT', 300],
      ['CUSTOM_AMOUNT', 45.5],
    ]);
    expect((await togai('POST', '/invoices', body)).body.id).toBe(created.body.id);
    const id = created.body.id;
    expect((await ok(togai('PATCH', `/invoices/${id}`, { lineItems: [{ description: 'Consulting', value: 250 }] }))).totalAmount).toBe(250);
    const due = await ok(togai('PATCH', `/invoices/${id}`, { status: 'DUE' }));
    expect(due).toMatchObject({ status: 'DUE', totalAmount: 250, invoiceDate: '2026-01-01T00:00:00.000Z', dueDate: '2026-01-01T00:00:00.000Z' });
    expect(generated.at(-1)).toBe(id);
    expect((await togai('DELETE', `/invoices/${id}`)).status).toBe(400);
    const spare = await ok(togai('POST', '/invoices', { ...body, idempotencyKey: undefined, lineItems: [{ value: 1 }] }));
    expect(await togai('DELETE', `/invoices/${spare.id}`)).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', `/invoices/${spare.id}`)).status).toBe(404);
  });

  it('advances a custom invoice with autoAdvance at the end of its period', async () => {
    const inv = await ok(togai('POST', '/invoices', { accountId: 'shop', startDate: '2026-01-01T00:00:00Z', endDate: '2026-01-20T00:00:00Z', status: 'DRAFT', autoAdvance: true, lineItems: [{ value: 7 }] }));
    await sandbox.clock.advanceTo(Date.parse('2026-01-20T00:00:00Z'));
    expect((await ok(togai('GET', `/invoices/${inv.id}`))).status).toBe('DUE');
  });

  it('never finalises or announces an autoAdvance custom invoice deleted before its period ends', async () => {
    const inv = await ok(togai('POST', '/invoices', { accountId: 'shop', startDate: '2026-01-20T00:00:00Z', endDate: '2026-01-25T00:00:00Z', status: 'DRAFT', autoAdvance: true, lineItems: [{ value: 9 }] }));
    expect(await togai('DELETE', `/invoices/${inv.id}`)).toEqual({ status: 200, body: { success: true } });
    await sandbox.clock.advanceTo(Date.parse('2026-01-25T00:00:00Z'));
    expect(generated).not.toContain(inv.id);
    expect((await togai('GET', `/invoices/${inv.id}`)).status).toBe(404);
  });

  it('finalises in a bill run the cycle invoices waiting out their grace period', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-02-01T00:00:00Z'));
    const eligible = await ok(togai('GET', '/invoices/bill_runs?owner_id=shop'));
    expect(eligible.data.map((i: any) => i.id)).toEqual([cycleInvoice]);
    expect(await togai('POST', '/invoices/bill_runs')).toEqual({ status: 200, body: { success: true } });
    expect(await ok(togai('GET', `/invoices/${cycleInvoice}`))).toMatchObject({ status: 'DUE', generatedAt: '2026-02-01T00:00:00.000Z', totalAmount: 18.5 });
    expect((await ok(togai('GET', '/invoices/bill_runs'))).data).toEqual([]);
    expect((await togai('PUT', `/invoices/${cycleInvoice}/miscellaneous_charges`, { items: [] })).status).toBe(400);
  });

  it('voids a DUE invoice, for good', async () => {
    expect((await ok(togai('PATCH', `/invoices/${cycleInvoice}`, { status: 'VOID' }))).status).toBe('VOID');
    const back = await togai('PATCH', `/invoices/${cycleInvoice}`, { status: 'DUE' });
    expect(back).toEqual({ status: 400, body: { message: expect.stringMatching(/VOID, a final status/) } });
    expect((await ok(togai('GET', `/invoice/${cycleInvoice}/pricing_rules_logs`))).data).toEqual([]);
  });

  it('voids an open cycle without stopping the cycles after it', async () => {
    const feb = (await ok(togai('GET', '/invoices?owner_id=shop&status=DRAFT'))).data;
    expect(feb.map((i: any) => i.startDate)).toEqual(['2026-02-01T00:00:00.000Z']);
    await ok(togai('PATCH', `/invoices/${feb[0].id}`, { status: 'VOID' }));
    await sandbox.clock.advanceTo(Date.parse('2026-03-01T00:00:00Z'));
    expect((await ok(togai('GET', '/invoices?owner_id=shop&status=DRAFT'))).data.map((i: any) => i.startDate)).toEqual(['2026-03-01T00:00:00.000Z']);
  });
});
