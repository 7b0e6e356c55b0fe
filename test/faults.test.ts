import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { ConnectedWorld } from './support/connected.js';
import { TOKEN, togaiSandbox } from './support/togai.js';

const customer = (id: string) => ({ id, name: `Customer ${id}`, primaryEmail: `${id}@x.test`, address: { line1: '1 Main St' } });

describe('request faults', () => {
  let world: ConnectedWorld;
  afterEach(() => world?.close());

  it('answer an injected 5xx and 429 in each vendor error shape, before anything is done', async () => {
    world = new ConnectedWorld();
    world.sandbox.faults.set({
      requests: [
        { vendor: 'togai', operation: 'createCustomer', fault: { kind: 'error', status: 503 }, count: 1 },
        { vendor: 'zuora', operation: 'createAccount', fault: { kind: 'rate-limit', retryAfterSeconds: 7 }, count: 1 },
        { vendor: 'chargebee', operation: 'createCustomer', fault: { kind: 'error', status: 502 }, count: 1 },
      ],
    });
    const togai = await world.togaiApi('POST', '/customers', customer('c1'));
    expect(togai).toEqual({ status: 503, body: { message: expect.stringContaining('fault plan injected into createCustomer') } });
    expect((await world.togaiApi('GET', '/customers/c1')).status).toBe(404);
    const zuora = await world.zuoraApi('POST', '/v1/accounts', { name: 'Z', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'A', lastName: 'B', country: 'United States', state: 'CA' } });
    expect(zuora.status).toBe(429);
    expect(zuora.body).toMatchObject({ success: false, reasons: [{ code: 50000070, message: expect.stringContaining('retry after 7 s') }] });
    const cb = await world.chargebeeApi('POST', '/customers', { id: 'cb1' });
    expect(cb).toMatchObject({ status: 502, body: { api_error_code: 'internal_error', http_status_code: 502 } });
    // each rule had a count of one: the next requests go through
    expect((await world.togaiApi('POST', '/customers', customer('c1'))).status).toBe(201);
    expect(world.sandbox.faults.decisions.map((d) => [d.target, d.fault.kind])).toEqual([
      ['togai createCustomer', 'error'],
      ['zuora createAccount', 'rate-limit'],
      ['chargebee createCustomer', 'error'],
    ]);
  });

  it('hang in process: the request takes effect and the client gets no answer; a drop changes nothing', async () => {
    world = new ConnectedWorld();
    world.sandbox.faults.set({
      requests: [
        { vendor: 'togai', operation: 'createCustomer', fault: { kind: 'hang' }, count: 1 },
        { vendor: 'togai', operation: 'createCustomer', fault: { kind: 'drop' }, count: 1 },
      ],
    });
    await expect(world.togaiApi('POST', '/customers', customer('c2'))).rejects.toThrow('connection to https://api.togai.com failed before an answer');
    expect((await world.togaiApi('GET', '/customers/c2')).body).toMatchObject({ id: 'c2' });
    await expect(world.togaiApi('POST', '/customers', customer('c3'))).rejects.toThrow('failed before an answer');
    expect((await world.togaiApi('GET', '/customers/c3')).status).toBe(404);
  });

  it('fire as often as their probability says, the same way for the same seed', async () => {
    const decisions = async (seed: number) => {
      const { sandbox, sim } = togaiSandbox({ seed });
      sandbox.faults.set({ requests: [{ vendor: 'togai', operation: 'getCustomers', fault: { kind: 'error', status: 500 }, probability: 0.3 }] });
      const server = await serveHttp(sim, { host: '127.0.0.1', port: 0 });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        const res = await request(`${server.url}/customers`, { headers: { authorization: `Bearer ${TOKEN}` } });
        await res.body.dump();
        statuses.push(res.statusCode);
      }
      await server.close();
      return statuses;
    };
    const a = await decisions(1);
    const failed = a.filter((s) => s === 500).length;
    expect(failed).toBeGreaterThan(40);
    expect(failed).toBeLessThan(80);
    expect(await decisions(1)).toEqual(a);
    expect(await decisions(2)).not.toEqual(a);
  });

  it('drop the HTTP connection without an answer, before anything is done', async () => {
    const { sandbox, sim } = togaiSandbox();
    sandbox.faults.set({ requests: [{ vendor: 'togai', fault: { kind: 'drop' }, count: 1 }] });
    const server: HttpServer = await serveHttp(sim, { host: '127.0.0.1', port: 0 });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    try {
      await expect(request(`${server.url}/customers`, { method: 'POST', headers, body: JSON.stringify(customer('c4')) })).rejects.toThrow(/other side closed|socket/i);
      const next = await request(`${server.url}/customers/c4`, { headers });
      expect(next.statusCode).toBe(404);
      await next.body.dump();
    } finally {
      await server.close();
    }
  });
});

