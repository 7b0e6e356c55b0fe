/**
 * Requirement (issue 13, items 1 and 7): hostile request bodies, sent to the three simulators over
 * real HTTP on 127.0.0.1 (and the in-process transport where it differs), never poison a read or
 * get a 5xx; what a body may hold:
 * - nesting: 10,000 levels (JSON, Chargebee's bracket keys, JSON text in meta_data) are refused
 *   400 naming the field; a free-form value at the deepest allowed level is stored and read back
 *   by the get and list operations, one level more is refused and reads keep working;
 * - sizes: bodies over BODY_LIMIT get the vendor's 413 (Togai's 422), strings and keys over
 *   their limits and numbers JSON overflows get 400 naming the field; values at the limits pass;
 * - unicode: lone surrogates, NUL, RTL overrides, emoji are stored and read back exactly or
 *   refused 400; bytes that are not UTF-8 are refused 400 on both transports;
 * - prototype keys: `__proto__` is refused by name, `constructor` and `hasOwnProperty` as keys
 *   of free-form fields are stored and read back, and Object.prototype is never touched.
 * After each group every server still answers a normal authenticated request correctly.
 * How a request arrives (framing, slow bodies, idle connections) is in hostile-framing.test.ts.
 */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { encodeForm } from '../simulators/chargebee/form-encoder.js';
import { InProcessDispatcher } from '../simulators/kit/in-process-dispatcher.js';
import { BODY_LIMIT, MAX_BODY_DEPTH, MAX_KEY_LENGTH, MAX_STRING_LENGTH } from '../simulators/kit/limits.js';
import { mswHandlers } from '../simulators/kit/msw-transport.js';
import { ok } from './support/billing-fixtures.js';
import {
  chargebee,
  expectAllHealthy,
  expectRefused,
  serveHostileSandboxes,
  togai,
  togaiSim,
  vendor,
  vendors,
  zuora,
  type Answer,
  type Vendor,
} from './support/hostile-servers.js';
import { TOGAI, TOKEN } from './support/togai.js';
import { accountBody } from './support/zuora.js';

const DEEP = 10_000;

serveHostileSandboxes();

/** The JSON text of `levels` nested objects around `leaf`. */
const deepText = (levels: number, leaf = '1') => '{"a":'.repeat(levels) + leaf + '}'.repeat(levels);

/** A value exactly `levels` levels of objects and arrays deep, alternating, ending in a string. */
function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = levels; i >= 1; i--) value = i % 2 ? { [`level${i}`]: value, sibling: i } : [i, value];
  return value;
}

/** Levels of objects and arrays in a value (the tests' own count, to check the bodies they build). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

/** A Togai payment whose external reference carries `metadata` (Togai's one free-form field a read returns as stored). */
let dueInvoice = '';
let payments = 0;
async function payWith(metadata: unknown): Promise<Answer> {
  if (!dueInvoice) {
    await ok(togai('POST', '/customers', { id: 'payer', name: 'Payer', primaryEmail: 'p@example.com', address: { line1: '1 Main St' } }));
    const invoice = { accountId: 'payer', startDate: '2026-01-01T00:00:00Z', endDate: '2026-01-31T00:00:00Z', status: 'DUE', lineItems: [{ value: 1000 }] };
    dueInvoice = (await ok(togai('POST', '/invoices', invoice))).id;
  }
  const reference = { sourceName: 'bank', sourceType: 'WIRE', transactionNumber: `t-${++payments}`, metadata };
  return togai('POST', '/payments', { accountId: 'payer', externalPaymentReference: reference, lineItemRecords: [{ type: 'INVOICE', order: 1, togaiId: dueInvoice, amount: 1 }], currency: 'USD', totalAmount: 1 });
}

