/** Idempotency-Key as guide_idempotent-requests.md describes it, in virtual time. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { accountBody, inProcessZuora } from './support/zuora.js';

const invoice = (overrides: Record<string, unknown> = {}) => ({
  accountNumber: 'A00000001',
  invoiceDate: '2026-01-31',
  invoiceItems: [{ amount: 50, serviceStartDate: '2026-01-01', chargeName: 'Setup' }],
  ...overrides,
});

describe('Zuora idempotent requests', () => {
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 4 });
  const invoices = () => [...sim.state.store.values('invoice')].length;
  const usages = () => [...sim.state.store.values('usage')].length;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    expect((await zuora('POST', '/v1/accounts', accountBody())).body.accountNumber).toBe('A00000001');
  });
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('answers a repeat with the same key and body with the first answer, creating one invoice', async () => {
    const key = { 'idempotency-key': 'invoice-jan-1' };
    const first = await zuora('POST', '/v1/invoices', invoice(), key);
    const again = await zuora('POST', '/v1/invoices', invoice(), key);
    expect(first.body).toMatchObject({ success: true, invoiceNumber: 'INV00000001' });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(invoices()).toBe(1);
    expect((await zuora('GET', '/object-query/invoices')).body.data).toHaveLength(1);
  });

  it('refuses the same key with another body or URL with 422, changing nothing', async () => {
    const key = { 'idempotency-key': 'invoice-jan-1' };
    const other = await zuora('POST', '/v1/invoices', invoice({ invoiceDate: '2026-02-01' }), key);
    expect(other.status).toBe(422);
    expect(other.body).toEqual({
      success: false,
      processId: expect.stringMatching(/^[0-9A-F]{16}$/),
      reasons: [{ code: 50000030, message: expect.stringContaining("Idempotency-Key 'invoice-jan-1' was first used with another method, URL or body") }],
    });
    const elsewhere = await zuora('POST', '/v1/subscriptions', { accountKey: 'A00000001' }, key);
    expect(elsewhere.status).toBe(422);
    expect(invoices()).toBe(1);
  });

  it('answers 422 in the CRUD shape on CRUD operations', async () => {
    const key = { 'idempotency-key': 'usage-1' };
    const body = { AccountNumber: 'A00000001', UOM: 'Each', Quantity: 1, StartDateTime: '2026-01-02T00:00:00Z' };
    expect((await zuora('POST', '/v1/object/usage', body, key)).body.Success).toBe(true);
    const other = await zuora('POST', '/v1/object/usage', { ...body, Quantity: 2 }, key);
    expect(other).toMatchObject({ status: 422, body: { Success: false, Errors: [{ Code: 'INVALID_VALUE', Message: expect.stringContaining("'usage-1'") }] } });
    expect(usages()).toBe(1);
  });

  it('saves failures too: a repeat gets the first failure even once the cause is gone', async () => {
    const key = { 'idempotency-key': 'invoice-for-a2' };
    const failed = await zuora('POST', '/v1/invoices', invoice({ accountNumber: 'A00000002' }), key);
    expect(failed.body).toMatchObject({ success: false, reasons: [{ code: 50000040 }] });
    expect((await zuora('POST', '/v1/accounts', accountBody({ name: 'Second' }))).body.accountNumber).toBe('A00000002');
    const repeat = await zuora('POST', '/v1/invoices', invoice({ accountNumber: 'A00000002' }), key);
    expect(repeat.body).toEqual(failed.body);
    expect(invoices()).toBe(1);
  });

  // Synchronous operations finish before the next request starts; a usage upload waits on its
  // multipart body, so a retry with its key can arrive while it is still being handled.
  it('answers 409 while the first request with the key is still being handled', async () => {
    const token = await zuora.token();
    const form = new FormData();
    form.append('file', new Blob(['ACCOUNT_ID,UOM,QTY,STARTDATE,ENDDATE\nA00000001,Each,3,01/15/2026,\n'], { type: 'text/csv' }), 'usage.csv');
    const encoded = new Request('https://rest.zuora.com/v1/usage', { method: 'POST', body: form });
    const req = {
      method: 'POST',
      path: '/v1/usage',
      params: {},
      query: {},
      headers: { authorization: `Bearer ${token}`, 'content-type': encoded.headers.get('content-type')!, 'idempotency-key': 'in-flight' },
      rawBody: await encoded.text(),
    };
    const op = sim.contract.operation('importUsage');
    const first = sim.handle(op, req);
    const second = await sim.handle(op, req);
    expect(second.status).toBe(409);
    expect(JSON.parse(second.body).reasons[0]).toEqual({ code: 50000050, message: expect.stringContaining("'in-flight' is still being processed") });
    expect((await first).status).toBe(200);
    const replay = await sim.handle(op, req);
    expect(replay).toEqual(await first);
    expect(usages()).toBe(1);
  });

  it('forgets a key after 24 hours of virtual time, and ignores keys on PUT', async () => {
    const key = { 'idempotency-key': 'invoice-jan-1' };
    await sandbox.clock.advanceBy('PT23H59M');
    zuora.forget(); // the token of a day ago has expired
    expect((await zuora('POST', '/v1/invoices', invoice(), key)).body.invoiceNumber).toBe('INV00000001');
    await sandbox.clock.advanceBy('PT2M');
    const fresh = await zuora('POST', '/v1/invoices', invoice(), key);
    expect(fresh.body).toMatchObject({ success: true, invoiceNumber: 'INV00000002' });
    expect(invoices()).toBe(2);

    const put = { 'idempotency-key': 'rename' };
    await zuora('PUT', '/v1/accounts/A00000001', { name: 'First name' }, put);
    await zuora('PUT', '/v1/accounts/A00000001', { name: 'Second name' }, put);
    expect(sim.state.account('A00000001')!.name).toBe('Second name');
  });
});
