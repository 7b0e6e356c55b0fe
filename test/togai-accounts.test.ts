import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { customer } from './support/billing-fixtures.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { inProcessTogai, TOKEN, togaiClient, togaiSandbox } from './support/togai.js';

const ADDRESS = { line1: '2281 Broadway Street', line2: 'G-31', postalCode: '29501', city: 'Florence', state: 'South Carolina', country: 'US' };
const aliasNames = (account: { aliases: { alias: string }[] }) => account.aliases.map((a) => a.alias);

describe('Togai customers and accounts', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  const created: { type: string; data: any }[] = [];
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    sandbox.outbox.useSender(async (_url, init) => {
      created.push(JSON.parse(init.body));
      return 204;
    });
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai', secret: 'shh', events: ['account.created'] });
  });
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

  it('creates the account with the customer: the one given, or one with the customer id and name', async () => {
    const given = await togai('POST', '/customers', {
      id: 'acme',
      name: 'ACME Enterprise',
      primaryEmail: 'admin@acme.test',
      address: ADDRESS,
      settings: [{ id: 'tier', namespace: 'USER', name: 'Tier', value: 'gold', dataType: 'STRING' }],
      account: {
        id: 'ACC00001',
        name: 'Primary Account',
        invoiceCurrency: 'EUR',
        aliases: ['acme_primary'],
        netTermDays: 30,
        tags: ['Enterprise', 'EU'],
        metadata: { vatn: 'DE123' },
        primaryEmail: 'billing@acme.test',
        billingInformation: { emailRecipients: ['ap@acme.test'] },
      },
    });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      id: 'acme',
      togaiCustomerId: expect.stringMatching(/^customer\./),
      billingAddress: '2281 Broadway Street, G-31, Florence, South Carolina, 29501, US',
      address: ADDRESS,
      settings: [{ id: 'tier', namespace: 'USER', name: 'Tier', value: 'gold', dataType: 'STRING' }],
    });
    expect(given.body.account).toEqual({
      id: 'ACC00001',
      togaiAccountId: expect.stringMatching(/^account\./),
      togaiCustomerId: given.body.togaiCustomerId,
      name: 'Primary Account',
      customerId: 'acme',
      invoiceCurrency: 'EUR',
      aliases: [
        { alias: 'ACC00001', status: 'ACTIVE' },
        { alias: 'acme_primary', status: 'ACTIVE' },
      ],
      netTermDays: 30,
      primaryEmail: 'billing@acme.test',
      billingInformation: { emailRecipients: ['ap@acme.test'] },
      status: 'ACTIVE',
      settings: [],
      metadata: { vatn: 'DE123' },
      tags: ['enterprise', 'eu'],
    });
    // Togai's ids stay with the records
    const read = await togai('GET', '/accounts/ACC00001');
    expect(read.body).toEqual(given.body.account);
    expect((await togai('GET', '/customers/acme')).body.togaiCustomerId).toBe(given.body.togaiCustomerId);
    const implicit = await customer(togai, 'solo');
    expect(implicit.account).toMatchObject({ id: 'solo', name: 'Customer solo', invoiceCurrency: 'USD', netTermDays: 0, customerId: 'solo' });
    expect(created.map((n) => [n.type, n.data.customerId, n.data.account.id])).toEqual([
      ['account.created', 'acme', 'ACC00001'],
      ['account.created', 'solo', 'solo'],
    ]);
    expect(created[0]!.data.account).toEqual(given.body.account);
  });

  it('creates accounts at the top level for an existing ACTIVE customer, ACTIVE or DRAFT', async () => {
    const second = await togai('POST', '/accounts', { customerId: 'acme', id: 'ACC00002', name: 'Second', status: 'DRAFT', aliases: ['acme_second'] });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ id: 'ACC00002', customerId: 'acme', status: 'DRAFT' });
    expect(created.at(-1)).toMatchObject({ type: 'account.created', data: { customerId: 'acme', account: { id: 'ACC00002', status: 'DRAFT' } } });
    // a DRAFT account holds its aliases but takes no events until it is made ACTIVE
    expect(sim.state.routes.get('acme_second')).toBeUndefined();
    const active = await togai('PATCH', '/accounts/ACC00002', { status: 'ACTIVE' });
    expect(active.body.status).toBe('ACTIVE');
    expect(sim.state.routes.get('acme_second')).toBe('ACC00002');
    expect(sim.state.routes.get('ACC00002')).toBe('ACC00002');
    const unknown = await togai('POST', '/accounts', { customerId: 'ghost', id: 'ACC9', name: 'Nobody' });
    expect(unknown).toEqual({ status: 404, body: { message: "Customer with id 'ghost' does not exist" } });
    const archived = await togai('POST', '/accounts', { customerId: 'acme', id: 'ACC9', name: 'Archived', status: 'ARCHIVED' });
    expect(archived).toEqual({ status: 400, body: { message: "body field 'status' must be ACTIVE or DRAFT for a new account, got 'ARCHIVED'" } });
    const accounts = await togai('GET', '/accounts?pageSize=2');
    expect(accounts.body.data.map((a: { id: string }) => a.id)).toEqual(['ACC00001', 'solo']);
    expect(accounts.body.context).toEqual({ pageSize: 2, sortOrder: 'asc' });
  });

  it('refuses duplicates, taken aliases and unknown ids, leaving nothing half-created', async () => {
    const dup = await togai('POST', '/customers', { id: 'acme', name: 'Again', primaryEmail: 'a@b.c', address: {} });
    expect(dup).toEqual({ status: 400, body: { message: "Customer with id 'acme' already exists" } });
    const dupAccount = await togai('POST', '/accounts', { customerId: 'solo', id: 'ACC00001', name: 'Taken' });
    expect(dupAccount).toEqual({ status: 400, body: { message: "Account with id 'ACC00001' already exists" } });
    const takenAlias = await togai('POST', '/accounts', { customerId: 'solo', id: 'ACC3', name: 'Third', aliases: ['acme_primary'] });
    expect(takenAlias.status).toBe(400);
    expect(takenAlias.body.message).toMatch(/alias 'acme_primary' already belongs to account 'ACC00001'/);
    const takenId = await togai('POST', '/customers', { id: 'new', name: 'New one', primaryEmail: 'n@b.c', address: {}, account: { id: 'acme_primary', name: 'Clash' } });
    expect(takenId.body.message).toMatch(/^body field 'account.id': alias 'acme_primary' already belongs to account 'ACC00001'/);
    const badCurrency = await togai('POST', '/accounts', { customerId: 'solo', id: 'ACC3', name: 'Third', invoiceCurrency: 'XYZ' });
    expect(badCurrency.body.message).toBe("body field 'invoiceCurrency' must be an ISO 4217 currency code such as USD or EUR, got 'XYZ'");
    const badCountry = await togai('POST', '/customers', { id: 'new', name: 'New one', primaryEmail: 'n@b.c', address: { country: 'USA' } });
    expect(badCountry.body.message).toMatch(/^body field 'address'\.country must be a two-letter ISO 3166-1 alpha-2 code/);
    expect((await togai('GET', '/accounts/ACC3')).status).toBe(404);
    expect((await togai('GET', '/customers/new')).status).toBe(404);
    expect((await togai('GET', '/accounts/acme_primary')).status).toBe(404);
    expect((await togai('GET', '/customers/ghost')).body).toEqual({ message: "Customer with id 'ghost' does not exist" });
  });

  it('updates accounts: metadata and tags replaced, currency and status checked', async () => {
    const updated = await togai('PATCH', '/accounts/solo', { name: 'Solo Ltd', netTermDays: 15, metadata: { gstn: '29AB' }, tags: ['VIP'], address: { city: 'Pune', country: 'IN' } });
    expect(updated.body).toMatchObject({ name: 'Solo Ltd', netTermDays: 15, metadata: { gstn: '29AB' }, tags: ['vip'], address: { city: 'Pune', country: 'IN' } });
    expect((await togai('PATCH', '/accounts/solo', { metadata: {} })).body.metadata).toEqual({});
    const negative = await togai('PATCH', '/accounts/solo', { netTermDays: -1 });
    expect(negative).toEqual({ status: 400, body: { message: "body field 'netTermDays' must be 0 or more days, got -1" } });
    const archive = await togai('PATCH', '/accounts/solo', { status: 'ARCHIVED' });
    expect(archive.body.message).toMatch(/cannot be made 'ARCHIVED'; archive it with DELETE/);
    expect((await togai('PATCH', '/accounts/solo', { invoiceCurrency: 'EUR' })).body.invoiceCurrency).toBe('EUR');
    // a refused update changes nothing
    expect((await togai('PATCH', '/accounts/solo', { name: 'Half done', invoiceCurrency: 'NOPE' })).status).toBe(400);
    expect((await togai('GET', '/accounts/solo')).body.name).toBe('Solo Ltd');
  });

  it('updates customers, deriving the one-line billing address', async () => {
    const res = await togai('PATCH', '/customers/solo', { name: 'Solo Group', address: { line1: '1 Side St', city: 'Leeds', country: 'GB' } });
    expect(res.body).toMatchObject({ name: 'Solo Group', billingAddress: '1 Side St, Leeds, GB', address: { line1: '1 Side St', city: 'Leeds', country: 'GB' } });
    expect(res.body.updatedAt).toBe(sandbox.clock.iso());
  });

  it('adds contacts to a customer', async () => {
    const contact = await togai('POST', '/customers/acme/contacts', { name: 'Ada', email: 'ada@acme.test', loginAccess: true, password: 's3cret', preferredUsername: 'ada' });
    expect(contact).toEqual({
      status: 201,
      body: { username: expect.stringMatching(/^[0-9a-f-]{36}$/), preferredUsername: 'ada', name: 'Ada', email: 'ada@acme.test', loginAccess: true, createdAt: sandbox.clock.iso(), verified: false },
    });
    expect(JSON.stringify(sim.state.store.dump().contact)).not.toContain('s3cret');
    const again = await togai('POST', '/customers/acme/contacts', { name: 'Ada again', email: 'ADA@acme.test' });
    expect(again.body.message).toBe("body field 'email': customer 'acme' already has a contact with email 'ADA@acme.test'");
    expect((await togai('POST', '/customers/ghost/contacts', { name: 'X', email: 'x@y.z' })).status).toBe(404);
  });

  it('pages customers with pageSize (at most 50) and nextToken, with the context the model carries', async () => {
    for (let i = 0; i < 5; i++) await customer(togai, `page-${i}`);
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const res = await togai('GET', `/customers?pageSize=3${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`);
      expect(res.body.data.length).toBeLessThanOrEqual(3);
      expect(res.body.context).toEqual({ pageSize: 3, sortOrder: 'asc' });
      ids.push(...res.body.data.map((c: { id: string }) => c.id));
      token = res.body.nextToken;
    } while (token);
    expect(ids).toEqual(['acme', 'solo', 'page-0', 'page-1', 'page-2', 'page-3', 'page-4']);
    const big = await togai('GET', '/customers?pageSize=51');
    expect(big).toEqual({ status: 400, body: { message: "pageSize must be a whole number from 1 to 50, got '51'" } });
    expect((await togai('GET', '/customers?nextToken=garbage')).status).toBe(400);
  });

  it('archives on delete: records stay readable, aliases are freed, changes are refused', async () => {
    await togai('POST', '/accounts/page-4/add_aliases', { aliases: ['page-four'] });
    expect(await togai('DELETE', '/customers/page-4')).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', '/customers/page-4')).body.status).toBe('ARCHIVED');
    const account = await togai('GET', '/accounts/page-4');
    expect(account.body).toMatchObject({
      status: 'ARCHIVED',
      aliases: [
        { alias: 'page-4', status: 'ARCHIVED' },
        { alias: 'page-four', status: 'ARCHIVED' },
      ],
    });
    expect(sim.state.routes.has('page-4')).toBe(false);
    expect(sim.state.routes.has('page-four')).toBe(false);
    // the freed alias can go to another account
    expect(aliasNames((await togai('POST', '/accounts/page-3/add_aliases', { aliases: ['page-four'] })).body)).toEqual(['page-3', 'page-four']);
    expect(sim.state.routes.get('page-four')).toBe('page-3');
    const change = await togai('PATCH', '/customers/page-4', { name: 'Revived' });
    expect(change.body.message).toBe("Customer 'page-4' is ARCHIVED and cannot be changed");
    expect((await togai('PATCH', '/accounts/page-4', { name: 'Revived' })).body.message).toBe("Account 'page-4' is ARCHIVED and cannot be changed");
    expect((await togai('DELETE', '/accounts/page-4')).status).toBe(400);
    expect(await togai('DELETE', '/accounts/page-2')).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', '/customers/page-2')).body.status).toBe('ACTIVE');
  });
});

