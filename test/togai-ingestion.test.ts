/**
 * Togai event ingestion and event management as the API has them today: events routed by alias
 * or account id, metered into the account's open billing cycle by the schema's ACTIVE meters,
 * per-event refusals, events read back with their pipeline info, and corrections (UNDO, REDO,
 * REDO_EVENT) that take usage back out of an open cycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceRecord } from '../simulators/togai/invoice-records.js';
import { expectConformance } from './support/conformance.js';
import { activePlan, associate, customer, event } from './support/billing-fixtures.js';
import { checkAgainstModel } from './support/togai-reference.js';
import { inProcessTogai } from './support/togai.js';

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
  const meterOkOn = async (schemaName: string, body: object) => {
    const created = await togai('POST', '/usage_meters', { type: 'COUNTER', eventSchemaName: schemaName, ...body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await togai('POST', `/usage_meters/${created.body.id}/activate`)).status).toBe(200);
    return created.body.id as string;
  };
  const meterOk = (body: object) => meterOkOn('upload', body);

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await togai('POST', '/event_schema', { name: 'upload', attributes: [{ name: 'bytes' }], dimensions: [{ name: 'kind' }, { name: 'region' }] });
    await togai('POST', '/event_schema/upload/activate');
    bytes = await meterOk({
      name: 'Image bytes',
      aggregation: 'SUM',
      computations: [{ order: 1, matcher: '{"==": [{"var": "dimensions.kind"}, "image"]}', computation: '{"var": "attributes.bytes"}' }],
    });
    euUploads = await meterOk({ name: 'EU uploads', aggregation: 'COUNT', filters: [{ field: 'dimension.region', value: 'eu' }] });
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
    // no page names a status of its own for a reverted event: it is not metered, and its pipeline keeps what it was
    expect(undone.body.data[0]).toMatchObject({
      eventPayload: original,
      status: 'REVERTED',
      ingestionStatus: { status: 'INGESTION_COMPLETED_EVENT_NOT_METERED', statusDescription: 'Not metered: an event correction took back what the event had metered' },
    });
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
      filters: [{ field: 'dimension.rideType', value: 'long' }],
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

  it('filters events only by the statuses documented (the 2023 enum; today the status is a bare string)', async () => {
    for (const documented of ['INGESTION_FAILED_EVENT_INVALID', 'INGESTION_IN_PROGRESS', 'UNKNOWN']) {
      expect(await togai('GET', `/events?status=${documented}`), documented).toEqual({ status: 200, body: { events: [] } });
    }
    for (const undocumented of ['REVERTED', 'INGESTION_FAILED_DUPLICATE_EVENT', 'INGESTION_FAILED_PAST_GRACE_PERIOD']) {
      expect((await togai('GET', `/events?status=${undocumented}`)).status, undocumented).toBe(400);
    }
  });

  it("refuses an attribute given in another unit than the schema's defaultUnit: unit conversion is not simulated", async () => {
    await togai('POST', '/event_schema', { name: 'trip', attributes: [{ name: 'distance', defaultUnit: 'Kilometers' }, { name: 'stops' }], dimensions: [] });
    await togai('POST', '/event_schema/trip/activate');
    const inMiles = { ...event('trip', 'shop-main', {}), attributes: [{ name: 'distance', value: '3', unit: 'Miles' }] };
    expect(await togai('POST', '/ingest', { event: inMiles })).toEqual({
      status: 400,
      body: {
        message:
          "Attribute 'distance' is given in 'Miles', but event schema 'trip' measures it in 'Kilometers'; unit conversion is not simulated: send the value in 'Kilometers' (or leave unit out)",
      },
    });
    const inKm = { ...event('trip', 'shop-main', {}), attributes: [{ name: 'distance', value: '3', unit: 'Kilometers' }] };
    const noUnit = event('trip', 'shop-main', { distance: 3 });
    // an attribute the schema gives no unit has nothing to be converted to
    const unitless = { ...event('trip', 'shop-main', {}), attributes: [{ name: 'stops', value: '2', unit: 'Stops' }] };
    const batch = await togai('POST', '/ingestBatch', { events: [inKm, noUnit, unitless, inMiles] });
    expect(batch.status).toBe(207);
    expect(batch.body.details.errors).toEqual([{ message: expect.stringMatching(/^Attribute 'distance' is given in 'Miles'/), eventPayload: inMiles }]);
  });

  it('refuses, never answers 500, an event a meter or enrichment rule fails on; reads and corrections answer without 500 too', async () => {
    const created = await togai('POST', '/event_schema', {
      name: 'fragile',
      attributes: [{ name: 'n' }],
      dimensions: [{ name: 'tag' }],
      enrichments: {
        dependencies: [{ type: 'SETTING', key: 'setting.user.mode', name: 'mode' }],
        fields: [{ name: 'modeFlag', type: 'DIMENSION', enrichmentType: 'JSON_LOGIC', value: '{"==": [{"var": "dependencies.mode"}, "abc"]}', order: 1 }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await togai('POST', '/event_schema/fragile/activate');
    // only JSON Logic operators, so both rules are saved; json-logic-js's missing_some throws when its list is absent (no tag)
    const all = await meterOkOn('fragile', { name: 'Fragile all', aggregation: 'COUNT' });
    const tagged = await meterOkOn('fragile', {
      name: 'Fragile tagged',
      aggregation: 'COUNT',
      computations: [{ order: 1, matcher: '{"!": {"missing_some": [1, {"var": "dimension.tag"}]}}', computation: '1' }],
    });
    const plan = await activePlan(togai, 'Fragile', [
      { displayName: 'Fragile all', usageMeterId: all, slabs: [[0, 1]] },
      { displayName: 'Fragile tagged', usageMeterId: tagged, slabs: [[0, 1]] },
    ]);
    await customer(togai, 'fragile-co', { account: { id: 'fragile', name: 'Fragile', settings: [{ id: 'mode', namespace: 'USER', name: 'Mode', value: 'abc', dataType: 'STRING' }] } });
    await associate(togai, 'fragile', plan, 'fragile-co');

    const failed = /^A usage meter or enrichment rule of event schema 'fragile' failed on this event \(.+\); change the rule or the event$/;
    const good = event('fragile', 'fragile', { n: 1 }, { tag: 'x1' });
    const untagged = event('fragile', 'fragile', { n: 1 });
    const batch = await togai('POST', '/ingestBatch', { events: [good, untagged] });
    expect(batch.status).toBe(207);
    expect(batch.body.details.errors).toEqual([{ message: expect.stringMatching(failed), eventPayload: untagged }]);
    const single = await togai('POST', '/ingest', { event: untagged });
    expect(single.status).toBe(400);
    expect(single.body.message).toMatch(failed);
    // the meter that did not fail added nothing either: an event is metered whole or not at all
    expect(usage('fragile')).toEqual({ [all]: 1, [tagged]: 1 });
    expect((await togai('GET', `/events/${untagged.id}`)).status).toBe(404);

    // a setting the enrichment reads now makes it throw on the events already taken: == cannot compare this object with a string
    expect((await togai('PATCH', '/settings/setting.USER.mode.ACCOUNT.fragile', { value: '{"toString": 1}', dataType: 'JSON' })).status).toBe(201);
    const read = await togai('GET', `/events/${good.id}`);
    expect(read.status).toBe(200);
    expect(read.body.events[0].ingestionStatus.status).toBe('INGESTION_COMPLETED_EVENT_METERED');
    expect(read.body.events[0].eventPipelineInfo.usageMeters).toBeUndefined();
    expect(read.body.events[0].eventPipelineInfo.enrichments).toBeUndefined();
    const undo = await togai('POST', '/events/correction?action=UNDO', { event: good });
    expect(undo.status).toBe(200);
    expect(undo.body.data[0].status).toBe('FAILED');
    expect(undo.body.data[0].reason).toMatch(/^What the event metered cannot be worked out to take it back: A usage meter or enrichment rule of event schema 'fragile' failed/);
    const redo = await togai('POST', '/events/correction?action=REDO', { event: good });
    expect(redo.body.data[0]).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/^The event cannot be ingested again: A usage meter or enrichment rule/) });
    expect((await togai('POST', '/ingest', { event: event('fragile', 'fragile', { n: 1 }, { tag: 'x2' }) })).body.message).toMatch(failed);
    expect(usage('fragile')).toEqual({ [all]: 1, [tagged]: 1 });

    await togai('PATCH', '/settings/setting.USER.mode.ACCOUNT.fragile', { value: 'abc', dataType: 'STRING' });
    const untag = await togai('POST', '/events/correction?action=REDO_EVENT', { event: { ...good, dimensions: {} } });
    expect(untag.body.data[0]).toMatchObject({ status: 'FAILED', eventPayload: good, reason: expect.stringMatching(/^The event cannot be ingested again: A usage meter or enrichment rule/) });
    expect(usage('fragile')).toEqual({ [all]: 1, [tagged]: 1 });
    expect((await togai('POST', '/events/correction?action=UNDO', { event: good })).body.data[0].status).toBe('REVERTED');
    expect(usage('fragile')).toEqual({ [all]: 0, [tagged]: 0 });
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

  it('takes an event id once in 45 days; after them a repeat is a new event, and the earlier one stays readable by its referenceId', async () => {
    const first = event('trip', 'shop-main', { stops: 1 }, {}, sandbox.clock.iso());
    expect((await togai('POST', '/ingest', { event: first })).status).toBe(202);
    await sandbox.clock.advanceBy('P1D');
    const other = event('trip', 'shop-main', { stops: 2 }, {}, sandbox.clock.iso());
    await togai('POST', '/ingest', { event: other });
    await sandbox.clock.advanceBy('P43D');
    const retried = { ...first, attributes: [{ name: 'stops', value: '9' }] };
    expect(await togai('POST', '/ingest', { event: retried })).toEqual({ status: 202, body: { success: true } });
    expect((await togai('GET', `/events/${first.id}`)).body.events[0].eventPayload).toEqual(first);
    const earlierRef = (await togai('GET', `/events/${first.id}`)).body.events[0].referenceId;

    await sandbox.clock.advanceBy('P2D');
    const repeated = { ...first, timestamp: sandbox.clock.iso(), attributes: [{ name: 'stops', value: '7' }] };
    expect(await togai('POST', '/ingest', { event: repeated })).toEqual({ status: 202, body: { success: true } });
    expect((await togai('GET', `/events/${first.id}`)).body.events[0].eventPayload).toEqual(repeated);
    expect((await togai('GET', `/events/${earlierRef}`)).body.events[0]).toMatchObject({ referenceId: earlierRef, eventPayload: first });
    const listed = await togai('GET', '/events?schema_name=trip');
    expect(listed.body.events.slice(-3).map((e: { eventPayload: object }) => e.eventPayload)).toEqual([first, other, repeated]);
    const correction = await togai('POST', '/events/correction?action=UNDO', { event: { ...first, id: earlierRef } });
    expect(correction.body.data[0]).toMatchObject({ referenceId: earlierRef, eventPayload: first, status: 'REVERTED' });
    expect((await togai('GET', `/events/${earlierRef}`)).body.events[0].eventPipelineInfo.statusBeforeReverting).toBe('INGESTION_COMPLETED_NO_MATCHING_METERS');
    expect((await togai('GET', `/events/${first.id}`)).body.events[0].ingestionStatus.status).toBe('INGESTION_COMPLETED_NO_MATCHING_METERS');
  });
});
