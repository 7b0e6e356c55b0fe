/**
 * The gate in front of every operation and what surrounds it: Basic auth with the API key, the
 * site named by the host, the rate limit in virtual time, idempotency keys, unknown routes and
 * media types in Chargebee's error shape, the in-process transport, and the demo catalog.
 */
import { setupServer } from 'msw/node';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mswHandlers } from '../simulators/kit/msw-transport.js';
import { seedChargebeeDemo, DEMO_PLAN_PRICE } from '../simulators/chargebee/demo-data.js';
import { chargebeeOrigin } from '../simulators/chargebee/index.js';
import { API_KEY, basic, chargebeeSandbox, expectConformance, SITE, servedChargebee } from './support/chargebee.js';

const MINUTE = 60_000;

describe('authentication, errors and idempotency over HTTP', async () => {
  const { sandbox, sim, http, raw } = await servedChargebee();
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  it('takes the API key as Basic user name (any password), and refuses anything else with 401', async () => {
    expect((await raw('GET', '/customers', undefined, {})).body).toMatchObject({ http_status_code: 401, api_error_code: 'api_authentication_failed', message: expect.stringMatching(/Basic authentication/) });
    expect((await raw('GET', '/customers', undefined, { authorization: basic('nope') })).body).toEqual({
      message: 'Sorry, authentication failed. Invalid api key',
      api_error_code: 'api_authentication_failed',
      error_code: 'api_authentication_failed',
      http_status_code: 401,
    });
    expect((await raw('GET', '/customers', undefined, { authorization: `Bearer ${API_KEY}` })).status).toBe(401);
    const withPassword = `Basic ${Buffer.from(`${API_KEY}:ignored`).toString('base64')}`;
    expect((await raw('GET', '/customers', undefined, { authorization: withPassword })).status).toBe(200);
  });

  it('answers unknown routes, wrong methods and JSON bodies in Chargebee’s error shape', async () => {
    expect(await raw('GET', '/plans')).toMatchObject({ status: 404, body: { api_error_code: 'resource_not_found', http_status_code: 404 } });
    expect(await raw('DELETE', '/customers')).toMatchObject({ status: 405, body: { api_error_code: 'http_method_not_supported' } });
    const json = await raw('POST', '/customers', '{"id":"x"}', { authorization: basic(), 'content-type': 'application/json' });
    expect(json).toMatchObject({ status: 400, body: { api_error_code: 'invalid_request', message: expect.stringMatching(/form-encoded/) } });
  });

  it('replays a repeated key with the first answer, refuses it for another request, and forgets it after 30 minutes', async () => {
    const key = { authorization: basic(), 'chargebee-idempotency-key': 'key-1' };
    const first = await raw('POST', '/customers', { id: 'idem-1' }, key);
    const replay = await raw('POST', '/customers', { id: 'idem-1' }, key);
    expect(first.headers.get('chargebee-idempotency-replayed')).toBeNull();
    expect(replay.headers.get('chargebee-idempotency-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const other = await raw('POST', '/customers', { id: 'idem-2' }, key);
    expect(other).toMatchObject({ status: 400, body: { api_error_code: 'invalid_request', message: expect.stringContaining("'key-1'") } });
    expect((await raw('GET', '/customers/idem-2')).status).toBe(404);
    await sandbox.clock.advanceTo(sandbox.clock.now() + 31 * MINUTE);
    expect((await raw('POST', '/customers', { id: 'idem-2' }, key)).status).toBe(200);
  });

  it('does not keep failed answers: a retry under the same key after fixing the cause goes through', async () => {
    const key = { authorization: basic(), 'chargebee-idempotency-key': 'key-2' };
    const form = { id: 'late-item', name: 'Late', type: 'charge', item_family_id: 'late-family' };
    expect((await raw('POST', '/items', form, key)).body).toMatchObject({ http_status_code: 404, param: 'item_family_id' });
    await raw('POST', '/item_families', { id: 'late-family', name: 'Late family' });
    const retried = await raw('POST', '/items', form, key);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('chargebee-idempotency-replayed')).toBeNull();
  });
});

describe('list parameters', async () => {
  const { sim, http, raw } = await servedChargebee();
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  it('filters with between, after and is_present, and refuses values it cannot read, naming the param', async () => {
    for (const [id, email] of [['l-1', 'a@example.com'], ['l-2', undefined], ['l-3', 'c@example.com']] as const) await raw('POST', '/customers', { id, email });
    const ids = async (query: string) => ((await raw('GET', `/customers?${query}`)).body.list as { customer: { id: string } }[]).map((e) => e.customer.id);
    expect(await ids('email[is_present]=false')).toEqual(['l-2']);
    expect(await ids(`created_at[between]=${encodeURIComponent('[1767225600,1767225600]')}&sort_by[asc]=created_at`)).toEqual(['l-1', 'l-2', 'l-3']);
    expect(await ids('created_at[after]=1767225600')).toEqual([]);
    expect(await ids(`id[not_in]=${encodeURIComponent('["l-1","l-3"]')}`)).toEqual(['l-2']);
    const refused = async (query: string) => (await raw('GET', `/customers?${query}`)).body;
    expect(await refused(`id[in]=${encodeURIComponent('[l-1]')}`)).toMatchObject({ param: 'id[in]', message: expect.stringMatching(/JSON array/) });
    expect(await refused('offset=not-an-offset')).toMatchObject({ param: 'offset', api_error_code: 'param_wrong_value' });
    expect(await refused('sort_by[asc]=created_at&sort_by[desc]=updated_at')).toMatchObject({ param: 'sort_by' });
    expect(await refused('limit=101')).toMatchObject({ param: 'limit', http_status_code: 400 });
  });

  it('refuses empty ids and names, unreachable periods and travel beyond ten years', async () => {
    expect((await raw('POST', '/item_families', { id: 'f', name: ' ' })).body).toMatchObject({ param: 'name', message: 'name : cannot be blank' });
    await raw('POST', '/item_families', { id: 'f', name: 'F' });
    await raw('POST', '/items', { id: 'p', name: 'P', type: 'plan', item_family_id: 'f' });
    expect((await raw('POST', '/item_prices', { id: 'pp', name: 'PP', item_id: 'p', period: 9_000_000, period_unit: 'year' })).body).toMatchObject({ param: 'period' });
    expect((await raw('POST', '/time_machines/delorean/travel_forward', { destination_time: 1767225600 + 11 * 366 * 86400 })).body).toMatchObject({ param: 'destination_time' });
    expect((await raw('POST', '/time_machines/delorean/travel_forward', { destination_time: 1767225600 })).body).toMatchObject({ param: 'destination_time', message: expect.stringMatching(/later than/) });
    expect((await raw('GET', '/time_machines/tardis')).status).toBe(404);
    expect((await raw('POST', '/webhook_endpoints', { name: 'w', url: 'ftp://x' })).body).toMatchObject({ param: 'url' });
    expect((await raw('POST', '/webhook_endpoints', { name: 'w', url: 'http://127.0.0.1:9/', basic_auth_password: 'p' })).body).toMatchObject({ param: 'basic_auth_username' });
  });
});

describe('the rate limit, counted in virtual time', async () => {
  const { sandbox, sim, http, raw } = await servedChargebee({}, { requestsPerMinute: 3 });
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  it('answers 429 with Retry-After past the limit, and serves again once the minute has passed', async () => {
    for (let i = 0; i < 3; i++) expect((await raw('GET', '/customers')).status).toBe(200);
    await sandbox.clock.advanceTo(sandbox.clock.now() + 20_000);
    const limited = await raw('GET', '/customers');
    expect(limited).toMatchObject({ status: 429, body: { api_error_code: 'api_request_limit_exceeded', http_status_code: 429 } });
    expect(limited.headers.get('retry-after')).toBe('40');
    await sandbox.clock.advanceTo(sandbox.clock.now() + 40_000);
    expect((await raw('GET', '/customers')).status).toBe(200);
  });
});

describe('the site named by the host', async () => {
  const { sim, http } = await servedChargebee();
  const server = setupServer(...mswHandlers(sim, chargebeeOrigin(SITE)));
  beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
  afterAll(async () => {
    server.close();
    expectConformance(sim);
    await http.close();
  });

  it('serves the in-process transport at the site’s own host, ids in the path routed', async () => {
    const created = await fetch(`${chargebeeOrigin(SITE)}/api/v2/customers`, {
      method: 'POST',
      headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'id=msw-1&billing_address%5Bcity%5D=Oslo',
    });
    expect(created.status).toBe(200);
    const fetched = await fetch(`${chargebeeOrigin(SITE)}/api/v2/customers/msw-1`, { headers: { authorization: basic() } });
    expect(await fetched.json()).toMatchObject({ customer: { id: 'msw-1', billing_address: { city: 'Oslo' } } });
  });

  it('refuses a request for another chargebee.com site with 404 site_not_found', async () => {
    const ask = (host: string) => request(`${http.url}/api/v2/customers`, { headers: { host, authorization: basic() } });
    const wrong = await ask('elsewhere.chargebee.com');
    expect(wrong.statusCode).toBe(404);
    expect(await wrong.body.json()).toMatchObject({ api_error_code: 'site_not_found', http_status_code: 404 });
    const right = await ask(`${SITE}.chargebee.com`);
    expect(right.statusCode).toBe(200);
    await right.body.dump();
  });
});

describe('demo data', () => {
  it('seeds the demo catalog through the operations, validated, again after a reset', async () => {
    const { sandbox, sim } = chargebeeSandbox();
    await sandbox.seedWith(async () => seedChargebeeDemo(sim, await sandbox.faker(), { validate: true }));
    const price = sim.state.get<{ item_type: string; price: number; period_unit: string }>('itemPrice', DEMO_PLAN_PRICE);
    expect(price).toMatchObject({ item_type: 'plan', price: 4900, period_unit: 'month', currency_code: 'USD' });
    await sandbox.reset();
    expect(sim.state.get('itemPrice', DEMO_PLAN_PRICE)).toMatchObject({ id: DEMO_PLAN_PRICE });
    expect(sim.state.all('item').map((i) => (i as { id: string }).id)).toEqual(['demo-plan', 'demo-onboarding']);
    expectConformance(sim);
  });
});