describe('nesting', () => {
  const tooDeep = /nested more than 32 levels deep/;

  it(`refuses ${DEEP.toLocaleString('en')} levels of JSON in a free-form field with 400 naming the field, on every server`, async () => {
    const account = JSON.stringify(accountBody()).slice(0, -1) + `,"Deep__c":${deepText(DEEP)}}`;
    expectRefused(vendor('zuora'), await zuora('POST', '/v1/accounts', account), '/v1/accounts', `Deep__c${'.a'.repeat(MAX_BODY_DEPTH - 1)}'`, tooDeep);
    const deepMeta = await chargebee('POST', '/customers', encodeForm({ id: 'deep-meta', meta_data: deepText(DEEP) }));
    expectRefused(vendor('chargebee'), deepMeta, '/customers', 'meta_data', tooDeep);
    expect(deepMeta.body.param).toBe('meta_data');
    const payment = `{"accountId":"payer","currency":"USD","totalAmount":1,"lineItemRecords":[],"externalPaymentReference":{"sourceName":"s","sourceType":"t","transactionNumber":"deep","metadata":${deepText(DEEP)}}}`;
    expectRefused(vendor('togai'), await togai('POST', '/payments', payment), '/payments', 'externalPaymentReference.metadata.a', tooDeep);
  });

  it(`refuses ${DEEP.toLocaleString('en')} levels of Chargebee bracket keys with 400 naming the key`, async () => {
    const res = await chargebee('POST', '/customers', `id=deep-form&first_name=A&meta${'[a]'.repeat(DEEP)}=1`);
    expectRefused(vendor('chargebee'), res, '/customers', 'meta[a][a]', /nested more than 32 levels deep/);
    expect(res.body.param).toMatch(/^meta(\[a\]){31}$/);
  });

  it('refuses the same on the in-process transport', async () => {
    const dispatcher = new InProcessDispatcher(mswHandlers(togaiSim.sim));
    const res = await request(`${TOGAI}/customers`, {
      method: 'POST',
      dispatcher,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: `{"id":"deep","name":"Deep","primaryEmail":"d@example.com","address":${deepText(DEEP)}}`,
    });
    const body = (await res.body.json()) as { message: string };
    expect(res.statusCode).toBe(400);
    expect(body.message).toMatch(/body field 'address(\.a){31}' is nested more than 32 levels deep/);
  });

  it(`stores a Zuora custom field ${MAX_BODY_DEPTH} levels deep and reads it back; one level more is refused`, async () => {
    const deepest = nested(MAX_BODY_DEPTH - 1);
    expect(depthOf(accountBody({ Deep__c: deepest }))).toBe(MAX_BODY_DEPTH);
    const created = await zuora('POST', '/v1/accounts', accountBody({ name: 'Deepest', Deep__c: deepest }));
    expect(created.body).toMatchObject({ success: true });
    const tooDeepValue = await zuora('POST', '/v1/accounts', accountBody({ name: 'Too deep', Deep__c: nested(MAX_BODY_DEPTH) }));
    expectRefused(vendor('zuora'), tooDeepValue, '/v1/accounts', 'Deep__c', tooDeep);
    const got = await zuora('GET', `/v1/accounts/${created.body.accountNumber}`);
    expect(got.status).toBe(200);
    expect(got.body.basicInfo.Deep__c).toEqual(deepest);
    const listed = await zuora('GET', '/object-query/accounts?pageSize=99');
    expect(listed.status).toBe(200);
    expect(listed.body.data.find((a: any) => a.accountNumber === created.body.accountNumber)).toMatchObject({ name: 'Deepest' });
    const queried = await zuora('GET', `/object-query/accounts/${created.body.accountNumber}`);
    expect(queried.status).toBe(200);
    expect((await zuora('GET', `/v1/accounts/${created.body.accountNumber}/summary`)).status).toBe(200);
  });

  it(`stores Chargebee meta_data ${MAX_BODY_DEPTH} levels deep and reads it back; one level more is refused`, async () => {
    const deepest = nested(MAX_BODY_DEPTH);
    expect((await chargebee('POST', '/customers', { id: 'deepest', first_name: 'Deepest', meta_data: JSON.stringify(deepest) })).status).toBe(200);
    const tooDeepValue = await chargebee('POST', '/customers', { id: 'too-deep', first_name: 'Too', meta_data: JSON.stringify(nested(MAX_BODY_DEPTH + 1)) });
    expectRefused(vendor('chargebee'), tooDeepValue, '/customers', 'meta_data', tooDeep);
    expect((await chargebee('GET', '/customers/deepest')).body.customer.meta_data).toEqual(deepest);
    const listed = await chargebee('GET', '/customers?limit=100');
    expect(listed.status).toBe(200);
    expect(listed.body.list.find((e: any) => e.customer.id === 'deepest').customer.meta_data).toEqual(deepest);
    expect((await chargebee('GET', '/customers/too-deep')).status).toBe(404);
  });

  it(`stores a Togai payment reference's metadata to ${MAX_BODY_DEPTH} levels and reads it back; one level more is refused`, async () => {
    // the body, the reference and its metadata are the first three levels
    const metadata = { deep: nested(MAX_BODY_DEPTH - 3) };
    const paid = await payWith(metadata);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expectRefused(vendor('togai'), await payWith({ deep: nested(MAX_BODY_DEPTH - 2) }), '/payments', 'externalPaymentReference.metadata.deep', tooDeep);
    expect((await togai('GET', `/payments/${paid.body.id}`)).body.externalPaymentReferences.metadata).toEqual(metadata);
    const listed = await togai('GET', '/payments');
    expect(listed.status).toBe(200);
    expect(listed.body.data.find((p: any) => p.id === paid.body.id).externalPaymentReferences.metadata).toEqual(metadata);
  });

  it('leaves every server answering', expectAllHealthy);
});

