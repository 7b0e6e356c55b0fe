import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { setupServer } from 'msw/node';
import { expect } from 'vitest';
import { mswHandlers } from '../../simulators/kit/msw-transport.js';
import type { Sender } from '../../simulators/kit/outbox.js';
import { Sandbox, type SandboxOptions } from '../../simulators/kit/sandbox.js';
import { createZuoraSimulator, type ZuoraOptions, type ZuoraSimulator } from '../../simulators/zuora/index.js';
import { seedZuoraDemo } from '../../simulators/zuora/demo-data.js';
import { bodyOf, send, type Reply } from './http.js';


export const ZUORA = 'https://rest.zuora.com';
/** Zuora OAuth client IDs are 36 characters. */
export const CLIENT_ID = '0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011';
export const CLIENT_SECRET = 'zuora-test-secret';

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export interface ZuoraClient {
  (method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** A fresh token from POST /oauth/token. */
  token(): Promise<string>;
  /** Forget the cached token, so the next call fetches one. */
  forget(): void;
}

function answer(res: Reply): Answer {
  return { status: res.status, headers: res.headers, body: bodyOf(res) };
}

/** POST /oauth/token as a client does: form-encoded client credentials. */
export async function requestToken(base: string, fields: Record<string, string> = {}): Promise<Answer> {
  const form = new URLSearchParams({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials', ...fields });
  return answer(await send(`${base}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }));
}

/** What a client saw: tests check every answer of a run at once (none a 5xx, say). */
export interface Observed {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/** A client of a Zuora simulator at `base` that gets (and caches) its own bearer token, as a real integration does. */
export function zuoraClient(base: string, seen?: Observed[]): ZuoraClient {
  let cached: string | undefined;
  const token = async () => {
    const res = await requestToken(base);
    if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${JSON.stringify(res.body)}`);
    cached = res.body.access_token as string;
    return cached;
  };
  const call = (async (method, path, body, headers = {}) => {
    cached ??= await token();
    const res = await send(base + path, {
      method,
      headers: { authorization: `Bearer ${cached}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const got = answer(res);
    seen?.push({ method, path, status: got.status, body: got.body });
    return got;
  }) as ZuoraClient;
  call.token = token;
  call.forget = () => (cached = undefined);
  return call;
}

export function zuoraSandbox(options: SandboxOptions = {}, tenant: Partial<ZuoraOptions> = {}): { sandbox: Sandbox; sim: ZuoraSimulator } {
  const sandbox = new Sandbox({ seed: 21, ...options });
  return { sandbox, sim: createZuoraSimulator(sandbox, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...tenant }) };
}

/** A Zuora sandbox served in-process through msw at the real Zuora host. */
export function inProcessZuora(options: SandboxOptions = {}, tenant: Partial<ZuoraOptions> = {}) {
  const { sandbox, sim } = zuoraSandbox(options, tenant);
  const server = setupServer(...mswHandlers(sim));
  const seen: Observed[] = [];
  return { sandbox, sim, server, seen, zuora: zuoraClient(ZUORA, seen) };
}

export interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** An in-process callout receiver: records each attempt and answers the scripted statuses (then 200). */
export function scriptedSender(statuses: number[] = []): { sender: Sender; sent: Sent[] } {
  const sent: Sent[] = [];
  const sender: Sender = async (url, init) => {
    sent.push({ url, ...init });
    return statuses.shift() ?? 200;
  };
  return { sender, sent };
}

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP receiver on 127.0.0.1 whose answers the test scripts: one status per request, then 200. */
export function receiver(statuses: number[] = []): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/zuora/callouts`, got, server });
    }),
  );
}

/** The demo catalog, and the IDs of its product, rate plan and usage charge. */
export async function demoCatalog(sim: ZuoraSimulator, faker: Awaited<ReturnType<Sandbox['faker']>>) {
  await seedZuoraDemo(sim, faker, { validate: true });
  const product = [...sim.state.store.values<{ Id: string; ratePlanIds: string[]; fields: Record<string, unknown> }>('product')][0]!;
  const planId = product.ratePlanIds[0]!;
  const chargeId = sim.state.ratePlan(planId)!.chargeIds[0]!;
  return { productId: product.Id, sku: String(product.fields.SKU), planId, chargeId };
}

/** A minimal valid account body. */
export function accountBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Amy Lawrence',
    currency: 'USD',
    billCycleDay: 1,
    billToContact: { firstName: 'Amy', lastName: 'Lawrence', country: 'United States', state: 'CA', workEmail: 'amy@example.com' },
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// expected error bodies

const text = (m: string | RegExp) => (typeof m === 'string' ? expect.stringContaining(m) : expect.stringMatching(m));

/** `{success: false, processId, reasons: [{code, message}]}`, the failure body of the non-CRUD operations. */
export function failure(code: number, message: string | RegExp) {
  return { success: false, processId: expect.stringMatching(/^[0-9A-F]{16}$/), reasons: [{ code, message: text(message) }] };
}

/** `{Success: false, Errors: [{Code, Message}]}`, the failure body of the CRUD operations. */
export function crudFailure(message: string | RegExp) {
  return { Success: false, Errors: [{ Code: 'INVALID_VALUE', Message: text(message) }] };
}
