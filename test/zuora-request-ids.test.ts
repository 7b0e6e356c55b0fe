/**
 * Zuora-Request-Id on every answer, over both transports: successes and failures of every kind,
 * each with an ID of its own, the same run after run for a seed, and drawn apart from record IDs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { Random } from '../simulators/kit/random.js';
import { expectConformance } from './support/conformance.js';
import { accountBody, inProcessZuora, requestToken, zuoraClient, zuoraSandbox, ZUORA, type Answer, type ZuoraClient } from './support/zuora.js';

/** 36 characters, as the API reference gives the header: a UUID with its hyphens. */
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const requestIdOf = (answer: Answer | Response) => answer.headers.get('zuora-request-id');

/** One answer of each kind a client can meet, in the order sent. */
async function answersOfEveryKind(base: string, zuora: ZuoraClient): Promise<Record<string, Answer | Response>> {
  return {
    token: await requestToken(base),
    refusedToken: await requestToken(base, { client_secret: 'wrong' }),
    success: await zuora('GET', '/v1/catalog/products'),
    created: await zuora('POST', '/v1/accounts', accountBody()),
    v1Failure: await zuora('GET', '/v1/accounts/nobody'),
    crudNotFound: await zuora('GET', `/v1/object/product/${'0'.repeat(32)}`),
    queryFailure: await zuora('GET', '/object-query/accounts?pageSize=0'),
    invalid: await zuora('POST', '/v1/accounts', { name: 'No currency' }),
    unauthenticated: await zuora('GET', '/v1/accounts/A00000001', undefined, { authorization: '' }),
    unknownRoute: await zuora('GET', '/v1/no/such/path'),
    wrongMethod: await zuora('DELETE', '/v1/catalog/products'),
  };
}

function expectOwnIds(answers: Record<string, Answer | Response>): string[] {
  const ids = Object.entries(answers).map(([kind, answer]) => {
    expect(requestIdOf(answer), kind).toMatch(REQUEST_ID);
    return requestIdOf(answer)!;
  });
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
}

describe('Zuora-Request-Id in process (msw)', () => {
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 12 });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('carries an ID of its own on every answer, success or failure, of every API family', async () => {
    const answers = await answersOfEveryKind(ZUORA, zuora);
    expect(Object.values(answers).map((a) => a.status)).toEqual([200, 401, 200, 200, 200, 404, 400, 400, 401, 404, 405]);
    expectOwnIds(answers);
  });

  it('carries one on answers the fault plan injects, too', async () => {
    sandbox.faults.addOneShot({ vendor: 'zuora', operation: 'listCatalogProducts', fault: { kind: 'error', status: 503 }, count: 1 });
    sandbox.faults.addOneShot({ vendor: 'zuora', operation: 'listCatalogProducts', fault: { kind: 'rate-limit', retryAfterSeconds: 2 }, count: 1 });
    const outage = await zuora('GET', '/v1/catalog/products');
    const limited = await zuora('GET', '/v1/catalog/products');
    expect([outage.status, limited.status]).toEqual([503, 429]);
    expectOwnIds({ outage, limited });
  });

  it('replays the first answer\'s headers, its ID among them, for a repeated idempotency key (guide_idempotent-requests.md)', async () => {
    const key = { 'idempotency-key': 'account-once' };
    const first = await zuora('POST', '/v1/accounts', accountBody({ name: 'Once' }), key);
    const again = await zuora('POST', '/v1/accounts', accountBody({ name: 'Once' }), key);
    expect(again.body).toEqual(first.body);
    expect(requestIdOf(again)).toBe(requestIdOf(first));
  });
});

describe('Zuora-Request-Id over HTTP', () => {
  const { sim } = zuoraSandbox({ seed: 12 });
  let http: HttpServer;
  beforeAll(async () => {
    http = await serveHttp(sim);
  });
  afterAll(async () => {
    expectConformance(sim);
    await http?.close();
  });

  it('carries the same IDs as in process for the same seed and requests, and one on what the transport refuses', async () => {
    const overHttp = expectOwnIds(await answersOfEveryKind(http.url, zuoraClient(http.url)));
    const twin = inProcessZuora({ seed: 12 });
    twin.server.listen({ onUnhandledRequest: 'error' });
    try {
      expect(expectOwnIds(await answersOfEveryKind(ZUORA, twin.zuora))).toEqual(overHttp);
    } finally {
      twin.server.close();
    }
    const tooLarge = await fetch(`${http.url}/v1/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(requestIdOf(tooLarge)).toMatch(REQUEST_ID);
    expect(overHttp).not.toContain(requestIdOf(tooLarge));
  });
});

describe('Zuora-Request-Id streams', () => {
  it('differ between seeds, and leave record IDs where they were', async () => {
    const ids = async (seed: number) => {
      const { sim } = zuoraSandbox({ seed });
      const failed = await sim.call('getAccount', { params: { 'account-key': 'nobody' } }, { validate: false });
      expect(failed.body.success).toBe(false);
      const product = await sim.call('crudCreateProduct', { body: { Name: 'First', EffectiveStartDate: '2025-01-01', EffectiveEndDate: '2030-01-01' } });
      return { requestId: sim.state.nextRequestId(), productId: product.body.Id as string };
    };
    const [a, b] = [await ids(1), await ids(2)];
    expect(a.requestId).not.toBe(b.requestId);
    // the first record of a seed takes the first ID of the simulator's record stream, however many answers went before
    expect(a.productId).toBe(new Random(1, 'zuora').hex(32));
  });
});