describe('sizes', () => {
  it('answers a body over BODY_LIMIT with the vendor 413 (Togai 422), and takes one of exactly BODY_LIMIT bytes', async () => {
    const padded = (value: object, bytes: number) => {
      const text = JSON.stringify(value);
      return text + ' '.repeat(bytes - Buffer.byteLength(text));
    };
    const over = [
      ['zuora', await zuora('POST', '/v1/accounts', padded(accountBody(), BODY_LIMIT + 1)), '/v1/accounts', 413],
      ['togai', await togai('POST', '/customers', padded({ id: 'big' }, BODY_LIMIT + 1)), '/customers', 422],
      ['chargebee', await chargebee('POST', '/customers', `id=big&first_name=${'x'.repeat(BODY_LIMIT)}`), '/customers', 413],
    ] as const;
    for (const [name, answer, path, status] of over) {
      expect(answer.status, name).toBe(status);
      expect(vendor(name).shape(answer, path), name).toEqual([]);
    }
    const atLimit = await zuora('POST', '/v1/accounts', padded(accountBody({ name: 'At the limit' }), BODY_LIMIT));
    expect(atLimit.body).toMatchObject({ success: true });
  });

  it(`refuses a string over ${MAX_STRING_LENGTH} characters with 400 naming the field, and stores one of exactly that`, async () => {
    const longest = 'é'.repeat(MAX_STRING_LENGTH);
    const over = `${longest}x`;
    const tooLong = new RegExp(`is ${MAX_STRING_LENGTH + 1} characters long; strings in a request body may be at most ${MAX_STRING_LENGTH}`);
    const stored = await zuora('POST', '/v1/accounts', accountBody({ Notes__c: longest }));
    expect(stored.body).toMatchObject({ success: true });
    expect((await zuora('GET', `/v1/accounts/${stored.body.accountNumber}`)).body.basicInfo.Notes__c).toBe(longest);
    expectRefused(vendor('zuora'), await zuora('POST', '/v1/accounts', accountBody({ Notes__c: over })), '/v1/accounts', 'Notes__c', tooLong);
    const cb = await chargebee('POST', '/customers', { id: 'long', first_name: over });
    expectRefused(vendor('chargebee'), cb, '/customers', 'first_name', tooLong);
    expect(cb.body.param).toBe('first_name');
    const account = { id: 'long', name: 'Long', primaryEmail: 'l@example.com', address: {}, account: { id: 'long', name: 'Long', metadata: { note: over } } };
    expectRefused(vendor('togai'), await togai('POST', '/customers', account), '/customers', 'account.metadata.note', tooLong);
  });

  it(`refuses a key over ${MAX_KEY_LENGTH} characters and a number JSON overflows, naming them`, async () => {
    const key = `${'k'.repeat(MAX_KEY_LENGTH)}__c`;
    expectRefused(vendor('zuora'), await zuora('POST', '/v1/accounts', accountBody({ [key]: 'v' })), '/v1/accounts', 'kkkk', new RegExp(`is a key ${MAX_KEY_LENGTH + 3} characters long`));
    const overflow = JSON.stringify(accountBody()).slice(0, -1) + ',"Amount__c":1e309}';
    expectRefused(vendor('zuora'), await zuora('POST', '/v1/accounts', overflow), '/v1/accounts', 'Amount__c', /too large to store/);
    const metadata = `{"id":"k","name":"K","primaryEmail":"k@example.com","address":{},"account":{"id":"k","name":"K","metadata":{"${'m'.repeat(MAX_KEY_LENGTH + 1)}":"v"}}}`;
    expectRefused(vendor('togai'), await togai('POST', '/customers', metadata), '/customers', 'account.metadata.mmm', /is a key/);
  });

  it('leaves every server answering', expectAllHealthy);
});

