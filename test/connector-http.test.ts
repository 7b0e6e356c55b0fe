import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { ZuoraClient } from '../connector/clients/zuora.js';
import { retryAfterMs, VendorError, VendorHttp, type RetryPolicy } from '../connector/http/vendor-http.js';

const BASE = 'http://vendor.test';
const RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, timeoutMs: 1000, budgetMs: 20_000 };
const START = Date.parse('2026-01-01T00:00:00Z');

function setup(random = 0.5, retry = RETRY) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const waits: number[] = [];
  // each wait moves the clock on, as a real sleep would
  let now = START;
  const sleep = async (ms: number) => {
    waits.push(ms);
    now += ms;
  };
  const http = new VendorHttp('acme', BASE, retry, { dispatcher: agent, sleep, random: () => random, now: () => now });
  return { agent, pool: agent.get(BASE), waits, http };
}

describe('vendor HTTP calls', () => {
  let agent: MockAgent;
  afterEach(() => agent.close());

  it('retry 503 with exponential backoff and jitter until an answer', async () => {
    const s = setup(0.5);
    agent = s.agent;
    s.pool.intercept({ path: '/things', method: 'POST' }).reply(503, { message: 'busy' }).times(2);
    s.pool.intercept({ path: '/things', method: 'POST' }).reply(201, { id: 't1' }, { headers: { 'content-type': 'application/json' } });
    const res = await s.http.send({ method: 'POST', path: '/things', body: '{}' });
    expect(res).toMatchObject({ status: 201, body: { id: 't1' } });
    // half of 100 ms, then half of 200 ms
    expect(s.waits).toEqual([50, 100]);
    s.agent.assertNoPendingInterceptors();
  });

  it('wait at least what Retry-After asks, in seconds or as a date', async () => {
    const s = setup(0);
    agent = s.agent;
    s.pool.intercept({ path: '/a', method: 'GET' }).reply(429, '', { headers: { 'retry-after': '3' } });
    s.pool.intercept({ path: '/a', method: 'GET' }).reply(429, '', { headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' } });
    s.pool.intercept({ path: '/a', method: 'GET' }).reply(200, 'ok');
    expect((await s.http.send({ method: 'GET', path: '/a' })).status).toBe(200);
    // the date is 7 s after the start, and 3 s have passed
    expect(s.waits).toEqual([3000, 4000]);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });

  it('give up after the bounded number of tries, saying what failed', async () => {
    const s = setup();
    agent = s.agent;
    s.pool.intercept({ path: '/b', method: 'GET' }).reply(502, 'bad gateway').times(4);
    const error = await s.http.send({ method: 'GET', path: '/b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).message).toBe('acme GET /b answered 502: still failing after 4 tries: 502 bad gateway');
    expect(s.waits).toHaveLength(3);
    // the ceiling stops the exponential growth
    expect(Math.max(...s.waits)).toBeLessThanOrEqual(RETRY.maxDelayMs);
  });

  it('retry a connection that fails, and report it when it never comes back', async () => {
    const s = setup();
    agent = s.agent;
    s.pool.intercept({ path: '/c', method: 'GET' }).replyWithError(new Error('ECONNRESET'));
    s.pool.intercept({ path: '/c', method: 'GET' }).reply(200, 'fine');
    expect((await s.http.send({ method: 'GET', path: '/c' })).status).toBe(200);
    s.pool.intercept({ path: '/d', method: 'GET' }).replyWithError(new Error('ECONNREFUSED')).times(4);
    await expect(s.http.send({ method: 'GET', path: '/d' })).rejects.toThrow('acme GET /d failed: no answer after 4 tries: ECONNREFUSED');
  });

  it('give up once the next wait would pass the retry budget, so the receiver answers in time', async () => {
    const s = setup(1, { ...RETRY, attempts: 10, budgetMs: 2500 });
    agent = s.agent;
    s.pool.intercept({ path: '/g', method: 'GET' }).reply(503, 'busy').times(10);
    await expect(s.http.send({ method: 'GET', path: '/g' })).rejects.toThrow('acme GET /g failed: retry budget of 2500 ms spent after 6 tries: 503 busy');
    // doubling from 100 ms up to the 1000 ms ceiling reaches 2500 ms in all; one more wait would pass it
    expect(s.waits).toEqual([100, 200, 400, 800, 1000]);
  });

  it('do not retry what retrying cannot fix, and give up on a Retry-After beyond the budget', async () => {
    const s = setup();
    agent = s.agent;
    s.pool.intercept({ path: '/e', method: 'POST' }).reply(400, { message: 'bad field' }, { headers: { 'content-type': 'application/json' } });
    expect(await s.http.send({ method: 'POST', path: '/e', body: '{}' })).toMatchObject({ status: 400, body: { message: 'bad field' } });
    s.pool.intercept({ path: '/f', method: 'GET' }).reply(503, '', { headers: { 'retry-after': '3600' } });
    await expect(s.http.send({ method: 'GET', path: '/f' })).rejects.toThrow('Retry-After asks for 3600 s, beyond the retry budget of 20000 ms; giving up');
    expect(s.waits).toEqual([]);
  });
});

describe('Zuora OAuth token', () => {
  let agent: MockAgent;
  afterEach(() => agent.close());

  function zuora(clock: { now: number }) {
    agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get(BASE);
    const tokens: string[] = [];
    let issued = 0;
    pool
      .intercept({ path: '/oauth/token', method: 'POST' })
      .reply(() => {
        tokens.push(`tok${++issued}`);
        return { statusCode: 200, data: { access_token: `tok${issued}`, expires_in: 3600 }, responseOptions: { headers: { 'content-type': 'application/json' } } };
      })
      .persist();
    const seen: string[] = [];
    const client = new ZuoraClient(BASE, 'id', 'secret', RETRY, { dispatcher: agent, sleep: async () => undefined, now: () => clock.now });
    return { pool, client, tokens, seen };
  }

  const account = (seen: string[]) => (opts: { headers?: unknown }) => {
    seen.push(String((opts.headers as Record<string, string>).authorization));
    return { statusCode: 200, data: { basicInfo: { id: 'z1' }, success: true }, responseOptions: { headers: { 'content-type': 'application/json' } } };
  };

  it('is fetched once and reused until shortly before it expires', async () => {
    const clock = { now: 0 };
    const z = zuora(clock);
    z.pool.intercept({ path: '/v1/accounts/z1', method: 'GET' }).reply(account(z.seen)).times(3);
    await z.client.account('z1');
    clock.now = 3000_000;
    await z.client.account('z1');
    // within a minute of expiry a new one is fetched
    clock.now = 3550_000;
    await z.client.account('z1');
    expect(z.tokens).toEqual(['tok1', 'tok2']);
    expect(z.seen).toEqual(['Bearer tok1', 'Bearer tok1', 'Bearer tok2']);
  });

  it('is fetched again when Zuora refuses it with 401, and the call retried once', async () => {
    const z = zuora({ now: 0 });
    z.pool.intercept({ path: '/v1/accounts/z1', method: 'GET' }).reply(401, { success: false, reasons: [{ code: 90000011, message: 'expired' }] });
    z.pool.intercept({ path: '/v1/accounts/z1', method: 'GET' }).reply(account(z.seen));
    expect(await z.client.account('z1')).toMatchObject({ basicInfo: { id: 'z1' } });
    expect(z.tokens).toEqual(['tok1', 'tok2']);
    expect(z.seen).toEqual(['Bearer tok2']);
  });
});
