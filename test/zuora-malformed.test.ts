/**
 * Requirement: for every operation, a missing required field, a wrong type and an over-long
 * string (and an unknown enum value) give 4xx in Zuora's error shape naming the field, never
 * 5xx. Cases come from the contract through test/support/malformed.ts; the operations it cannot
 * plan (a form body, a multipart body, a pattern-constrained URL) are covered by hand below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { loadContract } from '../simulators/kit/contract.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { CATEGORIES, hasRequiredAnywhere, jsonBodySchema, planOperation, urlPath, type Category, type MalformedCase, type OperationPlan } from './support/malformed.js';
import { CLIENT_ID, requestToken, zuoraClient, zuoraSandbox, type Observed, type ZuoraClient } from './support/zuora.js';

const contract = loadContract('zuora.yaml');
/**
 * Operations the generator cannot plan: it makes JSON bodies only (createToken takes a form,
 * importUsage a multipart file), and no valid string for createCalloutTemplate's `^https://` pattern.
 */
const BY_HAND = new Set(['createToken', 'importUsage', 'createCalloutTemplate']);
const plans: OperationPlan[] = contract.operations.filter((op) => !BY_HAND.has(op.operationId)).map((op) => planOperation(op, { perCategory: 3 }));
const allCases: MalformedCase[] = plans.flatMap((p) => p.cases);

/** Every message of a Zuora error body, whatever its family's shape. */
function messages(body: any): string[] {
  if (Array.isArray(body?.reasons)) return body.reasons.map((r: { message: string }) => r.message);
  if (Array.isArray(body?.Errors)) return body.Errors.map((e: { Message: string }) => e.Message);
  if (typeof body?.message === 'string') return [body.message];
  // the resend operation's map from ID (or field) to error
  return Object.values(body ?? {}).map((e: any) => String(e?.message));
}

