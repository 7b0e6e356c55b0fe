/** OAuth tokens in virtual time, the 401 bodies of each API family, Zuora-Track-Id and the rate-limit headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { CLIENT_ID, inProcessZuora, requestToken, ZUORA } from './support/zuora.js';

const authFailure = (message: RegExp) => ({ success: false, processId: expect.stringMatching(/^[0-9A-F]{16}$/), reasons: [{ code: 90000011, message: expect.stringMatching(message) }] });

describe('Zuora OAuth and request headers', () => {
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 3 });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('issues a bearer token for the client credentials, with its lifetime in seconds', async () => {
    const res = await requestToken(ZUORA);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      access_token: expect.stringMatching(/^[0-9a-f]{32}$/),
      token_type: 'bearer',
      expires_in: 3599,
      scope: expect.stringMatching(/^user\.[0-9a-f]{32} tenant\.1$/),
      jti: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    // token requests count against the AUTH limits of guide_rate-limits.md
    expect(res.headers.get('ratelimit-limit')).toBe('2000, 2000;w=60, 67500;w=3600, 810000;w=86400');
    expect(res.headers.get('ratelimit-remaining')).toBe('1999');
  });

  it('refuses wrong credentials with 401 and an authentication error code', async () => {
    const res = await requestToken(ZUORA, { client_secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(authFailure(/Invalid client credentials/));
  });

  it('refuses a malformed token request with 400, naming the field', async () => {
    const wrongGrant = await requestToken(ZUORA, { grant_type: 'password' });
    expect(wrongGrant.status).toBe(400);
    expect(wrongGrant.body.reasons).toEqual([{ code: 50000020, message: expect.stringContaining("'grant_type' must be one of client_credentials") }]);
    const shortId = await requestToken(ZUORA, { client_id: CLIENT_ID.slice(1) });
    expect(shortId.body.reasons[0].message).toContain("'client_id' must be at least 36 characters long");
    const missing = await fetch(`${ZUORA}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `client_id=${CLIENT_ID}&grant_type=client_credentials` });
    expect(missing.status).toBe(400);
    expect((await missing.json()).reasons).toEqual([{ code: 50000022, message: "Invalid request: body field 'client_secret' is required" }]);
    const overLong = await requestToken(ZUORA, { client_secret: 'x'.repeat(43) });
    expect(overLong.body.reasons[0].message).toContain("'client_secret' must be at most 42 characters long");
    const extra = await requestToken(ZUORA, { scope: 'all' });
    expect(extra.body.reasons).toEqual([{ code: 50000021, message: "Invalid request: body field 'scope' is not a field this operation accepts" }]);
  });

  it('answers 401 in the shape of each API family when the token is missing or unknown', async () => {
    const noToken = { authorization: '' };
    const v1 = await zuora('GET', '/v1/accounts/A00000001', undefined, noToken);
    expect(v1.status).toBe(401);
    expect(v1.body).toEqual(authFailure(/send Authorization: Bearer <token>/));
    const crud = await zuora('GET', '/v1/object/usage/abc', undefined, { authorization: 'Bearer 0123' });
    expect(crud).toMatchObject({ status: 401, body: { message: expect.stringMatching(/not one this tenant issued/) } });
    const query = await zuora('GET', '/object-query/accounts', undefined, noToken);
    expect(query.status).toBe(401);
    expect(query.body).toEqual(authFailure(/Bearer/));
  });

  it('expires a token after expires_in seconds of virtual time; a new token works', async () => {
    zuora.forget();
    expect((await zuora('GET', '/v1/catalog/products')).status).toBe(200);
    await sandbox.clock.advanceBy('PT3598S');
    expect((await zuora('GET', '/v1/catalog/products')).status).toBe(200);
    await sandbox.clock.advanceBy('PT1S');
    const expired = await zuora('GET', '/v1/catalog/products');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(authFailure(/expired at 2026-01-01T00:59:59\.000Z; request a new one/));
    zuora.forget();
    const again = await zuora('GET', '/v1/catalog/products');
    expect(again).toMatchObject({ status: 200, body: { products: [], success: true } });
  });

  it('echoes Zuora-Track-Id on answers of every kind, and refuses one over 64 characters', async () => {
    const ok = await zuora('GET', '/v1/catalog/products', undefined, { 'zuora-track-id': 'trace-123' });
    expect(ok.headers.get('zuora-track-id')).toBe('trace-123');
    const failed = await zuora('GET', '/v1/accounts/nobody', undefined, { 'zuora-track-id': 'trace-456' });
    expect(failed.body.success).toBe(false);
    expect(failed.headers.get('zuora-track-id')).toBe('trace-456');
    expect((await zuora('GET', '/v1/catalog/products')).headers.get('zuora-track-id')).toBeNull();
    const long = await zuora('GET', '/v1/catalog/products', undefined, { 'zuora-track-id': 'x'.repeat(65) });
    expect(long.status).toBe(400);
    expect(long.body.reasons[0].message).toBe("Invalid request: header 'zuora-track-id' must be at most 64 characters long");
  });

  it('counts API requests per window of virtual time in the rate-limit headers, on every answer', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-01-03T00:00:00Z'));
    const first = await zuora('GET', '/v1/catalog/products');
    const second = await zuora('GET', '/v1/accounts/nobody');
    const missing = await zuora('GET', '/v1/no/such/path');
    expect(first.headers.get('ratelimit-limit')).toBe('50000, 50000;w=60, 2250000;w=3600, 27000000;w=86400');
    expect(first.headers.get('ratelimit-remaining')).toBe('49999');
    expect(second.headers.get('ratelimit-remaining')).toBe('49998');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('ratelimit-remaining')).toBe('49997');
    expect(Number(first.headers.get('ratelimit-reset'))).toBe(60);
    await sandbox.clock.advanceBy('PT30S');
    expect((await zuora('GET', '/v1/catalog/products')).headers.get('ratelimit-reset')).toBe('30');
    await sandbox.clock.advanceBy('PT30S');
    expect((await zuora('GET', '/v1/catalog/products')).headers.get('ratelimit-remaining')).toBe('49999');
  });
});
