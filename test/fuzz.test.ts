/**
 * Requirement (issue 7, item 3): at least 2,000 malformed requests generated from the contracts
 * (missing required inputs, wrong types, boundary lengths and values, unreadable JSON and form
 * bodies, wrong Content-Types, oversized bodies, unknown paths and methods), across every
 * operation of the three simulators, answered with no 5xx and every error body in the vendor's
 * shape; afterwards each simulator still answers a valid sequence correctly.
 *
 * Cases come from test/support/fuzz-cases.ts (seeded, so the same every run) and go over real
 * HTTP on 127.0.0.1 (test/support/http.ts), authenticated, at most eight at a time. The narrower
 * malformed suites (test/*-malformed.test.ts) stay: they check that each refusal names its field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeChargebeeForm } from '../simulators/chargebee/form-decoder.js';
import { encodeForm } from '../simulators/chargebee/form-encoder.js';
import { Contract, loadContract } from '../simulators/kit/contract.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import type { Sandbox } from '../simulators/kit/sandbox.js';
import type { Simulator } from '../simulators/kit/simulator.js';
import { basic, chargebeeSandbox } from './support/chargebee.js';
import { expectConformance } from './support/conformance.js';
import { countBy, FUZZ_KINDS, fuzzCases, refusable, type FuzzCase, type FuzzKind, type FuzzOptions } from './support/fuzz-cases.js';
import { fieldCases } from './support/fuzz-fields.js';
import { send as sendHttp } from './support/http.js';
import { chargebeeShape, documents, togaiShape, zuoraShape } from './support/fuzz-shapes.js';
import { TOKEN, togaiSandbox } from './support/togai.js';
import { accountBody, requestToken, zuoraSandbox } from './support/zuora.js';

const SEED = 2026;
const IN_FLIGHT = 8;
const chargebeeCodec = { encode: encodeForm, decode: decodeChargebeeForm };

interface Answer {
  status: number;
  type: string;
  text: string;
}

interface Vendor {
  vendor: string;
  contract: Contract;
  options: FuzzOptions;
  start(): { sandbox: Sandbox; sim: Simulator<any> };
  /** Credentials for every request, once the server is up. */
  credentials(base: string): Promise<Record<string, string>>;
  shape(c: FuzzCase, status: number, body: unknown): string[];
  /** A short valid sequence, with the expected fields read back. */
  afterwards(call: (method: string, path: string, body?: string, type?: string) => Promise<{ status: number; body: any }>): Promise<void>;
}

const form = 'application/x-www-form-urlencoded';
const json = 'application/json';

const VENDORS: Vendor[] = [
  {
    vendor: 'togai',
    contract: loadContract('togai.yaml'),
    options: { vendor: 'togai', seed: SEED },
    start: () => togaiSandbox(),
    credentials: async () => ({ authorization: `Bearer ${TOKEN}` }),
    shape: (_c, _status, body) => togaiShape(body),
    async afterwards(call) {
      const customer = { id: 'after-fuzz', name: 'After Fuzz', primaryEmail: 'after@example.com', address: { line1: '1 Main St', city: 'Springfield', country: 'US' } };
      const created = await call('POST', '/customers', JSON.stringify(customer), json);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const read = await call('GET', '/customers/after-fuzz');
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: customer.id, name: customer.name, primaryEmail: customer.primaryEmail, status: 'ACTIVE' });
    },
  },
  {
    vendor: 'zuora',
    contract: loadContract('zuora.yaml'),
    options: { vendor: 'zuora', seed: SEED },
    start: () => zuoraSandbox(),
    async credentials(base) {
      const token = await requestToken(base);
      if (token.status !== 200) throw new Error(`token request failed: ${token.status} ${JSON.stringify(token.body)}`);
      return { authorization: `Bearer ${token.body.access_token}` };
    },
    shape: (c, _status, body) => zuoraShape(body, c.request.url.split('?')[0]!, c.operationId),
    async afterwards(call) {
      const created = await call('POST', '/v1/accounts', JSON.stringify(accountBody({ name: 'After Fuzz' })), json);
      expect(created.status).toBe(200);
      expect(created.body, JSON.stringify(created.body)).toMatchObject({ success: true, accountNumber: expect.any(String) });
      const read = await call('GET', `/v1/accounts/${created.body.accountNumber}`);
      expect(read.body).toMatchObject({
        success: true,
        basicInfo: { name: 'After Fuzz', accountNumber: created.body.accountNumber, status: 'Active' },
        billingAndPayment: { currency: 'USD', billCycleDay: 1 },
        billToContact: { firstName: 'Amy', lastName: 'Lawrence' },
      });
    },
  },
  {
    vendor: 'chargebee',
    contract: loadContract('chargebee.yaml'),
    options: { vendor: 'chargebee', seed: SEED, codec: chargebeeCodec },
    start: () => chargebeeSandbox(),
    credentials: async () => ({ authorization: basic() }),
    shape: (_c, status, body) => chargebeeShape(body, status),
    async afterwards(call) {
      const created = await call('POST', '/api/v2/customers', encodeForm({ id: 'after-fuzz', first_name: 'Ada', email: 'ada@example.com' }), form);
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const read = await call('GET', '/api/v2/customers/after-fuzz');
      expect(read.status).toBe(200);
      expect(read.body.customer).toMatchObject({ id: 'after-fuzz', first_name: 'Ada', email: 'ada@example.com' });
    },
  },
];

