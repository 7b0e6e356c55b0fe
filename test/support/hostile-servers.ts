/**
 * The three simulators served over real HTTP on 127.0.0.1 for the hostile-request tests (issue
 * 13, items 1 and 7), with their request timeout cut to TIMEOUT: each vendor's clients, how to
 * reach it, what its errors look like and a normal request that must keep working; the vendor's
 * 400 for a limit; and the check that every server still answers and Object.prototype is intact.
 *
 * A test file calls serveHostileSandboxes() once, at its top level; the bindings below are set for
 * that file by its beforeAll (vitest gives each test file its own copy of this module).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { serveHttp, type HttpServer } from '../../simulators/kit/http-transport.js';
import { basic, chargebeeSandbox, rawClient, type RawClient } from './chargebee.js';
import { expectConformance } from './conformance.js';
import { chargebeeShape, togaiShape, zuoraShape } from './fuzz-shapes.js';
import { TOKEN, togaiClient, togaiSandbox, type TogaiClient } from './togai.js';
import { accountBody, zuoraClient, zuoraSandbox, type ZuoraClient } from './zuora.js';

/** Short enough to wait out in a test; the servers check it every tenth of it. */
export const TIMEOUT = 300;

export type Answer = { status: number; body: any };

/** One served simulator: how to reach it, what its errors look like, and a normal request that must keep working. */
export interface Vendor {
  name: string;
  http: HttpServer;
  /** Headers an authenticated request carries. */
  auth(): Promise<Record<string, string>>;
  /** Problems with an error body; empty when it is in the vendor's shape. */
  shape(answer: Answer, path: string): string[];
  /** Create a record and read it back, expecting what was sent. */
  healthy(n: number): Promise<void>;
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

export let zuora: ZuoraClient;
export let chargebee: RawClient;
export let togai: TogaiClient;
export let vendors: Vendor[];
/** The Togai simulator behind `togai`, for what the in-process transport must do alike. */
export let togaiSim: ReturnType<typeof togaiSandbox>;
let checks = 0;

/** The served vendor called `name`. */
export const vendor = (name: string) => vendors.find((v) => v.name === name)!;

/** The 400 a limit gives: the vendor's shape, naming `field`, saying what is wrong. */
export function expectRefused(v: Vendor, answer: Answer, path: string, field: string, problem: RegExp): void {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(400);
  expect(v.shape(answer, path)).toEqual([]);
  const text = JSON.stringify(answer.body);
  expect(text).toContain(field);
  expect(text).toMatch(problem);
}

export async function expectAllHealthy(): Promise<void> {
  for (const v of vendors) await v.healthy(++checks);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Serve Zuora, Chargebee and Togai sandboxes for the calling test file, and close them (checked for conformance) after it. */
export function serveHostileSandboxes(): void {
  const zuoraSim = zuoraSandbox({ seed: 131 });
  const chargebeeSim = chargebeeSandbox({ seed: 132 });
  togaiSim = togaiSandbox({ seed: 133 });
  const sims = [zuoraSim, chargebeeSim, togaiSim];

  beforeAll(async () => {
    const [z, c, t] = await Promise.all(sims.map((s) => serveHttp(s.sim, { requestTimeoutMs: TIMEOUT })));
    zuora = zuoraClient(z!.url);
    chargebee = rawClient(c!);
    togai = togaiClient(t!.url);
    vendors = [
      {
        name: 'zuora',
        http: z!,
        auth: async () => ({ authorization: `Bearer ${await zuora.token()}` }),
        shape: (a, path) => zuoraShape(a.body, path, undefined),
        async healthy(n) {
          const created = await zuora('POST', '/v1/accounts', accountBody({ name: `Healthy ${n}` }));
          expect(created.body).toMatchObject({ success: true });
          const read = await zuora('GET', `/v1/accounts/${created.body.accountNumber}`);
          expect(read.body.basicInfo).toMatchObject({ name: `Healthy ${n}`, accountNumber: created.body.accountNumber });
        },
      },
      {
        name: 'chargebee',
        http: c!,
        auth: async () => ({ authorization: basic() }),
        shape: (a) => chargebeeShape(a.body, a.status),
        async healthy(n) {
          expect((await chargebee('POST', '/customers', { id: `healthy-${n}`, first_name: 'Ada' })).status).toBe(200);
          expect((await chargebee('GET', `/customers/healthy-${n}`)).body.customer).toMatchObject({ id: `healthy-${n}`, first_name: 'Ada' });
        },
      },
      {
        name: 'togai',
        http: t!,
        auth: async () => ({ authorization: `Bearer ${TOKEN}` }),
        shape: (a) => togaiShape(a.body),
        async healthy(n) {
          const created = await togai('POST', '/customers', { id: `healthy-${n}`, name: `Healthy ${n}`, primaryEmail: 'h@example.com', address: { line1: '1 Main St' } });
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          expect((await togai('GET', `/customers/healthy-${n}`)).body).toMatchObject({ id: `healthy-${n}`, name: `Healthy ${n}` });
        },
      },
    ];
  });

  afterAll(async () => {
    for (const s of sims) expectConformance(s.sim);
    await Promise.all((vendors ?? []).map((v) => v.http.close()));
    for (const s of sims) s.sandbox.stop();
  });
}