describe('Togai aliases', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await customer(togai, 'shop');
    await customer(togai, 'other');
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('adds and removes plain aliases, which route events at once', async () => {
    const added = await togai('POST', '/accounts/shop/add_aliases', { aliases: ['shop@example.com', 'shop-2'] });
    expect(added.body.aliases).toEqual([
      { alias: 'shop', status: 'ACTIVE' },
      { alias: 'shop@example.com', status: 'ACTIVE' },
      { alias: 'shop-2', status: 'ACTIVE' },
    ]);
    expect(sim.state.routes.get('shop-2')).toBe('shop');
    const removed = await togai('POST', '/accounts/shop/remove_aliases', { aliases: ['shop-2'] });
    expect(aliasNames(removed.body)).toEqual(['shop', 'shop@example.com']);
    expect(sim.state.routes.has('shop-2')).toBe(false);
    const again = await togai('POST', '/accounts/shop/remove_aliases', { aliases: ['shop-2'] });
    expect(again).toEqual({ status: 400, body: { message: "body field 'aliases[0]': 'shop-2' is not an alias of account 'shop' now or later" } });
    const own = await togai('POST', '/accounts/shop/remove_aliases', { aliases: ['shop'] });
    expect(own.body.message).toMatch(/'shop' is the account's own id/);
    const empty = await togai('POST', '/accounts/shop/add_aliases', {});
    expect(empty).toEqual({ status: 400, body: { message: "the body must name at least one alias to add, in 'aliases' or 'accountAliases'" } });
    const taken = await togai('POST', '/accounts/other/add_aliases', { aliases: ['shop@example.com'] });
    expect(taken.body.message).toMatch(/alias 'shop@example.com' already belongs to account 'shop'/);
    // on the legacy path too
    expect((await togai('POST', '/customers/shop/accounts/shop/add_aliases', { aliases: ['shop-3'] })).status).toBe(200);
    expect((await togai('POST', '/customers/other/accounts/shop/remove_aliases', { aliases: ['shop-3'] })).status).toBe(404);
  });

  it('keeps timed aliases, routing each only while it is in effect', async () => {
    const from = new Date(sandbox.clock.now() + 2 * 86400_000).toISOString();
    const until = new Date(sandbox.clock.now() + 5 * 86400_000).toISOString();
    const res = await togai('POST', '/accounts/other/add_aliases', { accountAliases: [{ value: 'promo', effectiveFrom: from, effectiveUntil: until }] });
    expect(aliasNames(res.body)).toEqual(['other']);
    const periods = (await togai('GET', '/accounts/other/account_aliases')).body.data;
    expect(periods).toEqual([
      { id: expect.any(String), value: 'other', effectiveFrom: '0001-01-01T00:00:00.000Z', effectiveUntil: '9999-12-31T23:59:59.999Z', createdAt: expect.any(String) },
      { id: expect.any(String), value: 'promo', effectiveFrom: from, effectiveUntil: until, createdAt: sandbox.clock.iso() },
    ]);
    expect(sim.state.routes.has('promo')).toBe(false);
    await sandbox.clock.advanceBy('P3D');
    expect(sim.state.routes.get('promo')).toBe('other');
    expect(aliasNames((await togai('GET', '/accounts/other')).body)).toEqual(['other', 'promo']);
    // the account as it was before the period began
    expect(aliasNames((await togai('GET', `/accounts/other?effective_on=${encodeURIComponent(from.replace('.000Z', 'Z'))}`)).body)).toEqual(['other', 'promo']);
    expect(aliasNames((await togai('GET', `/accounts/other?effective_on=2026-01-01T00:00:00Z`)).body)).toEqual(['other']);
    // another account may have the value once this period is over, not before
    const clash = await togai('POST', '/accounts/shop/add_aliases', { accountAliases: [{ value: 'promo', effectiveFrom: new Date(sandbox.clock.now() + 86400_000).toISOString() }] });
    expect(clash.body.message).toMatch(/alias 'promo' already belongs to account 'other'/);
    expect((await togai('POST', '/accounts/shop/add_aliases', { accountAliases: [{ value: 'promo', effectiveFrom: until }] })).status).toBe(200);
    await sandbox.clock.advanceBy('P2D');
    expect(sim.state.routes.get('promo')).toBe('shop');
  });

  it('removes a period from a later date when asked, and refuses past ones', async () => {
    const period = (await togai('GET', '/accounts/shop/account_aliases')).body.data.find((p: { value: string }) => p.value === 'shop@example.com');
    const later = new Date(sandbox.clock.now() + 86400_000).toISOString();
    const res = await togai('POST', '/accounts/shop/remove_aliases', { accountAliases: [{ id: period.id, from: later }] });
    expect(aliasNames(res.body)).toContain('shop@example.com');
    expect(sim.state.routes.get('shop@example.com')).toBe('shop');
    await sandbox.clock.advanceBy('P1D');
    expect(sim.state.routes.has('shop@example.com')).toBe(false);
    const ended = (await togai('GET', '/accounts/shop/account_aliases')).body.data.find((p: { id: string }) => p.id === period.id);
    expect(ended).toMatchObject({ effectiveUntil: later, updatedAt: expect.any(String) });
    const past = await togai('POST', '/accounts/shop/remove_aliases', { accountAliases: [{ id: period.id, from: '2026-01-01T00:00:00Z' }] });
    expect(past.body.message).toMatch(/from \(2026-01-01T00:00:00Z\) is past/);
    const unknown = await togai('POST', '/accounts/shop/remove_aliases', { accountAliases: [{ id: 'nope' }] });
    expect(unknown.body.message).toMatch(/has no alias period 'nope'/);
  });

  it('holds at most 10 aliases on an account, its own id included', async () => {
    const nine = Array.from({ length: 9 }, (_, i) => `bulk-${i}`);
    const full = await togai('POST', '/customers', { id: 'bulk', name: 'Bulk buyer', primaryEmail: 'b@b.test', address: {}, account: { id: 'bulk', name: 'Bulk', aliases: nine } });
    expect(full.body.account.aliases).toHaveLength(10);
    const more = await togai('POST', '/accounts/bulk/add_aliases', { aliases: ['bulk-x'] });
    expect(more.body.message).toBe("An account holds at most 10 aliases, its own id included; 'bulk' has 10 and 1 more were asked for");
  });

  it('keeps the organisation-wide list of aliases, deleting only those no account holds', async () => {
    const created = await togai('POST', '/aliases', { aliases: [{ value: 'spare-1' }, { value: 'spare-2' }] });
    expect(created).toEqual({
      status: 201,
      body: { data: [{ value: 'spare-1', createdAt: sandbox.clock.iso() }, { value: 'spare-2', createdAt: sandbox.clock.iso() }] },
    });
    expect((await togai('POST', '/aliases', { aliases: [{ value: 'spare-1' }] })).body).toEqual({ message: "Alias 'spare-1' already exists" });
    expect((await togai('POST', '/aliases', { aliases: [] })).status).toBe(400);
    expect((await togai('GET', '/aliases/shop')).body).toEqual({ value: 'shop', createdAt: expect.any(String) });
    const listed = await togai('GET', '/aliases?pageSize=50');
    expect(listed.body.data.map((a: { value: string }) => a.value)).toEqual(expect.arrayContaining(['shop', 'other', 'promo', 'spare-1', 'spare-2']));
    const held = await togai('DELETE', '/aliases/promo');
    expect(held.body.message).toMatch(/^Alias 'promo' is held by account 'shop' until 9999-12-31T23:59:59.999Z; remove it with POST \/accounts\/shop\/remove_aliases first$/);
    expect(await togai('DELETE', '/aliases/spare-1')).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', '/aliases/spare-1')).status).toBe(404);
    // a registered value can then be given to an account
    expect(aliasNames((await togai('POST', '/accounts/other/add_aliases', { aliases: ['spare-2'] })).body)).toContain('spare-2');
    expect((await togai('DELETE', '/aliases/spare-2')).status).toBe(400);
  });
});

