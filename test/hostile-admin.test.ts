/**
 * The admin surface attacked as a web page or a stranger on the machine would: no token or a
 * wrong one on every operation, a foreign Host (DNS rebinding), a cross-site text/plain POST,
 * and every admin answer searched for the credentials the sandbox holds. Also the paging of
 * `/__admin/state` and its bounds.
 */
import { createHash, createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin } from '../simulators/kit/admin.js';
import { redactUrl } from '../simulators/kit/admin-redaction.js';
import { ADMIN_TOKEN_MIN_LENGTH, STATE_PAGE_MAX } from '../simulators/kit/limits.js';
import { loadContract } from '../simulators/kit/contract.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { basicAuth } from '../simulators/kit/outbox.js';
import { adminSimulator } from '../simulators/kit/routes.js';
import { Sandbox } from '../simulators/kit/sandbox.js';
import { pageOf } from '../simulators/kit/store.js';
import type { Simulator } from '../simulators/kit/simulator.js';
import { createChargebeeSimulator } from '../simulators/chargebee/index.js';
import { createTogaiSimulator } from '../simulators/togai/index.js';
import { sign } from '../simulators/togai/notifications.js';
import { createZuoraSimulator } from '../simulators/zuora/index.js';
import { readSandboxEnv } from '../app/config.js';
import { expectConformance } from './support/conformance.js';
import { scriptedSender } from './support/zuora.js';

