/**
 * The integration flow over HTTP, as a real client drives it with fetch: token, account (and
 * the account-created callout arriving at a local endpoint), subscription with a usage charge,
 * usage, a standalone invoice, and reading everything back by ID, by number and by Object Query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { accountBody, demoCatalog, receiver, zuoraClient, zuoraSandbox, type Observed, type ZuoraClient } from './support/zuora.js';

describe('Zuora over HTTP: the Togai integration flow end to end', () => {
  const { sandbox, sim } = zuoraSandbox({ seed: 7 });
  let http: HttpServer;
  let hook: Awaited<ReturnType<typeof receiver>>;
  let zuora: ZuoraClient;
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  const ids: Record<string, string> = {};
  const seen: Observed[] = [];

  beforeAll(async () => {
    http = await serveHttp(sim);
    hook = await receiver();
    zuora = zuoraClient(http.url, seen);
    catalog = await demoCatalog(sim, await sandbox.faker());
  });
  afterAll(async () => {
    await http?.close();
    hook?.server.close();
  });

  it('delivers the account-created callout with the custom body and Basic auth to the subscribed endpoint', async () => {
    const admin = await fetch(`${http.url}/__admin/subscribers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.adminToken}` },
      body: JSON.stringify({ url: hook.url, username: 'togai-hook', password: 's3cret' }),
    });
    expect(admin.status).toBe(201);

    const created = await zuora('POST', '/v1/accounts', accountBody({ crmId: 'crm-42', Name__c: 'Togai customer 42' }), { 'zuora-track-id': 'flow-1' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ success: true, accountId: expect.stringMatching(/^[0-9a-f]{32}$/), accountNumber: 'A00000001' });
    expect(created.headers.get('zuora-track-id')).toBe('flow-1');
    expect(created.headers.get('ratelimit-limit')).toMatch(/^\d+, 50000;w=60, 2250000;w=3600, 27000000;w=86400$/);
    ids.account = created.body.accountId;

    await sandbox.settle();
    expect(hook.got).toHaveLength(1);
    const callout = hook.got[0]!;
    expect(callout.method).toBe('POST');
    expect(JSON.parse(callout.body)).toEqual({ accountId: ids.account });
    expect(callout.headers.authorization).toBe(`Basic ${Buffer.from('togai-hook:s3cret').toString('base64')}`);
    expect(callout.headers['content-type']).toBe('application/json');
    expect(callout.headers['zuora-notification-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('creates a subscription to the catalog rate plan with its usage charge', async () => {
    const sub = await zuora('POST', '/v1/subscriptions', {
      accountKey: 'A00000001',
      contractEffectiveDate: '2026-01-01',
      termType: 'TERMED',
      initialTerm: 12,
      renewalTerm: 12,
      autoRenew: true,
      subscribeToRatePlans: [{ productRatePlanId: catalog.planId }],
    });
    expect(sub.body).toMatchObject({ success: true, subscriptionNumber: 'A-S00000001' });
    ids.subscription = sub.body.subscriptionId;
    const byNumber = await zuora('GET', '/v1/subscriptions/A-S00000001');
    const charge = byNumber.body.ratePlans[0].ratePlanCharges[0];
    expect(charge).toMatchObject({ type: 'Usage', model: 'PerUnit', uom: 'API call', price: 0.01, number: 'C-00000001', productRatePlanChargeId: catalog.chargeId });
    expect(byNumber.body).toMatchObject({ id: ids.subscription, accountNumber: 'A00000001', termEndDate: '2027-01-01', success: true });
    ids.charge = charge.id;
    const byAccount = await zuora('GET', `/v1/subscriptions/accounts/${ids.account}`);
    expect(byAccount.body.subscriptions.map((s: { id: string }) => s.id)).toEqual([ids.subscription]);
  });

  it('records usage against the subscription charge and lists it for the account', async () => {
    const usage = await zuora('POST', '/v1/object/usage', {
      AccountNumber: 'A00000001',
      SubscriptionNumber: 'A-S00000001',
      ChargeNumber: 'C-00000001',
      UOM: 'API call',
      Quantity: 1200,
      StartDateTime: '2026-01-15T00:00:00Z',
    });
    expect(usage.body).toEqual({ Id: expect.stringMatching(/^[0-9a-f]{32}$/), Success: true });
    ids.usage = usage.body.Id;
    const fetched = await zuora('GET', `/v1/object/usage/${ids.usage}`);
    expect(fetched.body).toMatchObject({ AccountId: ids.account, SubscriptionId: ids.subscription, ChargeId: ids.charge, Quantity: 1200, RbeStatus: 'Pending', SourceType: 'API' });
    const listed = await zuora('GET', '/v1/usage/accounts/A00000001');
    expect(listed.body.usage).toEqual([expect.objectContaining({ id: ids.usage, quantity: 1200, unitOfMeasure: 'API call', chargeNumber: 'C-00000001', subscriptionNumber: 'A-S00000001' })]);
  });

  it('creates a standalone invoice and reads it back by ID and by number, with its items', async () => {
    const invoice = await zuora('POST', '/v1/invoices', {
      accountNumber: 'A00000001',
      invoiceDate: '2026-02-01',
      invoiceItems: [{ amount: 12, serviceStartDate: '2026-01-01', productRatePlanChargeId: catalog.chargeId, quantity: 1200 }],
    });
    expect(invoice.body).toMatchObject({ success: true, invoiceNumber: 'INV00000001', amount: 12, status: 'Draft', dueDate: '2026-03-03', sourceType: 'Standalone' });
    ids.invoice = invoice.body.id;
    for (const key of [ids.invoice, 'INV00000001']) {
      const got = await zuora('GET', `/v1/invoices/${key}`);
      expect(got.body).toMatchObject({ id: ids.invoice, invoiceNumber: 'INV00000001', accountId: ids.account, includesUsage: true, success: true });
    }
    const items = await zuora('GET', '/v1/invoices/INV00000001/items');
    expect(items.body.invoiceItems).toEqual([expect.objectContaining({ chargeAmount: 12, chargeName: 'API calls', chargeType: 'Usage', quantity: 1200, unitPrice: 0.01, productName: 'API Platform' })]);
  });

  it('finds the account by ID and by number, with its CRM ID and custom field', async () => {
    for (const key of [ids.account!, 'A00000001']) {
      const got = await zuora('GET', `/v1/accounts/${key}`);
      expect(got.body.basicInfo).toMatchObject({ id: ids.account, accountNumber: 'A00000001', crmId: 'crm-42', Name__c: 'Togai customer 42', status: 'Active' });
    }
  });

  it('reads every record through Object Query, by key and in lists', async () => {
    const account = await zuora('GET', '/object-query/accounts/A00000001');
    expect(account.body).toMatchObject({ id: ids.account, accountNumber: 'A00000001', crmId: 'crm-42', Name__c: 'Togai customer 42', currency: 'USD' });
    expect((await zuora('GET', '/object-query/invoices/INV00000001')).body).toMatchObject({ id: ids.invoice, amount: 12, status: 'Draft' });
    expect((await zuora('GET', `/object-query/usages/${ids.usage}`)).body).toMatchObject({ id: ids.usage, quantity: 1200, uOM: 'API call', subscriptionId: ids.subscription });
    expect((await zuora('GET', '/object-query/accounts?pageSize=5')).body).toEqual({ data: [expect.objectContaining({ id: ids.account })] });
    expect((await zuora('GET', '/object-query/subscriptions')).body.data).toEqual([expect.objectContaining({ id: ids.subscription, name: 'A-S00000001' })]);
    expect((await zuora('GET', '/object-query/invoices')).body.data).toHaveLength(1);
    expect((await zuora('GET', '/object-query/usages')).body.data).toHaveLength(1);
    const filtered = await zuora('GET', '/object-query/accounts?filter[]=accountnumber.EQ:A00000001&fields[]=id,accountnumber');
    expect(filtered.body).toEqual({ data: [{ id: ids.account, accountNumber: 'A00000001' }] });
    const none = await zuora('GET', '/object-query/accounts?filter[]=accountnumber.EQ:A00000001&filter[]=currency.EQ:EUR');
    expect(none.body).toEqual({ data: [] });
    const sorted = await zuora('GET', '/object-query/invoices?sort[]=invoicenumber.DESC&filter[]=amount.GT:10');
    expect(sorted.body.data.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toEqual(['INV00000001']);
    const wrong = await zuora('GET', '/object-query/accounts?filter[]=accountnumber.LIKE:A*');
    expect(wrong.status).toBe(400);
    expect(wrong.body.reasons[0].message).toMatch(/^filter\[\] 'accountnumber.LIKE:A\*' is not a filter: write <field>.<operator>:<value>/);
  });

  it('answered every request inside the contract', async () => {
    expect(seen.length).toBeGreaterThan(15);
    expectConformance(sim);
  });
});
