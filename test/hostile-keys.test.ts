/**
 * Names taken from input that match Object.prototype's own keys, through every Zuora and
 * Chargebee input that names a key (custom fields, query filters, sort and field lists, form
 * keys, meta_data, ids, currency codes, callout headers and merge fields, CSV headings,
 * idempotency keys, HTTP header names): each is an ordinary name, stored or refused with the
 * vendor's 4xx, never a 5xx and never a change to any prototype. Then the idempotency cache's
 * bounds: a thousand keyed 200 KB failures stay small, an evicted key is new, a replay replays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyCache, MAX_IDEMPOTENCY_BYTES, MAX_IDEMPOTENCY_KEYS, type IdempotencyPolicy } from '../simulators/kit/idempotency.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import type { SimRequest } from '../simulators/kit/types.js';
import { basic, seedCatalog, servedChargebee } from './support/chargebee.js';
import { accountBody, scriptedSender, zuoraClient, zuoraSandbox, type Observed } from './support/zuora.js';

/** Object.prototype's own names, the accessor that reaches it, and a name only found on Function. */
const NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
}

/** Every answer a client saw below 500, named when one was not. */
function expectNo5xx(seen: Observed[]): void {
  expect(seen.filter((s) => s.status >= 500 || s.status === 0).map((s) => `${s.method} ${s.path} -> ${s.status} ${JSON.stringify(s.body)}`)).toEqual([]);
  expect(seen.length).toBeGreaterThan(0);
}

