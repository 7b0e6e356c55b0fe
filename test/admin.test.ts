import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { sign } from '../simulators/togai/notifications.js';
import { togaiClient, togaiSandbox } from './support/togai.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local receiver whose answers the test scripts: one status per delivery attempt. */
function receiver(statuses: number[]): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/hooks/togai`, got, server });
    }),
  );
}

describe('admin surface and outbox over HTTP', () => {
  const { sandbox, sim } = togaiSandbox({ seed: 5 });
  let http: HttpServer;
  let hook: Awaited<ReturnType<typeof receiver>>;
  const admin = (method: string, path: string, body?: unknown) => togaiClient(http.url)(method, `/__admin${path}`, body, { authorization: `Bearer ${sandbox.adminToken}` });
  const togai = () => togaiClient(http.url);

  beforeAll(async () => {
    http = await serveHttp(sim);
    hook = await receiver([500, 503]);
  });
  afterAll(async () => {
    await http.close();
    hook.server.close();
  });

  it('reads and advances the sandbox clock', async () => {
    expect(await admin('GET', '/clock')).toEqual({ status: 200, body: { now: '2026-01-01T00:00:00.000Z' } });
    expect((await admin('POST', '/clock/advance', { duration: 'PT1H' })).body).toEqual({ now: '2026-01-01T01:00:00.000Z' });
    expect((await admin('POST', '/clock/advance', { to: '2026-01-02T00:00:00Z' })).body).toEqual({ now: '2026-01-02T00:00:00.000Z' });
  });

  it('refuses clock moves it cannot make, saying why', async () => {
    const back = await admin('POST', '/clock/advance', { to: '2025-01-01T00:00:00Z' });
    expect(back.status).toBe(400);
    expect(back.body.error).toMatch(/before the current instant .*only moves forward/);
    const both = await admin('POST', '/clock/advance', { duration: 'P1D', to: '2027-01-01T00:00:00Z' });
    expect(both.body.error).toMatch(/exactly one of "duration"/);
    const bad = await admin('POST', '/clock/advance', { duration: 'P1X' });
    expect(bad.status).toBe(400);
  });

  it('moves time at most ten years at once, and answers 400, not 500, beyond', async () => {
    const before = (await admin('GET', '/clock')).body.now;
    for (const body of [{ duration: 'P5000Y' }, { duration: 'PT99999999999999999999S' }, { duration: 'P3654D' }, { to: '9999-12-31T00:00:00Z' }]) {
      const res = await admin('POST', '/clock/advance', body);
      expect(res, JSON.stringify(body)).toEqual({ status: 400, body: { error: expect.stringMatching(/at most 3653 days \(ten years\) at once/) } });
    }
    expect((await admin('GET', '/clock')).body.now).toBe(before);
    expect((await admin('POST', '/clock/advance', { duration: 'P3653D' })).status).toBe(200);
  });

  it("answers 400, not 500, to settings on an entity type named like one of Object's own keys", async () => {
    for (const entityType of ['__proto__', 'valueOf', 'hasOwnProperty', 'constructor', 'toString']) {
      const res = await togai()('POST', '/settings', { entityType, entityId: 'x', id: 'a', namespace: 'n', name: 'A', value: '1', dataType: 'STRING' });
      expect(res.status, entityType).toBe(400);
      expect(res.body.message).toMatch(/entityType' must be one of/);
    }
  });

  it('delivers a signed notification, retries it on 500 and 503 in virtual time, and records every attempt', async () => {
    const sub = await admin('POST', '/subscribers', { url: hook.url, secret: 'whsec_test' });
    expect(sub.status).toBe(201);
    expect(sub.body).toMatchObject({ source: 'togai', url: hook.url });
    await togai()('POST', '/customers', { id: 'cust-1', name: 'Hooked Co', primaryEmail: 'h@x.test', address: { line1: 'A st' } });
    await sandbox.settle();
    expect(hook.got).toHaveLength(1);
    const first = hook.got[0]!;
    expect(first.headers['x-togai-signature']).toBe(sign('whsec_test', first.body));
    expect(first.headers['x-togai-event-type']).toBe('account.created');
    expect(JSON.parse(first.body)).toMatchObject({ type: 'account.created', data: { account: { id: 'cust-1' }, customerId: 'cust-1' } });

    // the first retry is due one virtual minute later, the second five minutes after that
    await admin('POST', '/clock/advance', { duration: 'PT59S' });
    expect(hook.got).toHaveLength(1);
    await admin('POST', '/clock/advance', { duration: 'PT1S' });
    expect(hook.got).toHaveLength(2);
    await admin('POST', '/clock/advance', { duration: 'PT5M' });
    expect(hook.got).toHaveLength(3);
    expect(hook.got.map((g) => g.body)).toEqual([first.body, first.body, first.body]);

    const { body } = await admin('GET', '/deliveries');
    expect(body.deliveries).toHaveLength(1);
    expect(body.deliveries[0]).toMatchObject({ eventType: 'account.created', state: 'delivered' });
    expect(body.deliveries[0].attempts.map((a: { status: number }) => a.status)).toEqual([500, 503, 200]);

    // delivered: nothing more is sent however far time moves
    await admin('POST', '/clock/advance', { duration: 'P10D' });
    expect(hook.got).toHaveLength(3);
  });

  it('shows state, one collection a page at a time, and the request log with operation ids', async () => {
    const summary = await admin('GET', '/state');
    expect(summary.body).toMatchObject({ vendor: 'togai', now: expect.any(String), collections: { customer: 1, account: 1 } });
    const state = await admin('GET', '/state?collection=customer&offset=0&limit=10');
    expect(state.body).toMatchObject({ vendor: 'togai', collection: 'customer', total: 1, offset: 0 });
    expect(state.body.records).toEqual([expect.objectContaining({ id: 'cust-1', name: 'Hooked Co' })]);
    expect((await admin('GET', '/state?collection=customer&offset=1')).body.records).toEqual([]);
    const log = await admin('GET', '/requests');
    expect(log.body.requests.map((r: { operationId: string; status: number }) => `${r.operationId} ${r.status}`)).toContain('createCustomer 201');
  });

  it('rejects a malformed subscriber with the admin error body', async () => {
    const res = await admin('POST', '/subscribers', { url: 'not a url', secrett: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/'url'/);
  });

  it('resets the sandbox: state, clock and deliveries; subscribers stay', async () => {
    expect((await admin('POST', '/reset')).body).toEqual({ now: '2026-01-01T00:00:00.000Z' });
    expect((await admin('GET', '/state')).body.collections.customer).toBe(0);
    expect((await admin('GET', '/deliveries')).body.deliveries).toEqual([]);
    expect((await admin('GET', '/subscribers')).body.subscribers).toHaveLength(1);
    expectConformance(sim);
  });
});
