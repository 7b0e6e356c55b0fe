import type { CallInput } from '../../simulators/kit/simulator.js';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import AjvModule from 'ajv';
import Chargebee from 'chargebee';
import { serveHttp, type HttpServer } from '../../simulators/kit/http-transport.js';
import { Sandbox, type SandboxOptions } from '../../simulators/kit/sandbox.js';
import type { Simulator } from '../../simulators/kit/simulator.js';
import { loadContract } from '../../simulators/kit/contract.js';
import { encodeForm } from '../../simulators/chargebee/form-encoder.js';
import { createChargebeeSimulator, type ChargebeeOptions } from '../../simulators/chargebee/index.js';
import type { ChargebeeState } from '../../simulators/chargebee/state.js';
import { bodyOf, send } from './http.js';

export { expectConformance } from './conformance.js';

export const SITE = 'acme';
export const API_KEY = 'test_acme_api_key';
export const START = Date.parse('2026-01-01T00:00:00Z');

export type ChargebeeSim = Simulator<ChargebeeState>;

export function chargebeeSandbox(options: SandboxOptions = {}, sim: Partial<ChargebeeOptions> = {}): { sandbox: Sandbox; sim: ChargebeeSim } {
  const sandbox = new Sandbox({ seed: 7, ...options });
  return { sandbox, sim: createChargebeeSimulator(sandbox, { site: SITE, apiKey: API_KEY, ...sim }) };
}

/** The official SDK pointed at a local server: only site, key, protocol, host suffix and port. */
export function sdkFor(port: number, apiKey = API_KEY): Chargebee {
  return new Chargebee({ site: '127.0.0.1', apiKey, protocol: 'http', hostSuffix: '', port });
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** A plain HTTP client for what the SDK would never send: `form` as text is sent verbatim. */
export type RawClient = (method: string, path: string, form?: string | Record<string, unknown>, headers?: Record<string, string>) => Promise<RawAnswer>;

export function basic(apiKey = API_KEY): string {
  return `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
}

export function rawClient(server: HttpServer): RawClient {
  return async (method, path, form, headers = { authorization: basic() }) => {
    const body = form === undefined ? undefined : typeof form === 'string' ? form : encodeForm(form);
    const res = await send(`${server.url}/api/v2${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }), ...headers },
      body,
    });
    return { status: res.status, headers: res.headers, body: bodyOf(res) };
  };
}

/** A simulator served over HTTP on 127.0.0.1, with the SDK and a raw client for it. */
export async function servedChargebee(options: SandboxOptions = {}, sim: Partial<ChargebeeOptions> = {}) {
  const made = chargebeeSandbox(options, sim);
  const http = await serveHttp(made.sim);
  return { ...made, http, sdk: sdkFor(http.port), raw: rawClient(http) };
}

/** In-process call that fails the test on a non-2xx answer, for setting up fixtures. */
export async function must(sim: ChargebeeSim, operationId: string, input: CallInput = {}): Promise<any> {
  const res = await sim.call(operationId, input);
  if (res.status >= 300) throw new Error(`${operationId} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A catalog: a monthly USD plan at 10.00 per unit and a one-off charge at 25.00 (minor units). */
export async function seedCatalog(sim: ChargebeeSim): Promise<void> {
  await must(sim, 'createItemFamily', { body: { id: 'fam', name: 'Family' } });
  await must(sim, 'createItem', { body: { id: 'plan', name: 'Plan', type: 'plan', item_family_id: 'fam' } });
  await must(sim, 'createItemPrice', { body: { id: 'plan-USD-monthly', name: 'Plan USD monthly', item_id: 'plan', pricing_model: 'per_unit', price: 1000, period: 1, period_unit: 'month' } });
  await must(sim, 'createItem', { body: { id: 'setup', name: 'Setup', type: 'charge', item_family_id: 'fam' } });
  await must(sim, 'createItemPrice', { body: { id: 'setup-USD', name: 'Setup USD', item_id: 'setup', price: 2500 } });
}

export const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
}

/** A local webhook receiver on 127.0.0.1 answering one scripted status per request (then 200). */
export function receiver(statuses: number[] = []): Promise<{ url: string; got: Received[]; statuses: number[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/chargebee/webhooks`, got, statuses, server });
    }),
  );
}

let webhookEventValidator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

/** Problems of a delivered body against the contract's WebhookEvent schema; empty when it conforms. */
export function webhookEventProblems(body: unknown): string[] {
  if (!webhookEventValidator) {
    const ajv = new AjvModule.default({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(loadContract('chargebee.yaml').document, 'chargebee');
    webhookEventValidator = ajv.getSchema('chargebee#/components/schemas/WebhookEvent')!;
  }
  return webhookEventValidator(body) ? [] : [JSON.stringify(webhookEventValidator.errors)];
}
