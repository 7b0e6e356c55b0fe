import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { mswHandlers } from '../simulators/kit/msw-transport.js';
import { TOGAI, TOKEN, togaiSandbox } from './support/togai.js';

/** One request as a client sends it, raw, so both transports see exactly the same bytes. */
interface Probe {
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

const auth = { authorization: `Bearer ${TOKEN}` };
const json = { ...auth, 'content-type': 'application/json' };
// both sandboxes take the same admin token, so the two transports see the same requests
const ADMIN_TOKEN = 'transports-admin-token';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const probes: Probe[] = [
  { method: 'POST', path: '/customers', headers: json, body: JSON.stringify({ id: 'c1', name: 'Acme Ltd', primaryEmail: 'a@acme.test', address: { line1: '1 Road' } }) },
  { method: 'GET', path: '/customers/c1', headers: auth },
  { method: 'GET', path: '/customers?pageSize=1', headers: auth },
  { method: 'POST', path: '/customers', headers: json, body: JSON.stringify({ id: 'c1', name: 'Acme Ltd', primaryEmail: 'a@acme.test', address: { line1: '1 Road' } }) },
  { method: 'POST', path: '/customers', headers: json, body: '{"id": ' },
  { method: 'POST', path: '/customers', headers: { ...auth, 'content-type': 'text/plain' }, body: 'hello' },
  { method: 'POST', path: '/customers', headers: json, body: JSON.stringify({ id: 'c2', name: 'x', primaryEmail: 1 }) },
  { method: 'GET', path: '/customers/nobody', headers: auth },
  { method: 'GET', path: '/customers/c1' },
  { method: 'PUT', path: '/customers/c1', headers: auth },
  { method: 'GET', path: '/no/such/route', headers: auth },
  { method: 'GET', path: '/customers?pageSize=abc', headers: auth },
  { method: 'GET', path: '/__admin/clock', headers: admin },
  { method: 'POST', path: '/__admin/clock/advance', headers: { ...admin, 'content-type': 'application/json' }, body: '{"duration":"P1D"}' },
  { method: 'GET', path: '/__admin/clock' },
  { method: 'GET', path: '/accounts/c1', headers: auth },
];

async function run(base: string): Promise<{ status: number; type: string | null; body: string }[]> {
  const out = [];
  for (const p of probes) {
    const res = await fetch(base + p.path, { method: p.method, headers: p.headers, body: p.body });
    out.push({ status: res.status, type: res.headers.get('content-type'), body: await res.text() });
  }
  return out;
}

describe('one handler, two transports', () => {
  let http: HttpServer;
  const viaHttp = togaiSandbox({ seed: 3, adminToken: ADMIN_TOKEN });
  const viaMsw = togaiSandbox({ seed: 3, adminToken: ADMIN_TOKEN });
  const msw = setupServer(...mswHandlers(viaMsw.sim));

  beforeAll(async () => {
    http = await serveHttp(viaHttp.sim);
  });
  afterAll(async () => {
    await http.close();
    msw.close();
  });

  it('gives the same status, content type and body over Fastify and over msw', async () => {
    const overHttp = await run(http.url);
    msw.listen({ onUnhandledRequest: 'error' });
    const overMsw = await run(TOGAI);
    msw.close();
    expect(overMsw).toEqual(overHttp);
    // and the probes did exercise success and every kind of failure
    expect(overHttp.map((r) => r.status)).toEqual([201, 200, 200, 400, 400, 415, 400, 404, 401, 405, 404, 400, 200, 200, 401, 200]);
  });

  it('logs each request with its operation and status on either transport', () => {
    const logged = viaMsw.sim.log.list().requests.map((r) => `${r.operationId ?? '-'} ${r.status}`);
    expect(logged.slice(0, 3)).toEqual(['createCustomer 201', 'getCustomer 200', 'getCustomers 200']);
    expect(viaHttp.sim.log.list().requests.map((r) => r.status)).toEqual(viaMsw.sim.log.list().requests.map((r) => r.status));
  });
});
