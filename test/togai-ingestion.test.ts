import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { activePlan, associate, customer, event, schemaWithMeters } from './support/billing-fixtures.js';
import { inProcessTogai } from './support/togai.js';

describe('Togai ingestion, metering and plan association', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let bytes: string;
  let planId: string;

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    [bytes] = (await schemaWithMeters(togai, { name: 'upload', attributes: ['bytes'], dimensions: ['kind'] }, [
      { name: 'Image bytes', aggregation: 'SUM', matcher: '{"==": [{"var": "dimensions.kind"}, "image"]}', computation: '{"var": "attributes.bytes"}' },
    ])) as [string];
    planId = await activePlan(togai, 'Storage', [{ displayName: 'Image bytes', usageMeterId: bytes, slabs: [[0, 0.001]] }]);
    await customer(togai, 'shop', { account: { id: 'shop-main', name: 'Shop main', aliases: ['shop@example.com'] } });
    await associate(togai, 'shop-main', planId, 'shop');
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('routes by alias, meters through the JSON Logic matcher, and reports per-event refusals with 207', async () => {
    await togai('POST', '/event_schema', { name: 'draft_schema', attributes: [{ name: 'n' }], dimensions: [] });
    const good = event('upload', 'shop@example.com', { bytes: 2048 }, { kind: 'image' });
    const unmatched = event('upload', 'shop-main', { bytes: 999 }, { kind: 'video' });
    const unknownAccount = event('upload', 'nobody', { bytes: 1 });
    const draft = event('draft_schema', 'shop-main', { n: 1 });
    const undefinedAttribute = event('upload', 'shop-main', { colour: 1 });
    const res = await togai('POST', '/ingestBatch', { events: [good, unmatched, unknownAccount, draft, undefinedAttribute] });
    expect(res.status).toBe(207);
    expect(res.body.errors).toEqual([
      { message: "No active account has the id or alias 'nobody'", eventPayload: unknownAccount },
      { message: "Event schema 'draft_schema' is DRAFT; only events of an ACTIVE schema are accepted", eventPayload: draft },
      { message: "Attribute 'colour' is not defined in event schema 'upload'", eventPayload: undefinedAttribute },
    ]);
    const metered = await togai('GET', `/events/${good.id}`);
    expect(metered.body.events[0]).toMatchObject({
      eventPayload: good,
      customerId: 'shop',
      ingestionStatus: { status: 'INGESTION_COMPLETED_EVENT_METERED' },
      eventPipelineInfo: { usageMeters: [{ id: bytes, units: 2048, status: 'PROCESSED_UNITS_COMPUTED' }], pricePlans: [{ id: planId }] },
    });
    const skipped = await togai('GET', `/events/${unmatched.id}`);
    expect(skipped.body.events[0].ingestionStatus.status).toBe('INGESTION_COMPLETED_NO_MATCHING_METERS');
    expect((await togai('GET', `/events/${unknownAccount.id}`)).status).toBe(404);
  });

  it('refuses a single rejected event with 400, and a duplicate id is accepted but counted once', async () => {
    const bad = await togai('POST', '/ingest', { event: event('nope', 'shop-main', {}) });
    expect(bad).toEqual({ status: 400, body: { message: "Event schema 'nope' does not exist" } });
    const once = event('upload', 'shop-main', { bytes: 100 }, { kind: 'image' });
    for (let i = 0; i < 3; i++) expect((await togai('POST', '/ingest', { event: once })).status).toBe(202);
    const [invoice] = (await togai('GET', '/invoices?account_id=shop-main')).body.data;
    expect(invoice.usageInfo[0].quantity).toBe(2148);
  });

  it('enforces the batch limit of the contract', async () => {
    const events = Array.from({ length: 101 }, () => event('upload', 'shop-main', { bytes: 1 }));
    const res = await togai('POST', '/ingestBatch', { events });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/'events' must have at most 100 items/);
  });

  it('lists events filtered by account and status', async () => {
    const res = await togai('GET', '/events?account_id=shop-main&status=INGESTION_COMPLETED_EVENT_METERED&pageSize=50');
    expect(res.body.events.map((e: { eventPayload: { attributes: { value: string }[] } }) => e.eventPayload.attributes[0]!.value)).toEqual(['2048', '100']);
  });

  it('keeps usage-meter settings for the connector (subscription, charge, mode)', async () => {
    for (const [id, value] of [['subscriptionId', 'A-S00000001'], ['chargeId', 'C-00000001'], ['mode', 'QUANTITY']] as const) {
      const res = await togai('POST', '/settings', { id, value, namespace: 'zuora', name: id, dataType: 'STRING', entityType: 'USAGE_METER', entityId: bytes });
      expect(res.status).toBe(201);
    }
    const listed = await togai('GET', `/settings?entity_type=USAGE_METER&entity_id=${bytes}`);
    expect(listed.body.data.map((s: { id: string; value: string }) => `${s.id}=${s.value}`)).toEqual([
      'subscriptionId=A-S00000001',
      'chargeId=C-00000001',
      'mode=QUANTITY',
    ]);
  });

  it('refuses invalid state changes: draft plans, foreign currencies, double association, meters of draft schemas', async () => {
    const draft = await togai('POST', '/price_plans', {
      name: 'Draft plan',
      pricePlanDetails: { supportedCurrencies: ['USD', 'EUR'], pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 } },
    });
    await customer(togai, 'euro', { account: { id: 'euro', name: 'Euro account', invoiceCurrency: 'EUR' } });
    const notActive = await togai('POST', '/customers/euro/accounts/euro/price_plans', { pricePlanId: draft.body.id, effectiveFrom: '2026-01-01', effectiveUntil: '2026-06-30' });
    expect(notActive.body.message).toBe(`Price plan '${draft.body.id}' is DRAFT; activate it before associating it`);
    const currency = await togai('POST', '/customers/euro/accounts/euro/price_plans', { pricePlanId: planId, effectiveFrom: '2026-01-01', effectiveUntil: '2026-06-30' });
    expect(currency.body.message).toMatch(/is not active in EUR, the invoice currency of account 'euro'/);
    const twice = await togai('POST', '/customers/shop/accounts/shop-main/price_plans', { pricePlanId: planId, effectiveFrom: '2026-01-01', effectiveUntil: '2026-06-30' });
    expect(twice.body.message).toMatch(/already has price plan .* associated until .*; dissociate it first/);
    const activateToEur = await togai('POST', `/price_plans/${planId}/activate`, { currencies: ['EUR'] });
    expect(activateToEur.body.message).toMatch(/currencies EUR are not supported/);
    const unknownPlan = await togai('GET', '/price_plans/pp.nope');
    expect(unknownPlan.status).toBe(404);
    await togai('POST', '/event_schema/draft_schema/usage_meters', { name: 'Draft meter', type: 'COUNTER', aggregation: 'COUNT' });
    const meters = await togai('GET', '/event_schema/draft_schema/usage_meters');
    const activate = await togai('POST', `/event_schema/draft_schema/usage_meters/${meters.body.data[0].id}/activate`);
    expect(activate.body.message).toBe("Event schema 'draft_schema' is DRAFT; activate it before its usage meters");
    const sumWithout = await togai('POST', '/event_schema/upload/usage_meters', { name: 'No rule', type: 'COUNTER', aggregation: 'SUM' });
    expect(sumWithout.body.message).toMatch(/A SUM usage meter needs a computation/);
  });

  it('dissociating closes the open cycle into a GENERATED invoice at once', async () => {
    await sandbox.clock.advanceBy('P10D');
    const res = await togai('POST', '/customers/shop/accounts/shop-main/price_plans', { mode: 'DISASSOCIATE', effectiveFrom: '2026-01-11', effectiveUntil: '2026-01-11' });
    expect(res.body.pricingSchedules[0].endDate).toBe('2026-01-11T00:00:00.000Z');
    const invoices = await togai('GET', '/invoices?account_id=shop-main');
    expect(invoices.body.data).toEqual([expect.objectContaining({ status: 'GENERATED', endDate: '2026-01-11T00:00:00.000Z' })]);
    expect(invoices.body.data[0].revenueInfo.value).toBeCloseTo(2.148, 6);
    await sandbox.clock.advanceBy('P60D');
    expect((await togai('GET', '/invoices?account_id=shop-main')).body.data).toHaveLength(1);
  });
});