describe('Togai settings', () => {
  const { sim, server, togai } = inProcessTogai();
  const setting = { id: 'accountId', namespace: 'zuora', name: 'Zuora account id', value: '8ad0877b8c1e7f5f018c2b5f1d4a0001', dataType: 'STRING' };
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await customer(togai, 'solo');
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('keeps settings on accounts, addressed by their composed id, and lists them with the account', async () => {
    const created = await togai('POST', '/settings', { ...setting, entityType: 'ACCOUNT', entityId: 'solo' });
    expect(created).toEqual({ status: 201, body: { ...setting, entityType: 'ACCOUNT', entityId: 'solo' } });
    const key = 'setting.zuora.accountId.ACCOUNT.solo';
    expect((await togai('GET', `/settings/${key}`)).body).toEqual(created.body);
    expect((await togai('GET', '/accounts/solo')).body.settings).toEqual([setting]);
    const listed = await togai('GET', '/settings?entity_type=ACCOUNT&entity_id=solo&namespace=zuora');
    expect(listed.body).toEqual({ data: [created.body], context: { pageSize: 10, sortOrder: 'asc' } });
    const updated = await togai('PATCH', `/settings/${key}`, { value: '8ad0877b8c1e7f5f018c2b5f1d4a0002', name: 'Renamed' });
    expect(updated).toEqual({ status: 201, body: { ...created.body, value: '8ad0877b8c1e7f5f018c2b5f1d4a0002', name: 'Renamed' } });
    const numeric = await togai('PATCH', `/settings/${key}`, { dataType: 'NUMERIC' });
    expect(numeric.status).toBe(400);
    expect(numeric.body.message).toMatch(/must be a number for a NUMERIC setting/);
    expect((await togai('POST', '/settings', { ...created.body, entityId: 'nobody' })).body).toEqual({ message: "Account with id 'nobody' does not exist" });
    expect((await togai('POST', '/settings', created.body)).body.message).toMatch(/already exists on ACCOUNT 'solo'/);
    expect((await togai('POST', '/settings', { ...created.body, entityType: 'PLANET' })).status).toBe(400);
    expect((await togai('GET', '/settings/setting.nope')).status).toBe(404);
  });

  it('holds at most 10 settings on an account and pages the list', async () => {
    for (let i = 1; i < 10; i++) {
      expect((await togai('POST', '/settings', { ...setting, id: `s${i}`, entityType: 'ACCOUNT', entityId: 'solo' })).status).toBe(201);
    }
    const eleventh = await togai('POST', '/settings', { ...setting, id: 's10', entityType: 'ACCOUNT', entityId: 'solo' });
    expect(eleventh.body).toEqual({ message: "ACCOUNT 'solo' holds at most 10 settings; it has 10 and 1 more were given" });
    expect((await togai('GET', '/accounts/solo')).body.settings).toHaveLength(10);
    const first = await togai('GET', '/settings?pageSize=4');
    expect(first.body.data).toHaveLength(4);
    const second = await togai('GET', `/settings?nextToken=${encodeURIComponent(first.body.nextToken)}`);
    expect(second.body.context).toEqual({ pageSize: 4, sortOrder: 'asc' });
    expect(second.body.data[0].id).toBe('s4');
  });
});

