import { request as httpRequest } from 'node:http';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type HarnessSandbox, type Listening } from '../app/sandbox.js';
import { boundsIssue } from '../simulators/kit/body-bounds.js';
import { BODY_LIMIT, MAX_BODY_DEPTH, SNAPSHOT_BODY_LIMIT } from '../simulators/kit/limits.js';
import type { SandboxSnapshot } from '../simulators/kit/sandbox-snapshot.js';

/**
 * `/__admin/snapshot` over HTTP: the whole sandbox saved by GET and loaded again by PUT, records
 * and clock read back through the vendors' own APIs; refusals answered 400 naming the field.
 */

const SEED = 5;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

describe('GET and PUT /__admin/snapshot', () => {
  let sandbox: HarnessSandbox;
  let listening: Listening;
  let urls: Listening['urls'];
  let zuoraToken: string;

  const call = async (url: string, init: RequestInit = {}): Promise<Answer> => {
    const res = await fetch(url, init);
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, headers: res.headers, text, body };
  };
  const admin = (method: string, path: string, body?: string, headers: Record<string, string> = { authorization: `Bearer ${sandbox.adminToken}` }) =>
    call(`${urls.togai}/__admin${path}`, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body });
  const togai = (method: string, path: string, body?: unknown) =>
    call(`${urls.togai}${path}`, {
      method,
      headers: { authorization: `Bearer ${sandbox.credentials.togai.apiToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const zuora = (method: string, path: string, body?: unknown) =>
    call(`${urls.zuora}${path}`, {
      method,
      headers: { authorization: `Bearer ${zuoraToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const chargebee = (method: string, path: string, form?: Record<string, string>) =>
    call(`${urls.chargebee}/api/v2${path}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${sandbox.credentials.chargebee.apiKey}:`).toString('base64')}`, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
  const newZuoraToken = async () => {
    const { clientId, clientSecret } = sandbox.credentials.zuora;
    const res = await call(`${urls.zuora}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
    });
    expect(res.status).toBe(200);
    zuoraToken = res.body.access_token;
  };

  beforeAll(async () => {
    sandbox = createSandbox({ seed: SEED, connector: true });
    listening = await sandbox.listen();
    urls = listening.urls;
    await newZuoraToken();
  });
  afterAll(async () => {
    await listening?.close();
    await sandbox?.close();
  });

  /** What the three vendors answer for the records the test made, read through their APIs. */
  const records = async (zuoraAccountId: string) => ({
    togaiCustomer: (await togai('GET', '/customers/snap-togai')).body,
    togaiAccount: (await togai('GET', '/accounts/snap-togai-acc')).body,
    togaiCustomers: (await togai('GET', '/customers')).body,
    zuoraAccount: (await zuora('GET', `/v1/accounts/${zuoraAccountId}`)).body,
    chargebeeCustomer: (await chargebee('GET', '/customers/snap-cb')).body,
  });

  it('saves the whole sandbox and loads it back in place: records and clock as they were, after a reset', async () => {
    const created = await togai('POST', '/customers', { id: 'snap-togai', name: 'Snap Togai', primaryEmail: 'snap@togai.test', address: { line1: '1 Main St' }, account: { id: 'snap-togai-acc', name: 'Snap Togai', invoiceCurrency: 'USD' } });
    expect(created.status, created.text).toBe(201);
    const account = await zuora('POST', '/v1/accounts', { name: 'Snap Zuora', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'Snap', lastName: 'Zuora', country: 'United States', state: 'CA', workEmail: 'snap@zuora.test' } });
    expect(account.body, account.text).toMatchObject({ success: true });
    const customer = await chargebee('POST', '/customers', { id: 'snap-cb', first_name: 'Snap', email: 'snap@chargebee.test' });
    expect(customer.status, customer.text).toBe(200);
    // the connector's flows run on the deliveries these made
    expect((await admin('POST', '/clock/advance', JSON.stringify({ duration: 'P2D' }))).status).toBe(200);
    // tokens live an hour: this one is in the snapshot, and read with again after the load
    await newZuoraToken();
    const before = await records(account.body.accountId);
    expect(before.togaiCustomer).toMatchObject({ id: 'snap-togai', name: 'Snap Togai' });
    expect(before.zuoraAccount).toMatchObject({ basicInfo: { name: 'Snap Zuora' } });
    expect(before.chargebeeCustomer).toMatchObject({ customer: { id: 'snap-cb', first_name: 'Snap' } });
    const clock = (await admin('GET', '/clock')).body;
    expect(clock).toEqual({ now: '2026-01-03T00:00:00.000Z' });

    const saved = await admin('GET', '/snapshot');
    expect(saved.status).toBe(200);
    expect(saved.headers.get('content-type')).toMatch(/^application\/json/);
    expect(saved.headers.get('content-disposition')).toBe('attachment; filename="sandbox-2026-01-03T00-00-00.000Z.json"');
    expect(saved.body).toMatchObject({ format: 'billing-sim-snapshot', version: 1, takenAt: '2026-01-03T00:00:00.000Z', seed: SEED, vendors: ['togai', 'zuora', 'chargebee'], parts: ['connector'] });

    expect((await admin('POST', '/reset')).body).toEqual({ now: '2026-01-01T00:00:00.000Z' });
    expect((await togai('GET', '/customers/snap-togai')).status).toBe(404);
    expect((await chargebee('GET', '/customers/snap-cb')).status).toBe(404);

    const loaded = await admin('PUT', '/snapshot', saved.text);
    expect(loaded.status, loaded.text).toBe(200);
    expect(loaded.body).toEqual(clock);
    expect((await admin('GET', '/clock')).body).toEqual(clock);
    // the OAuth token issued before the snapshot is in it again
    expect(await records(account.body.accountId)).toEqual(before);
    // any of the three servers answers it: it is the sandbox's, not one simulator's
    const again = await call(`${urls.chargebee}/__admin/snapshot`, { headers: { authorization: `Bearer ${sandbox.adminToken}` } });
    expect(again.body).toMatchObject({ takenAt: clock.now, vendors: ['togai', 'zuora', 'chargebee'] });
  });

  it('requires the admin token for both, and loads nothing without it', async () => {
    const snapshot = JSON.stringify(await sandbox.snapshot());
    // past the snapshot's instant, so a load would show
    await sandbox.advance('PT1H');
    const now = sandbox.clock.iso();
    for (const [method, body, headers] of [['GET', undefined, {}], ['PUT', snapshot, {}], ['PUT', snapshot, { authorization: 'Bearer not-this-sandbox-token-00' }]] as const) {
      const res = await admin(method, '/snapshot', body, headers);
      expect(res.status, `${method} ${JSON.stringify(headers)}`).toBe(401);
      expect(res.body.error).toMatch(/Authorization: Bearer <token>/);
      expect(res.text).not.toContain('billing-sim-snapshot');
    }
    expect(sandbox.clock.iso()).toBe(now);
  });

  describe('refuses a snapshot that does not fit with 400, saying what is wrong and what would be right, and loads none of it', () => {
    let saved: SandboxSnapshot;
    let state: { now: string; customer: number };
    beforeAll(async () => {
      saved = await sandbox.snapshot();
      await sandbox.advance('PT1H');
      state = { now: sandbox.clock.iso(), customer: (await togai('GET', '/customers/snap-togai')).status };
    });
    const unchanged = async () => expect({ now: sandbox.clock.iso(), customer: (await togai('GET', '/customers/snap-togai')).status }).toEqual(state);

    it('another format version: names the version this harness reads', async () => {
      const res = await admin('PUT', '/snapshot', JSON.stringify({ ...saved, version: 0 }));
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('version');
      expect(res.body.error).toMatch(/version 0 cannot be loaded.*reads version 1\b/);
      await unchanged();
    });

    it('another seed: names both seeds', async () => {
      const res = await admin('PUT', '/snapshot', JSON.stringify({ ...saved, seed: 999 }));
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('seed');
      expect(res.body.error).toContain('seed 999');
      expect(res.body.error).toContain(`seed ${SEED}`);
      await unchanged();
    });

    it('not a snapshot at all: a JSON object without the envelope, another format, unreadable data, or no JSON', async () => {
      const bare = await admin('PUT', '/snapshot', JSON.stringify({ customers: [{ id: 'c1' }] }));
      expect(bare.status).toBe(400);
      expect(bare.body.error).toMatch(/format/);
      const other = await admin('PUT', '/snapshot', JSON.stringify({ ...saved, format: 'some-other-tool' }));
      expect(other.status).toBe(400);
      expect(other.body).toMatchObject({ field: 'format', error: expect.stringMatching(/not a sandbox snapshot.*'billing-sim-snapshot'.*"some-other-tool"/) });
      const garbled = await admin('PUT', '/snapshot', JSON.stringify({ ...saved, data: { $c: 'NoSuchClass', v: {} } }));
      expect(garbled.status).toBe(400);
      expect(garbled.body).toMatchObject({ field: 'data', error: expect.stringMatching(/data cannot be read/) });
      const broken = await admin('PUT', '/snapshot', '{"format": "billing-sim-snapshot", "version": 1, ');
      expect(broken.status).toBe(400);
      expect(broken.body.error).toMatch(/not valid JSON/);
      await unchanged();
    });
  });

  describe(`bodies: a snapshot over BODY_LIMIT (${BODY_LIMIT} bytes) loads; SNAPSHOT_BODY_LIMIT (${SNAPSHOT_BODY_LIMIT}) is this route's limit alone`, () => {
    it('loads a snapshot of 1,500 customers, over BODY_LIMIT and nested deeper than request bodies may be', async () => {
      // a sandbox of its own, without the connector: the test is about the load, not the flows
      const plain = createSandbox({ seed: SEED });
      const served = await plain.listen();
      const put = (body: string) => call(`${served.urls.togai}/__admin/snapshot`, { method: 'PUT', headers: { authorization: `Bearer ${plain.adminToken}`, 'content-type': 'application/json' }, body });
      try {
        for (let i = 0; i < 1500; i++) {
          const res = await plain.togai.call('createCustomer', { body: { id: `bulk-${i}`, name: `Bulk ${i}`, primaryEmail: `bulk-${i}@example.test`, address: { line1: `${i} Bulk Road`, city: 'Testville', country: 'US' } } }, { validate: false });
          expect(res.status).toBe(201);
        }
        // as deep as a request body may nest (meta_data itself level 1): inside the snapshot it is deeper
        let deep: unknown = { leaf: true };
        for (let level = 2; level < MAX_BODY_DEPTH; level++) deep = { level: deep };
        const cb = await plain.chargebee.call('createCustomer', { body: { id: 'deep', first_name: 'Deep', meta_data: JSON.stringify(deep) } });
        expect(cb.status, JSON.stringify(cb.body)).toBe(200);
        const saved = (await call(`${served.urls.togai}/__admin/snapshot`, { headers: { authorization: `Bearer ${plain.adminToken}` } })).text;
        expect(saved.length).toBeGreaterThan(BODY_LIMIT);
        expect(boundsIssue(JSON.parse(saved))?.problem).toMatch(/nested more than/);

        await plain.reset();
        expect((await plain.togai.call('getCustomer', { params: { customer_id: 'bulk-1499' } })).status).toBe(404);
        const loaded = await put(saved);
        expect(loaded.status, loaded.text.slice(0, 500)).toBe(200);
        expect((await plain.togai.call('getCustomer', { params: { customer_id: 'bulk-1499' } })).body).toMatchObject({ id: 'bulk-1499', name: 'Bulk 1499' });
        expect((await plain.chargebee.call('retrieveCustomer', { params: { 'customer-id': 'deep' } })).body.customer.meta_data).toEqual(deep);

        // in process, through msw, the same
        await plain.reset();
        const server = setupServer(...plain.mswHandlers());
        server.listen({ onUnhandledRequest: 'bypass' });
        try {
          const viaMsw = await call(`${plain.origins.togai}/__admin/snapshot`, { method: 'PUT', headers: { authorization: `Bearer ${plain.adminToken}`, 'content-type': 'application/json' }, body: saved });
          expect(viaMsw.status, viaMsw.text.slice(0, 500)).toBe(200);
        } finally {
          server.close();
        }
        expect((await plain.togai.call('getCustomer', { params: { customer_id: 'bulk-1499' } })).status).toBe(200);
      } finally {
        await served.close();
        await plain.close();
      }
    }, 30_000);

    /** A PUT declaring `length` bytes: the server answers from the declared length, before reading the body. */
    const declared = (path: string, length: number) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const url = new URL(`${urls.togai}${path}`);
        const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers: { authorization: `Bearer ${sandbox.adminToken}`, 'content-type': 'application/json', 'content-length': String(length) } }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.write('{');
      });

    it('answers a body over SNAPSHOT_BODY_LIMIT with 413, and other admin routes keep BODY_LIMIT', async () => {
      const over = await declared('/__admin/snapshot', SNAPSHOT_BODY_LIMIT + 1);
      expect(over.status).toBe(413);
      expect(JSON.parse(over.body).error).toMatch(/too large/i);
      const faults = await declared('/__admin/faults', BODY_LIMIT + 1);
      expect(faults.status).toBe(413);
      const padded = await admin('PUT', '/faults', JSON.stringify({ requests: [] }) + ' '.repeat(BODY_LIMIT));
      expect(padded.status).toBe(413);
    });
  });
});