/**
 * Cases are generated from a fresh copy of each contract: openapi-backend, compiling an
 * operation's validators, drops binary properties (importUsage's `file`) from the `required`
 * list of the schema it shares with the operation, so the served copy reads differently once
 * it has validated a request.
 */
const generate = (v: Vendor) => fuzzCases(new Contract(v.contract.file, v.contract.document), v.options);
const CASES = new Map(VENDORS.map((v) => [v.vendor, generate(v)]));
const ALL = [...CASES.values()].flat();

/** `run` over every item with at most `limit` in flight; results in the items' order. */
async function inFlight<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

function clip(text: string | undefined, max = 400): string {
  if (text === undefined) return '(none)';
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** What is wrong with an answer to a malformed request; empty when it is a 4xx in the vendor's shape and contract. */
function problemsOf(v: Vendor, c: FuzzCase, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status < 400 || answer.status > 499) problems.push(`status ${answer.status} is not a 4xx`);
  if (!answer.type.startsWith('application/json')) problems.push(`Content-Type '${answer.type}' is not JSON`);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...problems, 'the body is not JSON'];
  }
  problems.push(...v.shape(c, answer.status, body));
  // the contract's schema for this operation and status, where it documents one
  if (c.operationId && documents(v.contract, c.operationId, answer.status)) problems.push(...v.contract.responseViolations(c.operationId, answer.status, body));
  return problems;
}

function report(failures: { c: FuzzCase; answer: Answer; problems: string[] }[]): string {
  const shown = failures.slice(0, 15).map(({ c, answer, problems }) => {
    const headers = Object.entries(c.request.headers).map(([k, val]) => `${k}: ${clip(val, 80)}`);
    return [
      `- ${c.vendor} ${c.operationId ?? `(no operation; from ${c.from})`} [${c.kind}] ${c.detail}`,
      `    request:  ${c.request.method} ${clip(c.request.url, 200)} ${headers.join('; ')}`,
      `    body:     ${clip(c.request.body, 300)}`,
      `    response: ${answer.status} ${clip(answer.text)}`,
      `    problems: ${problems.join('; ')}`,
    ].join('\n');
  });
  return `${failures.length} malformed request(s) answered wrongly:\n${shown.join('\n')}${failures.length > 15 ? `\n… and ${failures.length - 15} more` : ''}`;
}