const ADMIN_TOKEN = 'hostile-admin-token-7f3a9c';
/** Credentials the sandbox holds; none may appear in any admin answer. */
const SECRETS = {
  togaiSigning: 'togai-signing-secret-8d2f',
  zuoraSubscriberPassword: 'zuora-admin-sub-pass-51ac',
  zuoraTemplatePassword: 'zuora-template-pass-0b7e',
  zuoraHmacSecret: 'zuora-hmac-secret-c4d1',
  zuoraHeaderKey: 'zuora-custom-api-key-9e33',
  chargebeeWebhookPassword: 'chargebee-webhook-pass-6a90',
  chargebeeUrlPassword: 'chargebee-url-pass-3c17',
  togaiContactPassword: 'togai-contact-pass-2b58',
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly these headers (fetch would not let a test set Host); `host: undefined` sends none. */
function raw(base: string, method: string, path: string, headers: Record<string, string | undefined> = {}, body?: string): Promise<Answer> {
  const url = new URL(path, base);
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: url.pathname + url.search, headers: sent, setHost: !('host' in headers) }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Where deliveries go: answered 200 in process (Zuora callouts must be https). */
const HOOK = 'https://hooks.example.com';
/** A body each operation accepts, so a refusal is about who asks, not what. */
const VALID_BODY: Record<string, unknown> = {
  adminAdvanceClock: { duration: 'P1D' },
  adminSubscribe: { url: 'http://127.0.0.1:9/nowhere' },
  adminSetFaults: { requests: [{ vendor: 'togai', fault: { kind: 'error', status: 503 } }] },
};

describe('the admin surface against hostile callers', () => {
  const { sender } = scriptedSender();
  const sandbox = new Sandbox({ seed: 13, adminToken: ADMIN_TOKEN, sender });
  const togai = createTogaiSimulator(sandbox, { apiToken: 'togai-api-token' });
  const zuora = createZuoraSimulator(sandbox, { clientId: '0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011', clientSecret: 'zuora-client-secret' });
  const chargebee = createChargebeeSimulator(sandbox, { site: 'acme', apiKey: 'cb-api-key' });
  const sims: Simulator<any>[] = [togai, zuora, chargebee];
  const servers: HttpServer[] = [];
  const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const operations = loadContract('admin.yaml').operations;
  // every GET but the snapshot, which holds the sandbox whole, credentials included, so that a
  // loaded sandbox signs and authenticates its deliveries as the saved one did (contracts/admin.yaml)
  const redactedGets = operations.filter((o) => o.method === 'GET' && o.operationId !== 'adminSnapshot');

  beforeAll(async () => {
    for (const sim of sims) servers.push(await serveHttp(sim));
    // every kind of credential the sandbox keeps, each used by at least one delivery
    await adminSimulator(togai).call('adminSubscribe', { body: { url: `${HOOK}/togai`, secret: SECRETS.togaiSigning } });
    await adminSimulator(zuora).call('adminSubscribe', { body: { url: `${HOOK}/zuora`, username: 'zuora-user', password: SECRETS.zuoraSubscriberPassword } });
    const template = await zuora.call('createCalloutTemplate', {
      body: {
        name: 'Signed, with auth and a key',
        eventTypeName: 'AccountCreated',
        calloutBaseurl: `${HOOK}/zuora-template`,
        httpMethod: 'POST',
        requiredAuth: true,
        calloutAuth: { username: 'zuora', password: SECRETS.zuoraTemplatePassword, preemptive: true },
        calloutHeaders: { 'X-Api-Key': SECRETS.zuoraHeaderKey, 'X-Stamp': 'fixed' },
        hmacAlgorithm: 'SHA-256',
        hmacOutputFormat: 'HEX',
        hmacSecret: SECRETS.zuoraHmacSecret,
        hmacData: '{{Request.Body}}',
        hmacKey: 'X-Signature',
        hmacValue: '{{Request.HMAC.Signed}}',
      },
    });
    expect(template, JSON.stringify(template.body)).toMatchObject({ status: 200 });
    await zuora.call('createNotificationDefinition', { body: { name: 'To the hook', eventTypeName: 'AccountCreated', calloutActive: true, calloutTemplateIds: [template.body.id] } });
    const endpoint = await chargebee.call('createWebhookEndpoint', {
      body: { name: 'hook', url: `${HOOK}/chargebee`, basic_auth_username: 'cb-user', basic_auth_password: SECRETS.chargebeeWebhookPassword },
    });
    expect(endpoint.status).toBe(200);
    const inUrl = await chargebee.call('createWebhookEndpoint', {
      body: { name: 'hook in url', url: `${HOOK.replace('https://', `https://cb-url-user:${SECRETS.chargebeeUrlPassword}@`)}/chargebee-url` },
    });
    expect(inUrl.status).toBe(200);

    expect((await togai.call('createCustomer', { body: { id: 'cust-1', name: 'Acme', primaryEmail: 'a@acme.test', address: { line1: '1 Road' } } })).status).toBe(201);
    const contact = await togai.call('createCustomerContact', {
      params: { customer_id: 'cust-1' },
      body: { name: 'Ada', email: 'ada@acme.test', loginAccess: true, password: SECRETS.togaiContactPassword, preferredUsername: 'ada' },
    });
    expect(contact.status).toBe(201);
    const account = await zuora.call('createAccount', {
      body: { name: 'Amy', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'Amy', lastName: 'L', country: 'United States', state: 'CA', workEmail: 'amy@example.com' } },
    });
    expect(account.status).toBe(200);
    expect((await chargebee.call('createCustomer', { body: { first_name: 'Cy', email: 'cy@example.com' } })).status).toBe(200);
    await sandbox.settle();
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('refuses every admin operation without the token, with a wrong one, or with another scheme: 401 saying how to get it', async () => {
    // off the start instant, so a reset would show
    await adminSimulator(togai).call('adminAdvanceClock', { body: { duration: 'PT1M' } });
    const clock = sandbox.clock.now();
    const subscribers = sandbox.outbox.listSubscribers().length;
    const wrong: Record<string, string>[] = [{}, { authorization: 'Bearer not-the-token-at-all-0000' }, { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` }, { authorization: `Bearer ${ADMIN_TOKEN}x` }, { authorization: ADMIN_TOKEN }];
    let refused = 0;
    for (const server of servers) {
      for (const op of operations) {
        for (const headers of wrong) {
          const body = VALID_BODY[op.operationId];
          const res = await raw(server.url, op.method, op.path, { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body === undefined ? undefined : JSON.stringify(body));
          expect(res.status, `${op.operationId} ${JSON.stringify(headers)}`).toBe(401);
          expect(res.headers['www-authenticate']).toBe('Bearer realm="__admin"');
          expect(JSON.parse(res.body).error).toMatch(/Authorization: Bearer <token>.*npm start.*SANDBOX_ADMIN_TOKEN/);
          refused++;
        }
      }
    }
    expect(refused).toBe(servers.length * operations.length * wrong.length);
    // nothing any of them asked for happened
    expect(sandbox.clock.now()).toBe(clock);
    expect(sandbox.outbox.listSubscribers()).toHaveLength(subscribers);
    expect(sandbox.faults.current.requests).toEqual([]);
  });

  it('answers the token sent to the server itself, whatever case the scheme is in', async () => {
    const { port, url } = servers[0]!;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      const res = await raw(url, 'GET', '/__admin/clock', { ...bearer, host });
      expect(res.status, host).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ now: sandbox.clock.iso() });
    }
    expect((await raw(url, 'GET', '/__admin/clock', { authorization: `bearer ${ADMIN_TOKEN}` })).status).toBe(200);
    // its own origin is no other site
    expect((await raw(url, 'GET', '/__admin/clock', { ...bearer, origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('refuses a Host that is not the server (DNS rebinding) with 403, token or not', async () => {
    const { port, url } = servers[1]!;
    for (const host of [`evil.test:${port}`, 'evil.test', `127.0.0.1:${port + 1}`, `127.0.0.1.evil.test:${port}`, `0.0.0.0:${port}`, `localhost:${port}@evil.test`]) {
      for (const headers of [bearer, {}]) {
        const res = await raw(url, 'GET', '/__admin/subscribers', { ...headers, host });
        expect(res.status, host).toBe(403);
        expect(JSON.parse(res.body).error).toMatch(new RegExp(`only requests addressed to this server itself .*Host '${host.replace(/[.[\]]/g, '\\$&')}' is refused`));
      }
    }
  });

  it('compares Host and Origin without regard to case but otherwise exactly: other spellings of loopback are refused', async () => {
    const { port, url } = servers[2]!;
    const status = async (headers: Record<string, string>) => (await raw(url, 'GET', '/__admin/clock', { ...bearer, ...headers })).status;
    // scheme and host are case-insensitive (RFC 3986), as Host is: an upper-case Origin is this server
    for (const origin of [`HTTP://127.0.0.1:${port}`, `http://LOCALHOST:${port}`]) expect(await status({ origin }), origin).toBe(200);
    // a trailing dot is another name (another origin to a browser; `localhost.` may go to DNS), an
    // IPv4-mapped address another spelling no client needs, an empty Host no address at all
    for (const host of [`127.0.0.1.:${port}`, `localhost.:${port}`, `[::ffff:127.0.0.1]:${port}`, `[::ffff:7f00:1]:${port}`, '']) {
      const res = await raw(url, 'GET', '/__admin/subscribers', { ...bearer, host });
      expect(res.status, `Host '${host}'`).toBe(403);
      expect(JSON.parse(res.body).error).toContain(`Host '${host}' is refused`);
    }
    for (const origin of [`http://127.0.0.1.:${port}`, `http://[::ffff:127.0.0.1]:${port}`, '']) expect(await status({ origin }), `Origin '${origin}'`).toBe(403);
    // with no Host at all, Node's parser answers 400 before any route (HTTP/1.1 requires one)
    expect((await raw(url, 'GET', '/__admin/subscribers', { ...bearer, host: undefined })).status).toBe(400);
  });

  it('refuses a cross-site text/plain POST /__admin/reset with 403 and changes nothing', async () => {
    const { port, url } = servers[0]!;
    await adminSimulator(togai).call('adminAdvanceClock', { body: { duration: 'PT1H' } });
    const before = { now: sandbox.clock.iso(), customers: togai.state.store.collections().customer!.size, deliveries: sandbox.outbox.list().length };
    expect(before.customers).toBeGreaterThan(0);
    for (const origin of ['http://evil', 'https://evil.test', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://localhost.evil.test:${port}`]) {
      for (const headers of [{}, bearer]) {
        const reset = await raw(url, 'POST', '/__admin/reset', { ...headers, origin, 'content-type': 'text/plain' }, 'reset please');
        expect(reset.status, origin).toBe(403);
        expect(JSON.parse(reset.body).error).toContain(`Origin '${origin}' is not this server`);
        const advance = await raw(url, 'POST', '/__admin/clock/advance', { ...headers, origin, 'content-type': 'text/plain' }, '{"duration":"P1D"}');
        expect(advance.status).toBe(403);
      }
    }
    expect({ now: sandbox.clock.iso(), customers: togai.state.store.collections().customer!.size, deliveries: sandbox.outbox.list().length }).toEqual(before);
  });

  it('never shows a credential in any admin answer: subscribers say hasPassword / hasSecret, headers and state say ***', async () => {
    const deliveries = sandbox.outbox.list();
    const authorizations = deliveries.flatMap((d) => (d.headers.authorization ? [d.headers.authorization] : []));
    // the credentials were in use: each delivery carried them
    expect(authorizations).toEqual(
      expect.arrayContaining([
        basicAuth('zuora-user', SECRETS.zuoraSubscriberPassword),
        basicAuth('zuora', SECRETS.zuoraTemplatePassword),
        basicAuth('cb-user', SECRETS.chargebeeWebhookPassword),
      ]),
    );
    const signatures = deliveries.flatMap((d) => Object.entries(d.headers).filter(([name]) => /signature/.test(name)).map(([, v]) => v));
    expect(signatures).toContain(sign(SECRETS.togaiSigning, deliveries.find((d) => d.source === 'togai')!.body));
    const forbidden = [...Object.values(SECRETS), ...authorizations.map((a) => a.slice('Basic '.length)), ...signatures, createHash('sha256').update(SECRETS.togaiContactPassword).digest('hex')];

    const answers: string[] = [];
    for (const server of servers) {
      for (const op of redactedGets) answers.push((await raw(server.url, 'GET', op.path, bearer)).body);
      const { collections } = JSON.parse(answers.at(-redactedGets.length)!) as { collections: Record<string, number> };
      for (const name of Object.keys(collections)) {
        const page = await raw(server.url, 'GET', `/__admin/state?collection=${name}&limit=${STATE_PAGE_MAX}`, bearer);
        expect(page.status, name).toBe(200);
        answers.push(page.body);
      }
    }
    const all = answers.join('\n');
    for (const secret of forbidden) expect(all.includes(secret), `an admin answer shows ${secret}`).toBe(false);
    // the one exception, as documented: the snapshot (behind the same token and Host/Origin checks)
    const snapshot = (await raw(servers[0]!.url, 'GET', '/__admin/snapshot', bearer)).body;
    // a Chargebee endpoint is a record and comes with its password; Zuora's callout templates are
    // configuration, which stays the loading sandbox's, so a snapshot holds none of theirs
    expect(snapshot).toContain(SECRETS.chargebeeWebhookPassword);
    for (const secret of [SECRETS.zuoraTemplatePassword, SECRETS.zuoraHmacSecret]) expect(snapshot).not.toContain(secret);
    const endpoints = JSON.parse((await raw(servers[2]!.url, 'GET', '/__admin/state?collection=webhookEndpoint', bearer)).body).records;
    expect(endpoints.map((e: { url: string }) => e.url)).toContain(`${HOOK.replace('https://', 'https://cb-url-user:***@')}/chargebee-url`);

    const listed = await raw(servers[1]!.url, 'GET', '/__admin/subscribers', bearer);
    expect(JSON.parse(listed.body).subscribers).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'zuora-user', hasPassword: true })]));
    const togaiSubs = JSON.parse((await raw(servers[0]!.url, 'GET', '/__admin/subscribers', bearer)).body).subscribers;
    expect(togaiSubs).toEqual([expect.objectContaining({ hasSecret: true })]);
    expect(togaiSubs[0]).not.toHaveProperty('secret');
    const zuoraDeliveries = JSON.parse((await raw(servers[1]!.url, 'GET', '/__admin/deliveries', bearer)).body).deliveries;
    expect(zuoraDeliveries.map((d: { headers: Record<string, string> }) => d.headers.authorization)).toEqual(['Basic ***', 'Basic ***']);
    // the subscribe answer itself shows no secret
    const created = await raw(servers[0]!.url, 'POST', '/__admin/subscribers', { ...bearer, 'content-type': 'application/json' }, JSON.stringify({ url: `${HOOK}/x`, secret: 'fresh-secret-value-123' }));
    expect(created.status).toBe(201);
    expect(created.body).not.toContain('fresh-secret-value-123');
    expect(JSON.parse(created.body)).toMatchObject({ hasSecret: true });
    sandbox.outbox.unsubscribe(JSON.parse(created.body).id);
  });

  it('hides a tenant-named HMAC header and the passwords and query values of URLs, in every admin answer and Admin.state()', async () => {
    const hidden = { hmacSecret: 'x-checksum-secret-77e1', urlPassword: 'url-pass-3f9d', query: 'query-code-a4c2', templateUrlPassword: 'tpl-url-pass-d01b' };
    const sub = await adminSimulator(zuora).call('adminSubscribe', { body: { url: `https://hook-user:${hidden.urlPassword}@hooks.example.com/userinfo?code=${hidden.query}&v=2` } });
    expect(sub.body.url).toBe('https://hook-user:***@hooks.example.com/userinfo?code=***&v=***');
    const template = await zuora.call('createCalloutTemplate', {
      body: {
        name: 'Checksummed', eventTypeName: 'AccountCreated', httpMethod: 'POST',
        calloutBaseurl: `https://tpl:${hidden.templateUrlPassword}@hooks.example.com/checksum?code=${hidden.query}`,
        hmacAlgorithm: 'SHA-256', hmacOutputFormat: 'BASE64', hmacSecret: hidden.hmacSecret, hmacData: '{{Request.Body}}', hmacKey: 'X-Checksum', hmacValue: '{{Request.HMAC.Signed}}',
      },
    });
    expect(template.status, JSON.stringify(template.body)).toBe(200);
    await zuora.call('createNotificationDefinition', { body: { name: 'Checksummed', eventTypeName: 'AccountCreated', calloutActive: true, calloutTemplateIds: [template.body.id] } });
    const from = sandbox.outbox.list('zuora').length;
    await zuora.call('createAccount', { body: { name: 'Cal', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'Cal', lastName: 'C', country: 'United States', state: 'CA', workEmail: 'cal@example.com' } } });
    await sandbox.settle();
    const sent = sandbox.outbox.list('zuora').slice(from);
    const signed = sent.find((d) => d.url.includes('/checksum'))!;
    // the signature went out under the name the tenant chose, which no credential pattern matches
    expect(signed.headers['x-checksum']).toBe(createHmac('sha256', hidden.hmacSecret).update(signed.body).digest('base64'));
    expect(sent.find((d) => d.url.includes('/userinfo'))!.url).toContain(hidden.urlPassword);

    const zuoraServer = servers[1]!;
    const answers = [new Admin(zuora).state(), new Admin(zuora).deliveries(), new Admin(zuora).subscribers()].map((a) => JSON.stringify(a));
    for (const op of redactedGets) answers.push((await raw(zuoraServer.url, 'GET', op.path, bearer)).body);
    answers.push((await raw(zuoraServer.url, 'GET', `/__admin/state?collection=calloutTemplate&limit=${STATE_PAGE_MAX}`, bearer)).body);
    for (const secret of [...Object.values(hidden), signed.headers['x-checksum']!]) {
      for (const answer of answers) expect(answer.includes(secret), `an admin answer shows ${secret}`).toBe(false);
    }
    const listed = JSON.parse((await raw(zuoraServer.url, 'GET', '/__admin/deliveries', bearer)).body).deliveries.find((d: { id: string }) => d.id === signed.id);
    expect(listed).toMatchObject({ url: 'https://tpl:***@hooks.example.com/checksum?code=***', secretHeaders: ['x-checksum'], headers: { 'x-checksum': '***' } });
    const states = JSON.parse((await raw(zuoraServer.url, 'GET', '/__admin/state?collection=calloutTemplate', bearer)).body).records;
    expect(states.find((t: { id: string }) => t.id === template.body.id)).toMatchObject({ calloutBaseurl: 'https://tpl:***@hooks.example.com/checksum?code=***', hmac: { hmacKey: 'X-Checksum', hmacSecret: '***' } });
    sandbox.outbox.unsubscribe(sub.body.id);
  });

  it('pages /__admin/state: counts without a collection, pages in order with one, 400 past the bounds', async () => {
    const base = servers[0]!.url;
    const get = async (query: string) => {
      const res = await raw(base, 'GET', `/__admin/state${query}`, bearer);
      return { status: res.status, body: JSON.parse(res.body) };
    };
    const ok = (res: { status: number; body: unknown }) => expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    ok(await togai.call('createEventSchema', { body: { name: 'calls', attributes: [{ name: 'n' }], dimensions: [] } }));
    ok(await togai.call('activateEventSchema', { params: { event_schema_name: 'calls' } }));
    const event = { id: 'ev-1', schemaName: 'calls', timestamp: sandbox.clock.iso(), accountId: 'cust-1', attributes: [{ name: 'n', value: '3' }], dimensions: {} };
    ok(await togai.call('ingest', { body: { event } }));
    for (let i = 0; i < 24; i++) await togai.call('createCustomer', { body: { id: `page-${i}`, name: `Page ${i}`, primaryEmail: `p${i}@x.test`, address: { line1: 'A st' } } }, { validate: false });
    const summary = await get('');
    expect(summary).toEqual({ status: 200, body: { vendor: 'togai', now: sandbox.clock.iso(), collections: expect.objectContaining({ customer: 25, events: 1 }) } });
    // an event as what was decided about it, not the request text it shares with its batch
    expect((await get('?collection=events')).body.records).toEqual([
      { id: 'ev-1', accountId: 'cust-1', receivedAt: sandbox.clock.iso(), schemaName: 'calls', schemaVersion: 1, status: expect.stringMatching(/^INGESTION_COMPLETED/), invoiceId: null },
    ]);
    const ids: string[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const page = await get(`?collection=customer&offset=${offset}&limit=10`);
      expect(page.body).toMatchObject({ collection: 'customer', total: 25, offset });
      ids.push(...page.body.records.map((r: { id: string }) => r.id));
    }
    expect(ids).toEqual(['cust-1', ...Array.from({ length: 24 }, (_, i) => `page-${i}`)]);
    expect((await get('?collection=customer')).body.records).toHaveLength(25);
    expect((await get('?collection=customer&offset=99')).body).toMatchObject({ total: 25, records: [] });

    const refusals: [string, RegExp][] = [
      [`?collection=customer&limit=${STATE_PAGE_MAX + 1}`, /limit/],
      ['?collection=customer&limit=0', /limit/],
      ['?collection=customer&offset=-1', /offset/],
      ['?collection=customer&offset=1e400', /offset/],
      ['?collection=customer&limit=abc', /limit/],
      ['?collection=nope', /"collection" must be one of .*customer.*; got 'nope'/],
      ['?collection=__proto__', /"collection" must be one of/],
      ['?collection=constructor', /"collection" must be one of/],
      ['?collection=toString', /"collection" must be one of/],
      ['?offset=10', /name it with "collection"/],
    ];
    for (const [query, message] of refusals) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(res.body.error, query).toMatch(message);
    }
    expectConformance(adminSimulator(togai));
  });

  it('answers a page at 200,000 customers without reading past it', async () => {
    const store = togai.state.store;
    for (let i = 0; i < 200_000; i++) store.insert('customer', { id: `bulk-${i}`, name: 'Bulk' });
    const started = performance.now();
    const last = await raw(servers[0]!.url, 'GET', `/__admin/state?collection=customer&offset=200020&limit=${STATE_PAGE_MAX}`, bearer);
    const summary = await raw(servers[0]!.url, 'GET', '/__admin/state', bearer);
    const elapsed = performance.now() - started;
    expect(JSON.parse(last.body)).toMatchObject({ total: 200_025, offset: 200_020, records: [{ id: 'bulk-199995' }, {}, {}, {}, { id: 'bulk-199999' }] });
    expect(JSON.parse(summary.body).collections.customer).toBe(200_025);
    // a dump of everything took 1.8 s at this size; a generous bound for a loaded 2-core machine
    expect(elapsed).toBeLessThan(1_000);
  });

  it('reads no record past the last of a page', () => {
    let read = 0;
    const records = { size: 1_000_000, *values() { for (let i = 0; ; i++) { read++; yield i; } } };
    expect(pageOf(records, 30, 5)).toEqual([30, 31, 32, 33, 34]);
    expect(read).toBe(35);
  });

  it('needs no token in process, where the harness is trusted', async () => {
    expect(await adminSimulator(chargebee).call('adminClock')).toEqual({ status: 200, body: { now: sandbox.clock.iso() } });
  });
});

