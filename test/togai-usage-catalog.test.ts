/**
 * Togai's event schemas and usage meters as the API has them today: schema versions, the
 * DRAFT -> ACTIVE -> INACTIVE lifecycle and its rules, deletion as archiving, meters tied to a
 * schema with their rules checked against it, and the legacy nested paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { checkAgainstModel } from './support/togai-reference.js';
import { inProcessTogai } from './support/togai.js';

describe('Togai event schemas and usage meters', () => {
  const { sim, server, togai } = inProcessTogai();

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  const schema = (name: string, extra: object = {}) =>
    togai('POST', '/event_schema', { name, attributes: [{ name: 'bytes', defaultUnit: 'B' }], dimensions: [{ name: 'region' }], ...extra });

  it('creates a DRAFT schema at version 1, edits it in place while DRAFT, and refuses clashing names', async () => {
    const created = await schema('files', { description: 'File uploads', filterFields: ['region'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'files', version: 1, status: 'DRAFT', description: 'File uploads', filterFields: ['region'] });
    expect(checkAgainstModel('EventSchema', created.body)).toEqual([]);

    expect((await schema('files')).body.message).toBe("An event schema named 'files' already exists (status DRAFT); schema names are unique in the organisation");
    const twice = await togai('POST', '/event_schema', { name: 'twice', attributes: [{ name: 'n' }, { name: 'n' }], dimensions: [] });
    expect(twice).toEqual({ status: 400, body: { message: "body field 'attributes' names 'n' twice; each name may appear once" } });
    const filter = await schema('bad_filter', { filterFields: ['colour'] });
    expect(filter.body.message).toBe("body field 'filterFields': 'colour' is not an attribute or dimension of the schema");

    const edited = await togai('PATCH', '/event_schema/files', { attributes: [{ name: 'size' }], description: 'Uploads' });
    expect(edited.body).toMatchObject({ version: 1, status: 'DRAFT', attributes: [{ name: 'size' }], description: 'Uploads' });
  });

  it('an activated schema only grows, and each change is a new version; older versions stay readable as ARCHIVED', async () => {
    await schema('calls');
    expect((await togai('POST', '/event_schema/calls/activate')).body.status).toBe('ACTIVE');

    const removing = await togai('PATCH', '/event_schema/calls', { attributes: [] });
    expect(removing.status).toBe(400);
    expect(removing.body.message).toMatch(/^Event schema 'calls' is ACTIVE: its existing attributes cannot be removed or changed \(attributes 'bytes'\)/);
    const changingUnit = await togai('PATCH', '/event_schema/calls', { attributes: [{ name: 'bytes', defaultUnit: 'KB' }] });
    expect(changingUnit.status).toBe(400);

    const grown = await togai('PATCH', '/event_schema/calls', { attributes: [{ name: 'bytes', defaultUnit: 'B' }, { name: 'seconds' }], description: 'API calls' });
    expect(grown.body).toMatchObject({ version: 2, status: 'ACTIVE', attributes: [{ name: 'bytes', defaultUnit: 'B' }, { name: 'seconds' }] });
    const unchanged = await togai('PATCH', '/event_schema/calls', { description: 'API calls' });
    expect(unchanged.body.version).toBe(2);

    expect((await togai('GET', '/event_schema/calls')).body.version).toBe(2);
    const first = await togai('GET', '/event_schema/calls?version=1');
    expect(first.body).toMatchObject({ version: 1, status: 'ARCHIVED', attributes: [{ name: 'bytes', defaultUnit: 'B' }] });
    expect(first.body.description).toBeUndefined();
    const versions = await togai('GET', '/event_schema/calls/versions');
    expect(versions.body.data.map((v: { version: number; status: string }) => `${v.version}:${v.status}`)).toEqual(['1:ARCHIVED', '2:ACTIVE']);
    expect(checkAgainstModel('EventSchemaVersionsResponse', versions.body)).toEqual([]);
    expect(await togai('GET', '/event_schema/calls?version=3')).toEqual({ status: 404, body: { message: "Event schema 'calls' has no version 3; its versions are 1 to 2" } });
    expect((await togai('GET', '/event_schema/nothing')).status).toBe(404);
  });

  it('creates usage meters on a schema, checking their rules and filters against it', async () => {
    const meter = await togai('POST', '/usage_meters', {
      name: 'Call bytes',
      billableName: 'Data transferred',
      type: 'COUNTER',
      aggregation: 'SUM',
      eventSchemaName: 'calls',
      filters: [{ field: 'dimension.region', value: 'eu' }],
      computations: [{ order: 1, matcher: '{">": [{"var": "attribute.seconds"}, 0]}', computation: '{"var": "attribute.bytes"}' }],
    });
    expect(meter.status).toBe(201);
    expect(meter.body).toMatchObject({ name: 'Call bytes', displayName: 'Data transferred', status: 'DRAFT', aggregation: 'SUM', type: 'COUNTER' });
    expect(meter.body.id).toMatch(/^um\./);
    expect(meter.body.eventSchema).toBeUndefined();
    expect(checkAgainstModel('UsageMeter', meter.body)).toEqual([]);

    const refusals: [object, string][] = [
      [{ name: 'Call bytes', aggregation: 'COUNT' }, "body field 'name': a usage meter named 'Call bytes' already exists"],
      [{ name: 'c1', aggregation: 'COUNT', computations: [{ order: 1, computation: '2' }] }, "body field 'computations[0].computation' must be '1' for a COUNT usage meter, got '2'"],
      [{ name: 'c2', aggregation: 'SUM' }, "body field 'computations' is required for a SUM usage meter"],
      [{ name: 'c3', aggregation: 'SUM', computations: [{ order: 1, computation: '{"var": "attribute.colour"}' }] }, "body field 'computations[0].computation' reads 'attribute.colour', which is not an attribute or dimension of event schema 'calls'"],
      [{ name: 'c4', aggregation: 'SUM', computations: [{ order: 1, computation: '{"var": ' }] }, "body field 'computations[0].computation' is not valid JSON Logic"],
      [{ name: 'c5', aggregation: 'COUNT', filters: [{ field: 'dimension.colour', value: 'x' }] }, "body field 'filters[0].field': 'dimension.colour' is not an attribute or dimension of event schema 'calls'"],
      [{ name: 'c6', aggregation: 'COUNT', filters: [{ field: 'bytes', value: 'many' }] }, "body field 'filters[0].value' must be a number to compare with attribute 'bytes', got 'many'"],
      [{ name: 'c7', aggregation: 'COUNT', type: 'GAUGE' }, "body field 'type' must be COUNTER (the only usage meter type), got 'GAUGE'"],
      [
        { name: 'c9', aggregation: 'SUM', computations: [{ order: 1, matcher: '{"bogus": [1]}', computation: '{"var": "attribute.bytes"}' }] },
        "body field 'computations[0].matcher' uses the operator 'bogus', which JSON Logic does not have; its operators are var missing missing_some if ?: and or ! !! == ===",
      ],
      [
        { name: 'c10', aggregation: 'SUM', computations: [{ order: 1, computation: '{"+": [{"var": "attribute.bytes"}, {"var.length": []}]}' }] },
        "body field 'computations[0].computation' uses the operator 'var.length', which JSON Logic does not have",
      ],
      [
        { name: 'c11', aggregation: 'COUNT', computations: [{ order: 1, matcher: '{"!!": '.repeat(33) + 'true' + '}'.repeat(33), computation: '1' }] },
        "body field 'computations[0].matcher' is nested more than 32 levels deep; JSON Logic rules may nest at most 32 objects and arrays",
      ],
    ];
    for (const [body, message] of refusals) {
      const res = await togai('POST', '/usage_meters', { type: 'COUNTER', eventSchemaName: 'calls', ...body });
      expect(res.status, message).toBe(400);
      expect(res.body.message).toContain(message);
    }
    const unknownSchema = await togai('POST', '/usage_meters', { name: 'c8', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'nope' });
    expect(unknownSchema).toEqual({ status: 404, body: { message: "body field 'eventSchemaName': event schema 'nope' does not exist" } });
    const noSchema = await togai('POST', '/usage_meters', { name: 'Loose', type: 'COUNTER', aggregation: 'COUNT' });
    expect(noSchema.status).toBe(201);
    const activateLoose = await togai('POST', `/usage_meters/${noSchema.body.id}/activate`);
    expect(activateLoose.body.message).toBe(`Usage meter '${noSchema.body.id}' has no event schema; set its eventSchemaName before activating it`);

    const got = await togai('GET', `/usage_meters/${meter.body.id}?include_schema=true`);
    expect(got.body.eventSchema).toMatchObject({ name: 'calls', version: 2, status: 'ACTIVE' });
    expect(checkAgainstModel('UsageMeter', got.body)).toEqual([]);
  });

  it('keeps the lifecycle rules of schemas and meters, and answers each refusal with the rule', async () => {
    await schema('draft_one');
    const meter = (await togai('POST', '/usage_meters', { name: 'Drafty', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'draft_one' })).body;
    expect((await togai('POST', `/usage_meters/${meter.id}/activate`)).body.message).toBe("Event schema 'draft_one' is DRAFT; activate it before its usage meters");
    expect((await togai('POST', '/event_schema/draft_one/deactivate')).body.message).toBe("Event schema 'draft_one' is DRAFT; only an ACTIVE schema can be deactivated");
    expect((await togai('POST', `/usage_meters/${meter.id}/deactivate`)).body.message).toBe(`Usage meter '${meter.id}' is DRAFT; only an ACTIVE usage meter can be deactivated`);

    await togai('POST', '/event_schema/draft_one/activate');
    const active = await togai('POST', `/usage_meters/${meter.id}/activate`);
    expect(active.body).toMatchObject({ status: 'ACTIVE', lastActivatedAt: sim.sandbox.clock.iso() });
    expect((await togai('POST', `/usage_meters/${meter.id}/activate`)).status).toBe(200);
    const moving = await togai('PATCH', `/usage_meters/${meter.id}`, { eventSchemaName: 'calls' });
    expect(moving.body.message).toBe(`Usage meter '${meter.id}' is ACTIVE on event schema 'draft_one'; deactivate it before moving it to 'calls'`);
    const renamed = await togai('PATCH', `/usage_meters/${meter.id}`, { name: 'Drafty meter', description: 'counts' });
    expect(renamed.body).toMatchObject({ name: 'Drafty meter', displayName: 'Drafty meter', description: 'counts', status: 'ACTIVE' });
    const longName = await togai('PATCH', `/usage_meters/${meter.id}`, { name: 'x'.repeat(51) });
    expect(longName.body.message).toMatch(/^body field 'name' must be 1 to 50 letters/);

    const deactivateSchema = await togai('POST', '/event_schema/draft_one/deactivate');
    expect(deactivateSchema.body.message).toBe(`Event schema 'draft_one' has ACTIVE usage meters (${meter.id}); deactivate them before the schema`);
    const deleteSchema = await togai('DELETE', '/event_schema/draft_one');
    expect(deleteSchema.body.message).toBe(`Event schema 'draft_one' has ACTIVE usage meters (${meter.id}); delete or deactivate them before the schema`);

    expect((await togai('POST', `/usage_meters/${meter.id}/deactivate`)).body.status).toBe('INACTIVE');
    expect((await togai('POST', '/event_schema/draft_one/deactivate')).body.status).toBe('INACTIVE');
    expect((await togai('POST', `/usage_meters/${meter.id}/activate`)).body.message).toBe("Event schema 'draft_one' is INACTIVE; activate it before its usage meters");
    const grownWhileInactive = await togai('PATCH', '/event_schema/draft_one', { dimensions: [{ name: 'region' }, { name: 'tier' }] });
    expect(grownWhileInactive.body).toMatchObject({ version: 2, status: 'INACTIVE' });
  });

  it('deletes by archiving: gone from lists, still readable, and refused anything further', async () => {
    const meter = (await togai('POST', '/usage_meters', { name: 'Doomed', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'draft_one' })).body;
    expect(await togai('DELETE', `/usage_meters/${meter.id}`)).toEqual({ status: 200, body: { success: true } });
    expect(await togai('DELETE', `/usage_meters/${meter.id}`)).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', `/usage_meters/${meter.id}`)).body.status).toBe('ARCHIVED');
    expect((await togai('PATCH', `/usage_meters/${meter.id}`, { description: 'x' })).body.message).toBe(`Usage meter '${meter.id}' was deleted (its status is ARCHIVED), so it cannot be updated`);
    const listed = await togai('GET', '/usage_meters?pageSize=50');
    expect(listed.body.data.map((m: { id: string }) => m.id)).not.toContain(meter.id);
    const archived = await togai('GET', '/usage_meters?status=ARCHIVED');
    expect(archived.body.data.map((m: { id: string }) => m.id)).toEqual([meter.id]);

    expect((await togai('DELETE', '/event_schema/draft_one')).body).toEqual({ success: true });
    const gone = await togai('GET', '/event_schema/draft_one');
    expect(gone.body).toMatchObject({ version: 2, status: 'ARCHIVED' });
    expect((await togai('POST', '/event_schema/draft_one/activate')).body.message).toBe("Event schema 'draft_one' was deleted (its status is ARCHIVED), so it cannot be activated");
    expect((await schema('draft_one')).body.message).toMatch(/already exists \(status ARCHIVED\)/);
  });

  it('lists schemas with their meter counts and lists meters by status and aggregation, with paging context', async () => {
    const first = await togai('GET', '/event_schema?pageSize=1');
    expect(first.body.data.map((s: { name: string }) => s.name)).toEqual(['files']);
    expect(first.body.context).toEqual({ pageSize: 1, sortOrder: 'asc' });
    expect(checkAgainstModel('EventSchemaListPaginatedResponse', first.body)).toEqual([]);
    const rest = await togai('GET', `/event_schema?nextToken=${encodeURIComponent(first.body.nextToken)}`);
    expect(rest.body.data).toEqual([expect.objectContaining({ name: 'calls', version: 2, usageMetersCount: 1 })]);
    expect(rest.body.nextToken).toBeUndefined();
    expect((await togai('GET', '/event_schema?status=ACTIVE')).body.data.map((s: { name: string }) => s.name)).toEqual(['calls']);
    expect((await togai('GET', '/event_schema?status=LIVE')).body.message).toBe("query parameter 'status' must be one of DRAFT, ACTIVE, INACTIVE, ARCHIVED, got 'LIVE'");

    const sums = await togai('GET', '/usage_meters?aggregations=SUM');
    expect(sums.body.data.map((m: { name: string }) => m.name)).toEqual(['Call bytes']);
    const both = await togai('GET', '/usage_meters?aggregations=COUNT,SUM&status=INACTIVE');
    expect(both.body.data.map((m: { name: string }) => m.name)).toEqual(['Drafty meter']);
    expect(checkAgainstModel('UsageMeterPaginatedResponse', both.body)).toEqual([]);
    expect((await togai('GET', '/usage_meters?aggregations=MAX')).status).toBe(400);
  });

  it('checks on legacy nested paths that the meter belongs to the schema of the path', async () => {
    const id = (await togai('GET', '/usage_meters?aggregations=SUM')).body.data[0].id;
    const own = await sim.call('getUsageMeter', { params: { event_schema_name: 'calls', usage_meter_id: id } });
    expect(own.status).toBe(200);
    const foreign = await sim.call('getUsageMeter', { params: { event_schema_name: 'files', usage_meter_id: id } });
    expect(foreign).toEqual({ status: 404, body: { message: `Usage meter of event schema 'files' with id '${id}' does not exist` } });
    const listed = await sim.call('getUsageMetersForEventSchema', { params: { event_schema_name: 'files' } });
    expect(listed.body.data).toEqual([]);
    const created = await sim.call('createUsageMeter', { params: { event_schema_name: 'calls' }, body: { name: 'Nested', type: 'COUNTER', aggregation: 'COUNT' } });
    expect(created.status).toBe(201);
    expect((await togai('GET', `/usage_meters/${created.body.id}?include_schema=true`)).body.eventSchema.name).toBe('calls');
  });

  it('refuses rules json-logic-js cannot run (unknown operators, too deep, too long), and event id templates, which are not simulated', async () => {
    const enriched = (value: string) => schema('enriched', { enrichments: { fields: [{ name: 'x', type: 'DIMENSION', enrichmentType: 'JSON_LOGIC', value, order: 1 }] } });
    expect(await enriched('{"nope": []}')).toEqual({
      status: 400,
      body: { message: expect.stringMatching(/^body field 'enrichments\.fields\[0\]\.value' uses the operator 'nope', which JSON Logic does not have; its operators are /) },
    });
    // just under the kit's limit on any string in a body (MAX_STRING_LENGTH), which would answer first
    expect(await enriched('['.repeat(60_000))).toEqual({
      status: 400,
      body: { message: "body field 'enrichments.fields[0].value' is 60000 characters long; a JSON Logic rule may be at most 1500" },
    });
    expect((await enriched('['.repeat(33) + ']'.repeat(33))).body.message).toBe(
      "body field 'enrichments.fields[0].value' is nested more than 32 levels deep; JSON Logic rules may nest at most 32 objects and arrays",
    );
    // an object of more than one key is a value to json-logic-js, not an operation
    expect((await enriched('{"cat": [{"a": 1, "b": 2}, "-"]}')).status).toBe(201);
    expect((await togai('PATCH', '/event_schema/enriched', { enrichments: { fields: [{ name: 'x', type: 'DIMENSION', enrichmentType: 'JSON_LOGIC', value: '{"__proto__": 1}', order: 1 }] } })).status).toBe(400);

    const deepest = await togai('POST', '/usage_meters', {
      name: 'Deepest',
      type: 'COUNTER',
      aggregation: 'COUNT',
      eventSchemaName: 'calls',
      computations: [{ order: 1, matcher: '{"!!": '.repeat(32) + 'true' + '}'.repeat(32), computation: '1' }],
    });
    expect(deepest.status, JSON.stringify(deepest.body)).toBe(201);
    // the wire name is `field`: `var_field` is how the Python client spells it
    const clientSpelling = await togai('POST', '/usage_meters', { name: 'c12', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'calls', filters: [{ varField: 'region', value: 'eu' }] });
    expect(clientSpelling.status).toBe(400);

    const template = "body field 'eventIdTemplate': deriving event ids from a template is not simulated, as Togai does not document the template's syntax; leave it out and give each event its id";
    expect(await schema('templated', { eventIdTemplate: '{{dimensions.orderId}}' })).toEqual({ status: 400, body: { message: template } });
    expect(await togai('PATCH', '/event_schema/enriched', { eventIdTemplate: 'x' })).toEqual({ status: 400, body: { message: template } });
    const blank = await schema('templated', { eventIdTemplate: '' });
    expect(blank.status).toBe(201);
    expect(blank.body.eventIdTemplate).toBeUndefined();
  });
});