describe('Zuora: prototype-like names as keys', () => {
  const { sender, sent } = scriptedSender();
  const { sandbox, sim } = zuoraSandbox({ seed: 31, sender });
  const seen: Observed[] = [];
  let http: HttpServer;
  let zuora: ReturnType<typeof zuoraClient>;
  let accountNumber: string;
  beforeAll(async () => {
    http = await serveHttp(sim, { host: '127.0.0.1', port: 0 });
    zuora = zuoraClient(http.url, seen);
  });
  afterAll(async () => {
    await http.close();
    expectNoPollution();
  });

  it('stores custom fields named like prototype keys and reads the account back', async () => {
    const custom = Object.fromEntries(NAMES.map((n) => [`${n}__c`, `value of ${n}`]));
    const created = await zuora('POST', '/v1/accounts', accountBody(custom));
    expect(created.status).toBe(200);
    accountNumber = created.body.accountNumber;
    const got = await zuora('GET', `/v1/accounts/${accountNumber}`);
    expect(got.status).toBe(200);
    expect(got.body.basicInfo).toMatchObject(custom);
    expect((await zuora('GET', `/object-query/accounts/${accountNumber}`)).body).toMatchObject(custom);
    expectNoPollution();
  });

  it('refuses a body key that is `__proto__` itself with a 400 naming it, at any depth', async () => {
    // JSON text, so `__proto__` arrives as an own key exactly as a client would send it
    for (const text of [
      JSON.stringify(accountBody()).replace(/^\{/, '{"__proto__": {"polluted": 1}, '),
      JSON.stringify(accountBody()).replace('"billToContact":{', '"billToContact":{"__proto__": {"polluted": 1}, '),
    ]) {
      const res = await zuora('POST', '/v1/accounts', text);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('__proto__');
    }
    const constructor = await zuora('POST', '/v1/accounts', JSON.stringify(accountBody()).replace(/^\{/, '{"constructor": {"prototype": {"polluted": 1}}, '));
    expect(constructor.status).toBeLessThan(500);
    expectNoPollution();
  });

  it('finds no account, invoice, subscription or product by a key named like a prototype key', async () => {
    for (const name of NAMES) {
      for (const path of [`/v1/accounts/${name}`, `/v1/accounts/${name}/summary`, `/object-query/accounts/${name}`, `/v1/invoices/${name}`, `/v1/subscriptions/${name}`, `/v1/object/product/${name}`]) {
        const res = await zuora('GET', path);
        // the v1 operations answer 200 with success false, as Zuora does; the others 404
        expect(res.status === 404 || (res.status === 200 && res.body.success === false), `${path}: ${res.status} ${JSON.stringify(res.body)}`).toBe(true);
      }
    }
  });

  it('treats filter[], sort[], fields[] and unknown query parameters named like prototype keys as any other name', async () => {
    for (const name of NAMES) {
      const q = (s: string) => encodeURIComponent(s);
      expect((await zuora('GET', `/object-query/accounts?filter[]=${q(`${name}.EQ:x`)}`)).status).toBe(400);
      const custom = await zuora('GET', `/object-query/accounts?filter[]=${q(`${name}__c.EQ:value of ${name}`)}`);
      expect(custom.status, JSON.stringify(custom.body)).toBe(200);
      expect(custom.body.data.map((a: { accountNumber: string }) => a.accountNumber)).toEqual([accountNumber]);
      expect((await zuora('GET', `/object-query/accounts?sort[]=${q(`${name}__c.ASC`)}`)).status).toBe(200);
      expect((await zuora('GET', `/object-query/accounts?sort[]=${q(`${name}.ASC`)}`)).status).toBe(400);
      const narrowed = await zuora('GET', `/object-query/accounts?fields[]=${q(`${name},id`)}`);
      expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200);
      expect(Object.keys(narrowed.body.data[0])).toEqual(['id']);
      const unknown = await zuora('GET', `/object-query/accounts?${q(name)}=1`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.reasons[0].message).toContain(`'${name}'`);
      expect((await zuora('GET', `/v1/object/product/2c92c0f8${'0'.repeat(24)}?fields=${q(name)}`)).status).toBe(404);
      const cursor = Buffer.from(JSON.stringify([{ value: 1, orderBy: { field: name, order: 'DESC' } }, { value: 'x', orderBy: { field: 'Id', order: 'DESC' } }])).toString('base64');
      expect((await zuora('GET', `/object-query/accounts?pageSize=1&cursor=${q(cursor)}`)).status).toBe(400);
    }
    expectNoPollution();
  });

  it('stores CRUD custom fields named like prototype keys and narrows with fields= by them', async () => {
    const custom = Object.fromEntries(NAMES.map((n) => [`${n}__c`, n]));
    const product = await zuora('POST', '/v1/object/product', { Name: 'Hostile', EffectiveStartDate: '2026-01-01', EffectiveEndDate: '2030-01-01', ...custom });
    expect(product.body).toMatchObject({ Success: true });
    const got = await zuora('GET', `/v1/object/product/${product.body.Id}?fields=${encodeURIComponent(`constructor__c,__proto____c,Name`)}`);
    expect(got.body).toEqual({ Name: 'Hostile', constructor__c: 'constructor', __proto____c: '__proto__' });
  });

  it('sends callout headers and merge fields named like prototype keys as plain text, or refuses them', async () => {
    const template = await zuora('POST', '/notifications/callout-templates', {
      name: 'Hostile names',
      eventTypeName: 'AccountCreated',
      calloutBaseurl: 'https://connector.example.com/hostile',
      httpMethod: 'POST',
      useCustomRequestBody: true,
      customRequestBody: '{"a": "{{Account.constructor}}", "b": "{{Account.__proto__}}", "c": "<constructor.name>", "d": "{{__proto__.toString}}", "e": "{{Account.BillTo.valueOf}}"}',
      calloutHeaders: { constructor: '{{Account.hasOwnProperty}}', toString: 'y', valueOf: '{{Request.Headers.constructor}}' },
    });
    expect(template.status, JSON.stringify(template.body)).toBe(200);
    const definition = await zuora('POST', '/notifications/notification-definitions', { name: 'Hostile', eventTypeName: 'AccountCreated', calloutActive: true, calloutTemplateIds: [template.body.id] });
    expect(definition.status, JSON.stringify(definition.body)).toBe(200);
    sent.length = 0;
    expect((await zuora('POST', '/v1/accounts', accountBody({ name: 'Called out' }))).status).toBe(200);
    await sandbox.settle();
    const hostile = sent.find((s) => s.url === 'https://connector.example.com/hostile');
    expect(hostile, JSON.stringify(sent.map((s) => s.url))).toBeDefined();
    // a field the object lacks renders empty; text naming no object is left alone
    expect(JSON.parse(hostile!.body)).toEqual({ a: '', b: '', c: '<constructor.name>', d: '{{__proto__.toString}}', e: '' });
    expect(hostile!.headers).toMatchObject({ constructor: '', tostring: 'y', valueof: '{{Request.Headers.constructor}}' });
    expectNoPollution();
  });

  it('answers resend requests for IDs named like prototype keys per ID, in the body', async () => {
    const res = await zuora('POST', '/notifications/callout-histories/resend', ['__proto__', 'constructor', 'toString']);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(res.body.constructor).toEqual({ code: 'ObjectNotFound', message: 'Callout history does not exist.' });
    expectNoPollution();
  });

  it('reads usage files with headings named like prototype keys as extra columns', async () => {
    const token = await zuora.token();
    const form = new FormData();
    const csv = `ACCOUNT_ID,UOM,QTY,STARTDATE,ENDDATE,PRODUCT_RATE_PLAN_CHARGE_ID,SUBSCRIPTION_ID,CHARGE_ID,__PROTO__,CONSTRUCTOR,__proto__\n${accountNumber},Each,3,01/15/2026,,,,,x,y,z\n`;
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'hostile.csv');
    const res = await fetch(`${http.url}/v1/usage`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    seen.push({ method: 'POST', path: '/v1/usage', status: res.status, body: await res.json() });
    expect(res.status).toBe(200);
    expectNoPollution();
  });

  it('keeps idempotency keys and header names named like prototype keys apart from everything else', async () => {
    for (const name of NAMES) {
      const first = await zuora('POST', '/v1/accounts', accountBody({ name: `Keyed ${name}` }), { 'idempotency-key': name });
      const again = await zuora('POST', '/v1/accounts', accountBody({ name: `Keyed ${name}` }), { 'idempotency-key': name });
      expect(again.body).toEqual(first.body);
      expect((await zuora('GET', '/v1/accounts/A00000001', undefined, { [name]: 'x', 'zuora-track-id': name, 'x-zuora-wsdl-version': name })).status).toBe(200);
    }
    expectNo5xx(seen);
    expectNoPollution();
  });
});

describe('Chargebee: prototype-like names as keys', async () => {
  const { sim, http, raw } = await servedChargebee();
  const seen: Observed[] = [];
  const call = async (method: string, path: string, form?: string, headers: Record<string, string> = {}) => {
    const res = await raw(method, path, form, { authorization: basic(), ...headers });
    seen.push({ method, path, status: res.status, body: res.body });
    return res;
  };
  const enc = encodeURIComponent;
  beforeAll(() => seedCatalog(sim));
  afterAll(async () => {
    await http.close();
    expectNoPollution();
  });

  it('refuses or stores form keys that name prototype keys, at any depth', async () => {
    const forms = [
      '__proto__[polluted]=1&id=p1',
      'constructor[prototype][polluted]=1&id=p2',
      'id=p3&billing_address[__proto__][polluted]=1',
      'id=p4&billing_address[constructor][prototype][polluted]=1',
      'id=p5&billing_address[toString]=x&billing_address[city]=Paris',
      'id=p6&__proto__=x&valueOf=1',
    ];
    for (const form of forms) {
      const res = await call('POST', '/customers', form);
      expect(res.status, `${form}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
    }
    expectNoPollution();
  });

  it('stores meta_data whose keys are prototype names and gives them back as sent', async () => {
    const meta = '{"constructor": {"prototype": {"polluted": 1}}, "toString": "t", "hasOwnProperty": 1, "valueOf": {"__defineGetter__": []}}';
    const created = await call('POST', '/customers', `id=meta-1&meta_data=${enc(meta)}`);
    expect(created.status).toBe(200);
    expect(created.body.customer.meta_data).toEqual(JSON.parse(meta));
    const got = await call('GET', '/customers/meta-1');
    expect(Object.keys(got.body.customer.meta_data)).toEqual(['constructor', 'toString', 'hasOwnProperty', 'valueOf']);
    expect((await call('GET', '/customers?limit=100')).status).toBe(200);
    // `__proto__` itself is a key no body may use, JSON text in a form field included
    const proto = await call('POST', '/customers', `id=meta-2&meta_data=${enc('{"__proto__": {"polluted": 1}}')}`);
    expect(proto.status).toBe(400);
    expect(proto.body.message).toContain('__proto__');
    expectNoPollution();
  });

  it('takes ids named like prototype keys as ordinary ids', async () => {
    for (const name of NAMES) {
      expect((await call('GET', `/customers/${enc(name)}`)).status).toBe(404);
      expect((await call('POST', '/customers', `id=${enc(name)}&first_name=${enc(name)}`)).status).toBe(200);
      expect((await call('GET', `/customers/${enc(name)}`)).body.customer).toMatchObject({ id: name, first_name: name });
      expect((await call('POST', '/customers', `id=${enc(name)}`)).status).toBe(400);
      expect((await call('GET', `/item_prices/${enc(name)}`)).status).toBe(404);
    }
  });

  it('answers filters, sort_by and unknown list parameters named like prototype keys without a 5xx', async () => {
    for (const name of NAMES) {
      for (const query of [`${name}[is]=x`, `email[is]=${name}`, `id[is]=${name}`, `id[in]=${enc(JSON.stringify([name]))}`, `sort_by[asc]=${name}`, `sort_by[desc]=${name}`, `${name}=1`, `include_deleted=${name}`]) {
        const res = await call('GET', `/customers?${query}`);
        expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
      }
      const byId = await call('GET', `/customers?id[is]=${enc(name)}`);
      expect(byId.body.list.map((e: { customer: { id: string } }) => e.customer.id)).toEqual([name]);
    }
    expectNoPollution();
  });

  it('takes item family, item and item price ids and currency codes named like prototype keys as any other', async () => {
    expect((await call('POST', '/item_families', `id=${enc('__proto__')}&name=Proto`)).status).toBe(200);
    expect((await call('POST', '/items', `id=constructor&name=Ctor&type=plan&item_family_id=${enc('__proto__')}`)).status).toBe(200);
    for (const currency of ['constructor', 'toString', '__proto__']) {
      const res = await call('POST', '/item_prices', `id=price-${enc(currency)}&name=${enc(currency)}&item_id=constructor&price=100&period=1&period_unit=month&currency_code=${enc(currency)}`);
      expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    }
    expect((await call('POST', '/item_prices', 'id=valueOf&name=valueOf&item_id=constructor&price=100&period=1&period_unit=month')).status).toBe(200);
    await call('POST', '/customers', 'id=payer-1');
    for (const priceId of ['valueOf', 'hasOwnProperty', '__proto__', 'toString']) {
      const res = await call('POST', '/customers/payer-1/subscription_for_items', `subscription_items[item_price_id][0]=${enc(priceId)}&subscription_items[quantity][0]=1`);
      expect(res.status, JSON.stringify(res.body)).toBe(priceId === 'valueOf' ? 200 : 404);
    }
    const odd = await call('POST', '/customers/payer-1/subscription_for_items', 'subscription_items[item_price_id][0]=valueOf&subscription_items[__proto__][0][polluted]=1&subscription_items[constructor][0]=x');
    expect(odd.status).toBeLessThan(500);
    expectNoPollution();
  });

  it('keeps idempotency keys named like prototype keys, and refuses a key over 100 characters', async () => {
    for (const name of NAMES) {
      const key = { 'chargebee-idempotency-key': name };
      const first = await call('POST', '/customers', `id=keyed-${enc(name)}`, key);
      const again = await call('POST', '/customers', `id=keyed-${enc(name)}`, key);
      expect(again.headers.get('chargebee-idempotency-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
    }
    const long = await call('POST', '/customers', 'id=long-key', { 'chargebee-idempotency-key': 'k'.repeat(101) });
    expect(long).toMatchObject({ status: 400, body: { api_error_code: 'invalid_request', message: expect.stringContaining('up to 100 characters') } });
    expect((await call('POST', '/customers', 'id=long-key', { 'chargebee-idempotency-key': 'k'.repeat(100) })).status).toBe(200);
    expectNo5xx(seen);
  });
});

describe('idempotency cache bounds', () => {
  const policy: IdempotencyPolicy = {
    header: 'idempotency-key',
    methods: ['POST'],
    ttlMs: 60_000,
    keepFailures: true,
    maxKeyLength: 255,
    mismatch: () => ({ status: 422 }),
    inProgress: () => ({ status: 409 }),
  };
  const request = (key: string, body = '{}'): SimRequest => ({ method: 'POST', path: '/things', params: {}, query: {}, headers: { 'idempotency-key': key }, rawBody: body });
  const answer = (status: number, body = '{"ok":true}') => ({ status, headers: { 'content-type': 'application/json' }, body });

  it('keeps a thousand keyed 200 KB Zuora failures in a few hundred bytes each, and replays them', async () => {
    const { sim } = zuoraSandbox({ seed: 32 });
    const name = 'x'.repeat(200_000);
    const body = accountBody({ name });
    for (let i = 0; i < 1_000; i++) {
      const res = await sim.call('createAccount', { body, headers: { 'idempotency-key': `big-${i}` } }, { validate: i === 0 });
      if (i === 0) expect(res.status).toBe(400);
    }
    const usage = sim.idempotencyUsage!;
    expect(usage.keys).toBe(1_000);
    // the request bodies alone were 200 MB; a fingerprint and a short error answer remain of each
    expect(usage.bytes).toBeLessThan(1_000 * 1_024);
    const replay = await sim.call('createAccount', { body, headers: { 'idempotency-key': 'big-7' } });
    expect(replay.status).toBe(400);
    const other = await sim.call('createAccount', { body: accountBody(), headers: { 'idempotency-key': 'big-7' } });
    expect(other.status).toBe(422);
    // a key over Zuora's 255 characters is refused by the contract and never remembered
    const long = await sim.call('createAccount', { body: accountBody(), headers: { 'idempotency-key': 'k'.repeat(256) } });
    expect(long.status).toBe(400);
    expect(sim.idempotencyUsage!.keys).toBe(1_000);
  });

  it('forgets the oldest key beyond the count bound, which then acts as a new key, and replays the rest', () => {
    const cache = new IdempotencyCache(policy);
    for (let i = 0; i <= MAX_IDEMPOTENCY_KEYS; i++) {
      const check = cache.check(request(`k-${i}`), 0);
      if (check.kind !== 'first') throw new Error(`k-${i} was not new`);
      check.save(answer(400, `{"n":${i}}`));
    }
    expect(cache.usage().keys).toBe(MAX_IDEMPOTENCY_KEYS);
    expect(cache.check(request('k-1'), 0)).toMatchObject({ kind: 'answer', response: { status: 400, body: '{"n":1}' } });
    expect(cache.check(request('k-0', '{"other":1}'), 0).kind).toBe('first');
  });

  it('forgets the oldest answers beyond the byte bound, and keeps no answer over the per-answer bound', () => {
    const cache = new IdempotencyCache(policy);
    const large = `"${'y'.repeat(512 * 1024)}"`;
    const fits = Math.floor(MAX_IDEMPOTENCY_BYTES / large.length);
    for (let i = 0; i < fits + 2; i++) {
      const check = cache.check(request(`b-${i}`), 0);
      if (check.kind === 'first') check.save(answer(200, large));
    }
    expect(cache.usage().bytes).toBeLessThanOrEqual(MAX_IDEMPOTENCY_BYTES);
    expect(cache.check(request('b-0'), 0).kind).toBe('first');
    expect(cache.check(request(`b-${fits + 1}`), 0)).toMatchObject({ kind: 'answer', response: { status: 200 } });

    const huge = cache.check(request('huge'), 0);
    if (huge.kind !== 'first') throw new Error('huge was not new');
    huge.save(answer(200, `"${'z'.repeat(2 * 1024 * 1024)}"`));
    expect(cache.check(request('huge'), 0).kind).toBe('first');
  });

  it('drops expired keys as time passes, so the cache empties without new keys arriving', () => {
    const cache = new IdempotencyCache(policy);
    for (let i = 0; i < 10; i++) {
      const check = cache.check(request(`t-${i}`), i * 10_000);
      if (check.kind === 'first') check.save(answer(201));
    }
    // keys t-0 to t-4 expire by 100 s (60 s after they were set); t-5 to t-9 are still kept
    expect(cache.check(request('t-9'), 100_000).kind).toBe('answer');
    expect(cache.usage().keys).toBe(5);
    expect(cache.check(request('t-0'), 100_000).kind).toBe('first');
  });
});