describe('the admin token', () => {
  it('is random per sandbox when not given, and a given one must be long enough', () => {
    const a = new Sandbox().adminToken;
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(new Sandbox().adminToken).not.toBe(a);
    expect(() => new Sandbox({ adminToken: 'short' })).toThrow(`adminToken must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters`);
  });

  it('is read from SANDBOX_ADMIN_TOKEN, refused when too short, naming the variable', () => {
    expect(readSandboxEnv({ SANDBOX_ADMIN_TOKEN: 'a-long-enough-admin-token' }).SANDBOX_ADMIN_TOKEN).toBe('a-long-enough-admin-token');
    expect(readSandboxEnv({}).SANDBOX_ADMIN_TOKEN).toBeUndefined();
    expect(() => readSandboxEnv({ SANDBOX_ADMIN_TOKEN: 'short' })).toThrow(`SANDBOX_ADMIN_TOKEN="short": a token of at least ${ADMIN_TOKEN_MIN_LENGTH} characters, no spaces`);
  });
});

describe('URLs in admin listings', () => {
  it('hide a userinfo password and every query value, and keep the rest as written', () => {
    const cases: [string, string][] = [
      ['http://user:pass@127.0.0.1:9/hook', 'http://user:***@127.0.0.1:9/hook'],
      // the last @ ends the userinfo, as URL parsers read it
      ['https://u:p@ss@host/x', 'https://u:***@host/x'],
      ['https://token-as-user@host/x', 'https://token-as-user@host/x'],
      ['https://user:@host/x', 'https://user:@host/x'],
      ['https://host/x?token=abc&flag&empty=&v=2#frag?a=b', 'https://host/x?token=***&flag&empty=&v=***#frag?a=b'],
      ['https://host/x#only?a=b', 'https://host/x#only?a=b'],
      ['HTTPS://U:P@HOST?k=v', 'HTTPS://U:***@HOST?k=***'],
      ['not a url', 'not a url'],
    ];
    for (const [url, shown] of cases) expect(redactUrl(url), url).toBe(shown);
  });
});