for (const v of VENDORS) {
  describe(`${v.vendor}: every malformed request gets a 4xx in the vendor's shape`, () => {
    const cases = CASES.get(v.vendor)!;
    const { sandbox, sim } = v.start();
    let http: HttpServer;
    let auth: Record<string, string>;
    let failures: { c: FuzzCase; answer: Answer; problems: string[] }[] = [];

    const send = async (method: string, url: string, headers: Record<string, string>, body?: string): Promise<Answer> => {
      // bytes, not text: a text body would get a Content-Type of its own
      const res = await sendHttp(http.url + url, { method, headers: { ...auth, ...headers }, body: body === undefined ? undefined : Buffer.from(body) });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: res.text };
    };

    beforeAll(async () => {
      http = await serveHttp(sim);
      auth = await v.credentials(http.url);
      // no case changes state (each is refused before any handler runs), so one simulator serves them all
      const answers = await inFlight(cases, IN_FLIGHT, (c) => send(c.request.method, c.request.url, c.request.headers, c.request.body));
      failures = cases.map((c, i) => ({ c, answer: answers[i]!, problems: problemsOf(v, c, answers[i]!) })).filter((f) => f.problems.length);
    });
    afterAll(async () => {
      await http?.close();
      sandbox.stop();
    });

    it.each(FUZZ_KINDS.map((kind) => [kind] as [FuzzKind]))('%s', (kind) => {
      const mine = failures.filter((f) => f.c.kind === kind);
      expect(mine.length, report(mine)).toBe(0);
    });

    it('still answers a valid sequence correctly afterwards, and every answer kept to the contract', async () => {
      // the simulator's own log agrees: nothing but the token request got through
      const through = sim.log.list().requests.filter((r) => r.status < 400 && r.path !== '/oauth/token');
      expect(through.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
      await v.afterwards(async (method, path, body, type) => {
        const answer = await send(method, path, type ? { 'content-type': type } : {}, body);
        return { status: answer.status, body: JSON.parse(answer.text) };
      });
      expectConformance(sim);
    });
  });
}

describe('the generated cases', () => {
  it('number at least 2,000, cover every kind in every simulator, and every operation', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(2_000);
    for (const v of VENDORS) {
      const cases = CASES.get(v.vendor)!;
      const kinds = countBy(cases, (c) => c.kind);
      for (const kind of FUZZ_KINDS) expect(kinds[kind] ?? 0, `${v.vendor} ${kind}`).toBeGreaterThanOrEqual(10);
      const byOp = countBy(cases, (c) => c.from);
      for (const op of v.contract.operations) expect(byOp[op.operationId] ?? 0, `${v.vendor} ${op.operationId}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('give every operation each kind that applies to it', () => {
    for (const v of VENDORS) {
      const has = new Set(CASES.get(v.vendor)!.map((c) => `${c.from}|${c.kind}`));
      const byPath = new Set(CASES.get(v.vendor)!.filter((c) => c.kind === 'wrong method').map((c) => v.contract.operation(c.from).path));
      for (const op of v.contract.operations) {
        const expected: FuzzKind[] = ['unknown path'];
        if (op.mediaTypes.length) expected.push('invalid body', 'wrong content type');
        if (op.method !== 'GET') expected.push('oversized body');
        if (op.bodyRequired) expected.push('missing required');
        if (op.mediaTypes.includes(json) || (v.options.codec && op.mediaTypes.includes(form))) expected.push('wrong type');
        for (const kind of expected) expect(has.has(`${op.operationId}|${kind}`), `${v.vendor} ${op.operationId}: ${kind}`).toBe(true);
        expect(byPath.has(op.path), `${v.vendor} ${op.path}: wrong method`).toBe(true);
      }
    }
  });

  it('leave out field-level cases only where the contract has no status to refuse them with', () => {
    const unrefusable = VENDORS.flatMap((v) => v.contract.operations.filter((op) => !refusable(op)).map((op) => ({ vendor: v.vendor, op })));
    expect(unrefusable.map(({ vendor, op }) => `${vendor} ${op.operationId}`)).toEqual(
      ['crudGetProduct', 'crudGetProductRatePlan', 'crudGetProductRatePlanCharge', 'crudDeleteProductRatePlanCharge', 'crudGetUsage', 'crudDeleteUsage'].map((id) => `zuora ${id}`),
    );
    // all they lose is the over-long trace header; their other kinds are still sent
    for (const { op } of unrefusable) expect(fieldCases(op).cases.map((c) => `${c.location} ${c.field} ${c.label}`)).toEqual(['header zuora-track-id maxLength+1']);
  });

  it('are refused by the contract itself, at the input each one targets (field-level cases)', () => {
    const fieldLevel = ALL.filter((c) => c.check);
    expect(fieldLevel.length).toBeGreaterThan(1_000);
    for (const c of fieldLevel) {
      const contract = VENDORS.find((v) => v.vendor === c.vendor)!.contract;
      const issues = contract.validateRequest(contract.operation(c.operationId!), structuredClone(c.check!.parts));
      const hit = issues.some((i) => i.location === c.check!.location && i.field === c.check!.field);
      expect(hit, `${c.name}: ${JSON.stringify(issues)}`).toBe(true);
    }
  });

  it('are the same every run for a seed, with unique names', () => {
    for (const v of VENDORS) expect(generate(v)).toEqual(CASES.get(v.vendor));
    expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
  });
});
