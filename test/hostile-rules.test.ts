/**
 * Hostile input to the Togai simulator's rules and names, over HTTP on loopback:
 * - JSON Logic rules that would take minutes (nested maps) or all memory (a reduce that doubles
 *   a list or a text) are refused when saved, with a 400 naming the field, in bounded time; a rule
 *   just within the step budget is saved and meters; a rule that exceeds the budget only on some
 *   events refuses those events quickly and the rest are taken;
 * - names taken from requests that key a lookup (attribute, dimension, enrichment and dependency
 *   names, setting ids and namespaces, entity types and ids, metadata keys, aliases, plan and rate
 *   card names, currencies, query parameters) answer 2xx or 4xx when named like Object's own
 *   members, are stored and read as any other name, and pollute no prototype.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import type { InvoiceRecord } from '../simulators/togai/invoice-records.js';
import { RULE_STEP_BUDGET, stepsOn } from '../simulators/togai/rule-budget.js';
import { MAX_RULE_LENGTH, sampleData } from '../simulators/togai/rule-check.js';
import { expectConformance } from './support/conformance.js';
import { activePlan, associate, createUsageCard, customer, ok } from './support/billing-fixtures.js';
import { togaiClient, togaiSandbox, type TogaiClient } from './support/togai.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
// what the issue measured: 13 s for one event; a refusal, or a batch of events at or over the
// budget, stays far below it, with room for a loaded machine
const FAST_MS = 3_000;

/** `[0,1,...,n-1]` as rule text. */
const list = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(',')}]`;

/** `{"map": [[0..n-1], inner]}`, `levels` deep, as rule text. */
function nestedMaps(levels: number, n: number, inner = '{"var":""}'): string {
  let rule = inner;
  for (let i = 0; i < levels; i++) rule = `{"map":[${list(n)},${rule}]}`;
  return rule;
}

/** The most nested maps of as many items as fit in `length` characters and the depth rule-check.ts allows. */
function longestNestedMaps(length: number): string {
  let best = '';
  // a rule only grows with its levels and its items: the first too long ends the search along either
  for (let n = 2; n < 200; n++) {
    let levels = 1;
    for (; levels <= 15; levels++) {
      const rule = nestedMaps(levels, n);
      if (rule.length > length) break;
      if (rule.length > best.length) best = rule;
    }
    if (levels === 1) break;
  }
  return best;
}

/** A JSON body text with own keys named like Object's members (an object literal would set the prototype instead). */
const withKeys = (names: string[], value: (name: string, i: number) => unknown): Record<string, unknown> =>
  JSON.parse(`{${names.map((n, i) => `${JSON.stringify(n)}:${JSON.stringify(value(n, i))}`).join(',')}}`);

const timed = async <T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> => {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
};

describe('hostile Togai rules and names', () => {
  const { sandbox, sim } = togaiSandbox();
  let server: HttpServer;
  let togai: TogaiClient;
  let countedId: string;
  const seen: { label: string; status: number; msg?: string }[] = [];
  /** Send, remember the status for the no-5xx check, and return the answer. */
  const send = async (label: string, method: string, path: string, body?: unknown) => {
    const res = await togai(method, path, body);
    seen.push({ label, status: res.status, msg: res.body?.message });
    return res;
  };
  const usage = (accountId: string): Record<string, number> => {
    const cycle = sim.state.openCycles.get(accountId)?.[0];
    return cycle ? { ...sim.state.store.get<InvoiceRecord>('invoice', cycle.invoiceId)!.usage } : {};
  };
  const meter = async (body: object) => {
    const created = await send('create meter', 'POST', '/usage_meters', { type: 'COUNTER', ...body });
    if (created.status === 201) expect((await send('activate meter', 'POST', `/usage_meters/${created.body.id}/activate`)).status).toBe(200);
    return created;
  };
  let eventNo = 0;
  const event = (schemaName: string, attributes: Record<string, unknown>, dimensions: Record<string, unknown>) => ({
    id: `hostile-${++eventNo}`,
    schemaName,
    timestamp: '2026-01-10T12:00:00Z',
    accountId: 'hostile-main',
    attributes: Object.keys(attributes).map((name) => ({ name, value: String(attributes[name]) })),
    dimensions,
  });

  beforeAll(async () => {
    server = await serveHttp(sim);
    togai = togaiClient(server.url);
    await ok(togai('POST', '/event_schema', { name: 'calls', attributes: [{ name: 'duration' }], dimensions: [{ name: 'mode' }] }));
    await ok(togai('POST', '/event_schema/calls/activate'));
    countedId = (await ok(togai('POST', '/usage_meters', { name: 'All calls', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'calls' }))).id;
    const planId = await activePlan(togai, 'Hostile', [{ displayName: 'Calls', usageMeterId: countedId, slabs: [[0, 1]] }]);
    await customer(togai, 'hostile', { account: { id: 'hostile-main', name: 'Hostile main' } });
    await associate(togai, 'hostile-main', planId, 'hostile');
  });

  afterAll(async () => {
    // every answer, refusals included, within the contract
    expectConformance(sim);
    await server?.close();
    sandbox.stop();
  });

  describe('rules over the step budget', () => {
    const refusal = (field: string) => expect.stringMatching(new RegExp(`^body field '${field.replace(/[[\].]/g, '\\$&')}' needs more than ${RULE_STEP_BUDGET} JSON Logic steps`));
    // 64 rounds of doubling: 2^64 items or characters, were it not stopped
    const rounds = list(64);
    const hostileRules: [string, string][] = [
      ["the issue's 700-character nested maps", longestNestedMaps(700)],
      ['the longest nested maps the contract allows', longestNestedMaps(MAX_RULE_LENGTH)],
      ['a reduce doubling a list', `{"reduce":[${rounds},{"merge":[{"var":"accumulator"},{"var":"accumulator"}]},[1]]}`],
      ['a reduce doubling a text', `{"reduce":[${rounds},{"cat":[{"var":"accumulator"},{"var":"accumulator"}]},"x"]}`],
      ['a reduce nesting a list in itself twice, then joined', `{"cat":[{"reduce":[${rounds},[{"var":"accumulator"},{"var":"accumulator"}],[1]]}]}`],
    ];

    it.each(hostileRules)('refuses %s as a matcher, computation or enrichment, naming the field, quickly', async (_label, rule) => {
      expect(rule.length).toBeLessThanOrEqual(MAX_RULE_LENGTH);
      expect(stepsOn(JSON.parse(rule), sampleData(undefined))).toBeUndefined();
      const matcher = await timed(() => meter({ name: 'Hostile matcher', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher: rule, computation: '1' }] }));
      expect(matcher.result).toEqual({ status: 400, body: { message: refusal('computations[0].matcher') } });
      expect(matcher.ms).toBeLessThan(FAST_MS);
      // a computation may be at most 500 characters long (the contract)
      if (rule.length <= 500) {
        const computation = await timed(() => meter({ name: 'Hostile sum', aggregation: 'SUM', eventSchemaName: 'calls', computations: [{ order: 1, computation: rule }] }));
        expect(computation.result).toEqual({ status: 400, body: { message: refusal('computations[0].computation') } });
        expect(computation.ms).toBeLessThan(FAST_MS);
      }
      const enrichment = { fields: [{ name: 'heavy', type: 'DIMENSION', enrichmentType: 'JSON_LOGIC', value: rule, order: 1 }] };
      const schema = await timed(() => send('schema', 'POST', '/event_schema', { name: 'enriched_hostile', attributes: [], dimensions: [], enrichments: enrichment }));
      expect(schema.result).toEqual({ status: 400, body: { message: refusal('enrichments.fields[0].value') } });
      expect(schema.ms).toBeLessThan(FAST_MS);
      // a meter saved without rules is refused the rule on update, and keeps none
      const plain = await meter({ name: 'Plain', aggregation: 'COUNT', eventSchemaName: 'calls' });
      const update = await send('update meter', 'PATCH', `/usage_meters/${plain.body.id}`, { computations: [{ order: 1, matcher: rule, computation: '1' }] });
      expect(update).toEqual({ status: 400, body: { message: refusal('computations[0].matcher') } });
      expect((await send('get meter', 'GET', `/usage_meters/${plain.body.id}`)).body.computations ?? []).toEqual([]);
      expect((await send('delete meter', 'DELETE', `/usage_meters/${plain.body.id}`)).status).toBe(200);
    });

    it('saves a rule just within the budget, and meters a batch through it quickly', async () => {
      const sample = sampleData({ attributes: [{ name: 'duration' }], dimensions: [{ name: 'mode' }] });
      // grow the outer list until one more item goes over the budget
      let n = 1;
      while (stepsOn(JSON.parse(nestedMaps(1, n + 1, nestedMaps(1, 10))), sample) !== undefined) n++;
      const within = nestedMaps(1, n, nestedMaps(1, 10));
      const over = nestedMaps(1, n + 1, nestedMaps(1, 10));
      expect(stepsOn(JSON.parse(within), sample)).toBeGreaterThan(RULE_STEP_BUDGET - 100);

      expect((await meter({ name: 'Just over', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher: over, computation: '1' }] })).status).toBe(400);
      const created = await meter({ name: 'Just within', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher: within, computation: '1' }] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const before = usage('hostile-main')[created.body.id] ?? 0;
      const events = Array.from({ length: 100 }, () => event('calls', { duration: 1 }, { mode: 'light' }));
      const batch = await timed(() => send('batch', 'POST', '/ingestBatch', { events }));
      expect(batch.result).toEqual({ status: 202, body: { success: true } });
      expect(batch.ms).toBeLessThan(FAST_MS);
      expect(usage('hostile-main')[created.body.id]).toBe(before + 100);
      expect((await send('deactivate', 'POST', `/usage_meters/${created.body.id}/deactivate`)).status).toBe(200);
    });

    it('refuses quickly each event on which a saved rule exceeds the budget, and takes the others', async () => {
      // heavy only when the event says so: the sample event takes the light branch, so it is saved
      const matcher = `{"if":[{"==":[{"var":"dimension.mode"},"heavy"]},${nestedMaps(8, 10)},true]}`;
      const created = await meter({ name: 'Heavy sometimes', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher, computation: '1' }] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const before = usage('hostile-main')[created.body.id] ?? 0;
      const failure = expect.stringMatching(
        new RegExp(`^A usage meter or enrichment rule of event schema 'calls' failed on this event \\(usage meter '${created.body.id}' computations\\[0\\]\\.matcher needs more than ${RULE_STEP_BUDGET} JSON Logic steps`),
      );

      const one = await timed(() => send('ingest heavy', 'POST', '/ingest', { event: event('calls', { duration: 1 }, { mode: 'heavy' }) }));
      expect(one.result).toEqual({ status: 400, body: { message: failure } });
      expect(one.ms).toBeLessThan(FAST_MS);

      const heavy = Array.from({ length: 100 }, () => event('calls', { duration: 1 }, { mode: 'heavy' }));
      const light = event('calls', { duration: 1 }, { mode: 'light' });
      const batch = await timed(() => send('batch heavy', 'POST', '/ingestBatch', { events: [...heavy, light] }));
      expect(batch.ms).toBeLessThan(FAST_MS);
      expect(batch.result.status).toBe(207);
      expect(batch.result.body.details.errors).toHaveLength(100);
      expect(batch.result.body.details.errors[0]).toEqual({ message: failure, eventPayload: heavy[0] });
      expect(usage('hostile-main')[created.body.id]).toBe(before + 1);
      // the light event reads back with its pipeline; a refused one was never taken
      expect((await send('read light', 'GET', `/events/${light.id}`)).status).toBe(200);
      expect((await send('read heavy', 'GET', `/events/${heavy[0]!.id}`)).status).toBe(404);
      expect((await send('deactivate', 'POST', `/usage_meters/${created.body.id}/deactivate`)).status).toBe(200);
    });
  });

  it("runs a rule's log operator without writing into the sandbox's console", async () => {
    const printed = vi.spyOn(console, 'log');
    try {
      const matcher = `{"some":[${list(100)},{"log":"spam"}]}`;
      const created = await meter({ name: 'Logging', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher, computation: '1' }] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(await send('ingest', 'POST', '/ingest', { event: event('calls', { duration: 1 }, { mode: 'light' }) })).toEqual({ status: 202, body: { success: true } });
      expect(usage('hostile-main')[created.body.id]).toBe(1);
      expect(printed).not.toHaveBeenCalled();
      expect((await send('deactivate', 'POST', `/usage_meters/${created.body.id}/deactivate`)).status).toBe(200);
    } finally {
      printed.mockRestore();
    }
  });

  describe('names like Object\'s own members', () => {
    it('are attribute, dimension, enrichment and dependency names like any other, metered and enriched by name', async () => {
      const schema = await send('schema', 'POST', '/event_schema', {
        name: 'protos',
        attributes: NAMES.map((name) => ({ name })),
        dimensions: NAMES.map((name) => ({ name })),
        enrichments: {
          dependencies: NAMES.map((name) => ({ type: 'SETTING', key: `setting.ns.${name}`, name })),
          fields: NAMES.map((name, i) => ({ name: `from ${name}`, type: 'DIMENSION', enrichmentType: 'JSON_LOGIC', value: JSON.stringify({ var: `dependencies.${name}` }), order: i + 1 })),
        },
      });
      expect(schema.status, JSON.stringify(schema.body)).toBe(201);
      expect((await send('activate', 'POST', '/event_schema/protos/activate')).status).toBe(200);
      for (const name of NAMES) {
        const setting = await send('setting', 'POST', '/settings', { entityType: 'ACCOUNT', entityId: 'hostile-main', id: name, namespace: 'ns', name, dataType: 'STRING', value: `setting ${name}` });
        expect(setting.status, JSON.stringify(setting.body)).toBe(201);
      }
      const sums = new Map<string, string>();
      const filtered = new Map<string, string>();
      for (const [i, name] of NAMES.entries()) {
        const sum = await meter({ name: `sum ${i}`, aggregation: 'SUM', eventSchemaName: 'protos', computations: [{ order: 1, computation: JSON.stringify({ var: `attribute.${name}` }) }] });
        expect(sum.status, JSON.stringify(sum.body)).toBe(201);
        sums.set(name, sum.body.id);
        const count = await meter({ name: `count ${i}`, aggregation: 'COUNT', eventSchemaName: 'protos', filters: [{ field: `dimension.${name}`, value: 'yes' }] });
        expect(count.status, JSON.stringify(count.body)).toBe(201);
        filtered.set(name, count.body.id);
      }
      // a dimension the event does not give reads as null, not as Object's member of that name
      const absent = await meter({ name: 'no toString', aggregation: 'COUNT', eventSchemaName: 'protos', computations: [{ order: 1, matcher: '{"!": {"var": "dimension.toString"}}', computation: '1' }] });
      expect(absent.status, JSON.stringify(absent.body)).toBe(201);

      // the kit refuses `__proto__` as a key of any body (simulators/kit/limits.ts), so no event gives that dimension
      const keys = NAMES.filter((n) => n !== '__proto__');
      const refused = await send('ingest __proto__', 'POST', '/ingest', { event: event('protos', {}, withKeys(['__proto__'], () => 'yes')) });
      expect(refused).toEqual({ status: 400, body: { message: expect.stringContaining("'event.dimensions.__proto__'") } });
      const full = event('protos', Object.fromEntries(NAMES.map((n, i) => [n, 10 ** i])), withKeys(keys, () => 'yes'));
      const partial = event('protos', { valueOf: 7 }, withKeys(['valueOf'], () => 'yes'));
      expect(await send('ingest', 'POST', '/ingestBatch', { events: [full, partial] })).toEqual({ status: 202, body: { success: true } });
      const metered = usage('hostile-main');
      NAMES.forEach((name, i) => expect(metered[sums.get(name)!], `sum of attribute ${name}`).toBe(10 ** i + (name === 'valueOf' ? 7 : 0)));
      const counts = new Map([['__proto__', 0], ['valueOf', 2]]);
      NAMES.forEach((name) => expect(metered[filtered.get(name)!] ?? 0, `count of dimension ${name}`).toBe(counts.get(name) ?? 1));
      expect(metered[absent.body.id]).toBe(1);

      const read = await send('read', 'GET', `/events/${full.id}`);
      expect(read.status).toBe(200);
      const [stored] = read.body.events;
      expect(stored.eventPayload.dimensions).toEqual(withKeys(keys, () => 'yes'));
      expect(stored.eventPipelineInfo.enrichments.dimensions).toEqual(NAMES.map((name) => ({ name: `from ${name}`, type: 'JSON_LOGIC', value: `setting ${name}` })));
    });

    it('answer 2xx or 4xx through every other input that names a key, and pollute nothing', async () => {
      const keys = NAMES.filter((n) => n !== '__proto__');
      const account = (name: string) => `acc-${NAMES.indexOf(name)}`;
      for (const name of NAMES) {
        const label = (what: string) => `${what} ${name}`;
        await send(label('schema name'), 'POST', '/event_schema', { name, attributes: [{ name }], dimensions: [] });
        await send(label('schema read'), 'GET', `/event_schema/${encodeURIComponent(name)}`);
        await send(label('customer id'), 'POST', '/customers', { id: name, name, primaryEmail: 'x@example.com', address: { line1: '1 Main St' }, account: { id: account(name), name } });
        await send(label('customer read'), 'GET', `/customers/${encodeURIComponent(name)}`);
        await send(label('account id'), 'GET', `/accounts/${encodeURIComponent(name)}`);
        await send(label('account metadata'), 'PATCH', `/accounts/${account(name)}`, { metadata: withKeys([name], () => 'meta') });
        await send(label('alias'), 'POST', `/accounts/${account(name)}/add_aliases`, { aliases: [`${name}`] });
        await send(label('alias read'), 'GET', `/aliases/${encodeURIComponent(name)}`);
        await send(label('setting entity type'), 'POST', '/settings', { entityType: name, entityId: 'x', id: 'a', namespace: 'b', name: 'c', dataType: 'STRING', value: 'v' });
        await send(label('setting entity id'), 'POST', '/settings', { entityType: 'ACCOUNT', entityId: name, id: 'a', namespace: 'b', name: 'c', dataType: 'STRING', value: 'v' });
        await send(label('setting namespace'), 'POST', '/settings', { entityType: 'ORGANIZATION', entityId: 'org', id: name, namespace: name, name, dataType: 'JSON', value: JSON.stringify(withKeys(NAMES, () => 1)) });
        await send(label('setting read'), 'GET', `/settings/${encodeURIComponent(`setting.${name}.${name}.ORGANIZATION.org`)}`);
        await send(label('setting type filter'), 'GET', `/settings?entity_type=${encodeURIComponent(name)}`);
        await send(label('setting filters'), 'GET', `/settings?entity_type=ORGANIZATION&entity_id=org&setting_id=${encodeURIComponent(name)}&namespace=${encodeURIComponent(name)}`);
        await send(label('meter name'), 'POST', '/usage_meters', { name, type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'calls' });
        await send(label('meter filter'), 'POST', '/usage_meters', { name: `f ${NAMES.indexOf(name)}`, type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'calls', filters: [{ field: name, value: '1' }] });
        await send(label('meter rule path'), 'POST', '/usage_meters', { name: `r ${NAMES.indexOf(name)}`, type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher: JSON.stringify({ var: `dimension.${name}` }), computation: '1' }] });
        await send(label('meter rule operator'), 'POST', '/usage_meters', { name: `o ${NAMES.indexOf(name)}`, type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'calls', computations: [{ order: 1, matcher: JSON.stringify({ [name]: [] }), computation: '1' }] });
        await send(label('event schema of event'), 'POST', '/ingest', { event: { ...event(name, {}, {}), schemaName: name } });
        await send(label('event account'), 'POST', '/ingest', { event: { ...event('calls', {}, {}), accountId: name } });
        await send(label('event attribute'), 'POST', '/ingest', { event: event('calls', withKeys([name], () => 1), {}) });
        await send(label('event dimension'), 'POST', '/ingest', { event: event('calls', {}, withKeys([name], () => 'x')) });
        await send(label('event read'), 'GET', `/events/${encodeURIComponent(name)}`);
        await send(label('plan name'), 'POST', '/v2/price_plans', { name, type: 'BILLING', supportedCurrencies: [name], pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 } });
        const plan = await send(label('plan'), 'POST', '/v2/price_plans', { name: `plan ${NAMES.indexOf(name)}`, type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 } });
        if (plan.status < 300) {
          const cards = [createUsageCard({ displayName: name, usageMeterId: countedId, slabs: [[0, 1]] }), createUsageCard({ displayName: `${name} in ${name}`, usageMeterId: countedId, slabs: [[0, 1]] }, name)];
          await send(label('rate card name'), 'POST', `/v2/price_plans/${plan.body.id}/rate_cards`, { operations: cards });
          await send(label('finalize'), 'POST', `/v2/price_plans/${plan.body.id}/finalize`, {});
          await send(label('plan body key'), 'PATCH', `/v2/price_plans/${plan.body.id}`, JSON.parse(`{"${name}": {"polluted": "yes"}, "description": "d"}`));
          await send(label('plan version'), 'GET', `/v2/price_plans/${plan.body.id}?version=${encodeURIComponent(name)}`);
        }
        await send(label('feature'), 'POST', '/features', { name, schemaAssociations: [{ schemaName: 'protos', attributeName: name }] });
        await send(label('entitlement'), 'GET', `/accounts/hostile-main/entitlements/${encodeURIComponent(name)}`);
        await send(label('entitled'), 'POST', '/entitled', { event: event('protos', Object.fromEntries([[name, 1]]), {}) });
        await send(label('query key'), 'GET', `/usage_meters?${name}[polluted]=yes&${name}=1&constructor[prototype][polluted]=yes`);
        await send(label('query flag'), 'GET', `/usage_meters?status=${encodeURIComponent(name)}&aggregations=${encodeURIComponent(name)}`);
        await send(label('invoice filter'), 'GET', `/invoices?owner_id=${encodeURIComponent(name)}&customer_id=${encodeURIComponent(name)}`);
      }
      const errors = seen.filter((s) => s.status >= 500);
      expect(errors).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).toEqual({});

      // stored as given, and read back
      const metadata = await send('metadata', 'PATCH', `/accounts/${account('constructor')}`, { metadata: withKeys(keys, (n) => `meta ${n}`) });
      expect(metadata.status, JSON.stringify(metadata.body)).toBe(200);
      expect((await send('read metadata', 'GET', `/accounts/${account('constructor')}`)).body.metadata).toEqual(withKeys(keys, (n) => `meta ${n}`));
      expect(Object.getPrototypeOf(metadata.body.metadata)).toBe(Object.prototype);
      const setting = await send('read setting', 'GET', `/settings/${encodeURIComponent('setting.__proto__.__proto__.ORGANIZATION.org')}`);
      expect(setting.status, JSON.stringify(setting.body)).toBe(200);
    });

    it('leave the server answering as before', async () => {
      expect((await togai('GET', '/event_schema')).status).toBe(200);
      expect((await togai('GET', '/usage_meters')).status).toBe(200);
      const taken = await togai('POST', '/ingest', { event: event('calls', { duration: 5 }, { mode: 'light' }) });
      expect(taken).toEqual({ status: 202, body: { success: true } });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
