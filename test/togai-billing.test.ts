import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { activePlan, associate, customer, event, schemaWithMeters } from './support/billing-fixtures.js';
import { loadContract } from '../simulators/kit/contract.js';
import { sign } from '../simulators/togai/notifications.js';
import { inProcessTogai } from './support/togai.js';

/**
 * A worked invoice: two meters, a tiered plan, figures computed by hand below.
 *
 * Meter "EU minutes" (SUM of attribute.duration, only region=eu): 60 + 90 + 400 = 550 minutes.
 *   tiers: (0,100] at 0.10, (100,500] at 0.05, above 500 at 0.01
 *   = 100*0.10 + 400*0.05 + 50*0.01 = 10 + 20 + 0.5 = 30.50
 * Meter "Calls" (COUNT, every event): 3 eu + 9 us = 12 calls.
 *   tiers: (0,10] FLAT 5.00, above 10 at 0.50 each = 5 + 2*0.50 = 6.00
 * Invoice total: 36.50 USD.
 */
describe('a billing cycle from association to GENERATED invoice', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let minutes: string;
  let calls: string;
  let planId: string;
  let invoiceId: string;
  const sent: ReturnType<typeof event>[] = [];
  const received: { url: string; headers: Record<string, string>; body: string }[] = [];

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    sandbox.outbox.useSender(async (url, init) => {
      received.push({ url, headers: init.headers, body: init.body });
      return 204;
    });
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai', secret: 'shh', events: ['invoice.generated'] });
    const meters = await schemaWithMeters(togai, { name: 'call', attributes: ['duration'], dimensions: ['region'] }, [
      { name: 'EU minutes', aggregation: 'SUM', matcher: '{"==": [{"var": "dimension.region"}, "eu"]}', computation: '{"var": "attribute.duration"}' },
      { name: 'Calls', aggregation: 'COUNT', computation: '1' },
    ]);
    minutes = meters[0]!;
    calls = meters[1]!;
    planId = await activePlan(
      togai,
      'Telephony',
      [
        { displayName: 'EU minutes', usageMeterId: minutes!, slabs: [[0, 0.1], [100, 0.05], [500, 0.01]] },
        { displayName: 'Calls', usageMeterId: calls!, slabs: [[0, 5, 'FLAT'], [10, 0.5]] },
      ],
      { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 3 },
    );
    await customer(togai, 'acme');
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('opens a monthly cycle with an ONGOING invoice at the association instant', async () => {
    const res = await associate(togai, 'acme', planId);
    expect(res.pricingSchedules).toEqual([
      { pricePlanId: planId, pricePlanName: 'Telephony', startDate: '2026-01-01T00:00:00.000Z', endDate: '2027-01-01T00:00:00.000Z' },
    ]);
    const list = await togai('GET', '/invoices?account_id=acme');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({
      status: 'ONGOING',
      accountId: 'acme',
      customerId: 'acme',
      pricePlanId: planId,
      startDate: '2026-01-01T00:00:00.000Z',
      endDate: '2026-02-01T00:00:00.000Z',
    });
    invoiceId = list.body.data[0].id;
    expect(invoiceId).toMatch(/^inv\.[0-9A-Za-z]{11}\.[0-9A-Za-z]{5}$/);
  });

  it('meters events into the open invoice, counting a retried event once', async () => {
    sent.push(event('call', 'acme', { duration: 60 }, { region: 'eu' }), event('call', 'acme', { duration: 90 }, { region: 'eu' }));
    for (let i = 0; i < 9; i++) sent.push(event('call', 'acme', { duration: 1000 }, { region: 'us' }));
    const res = await togai('POST', '/ingestBatch', { events: sent });
    expect(res).toEqual({ status: 202, body: { errors: [] } });
    expect((await togai('POST', '/ingest', { event: sent[0] })).status).toBe(202);
    const inv = await togai('GET', `/invoices/${invoiceId}`);
    expect(inv.body.usageInfo.map((l: { quantity: number }) => l.quantity)).toEqual([150, 11]);
  });

  it('goes through GRACE_PERIOD at cycle end, still accepting late events for the cycle, and opens the next cycle', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-02-01T00:00:00Z'));
    expect((await togai('GET', `/invoices/${invoiceId}`)).body.status).toBe('GRACE_PERIOD');
    const late = event('call', 'acme', { duration: 400 }, { region: 'eu' }, '2026-01-31T23:00:00Z');
    expect((await togai('POST', '/ingest', { event: late })).status).toBe(202);
    const open = await togai('GET', '/invoices?account_id=acme&status=ONGOING');
    expect(open.body.data).toEqual([
      expect.objectContaining({ startDate: '2026-02-01T00:00:00.000Z', endDate: '2026-03-01T00:00:00.000Z', status: 'ONGOING' }),
    ]);
  });

  it('is GENERATED when the grace period ends, with the hand-computed figures', async () => {
    await sandbox.clock.advanceBy('P3D');
    await sandbox.settle();
    const { status, body } = await togai('GET', `/invoices/${invoiceId}`);
    expect(status).toBe(200);
    expect(body.status).toBe('GENERATED');
    expect(body.generatedAt).toBe('2026-02-04T00:00:00.000Z');
    expect(body.invoiceDetails).toEqual({
      customer: { name: 'Customer acme', primaryEmail: 'acme@example.com', billingAddress: '1 Main St' },
      account: { name: 'Customer acme', invoiceCurrency: 'USD' },
      pricePlanName: 'Telephony',
    });
    const [eu, count] = body.usageInfo;
    expect(eu).toMatchObject({ description: 'EU minutes', quantity: 550, value: 30.5, metadata: { usageMeterId: minutes } });
    expect(eu.valuePerQuantity).toBeCloseTo(30.5 / 550, 6);
    expect(eu.lineItems.map((l: { quantity: number; valuePerQuantity: number; value: number }) => [l.quantity, l.valuePerQuantity, l.value])).toEqual([
      [100, 0.1, 10],
      [400, 0.05, 20],
      [50, 0.01, 0.5],
    ]);
    expect(count).toMatchObject({ description: 'Calls', quantity: 12, value: 6, valuePerQuantity: 0.5 });
    expect(count.lineItems.map((l: { quantity: number; value: number }) => [l.quantity, l.value])).toEqual([
      [10, 5],
      [2, 1],
    ]);
    expect(body.revenueInfo).toMatchObject({ type: 'NET_REVENUE', value: 36.5 });
    expect(body.revenueInfo.lineItems[0]).toMatchObject({ type: 'GROSS_REVENUE', value: 36.5 });
  });

  it('announces the generated invoice, signed, with the same figures', async () => {
    expect(received).toHaveLength(1);
    const [note] = received;
    expect(note!.headers['x-togai-signature']).toBe(sign('shh', note!.body));
    const payload = JSON.parse(note!.body);
    expect(payload).toMatchObject({ type: 'invoice.generated', createdAt: '2026-02-04T00:00:00.000Z' });
    expect(payload.data.invoice).toMatchObject({ id: invoiceId, status: 'GENERATED', revenueInfo: { value: 36.5 } });
    expect(sandbox.outbox.list('togai').map((d) => d.state)).toEqual(['delivered']);
    const format = loadContract('connector.yaml');
    const issues = format.validateRequest(format.operation('receiveTogaiNotification'), {
      path: {},
      query: {},
      header: note!.headers,
      body: payload,
    });
    expect(issues).toEqual([]);
  });

  it('refuses events too late for a generated cycle from metering it, and puts them nowhere else', async () => {
    const tooLate = event('call', 'acme', { duration: 5 }, { region: 'eu' }, '2026-01-20T00:00:00Z');
    expect((await togai('POST', '/ingest', { event: tooLate })).status).toBe(202);
    const single = await togai('GET', `/events/${tooLate.id}`);
    expect(single.body.events[0].ingestionStatus.status).toBe('INGESTION_COMPLETED_EVENT_NOT_METERED');
    expect((await togai('GET', `/invoices/${invoiceId}`)).body.usageInfo[0].quantity).toBe(550);
  });
});
