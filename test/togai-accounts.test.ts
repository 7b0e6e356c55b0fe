import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { customer } from './support/billing-fixtures.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { inProcessTogai, TOKEN, togaiClient, togaiSandbox } from './support/togai.js';

describe('Togai customers, accounts, aliases, settings and paging', () => {
  const { sim, server, togai } = inProcessTogai();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('answers 401 with a message without a valid token, and accepts bearer or X-API-Key', async () => {
    const none = await togai('GET', '/customers', undefined, {});
    expect(none).toEqual({ status: 401, body: { message: expect.stringMatching(/Missing credentials/) } });
    const wrong = await togai('GET', '/customers', undefined, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await togai('GET', '/customers', undefined, { 'x-api-key': TOKEN })).status).toBe(200);
    expect((await togai('GET', '/customers')).status).toBe(200);
  });

  it('creates the account with the customer: the one given, or one named after the customer', async () => {
    const given = await togai('POST', '/customers', {
      id: 'acme',
      name: 'ACME Enterprise',
      primaryEmail: 'admin@acme.test',
      billingAddress: '2281 Broadway',
      settings: [{ id: 'tier', namespace: 'USER', name: 'Tier', value: 'gold', dataType: 'STRING' }],
      account: { id: 'ACC00001', name: 'Primary Account', invoiceCurrency: 'EUR', aliases: ['acme_primary'] },
    });
    expect(given.status).toBe(201);
    expect(given.body.account).toEqual({
      id: 'ACC00001',
      name: 'Primary Account',
      invoiceCurrency: 'EUR',
      status: 'ACTIVE',
      aliases: [
        { alias: 'ACC00001', status: 'ACTIVE' },
        { alias: 'acme_primary', status: 'ACTIVE' },
      ],
      settings: [],
    });
    expect(given.body.settings).toEqual([{ id: 'tier', namespace: 'USER', name: 'Tier', value: 'gold', dataType: 'STRING' }]);
    const implicit = await customer(togai, 'solo');
    expect(implicit.account).toMatchObject({ id: 'solo', name: 'Customer solo', invoiceCurrency: 'USD' });
    expect((await togai('GET', '/customers/acme/accounts/ACC00001')).body.id).toBe('ACC00001');
  });

  it('refuses duplicates and unknown ids with the statuses the contract documents', async () => {
    const dup = await togai('POST', '/customers', { id: 'acme', name: 'Again', primaryEmail: 'a@b.c', billingAddress: 'x' });
    expect(dup).toEqual({ status: 400, body: { message: "Customer with id 'acme' already exists" } });
    const dupAccount = await togai('POST', '/customers/solo/accounts', { id: 'ACC00001', name: 'Taken' });
    expect(dupAccount.body.message).toBe("Account with id 'ACC00001' already exists");
    const takenAlias = await togai('POST', '/customers/solo/accounts', { id: 'ACC2', name: 'Second', aliases: ['acme_primary'] });
    expect(takenAlias).toEqual({ status: 400, body: { message: "Alias 'acme_primary' already belongs to account 'ACC00001'" } });
    // nothing was half-created by the refused requests
    expect((await togai('GET', '/customers/solo/accounts/ACC2')).status).toBe(404);
    expect((await togai('GET', '/customers/ghost')).body).toEqual({ message: "Customer with id 'ghost' does not exist" });
    expect((await togai('GET', '/customers/solo/accounts/ACC00001')).status).toBe(404);
  });

  it('adds and removes aliases, refusing one that is not there', async () => {
    const added = await togai('POST', '/customers/solo/accounts/solo/add_aliases', { aliases: ['solo@example.com', 'solo-2'] });
    expect(added.body.aliases.map((a: { alias: string }) => a.alias)).toEqual(['solo', 'solo@example.com', 'solo-2']);
    const removed = await togai('POST', '/customers/solo/accounts/solo/remove_aliases', { aliases: ['solo-2'] });
    expect(removed.body.aliases).toContainEqual({ alias: 'solo-2', status: 'ARCHIVED' });
    const again = await togai('POST', '/customers/solo/accounts/solo/remove_aliases', { aliases: ['solo-2'] });
    expect(again).toEqual({ status: 400, body: { message: "Alias 'solo-2' is not an active alias of account 'solo'" } });
  });

  it('keeps settings on customers, accounts and usage meters, addressed by their composed id', async () => {
    const created = await togai('POST', '/settings', {
      id: 'accountId',
      namespace: 'zuora',
      name: 'Zuora account id',
      value: '8ad0877b8c1e7f5f018c2b5f1d4a0001',
      dataType: 'STRING',
      entityType: 'ACCOUNT',
      entityId: 'solo',
    });
    expect(created.status).toBe(201);
    const key = 'setting.zuora.accountId.ACCOUNT.solo';
    expect((await togai('GET', `/settings/${key}`)).body).toEqual(created.body);
    expect((await togai('GET', '/customers/solo/accounts/solo')).body.settings).toEqual([
      { id: 'accountId', namespace: 'zuora', name: 'Zuora account id', value: '8ad0877b8c1e7f5f018c2b5f1d4a0001', dataType: 'STRING' },
    ]);
    const listed = await togai('GET', '/settings?entity_type=ACCOUNT&entity_id=solo&namespace=zuora');
    expect(listed.body.data).toEqual([created.body]);
    const updated = await togai('PATCH', `/settings/${key}`, { value: '8ad0877b8c1e7f5f018c2b5f1d4a0002' });
    expect(updated.body.value).toBe('8ad0877b8c1e7f5f018c2b5f1d4a0002');
    const numeric = await togai('PATCH', `/settings/${key}`, { dataType: 'NUMERIC' });
    expect(numeric.status).toBe(400);
    expect(numeric.body.message).toMatch(/must be a number for a NUMERIC setting/);
    const orphan = await togai('POST', '/settings', { ...created.body, entityId: 'nobody' });
    expect(orphan.status).toBe(404);
    const twice = await togai('POST', '/settings', created.body);
    expect(twice.body.message).toMatch(/already exists on ACCOUNT 'solo'/);
  });

  it('pages lists with pageSize (at most 50) and nextToken', async () => {
    for (let i = 0; i < 5; i++) await customer(togai, `page-${i}`);
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const res = await togai('GET', `/customers?pageSize=3${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`);
      expect(res.body.data.length).toBeLessThanOrEqual(3);
      ids.push(...res.body.data.map((c: { id: string }) => c.id));
      token = res.body.nextToken;
    } while (token);
    expect(ids).toEqual(['acme', 'solo', 'page-0', 'page-1', 'page-2', 'page-3', 'page-4']);
    const big = await togai('GET', '/customers?pageSize=51');
    expect(big).toEqual({ status: 400, body: { message: "pageSize must be a whole number from 1 to 50, got '51'" } });
    expect((await togai('GET', '/customers?nextToken=garbage')).status).toBe(400);
  });

  it('archives on delete and refuses changes to archived records', async () => {
    expect(await togai('DELETE', '/customers/page-4')).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', '/customers/page-4')).body.status).toBe('ARCHIVED');
    expect((await togai('GET', '/customers/page-4/accounts/page-4')).body.status).toBe('ARCHIVED');
    const change = await togai('PATCH', '/customers/page-4', { name: 'Revived' });
    expect(change.body.message).toBe("Customer 'page-4' is ARCHIVED and cannot be changed");
    const updated = await togai('PATCH', '/customers/page-3', { name: 'Renamed Ltd' });
    expect(updated.body.name).toBe('Renamed Ltd');
  });
});