describe('Togai inputs the contract lets through but Togai refuses', () => {
  let http: HttpServer;
  const { sim } = togaiSandbox();
  const call = (method: string, path: string, body?: unknown) => togaiClient(http.url)(method, path, body);
  beforeAll(async () => {
    http = await serveHttp(sim);
    await call('POST', '/customers', { id: 'c1', name: 'abc', primaryEmail: 'e', address: {} });
  });
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  it('answers 400, not 500, to alias requests without aliases', async () => {
    expect(await call('POST', '/accounts/c1/remove_aliases', {})).toEqual({
      status: 400,
      body: { message: "the body must name at least one alias to remove, in 'aliases' or 'accountAliases'" },
    });
    expect((await call('POST', '/accounts/c1/add_aliases', { accountAliases: [{ value: 'x ' }] })).body).toEqual({
      message: "body field 'accountAliases[0]': alias 'x ' must be 3 to 50 characters long, without spaces at either end",
    });
  });

  it('refuses empty identifiers and leaves nothing half-created', async () => {
    expect((await call('POST', '/customers', { id: '', name: 'abc', primaryEmail: 'e', address: {} })).body).toEqual({
      message: "body field 'id' must not be empty",
    });
    expect((await call('POST', '/accounts', { customerId: 'c1', id: '', name: 'abc' })).status).toBe(400);
    const nested = await call('POST', '/customers', { id: 'c2', name: 'abc', primaryEmail: 'e', address: {}, account: { id: ' ', name: 'abc' } });
    expect(nested.body).toEqual({ message: "body field 'account.id' must not be empty" });
    const longName = await call('POST', '/customers', { id: 'c2', name: 'abc', primaryEmail: 'e', address: {}, account: { id: 'c2', name: 'x'.repeat(256) } });
    expect(longName.body).toEqual({ message: "body field 'account.name' must be 3 to 255 characters long, got 256" });
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