describe('Zuora refuses malformed requests with 4xx naming the field', () => {
  const { sandbox, sim } = zuoraSandbox({ seed: 30 });
  const seen: Observed[] = [];
  let http: HttpServer;
  let zuora: ZuoraClient;
  beforeAll(async () => {
    http = await serveHttp(sim);
    zuora = zuoraClient(http.url, seen);
  });
  afterAll(async () => {
    expectConformance(sim);
    await http?.close();
    sandbox.stop();
  });

  describe('generated requests are what they claim to be', () => {
    it('every baseline request passes contract validation', () => {
      for (const plan of plans) {
        const issues = contract.validateRequest(plan.op, { path: plan.baseline.params, query: plan.baseline.query, header: {}, body: plan.baseline.body });
        expect(issues, plan.op.operationId).toEqual([]);
      }
    });

    it('every malformed request is invalid at its target field and nowhere else', () => {
      for (const c of allCases) {
        const plan = plans.find((p) => p.op.operationId === c.operationId)!;
        const issues = contract.validateRequest(plan.op, { path: c.request.params, query: c.request.query, header: {}, body: c.request.body });
        expect(issues.length, c.name).toBeGreaterThan(0);
        for (const issue of issues) expect({ location: issue.location, field: issue.field }, c.name).toEqual({ location: c.location, field: c.field });
      }
    });

    it('covers every operation with a JSON body, and every category', () => {
      const count = (cases: MalformedCase[], category: Category) => cases.filter((c) => c.category === category).length;
      for (const category of CATEGORIES) expect(count(allCases, category), category).toBeGreaterThanOrEqual(5);
      for (const plan of plans) {
        const schema = jsonBodySchema(plan.op);
        if (!schema) continue;
        expect(count(plan.cases, 'wrong type'), plan.op.operationId).toBeGreaterThan(0);
        if (hasRequiredAnywhere(schema)) expect(count(plan.cases, 'missing required'), plan.op.operationId).toBeGreaterThan(0);
      }
      expect(allCases.length).toBeGreaterThanOrEqual(120);
    });
  });

  for (const plan of plans) {
    if (plan.cases.length === 0) continue;
    describe(plan.op.operationId, () => {
      for (const c of plan.cases) {
        it(c.name, async () => {
          const res = await zuora(c.method, urlPath(contract, c, c.request), c.request.body);
          const context = `${c.method} ${urlPath(contract, c, c.request)} ${JSON.stringify(c.request.body)} -> ${res.status} ${JSON.stringify(res.body)}`;
          expect(res.status, context).toBeGreaterThanOrEqual(400);
          expect(res.status, context).toBeLessThan(500);
          // quoted, so `name` is not satisfied by `billToContact.name`
          expect(messages(res.body).join(' | '), context).toContain(`'${c.field}'`);
        });
      }
    });
  }

  describe('operations covered by hand', () => {
    const template = { name: 'Hook', eventTypeName: 'AccountCreated', calloutBaseurl: 'https://hooks.example.com/zuora', httpMethod: 'POST' };
    const cases: [string, Record<string, unknown>, string][] = [
      ['missing required name', { ...template, name: undefined }, "'name'"],
      ['wrong type httpMethod', { ...template, httpMethod: 12345 }, "'httpMethod'"],
      ['over-long name', { ...template, name: 'x'.repeat(256) }, "'name'"],
      ['unknown enum value httpMethod', { ...template, httpMethod: 'FETCH' }, "'httpMethod'"],
      ['URL not matching ^https://', { ...template, calloutBaseurl: 'ftp://hooks.example.com' }, "'calloutBaseurl'"],
      ['over-long description', { ...template, description: 'd'.repeat(256) }, "'description'"],
    ];
    for (const [name, body, field] of cases) {
      it(`createCalloutTemplate: ${name}`, async () => {
        const res = await zuora('POST', '/notifications/callout-templates', body);
        expect(res.status, JSON.stringify(res.body)).toBe(400);
        expect(messages(res.body).join(' | ')).toContain(field);
      });
    }

    it('createToken: a missing, over-long or unknown-enum form field', async () => {
      const form = (fields: Record<string, string>) =>
        fetch(`${http.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
      const missing = await form({ client_id: CLIENT_ID, grant_type: 'client_credentials' });
      expect(missing.status).toBe(400);
      expect(messages(await missing.json())).toEqual(["Invalid request: body field 'client_secret' is required"]);
      const long = await requestToken(http.url, { client_secret: 's'.repeat(43) });
      expect(long.status).toBe(400);
      expect(messages(long.body)[0]).toContain("'client_secret'");
      const grant = await requestToken(http.url, { grant_type: 'refresh_token' });
      expect(grant.status).toBe(400);
      expect(messages(grant.body)[0]).toContain("'grant_type'");
    });

    it('importUsage: a multipart body without the file part, and no body at all', async () => {
      const token = await zuora.token();
      const form = new FormData();
      form.append('other', 'x');
      const noFile = await fetch(`${http.url}/v1/usage`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      expect(noFile.status).toBe(400);
      expect(messages(await noFile.json())).toEqual(["Invalid request: body field 'file' is required"]);
      const empty = await fetch(`${http.url}/v1/usage`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' } });
      expect(empty.status).toBe(400);
    });

    it('a wrong content type or unreadable JSON is refused with 4xx in the family’s shape', async () => {
      const text = await zuora('POST', '/v1/accounts', 'name=x', { 'content-type': 'text/plain' });
      expect(text.status).toBe(415);
      expect(messages(text.body)[0]).toMatch(/Content-Type 'text\/plain' is not accepted here; send application\/json/);
      const broken = await zuora('POST', '/v1/object/usage', '{"UOM": ', { 'content-type': 'application/json' });
      expect(broken.status).toBe(400);
      expect(broken.body.Errors[0].Message).toMatch(/not valid JSON/);
    });
  });

  describe('after all the malformed requests', () => {
    it('the simulator still creates and reads an account', async () => {
      const created = await zuora('POST', '/v1/accounts', { name: 'After', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'A', lastName: 'B' } });
      expect(created.body.success).toBe(true);
      expect((await zuora('GET', `/v1/accounts/${created.body.accountNumber}`)).body.basicInfo.name).toBe('After');
    });
  });
});
