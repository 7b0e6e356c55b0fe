/**
 * Requirement: for every operation, a missing required field, a wrong type, an over-long string
 * and an unknown enum value each give 4xx with `{message}` naming the field, and never 5xx.
 *
 * The cases are generated from contracts/togai.yaml (see test/support/malformed.ts), so an
 * operation added to the contract is covered without editing this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { send as sendHttp } from './support/http.js';
import { loadContract } from '../simulators/kit/contract.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { Sandbox } from '../simulators/kit/sandbox.js';
import { createTogaiSimulator } from '../simulators/togai/index.js';

import {
  CATEGORIES,
  hasRequiredAnywhere,
  jsonBodySchema,
  parametersOf,
  planContract,
  urlPath,
  type Category,
  type MalformedCase,
  type RequestParts,
} from './support/malformed.js';

const API_TOKEN = 'malformed-test-token';
const contract = loadContract('togai.yaml');
const plans = planContract(contract, { perCategory: 3 });
const allCases: MalformedCase[] = plans.flatMap((p) => p.cases);

let server: HttpServer;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = new Sandbox({ seed: 11 });
  const sim = createTogaiSimulator(sandbox, { apiToken: API_TOKEN });
  server = await serveHttp(sim);
});

afterAll(async () => {
  // every answer, including every refusal, must itself conform to the contract
  expectConformance(sandbox.simulator('togai'));
  await server?.close();
  sandbox?.stop();
});

interface Answer {
  status: number;
  text: string;
  json: unknown;
}

async function send(method: string, op: { path: string }, request: RequestParts): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${API_TOKEN}` };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const { status, text } = await sendHttp(server.url + urlPath(contract, op, request), {
    method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status, text, json };
}

describe('generated requests are what they claim to be (checked in-process against the contract)', () => {
  it('every baseline request passes contract validation', () => {
    for (const plan of plans) {
      const issues = contract.validateRequest(plan.op, {
        path: plan.baseline.params,
        query: plan.baseline.query,
        header: {},
        body: plan.baseline.body,
      });
      expect(issues, `${plan.op.operationId} baseline ${JSON.stringify(plan.baseline)}`).toEqual([]);
    }
  });

  it('every malformed request is invalid at its target field and nowhere else', () => {
    for (const c of allCases) {
      const plan = plans.find((p) => p.op.operationId === c.operationId)!;
      const issues = contract.validateRequest(plan.op, {
        path: c.request.params,
        query: c.request.query,
        header: {},
        body: c.request.body,
      });
      expect(issues.length, `${c.name}: ${JSON.stringify(c.request)}`).toBeGreaterThan(0);
      for (const issue of issues) {
        expect({ location: issue.location, field: issue.field }, `${c.name}: ${issue.problem}`).toEqual({
          location: c.location,
          field: c.field,
        });
      }
    }
  });
});

for (const plan of plans) {
  if (plan.cases.length === 0) continue;
  describe(plan.op.operationId, () => {
    for (const c of plan.cases) {
      it(c.name, async () => {
        const answer = await send(c.method, c, c.request);
        const context = `${c.method} ${urlPath(contract, c, c.request)} ${JSON.stringify(c.request.body)} -> ${answer.status} ${answer.text}`;
        expect(answer.status, context).toBeGreaterThanOrEqual(400);
        expect(answer.status, context).toBeLessThan(500);
        expect(answer.json, context).toMatchObject({ message: expect.any(String) });
        const message = (answer.json as { message: string }).message;
        // quoted, so `name` is not satisfied by `account.name`
        expect(message, context).toContain(`'${c.field}'`);
      });
    }
  });
}

describe('coverage of the generator', () => {
  const byOperation = new Map(plans.map((p) => [p.op.operationId, p.cases]));
  const countOf = (cases: MalformedCase[], category: Category) => cases.filter((c) => c.category === category).length;

  it('generates a large number of cases, in every category', () => {
    expect(plans.length).toBe(contract.operations.length);
    expect(allCases.length).toBeGreaterThanOrEqual(100);
    for (const category of CATEGORIES) expect(countOf(allCases, category), category).toBeGreaterThanOrEqual(10);
    for (const cases of byOperation.values()) {
      for (const category of CATEGORIES) expect(countOf(cases, category)).toBeLessThanOrEqual(3);
    }
  });

  it('covers every operation with a body with "missing required" (where the schema requires anything) and "wrong type"', () => {
    for (const op of contract.operations) {
      const schema = jsonBodySchema(op);
      if (!schema) continue;
      const cases = byOperation.get(op.operationId) ?? [];
      expect(countOf(cases, 'wrong type'), `${op.operationId}: wrong type`).toBeGreaterThan(0);
      // a body whose schema requires no property at any depth cannot miss one
      if (hasRequiredAnywhere(schema)) expect(countOf(cases, 'missing required'), `${op.operationId}: missing required`).toBeGreaterThan(0);
    }
  });

  it('covers every operation that has any constrained input', () => {
    for (const op of contract.operations) {
      const cases = byOperation.get(op.operationId) ?? [];
      // judged straight from the contract, independently of the generator: an input can be
      // malformed in one of the four ways if it is a body, or a parameter that is not a plain string
      const constrained =
        jsonBodySchema(op) !== undefined ||
        parametersOf(op).some(
          (p) => (p.schema.type !== undefined && p.schema.type !== 'string') || p.schema.maxLength !== undefined || p.schema.enum !== undefined,
        );
      if (constrained) expect(cases.length, `${op.operationId}: no case`).toBeGreaterThan(0);
      else expect(cases, `${op.operationId} takes only unconstrained strings`).toEqual([]);
    }
  });

  it('case names are unique, so every case is its own test', () => {
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
  });
});

describe('after all the malformed requests', () => {
  it('the simulator still creates and fetches a customer', async () => {
    const create = contract.operation('createCustomer');
    const get = contract.operation('getCustomer');
    const body = { id: 'cust-after-malformed', name: 'After Malformed', primaryEmail: 'after@example.com', address: { line1: '1 Main St' } };
    const created = await send(create.method, create, { params: {}, query: {}, body });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ id: body.id, name: body.name });
    const fetched = await send(get.method, get, { params: { customer_id: body.id }, query: {} });
    expect(fetched.status, fetched.text).toBe(200);
    expect(fetched.json).toMatchObject({ id: body.id, name: body.name, primaryEmail: body.primaryEmail, status: 'ACTIVE' });
  });
});