describe('unicode', () => {
  const NAMES = ['lone \ud800 high', 'lone \udfff low', 'nul \u0000 inside', 'rtl \u202egnp.exe', 'emoji 👩‍💻🎉', 'zero\u200bwidth', 'bom \ufeff'];
  // a byte sequence UTF-8 never produces (an encoded surrogate), inside an otherwise valid body
  const NOT_UTF8 = Buffer.from([0xed, 0xa0, 0x80]);

  /** Stored exactly, or refused in the vendor's 400; never anything else. */
  function storedOrRefused(v: Vendor, created: Answer, path: string, readBack: () => Promise<unknown>, name: string): Promise<void> | void {
    expect(created.status, `${v.name} ${JSON.stringify(name)}: ${JSON.stringify(created.body)}`).toBeLessThan(500);
    if (created.status >= 400) {
      expect(created.status).toBe(400);
      expect(v.shape(created, path)).toEqual([]);
      return;
    }
    return readBack().then((got) => expect(got, `${v.name} ${JSON.stringify(name)}`).toBe(name));
  }

  it('stores names with lone surrogates, NUL, RTL overrides and emoji exactly, or refuses them 400', async () => {
    for (const [i, name] of NAMES.entries()) {
      const z = await zuora('POST', '/v1/accounts', accountBody({ name, Label__c: name }));
      await storedOrRefused(vendor('zuora'), z, '/v1/accounts', async () => (await zuora('GET', `/v1/accounts/${z.body.accountNumber}`)).body.basicInfo.name, name);
      const t = await togai('POST', '/customers', { id: `u${i}`, name, primaryEmail: 'u@example.com', address: {} });
      await storedOrRefused(vendor('togai'), t, '/customers', async () => (await togai('GET', `/customers/u${i}`)).body.name, name);
      // a form cannot carry a lone surrogate (it has no UTF-8 encoding); meta_data's JSON escapes it
      const wellFormed = Buffer.from(name).toString() === name;
      const c = await chargebee('POST', '/customers', { id: `u${i}`, first_name: wellFormed ? name : 'escaped', meta_data: JSON.stringify({ name }) });
      await storedOrRefused(vendor('chargebee'), c, '/customers', async () => (await chargebee('GET', `/customers/u${i}`)).body.customer.meta_data.name, name);
      if (wellFormed && c.status === 200) expect((await chargebee('GET', `/customers/u${i}`)).body.customer.first_name).toBe(name);
    }
  });

  it('refuses bytes that are not UTF-8 with 400 on every server, and on the in-process transport', async () => {
    const bodies: Record<string, [string, Buffer, string]> = {
      zuora: ['/v1/accounts', Buffer.concat([Buffer.from('{"name":"'), NOT_UTF8, Buffer.from('","currency":"USD"}')]), 'application/json'],
      chargebee: ['/api/v2/customers', Buffer.concat([Buffer.from('id=bytes&first_name='), NOT_UTF8]), 'application/x-www-form-urlencoded'],
      togai: ['/customers', Buffer.concat([Buffer.from('{"id":"bytes","name":"'), NOT_UTF8, Buffer.from('"}')]), 'application/json'],
    };
    for (const v of vendors) {
      const [path, body, type] = bodies[v.name]!;
      const res = await fetch(v.http.url + path, { method: 'POST', headers: { ...(await v.auth()), 'content-type': type }, body: new Uint8Array(body) });
      const answer = { status: res.status, body: await res.json() };
      expect(answer.status, v.name).toBe(400);
      expect(v.shape(answer, path), v.name).toEqual([]);
      expect(JSON.stringify(answer.body), v.name).toContain('not valid UTF-8');
    }
    const dispatcher = new InProcessDispatcher(mswHandlers(togaiSim.sim));
    const res = await request(`${TOGAI}/customers`, { method: 'POST', dispatcher, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: bodies.togai![1] });
    expect(res.statusCode).toBe(400);
    expect(((await res.body.json()) as { message: string }).message).toContain('not valid UTF-8');
  });

  it('leaves every server answering', expectAllHealthy);
});