describe('Togai inputs the contract lets through but Togai refuses', () => {
  let http: HttpServer;
  const { sim } = togaiSandbox();
  const call = (method: string, path: string, body?: unknown) => togaiClient(http.url)(method, path, body);
  beforeAll(async () => {
    http = await serveHttp(sim);
    await call('POST', '/customers', { id: 'c1', name: 'abc', primaryEmail: 'e', billingAddress: 'b' });
  });
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  it('answers 400, not 500, to alias requests without aliases', async () => {
    for (const op of ['add_aliases', 'remove_aliases']) {
      expect(await call('POST', `/customers/c1/accounts/c1/${op}`, {})).toEqual({
        status: 400,
        body: { message: "body field 'aliases' must list at least one alias" },
      });
    }
  });

  it('refuses empty identifiers and leaves nothing half-created', async () => {
    expect((await call('POST', '/customers', { id: '', name: 'abc', primaryEmail: 'e', billingAddress: 'b' })).body).toEqual({
      message: "body field 'id' must not be empty",
    });
    expect((await call('POST', '/customers/c1/accounts', { id: '', name: 'abc' })).status).toBe(400);
    expect((await call('POST', '/event_schema', { name: '', attributes: [], dimensions: [] })).status).toBe(400);
    const nested = await call('POST', '/customers', { id: 'c2', name: 'abc', primaryEmail: 'e', billingAddress: 'b', account: { id: ' ', name: 'abc' } });
    expect(nested.body).toEqual({ message: "body field 'account.id' must not be empty" });
    expect((await call('GET', '/customers/c2')).status).toBe(404);
  });

  it("answers malformed URLs and over-long path parameters in Togai's error shape", async () => {
    const badUrl = await fetch(`${http.url}/customers/%E0%A4%A`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(badUrl.status).toBe(400);
    expect(Object.keys(await badUrl.json())).toEqual(['message']);
    const long = await call('GET', `/customers/${'x'.repeat(2001)}`);
    expect(long.status).toBe(400);
    expect(Object.keys(long.body)).toEqual(['message']);
    expect(sim.log.list().requests.slice(-2).map((r) => r.status)).toEqual([400, 400]);
  });
});
