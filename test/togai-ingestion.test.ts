/**
 * Togai event ingestion and event management as the API has them today: events routed by alias
 * or account id, metered into the account's open billing cycle by the schema's ACTIVE meters,
 * per-event refusals, events read back with their pipeline info, and corrections (UNDO, REDO,
 * REDO_EVENT) that take usage back out of an open cycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { activePlan, associate, customer, event } from './support/billing-fixtures.js';
import { checkAgainstModel } from './support/togai-reference.js';
import { inProcessTogai } from './support/togai.js';
import type { InvoiceRecord } from '../simulators/togai/records.js';

describe('Togai ingestion, event management and corrections', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let bytes: string;
  let euUploads: string;
  let planId: string;

  /** The metered units of the account's open cycle, by meter id, as billing will price them. */
  const usage = (accountId: string): Record<string, number> => {
    const cycle = sim.state.openCycles.get(accountId)?.[0];
    return cycle ? { ...sim.state.store.get<InvoiceRecord>('invoice', cycle.invoiceId)!.usage } : {};
  };
  const meterOk = async (body: object) => {
    const created = await togai('POST', '/usage_meters', { type: 'COUNTER', eventSchemaName: 'upload', ...body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await togai('POST', `/usage_meters/${created.body.id}/activate`)).status).toBe(200);
    return created.body.id as string;
  };

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await togai('POST', '/event_schema', { name: 'upload', attributes: [{ name: 'bytes' }], dimensions: [{ name: 'kind' }, { name: 'region' }] });
    await togai('POST', '/event_schema/upload/activate');
    bytes = await meterOk({
      name: 'Image bytes',
      aggregation: 'SUM',
      computations: [{ order: 1, matcher: '{"==": [{"var": "dimensions.kind"}, "image"]}', computation: '{"var": "attributes.bytes"}' }],
    });
    euUploads = await meterOk({ name: 'EU uploads', aggregation: 'COUNT', filters: [{ varField: 'dimension.region', value: 'eu' }] });
    planId = await activePlan(togai, 'Storage', [
      { displayName: 'Image bytes', usageMeterId: bytes, slabs: [[0, 0.001]] },
      { displayName: 'EU uploads', usageMeterId: euUploads, slabs: [[0, 0.5]] },
    ]);
    await customer(togai, 'shop', { account: { id: 'shop-main', name: 'Shop main', aliases: ['shop@example.com'] } });
    await associate(togai, 'shop-main', planId, 'shop');
    await togai('POST', '/event_schema', { name: 'draft_schema', attributes: [{ name: 'n' }], dimensions: [] });
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('takes a batch event by event: routes by alias, meters through matchers and filters, names each refused event (207)', async () => {
    const good = event('upload', 'shop@example.com', { bytes: 2048 }, { kind: 'image', region: 'eu' });
    const unmatched = event('upload', 'shop-main', { bytes: 999 }, { kind: 'video', region: 'us' });
    const unknownAccount = event('upload', 'nobody', { bytes: 1 });
    const draft = event('draft_schema', 'shop-main', { n: 1 });
    const undefinedAttribute = event('upload', 'shop-main', { colour: 1 });
    const twice = { ...event('upload', 'shop-main', { bytes: 1 }), attributes: [{ name: 'bytes', value: '1' }, { name: 'bytes', value: '2' }] };
    const res = await togai('POST', '/ingestBatch', { events: [good, unmatched, unknownAccount, draft, undefinedAttribute, twice] });
    expect(res.status).toBe(207);
    expect(res.body).toEqual({
      success: false,
      statusCode: 207,
      message: '4 of 6 events were not accepted; details.errors gives each one and why',
      details: {
        errors: [
          { message: "No active account has the id or alias 'nobody'", eventPayload: unknownAccount },
          { message: "Event schema 'draft_schema' is DRAFT; only events of an ACTIVE schema are accepted", eventPayload: draft },
          { message: "Attribute 'colour' is not defined in event schema 'upload'", eventPayload: undefinedAttribute },
          { message: "Attribute 'bytes' is given twice; each attribute may appear once in an event", eventPayload: twice },
        ],
      },
    });
    expect(usage('shop-main')).toEqual({ [bytes]: 2048, [euUploads]: 1 });

    const metered = await togai('GET', `/events/${good.id}`);
    expect(metered.body.events[0]).toMatchObject({
      eventPayload: good,
      customerId: 'shop',
      ingestionStatus: { status: 'INGESTION_COMPLETED_EVENT_METERED' },
      createdAt: sandbox.clock.iso(),
      eventPipelineInfo: {
        eventSchema: { name: 'upload', version: 1 },
        usageMeters: [
          { id: bytes, name: 'Image bytes', version: 1, status: 'PROCESSED_UNITS_COMPUTED', units: 2048 },
          { id: euUploads, name: 'EU uploads', version: 1, status: 'PROCESSED_UNITS_COMPUTED', units: 1 },
        ],
        pricePlans: [{ id: planId, cycleStart: '2026-01-01', usageMeters: [bytes, euUploads] }],
        account: { id: 'shop-main', name: 'Shop main', alias: 'shop@example.com' },
        customer: { id: 'shop' },
      },
    });
    expect(metered.body.events[0].referenceId).toMatch(/^event\./);
    expect(checkAgainstModel('GetEventResponse', metered.body)).toEqual([]);
    const skipped = await togai('GET', `/events/${unmatched.id}`);
    expect(skipped.body.events[0].ingestionStatus.status).toBe('INGESTION_COMPLETED_NO_MATCHING_METERS');
    expect(skipped.body.events[0].eventPipelineInfo.usageMeters.map((m: { status: string }) => m.status)).toEqual(['PROCESSED_FILTERED_OUT', 'PROCESSED_FILTERED_OUT']);
    expect(await togai('GET', `/events/${unknownAccount.id}`)).toEqual({ status: 404, body: { message: `No event with id '${unknownAccount.id}' was ingested` } });
  });

  it('refuses a single event with 400, takes a repeated id once, and finds an event sent without id by its referenceId', async () => {
    expect(await togai('POST', '/ingest', { event: event('nope', 'shop-main', {}) })).toEqual({ status: 400, body: { message: "Event schema 'nope' does not exist" } });
    const once = event('upload', 'shop-main', { bytes: 100 }, { kind: 'image' });
    for (let i = 0; i < 3; i++) expect(await togai('POST', '/ingest', { event: once })).toEqual({ status: 202, body: { success: true } });
    expect(usage('shop-main')[bytes]).toBe(2148);

    const { id: _, ...anonymous } = event('upload', 'shop-main', { bytes: 5 }, { kind: 'image' });
    expect((await togai('POST', '/ingestBatch', { events: [anonymous] })).status).toBe(202);
    const listed = await togai('GET', '/events?schema_name=upload&status=INGESTION_COMPLETED_EVENT_METERED');
    const last = listed.body.events.at(-1);
    expect(last.eventPayload).toEqual(anonymous);
    expect((await togai('GET', `/events/${last.referenceId}`)).body.events[0].eventPayload).toEqual(anonymous);
    expect(usage('shop-main')[bytes]).toBe(2153);
  });

  it('enforces the batch limit of 500 events the page documents', async () => {
    const events = Array.from({ length: 501 }, () => event('upload', 'shop-main', { bytes: 1 }));
    const res = await togai('POST', '/ingestBatch', { events });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/'events' must have at most 500 items/);
  });

  it('lists events by account (id or alias), status and schema, 50 to a page by default, empty when none match', async () => {
    const metered = await togai('GET', '/events?account_id=shop@example.com&status=INGESTION_COMPLETED_EVENT_METERED');
    expect(metered.body.events.map((e: { eventPayload: { attributes: { value: string }[] } }) => e.eventPayload.attributes[0]!.value)).toEqual(['2048', '100', '5']);
    expect(checkAgainstModel('GetEventsResponse', metered.body)).toEqual([]);
    expect((await togai('GET', '/events?schema_name=draft_schema')).body).toEqual({ events: [] });
    expect((await togai('GET', '/events?status=DONE')).status).toBe(400);

    const many = Array.from({ length: 60 }, () => event('upload', 'shop-main', { bytes: 0 }, { kind: 'other' }));
    expect((await togai('POST', '/ingestBatch', { events: many })).status).toBe(202);
    const firstPage = await togai('GET', '/events?account_id=shop-main');
    expect(firstPage.body.events).toHaveLength(50);
    const secondPage = await togai('GET', `/events?account_id=shop-main&nextToken=${encodeURIComponent(firstPage.body.nextToken)}`);
    expect(secondPage.body.events).toHaveLength(4 + 60 - 50);
    expect(secondPage.body.nextToken).toBeUndefined();
  });

  it('meters with what is ACTIVE when each event arrives: schema versions and meter rules change only later events', async () => {
    const grown = await togai('PATCH', '/event_schema/upload', { attributes: [{ name: 'bytes' }, { name: 'files' }] });
    expect(grown.body.version).toBe(2);
    const cheaper = await togai('PATCH', `/usage_meters/${bytes}`, {
      computations: [{ order: 1, matcher: '{"==": [{"var": "dimensions.kind"}, "image"]}', computation: '{"/": [{"var": "attributes.bytes"}, 2]}' }],
    });
    expect(cheaper.status).toBe(200);
    const later = event('upload', 'shop-main', { bytes: 1000, files: 3 }, { kind: 'image' });
    expect((await togai('POST', '/ingest', { event: later })).status).toBe(202);
    expect(usage('shop-main')[bytes]).toBe(2153 + 500);
    const info = (await togai('GET', `/events/${later.id}`)).body.events[0].eventPipelineInfo;
    expect(info.eventSchema).toEqual({ name: 'upload', version: 2 });
    expect(info.usageMeters[0]).toMatchObject({ id: bytes, version: 2, units: 500 });
    const before = (await togai('GET', '/events?status=INGESTION_COMPLETED_EVENT_METERED&pageSize=1')).body.events[0];
    const beforeInfo = (await togai('GET', `/events/${before.eventPayload.id}`)).body.events[0].eventPipelineInfo;
    expect(beforeInfo).toMatchObject({ eventSchema: { version: 1 }, usageMeters: [{ version: 1, units: 2048 }, { version: 1 }] });

    await togai('POST', `/usage_meters/${euUploads}/deactivate`);
    const unseen = event('upload', 'shop-main', { bytes: 1 }, { kind: 'doc', region: 'eu' });
    await togai('POST', '/ingest', { event: unseen });
    expect((await togai('GET', `/events/${unseen.id}`)).body.events[0].ingestionStatus.status).toBe('INGESTION_COMPLETED_NO_MATCHING_METERS');
    expect(usage('shop-main')[euUploads]).toBe(1);
  });

  it('corrects an event in its open cycle: UNDO takes its units back, REDO meters it again, REDO_EVENT meters the corrected payload', async () => {
    const original = event('upload', 'shop-main', { bytes: 300 }, { kind: 'image' });
    await togai('POST', '/ingest', { event: original });
    const start = usage('shop-main')[bytes]!;

    const preview = await togai('POST', '/events/correction?action=UNDO&require_confirmation=true', { event: original });
    expect(preview.body.data[0]).toMatchObject({ status: 'PENDING_CONFIRMATION', ingestionStatus: { status: 'INGESTION_COMPLETED_EVENT_METERED' } });
    expect(usage('shop-main')[bytes]).toBe(start);

    const undone = await togai('POST', '/events/correction?action=UNDO', { event: original });
    expect(undone.status).toBe(200);
    expect(undone.body.data[0]).toMatchObject({ eventPayload: original, status: 'REVERTED', ingestionStatus: { status: 'REVERTED' } });
    expect(checkAgainstModel('EventsCorrectionResponse', undone.body)).toEqual([]);
    expect(usage('shop-main')[bytes]).toBe(start - 150);
    expect((await togai('GET', `/events/${original.id}`)).body.events[0].eventPipelineInfo.statusBeforeReverting).toBe('INGESTION_COMPLETED_EVENT_METERED');
    expect((await togai('POST', '/events/correction?action=UNDO', { event: original })).body.data[0].reason).toBe('The event was already reverted; nothing changed');
    expect(usage('shop-main')[bytes]).toBe(start - 150);

    const redone = await togai('POST', '/events/correction?action=REDO', { event: original });
    expect(redone.body.data[0]).toMatchObject({ status: 'CORRECTED', ingestionStatus: { status: 'INGESTION_COMPLETED_EVENT_METERED' } });
    expect(usage('shop-main')[bytes]).toBe(start);

    const corrected = { ...original, attributes: [{ name: 'bytes', value: '900' }] };
    const fixed = await togai('POST', '/events/correction?action=REDO_EVENT', { event: corrected });
    expect(fixed.body.data[0]).toMatchObject({ status: 'CORRECTED', eventPayload: corrected });
    expect(usage('shop-main')[bytes]).toBe(start - 150 + 450);
    expect((await togai('GET', `/events/${original.id}`)).body.events[0].eventPayload).toEqual(corrected);
  });

  it("enriches events before metering: fields computed from the event, earlier fields and the account's settings", async () => {
    const created = await togai('POST', '/event_schema', {
      name: 'ride',
      attributes: [{ name: 'distance' }],
      dimensions: [{ name: 'city' }],
      enrichments: {
        dependencies: [{ type: 'SETTING', key: 'setting.user.meters_per_km', name: 'meters_per_km' }],
        fields: [
          { name: 'km', type: 'ATTRIBUTE', enrichmentType: 'JSON_LOGIC', value: '{"/": [{"var": "attribute.distance"}, {"var": "dependencies.meters_per_km"}]}', order: 1 },
          { name: 'rideType', type: 'DIMENSION', enrichmentType: 'JSON_LOGIC', value: '{"if": [{">=": [{"var": "attribute.km"}, 100]}, "long", "short"]}', order: 2 },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await togai('POST', '/event_schema/ride/activate');
    const badKey = await togai('PATCH', '/event_schema/ride', { enrichments: { dependencies: [{ type: 'SETTING', key: 'meters', name: 'm' }], fields: [] } });
    expect(badKey.body.message).toBe("body field 'enrichments.dependencies[0].key' must name a setting as setting.<namespace>.<id>, got 'meters'");
    const longKm = await togai('POST', '/usage_meters', {
      name: 'Long ride km',
      type: 'COUNTER',
      aggregation: 'SUM',
      eventSchemaName: 'ride',
      filters: [{ varField: 'dimension.rideType', value: 'long' }],
      computations: [{ order: 1, computation: '{"var": "attribute.km"}' }],
    });
    expect(longKm.status, JSON.stringify(longKm.body)).toBe(201);
    await togai('POST', `/usage_meters/${longKm.body.id}/activate`);
    const plan = await activePlan(togai, 'Rides', [{ displayName: 'Long ride km', usageMeterId: longKm.body.id, slabs: [[0, 1]] }]);
    await customer(togai, 'rider', {
      account: { id: 'rider', name: 'Rider', settings: [{ id: 'meters_per_km', namespace: 'USER', name: 'Meters per km', value: '1000', dataType: 'NUMERIC' }] },
    });
    await associate(togai, 'rider', plan, 'rider');

    const long = event('ride', 'rider', { distance: 250_000 }, { city: 'Pune' }, sandbox.clock.iso());
    const short = event('ride', 'rider', { distance: 5_000 }, { city: 'Pune' }, sandbox.clock.iso());
    expect((await togai('POST', '/ingestBatch', { events: [long, short] })).status).toBe(202);
    expect(usage('rider')).toEqual({ [longKm.body.id]: 250 });
    const info = (await togai('GET', `/events/${long.id}`)).body.events[0].eventPipelineInfo;
    expect(info.enrichments).toEqual({
      attributes: [{ name: 'km', type: 'JSON_LOGIC', value: '250' }],
      dimensions: [{ name: 'rideType', type: 'JSON_LOGIC', value: 'long' }],
      dependencies: [{ key: 'setting.user.meters_per_km', type: 'SETTING', name: 'meters_per_km', value: '1000' }],
    });
    const sent = await togai('POST', '/ingest', { event: event('ride', 'rider', { distance: 1, km: 1 }) });
    expect(sent.body.message).toBe("Attribute 'km' is not defined in event schema 'ride'");
  });

  it('refuses corrections it cannot make, and cannot correct an event once its cycle has closed', async () => {
    const e = event('upload', 'shop-main', { bytes: 10 }, { kind: 'image' });
    await togai('POST', '/ingest', { event: e });
    expect((await togai('POST', '/events/correction?action=DELETE', { event: e })).body.message).toBe("query parameter 'action' must be UNDO, REDO or REDO_EVENT, got 'DELETE'");
    expect((await togai('POST', '/events/correction?action=UNDO', { event: { ...e, id: 'never-sent' } })).body.message).toBe(
      "No event with id 'never-sent' was ingested, so there is nothing to correct",
    );
    expect((await togai('POST', '/events/correction?action=UNDO', { event: { ...e, accountId: 'elsewhere' } })).body.message).toBe(
      `Event '${e.id}' belongs to account 'shop-main', not to 'elsewhere'`,
    );
    const toDraft = await togai('POST', '/events/correction?action=REDO_EVENT', { event: { ...e, schemaName: 'draft_schema' } });
    expect(toDraft.body.data[0]).toMatchObject({ status: 'FAILED', reason: "The event cannot be ingested again: Event schema 'draft_schema' is DRAFT; only events of an ACTIVE schema are accepted" });

    await sandbox.clock.advanceBy('P32D');
    const late = await togai('POST', '/events/correction?action=UNDO', { event: e });
    expect(late.body.data[0].status).toBe('FAILED');
    expect(late.body.data[0].reason).toMatch(/whose billing cycle has closed; only events of an open cycle can be corrected$/);
  });
});