describe('an HTTP hang', () => {
  it('takes effect, leaves the client unanswered, and does not hold the server open when it closes', async () => {
    const { sandbox, sim } = togaiSandbox();
    sandbox.faults.set({ requests: [{ vendor: 'togai', operation: 'createCustomer', fault: { kind: 'hang', ms: 300_000 }, count: 1 }] });
    const server = await serveHttp(sim, { host: '127.0.0.1', port: 0 });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const pending = request(`${server.url}/customers`, { method: 'POST', headers, body: JSON.stringify(customer('c5')), headersTimeout: 300_000 });
    // the request has taken effect while its answer is still held
    await expect.poll(async () => (await sim.call('getCustomer', { params: { customer_id: 'c5' } })).status).toBe(200);
    await server.close();
    await expect(pending).rejects.toThrow(/other side closed|socket/i);
  });
});

describe('delivery faults', () => {
  let world: ConnectedWorld;
  afterEach(() => world?.close());

  const account = (id: string) => ({ ...customer(id), account: { id, name: `Account ${id}`, invoiceCurrency: 'USD' } });

  it('duplicate a delivery, and the connector acts once', async () => {
    world = new ConnectedWorld(undefined, 3);
    world.sandbox.faults.set({ deliveries: [{ source: 'togai', fault: { kind: 'duplicate' } }] });
    await world.togaiApi('POST', '/customers', account('d1'));
    await world.settle();
    const created = world.deliveries('togai');
    expect(created.map((d) => [d.eventType, d.duplicateOf ?? null])).toEqual([
      ['account.created', null],
      ['account.created', created[0]!.id],
    ]);
    expect((await world.zuoraApi('GET', '/object-query/accounts')).body.data).toHaveLength(1);
  });

  it('delay, reorder and lose first attempts, in virtual time', async () => {
    world = new ConnectedWorld(undefined, 3);
    world.sandbox.faults.set({
      deliveries: [
        { source: 'togai', fault: { kind: 'reorder' }, count: 1 },
        { source: 'zuora', fault: { kind: 'delay', seconds: 600 }, count: 1 },
        { source: 'chargebee', fault: { kind: 'drop-then-retry' }, count: 1 },
      ],
    });
    await world.togaiApi('POST', '/customers', account('first'));
    await world.togaiApi('POST', '/customers', account('second'));
    await world.settle();
    const togai = world.deliveries('togai').filter((d) => d.eventType === 'account.created');
    expect(togai.map((d) => JSON.parse(d.body).data.account.id)).toEqual(['first', 'second']);
    // the first was held back until the second had gone: the connector heard of them the other way round
    const heard = world.answers.filter((a) => a.path === '/togai/notifications').map((a) => JSON.stringify(a.body).match(/Togai account '(\w+)'/)?.[1]);
    expect(heard).toEqual(['second', 'first']);
    expect(togai.map((d) => d.attempts.length)).toEqual([1, 1]);
    const zuora = world.deliveries('zuora')[0]!;
    expect(zuora.attempts).toEqual([]);
    expect(zuora.nextAttemptAt).toBe('2026-01-01T00:10:00.000Z');
    const chargebee = world.deliveries('chargebee')[0]!;
    expect(chargebee.attempts).toEqual([{ at: '2026-01-01T00:00:00.000Z', error: 'lost in transit (a fault the fault plan injected)' }]);
    await world.advance('PT10M');
    expect(zuora.attempts.map((a) => [a.at, a.status])).toEqual([['2026-01-01T00:10:00.000Z', 200]]);
    expect(chargebee.attempts.map((a) => a.status)).toEqual([undefined, 200]);
  });
});

describe('the fault plan over /__admin/faults', () => {
  it('is set with PUT, read back with its decisions, and refused with the field at fault', async () => {
    const { sandbox, sim } = togaiSandbox();
    const server = await serveHttp(sim, { host: '127.0.0.1', port: 0 });
    const admin = { authorization: `Bearer ${sandbox.adminToken}` };
    try {
      const put = (body: unknown) =>
        request(`${server.url}/__admin/faults`, { method: 'PUT', headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.statusCode, body: (await r.body.json()) as any }));
      const set = await put({ requests: [{ vendor: 'togai', operation: 'getCustomers', fault: { kind: 'error', status: 503 }, count: 1 }] });
      expect(set.status).toBe(200);
      const first = await request(`${server.url}/customers`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(first.statusCode).toBe(503);
      await first.body.dump();
      const state = await request(`${server.url}/__admin/faults`, { headers: admin }).then((r) => r.body.json() as Promise<any>);
      expect(state.decisions).toEqual([{ at: '2026-01-01T00:00:00.000Z', target: 'togai getCustomers', fault: { kind: 'error', status: 503 } }]);
      const bad = await put({ requests: [{ vendor: 'togai', fault: { kind: 'error', status: 404 } }] });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatch(/requests.0.*fault.*status/);
    } finally {
      await server.close();
    }
  });
});