describe('prototype keys', () => {
  const OWN_NAMES = { constructor: { prototype: { polluted: 'yes' } }, hasOwnProperty: 'x', toString: 'y', valueOf: 'z', isPrototypeOf: 'w' };

  it('refuses a key named __proto__ anywhere in a body, by name', async () => {
    const proto = /is a key that cannot be stored/;
    const zuoraBody = JSON.stringify(accountBody()).slice(0, -1) + ',"__proto__":{"polluted":"yes"}}';
    expectRefused(vendor('zuora'), await zuora('POST', '/v1/accounts', zuoraBody), '/v1/accounts', '__proto__', proto);
    const nestedBody = JSON.stringify(accountBody()).slice(0, -1) + ',"Deep__c":{"x":{"__proto__":{"polluted":"yes"}}}}';
    expectRefused(vendor('zuora'), await zuora('POST', '/v1/accounts', nestedBody), '/v1/accounts', 'Deep__c.x.__proto__', proto);
    const form = await chargebee('POST', '/customers', 'id=proto&__proto__[polluted]=yes');
    expectRefused(vendor('chargebee'), form, '/customers', '__proto__', proto);
    const meta = await chargebee('POST', '/customers', encodeForm({ id: 'proto', meta_data: '{"__proto__":{"polluted":"yes"}}' }));
    expectRefused(vendor('chargebee'), meta, '/customers', 'meta_data', proto);
    const togaiBody = '{"id":"proto","name":"P","primaryEmail":"p@example.com","address":{},"account":{"id":"proto","name":"P","metadata":{"__proto__":"x"}}}';
    expectRefused(vendor('togai'), await togai('POST', '/customers', togaiBody), '/customers', 'account.metadata.__proto__', proto);
    expect(await payWith(JSON.parse('{"__proto__":{"polluted":"yes"}}'))).toMatchObject({ status: 400 });
  });

  it("stores keys named like Object's own methods in free-form fields and reads them back", async () => {
    expect((await chargebee('POST', '/customers', { id: 'own-names', meta_data: JSON.stringify(OWN_NAMES) })).status).toBe(200);
    expect((await chargebee('GET', '/customers/own-names')).body.customer.meta_data).toEqual(OWN_NAMES);
    const metadata = { constructor: 'a', hasOwnProperty: 'b', toString: 'c', valueOf: 'd' };
    const created = await togai('POST', '/customers', { id: 'own-names', name: 'Own', primaryEmail: 'o@example.com', address: {}, account: { id: 'own-names', name: 'Own', metadata } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await togai('GET', '/accounts/own-names')).body.metadata).toEqual(metadata);
    const paid = await payWith(OWN_NAMES);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect((await togai('GET', `/payments/${paid.body.id}`)).body.externalPaymentReferences.metadata).toEqual(OWN_NAMES);
  });

  it("stores a Zuora custom field whose keys are named like Object's own methods and reads it back", async () => {
    const account = await zuora('POST', '/v1/accounts', accountBody({ Proto__c: OWN_NAMES }));
    expect(account.body).toMatchObject({ success: true });
    expect((await zuora('GET', `/v1/accounts/${account.body.accountNumber}`)).body.basicInfo.Proto__c).toEqual(OWN_NAMES);
  });

  it("takes such names as top-level fields without a 5xx, and reads keep working", async () => {
    // Zuora passes over fields it does not know; Chargebee over parameters it does not know; Togai's models are closed
    const z = await zuora('POST', '/v1/accounts', accountBody({ name: 'Own top', ...OWN_NAMES }));
    expect(z.body).toMatchObject({ success: true });
    expect((await zuora('GET', `/v1/accounts/${z.body.accountNumber}`)).body.basicInfo.name).toBe('Own top');
    const c = await chargebee('POST', '/customers', 'id=own-top&hasOwnProperty=x&toString=y&constructor[prototype][polluted]=yes');
    expect(c.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await chargebee('GET', '/customers/own-top')).body.customer.id).toBe('own-top');
    const t = await togai('POST', '/customers', { id: 'own-top', name: 'Own', primaryEmail: 'o@example.com', address: {}, ...OWN_NAMES });
    expect(t.status).toBe(400);
    expect(t.body.message).toContain("body field 'constructor' is not a field this operation accepts");
    expect((await togai('GET', '/customers')).status).toBe(200);
  });

  it('leaves every server answering, and Object.prototype untouched', expectAllHealthy);
});
