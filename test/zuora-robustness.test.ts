/**
 * Inputs the contract lets through that a careless handler would crash on (the format checks
 * match patterns only; some objects are untyped): each gets Zuora's error, never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { accountBody, crudFailure, demoCatalog, failure, inProcessZuora } from './support/zuora.js';

describe('Zuora answers odd but schema-valid input with its own errors', () => {
  const { sandbox, sim, server, seen, zuora } = inProcessZuora({ seed: 50 });
  let planId: string;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    planId = (await demoCatalog(sim, await sandbox.faker())).planId;
    await zuora('POST', '/v1/accounts', accountBody());
  });
  afterAll(async () => {
    for (const s of seen) expect(s.status, `${s.method} ${s.path}`).toBeLessThan(500);
    expectConformance(sim);
    server.close();
  });

  it('refuses dates that match the pattern but are no dates', async () => {
    const invoice = { accountNumber: 'A00000001', invoiceItems: [{ amount: 1 }] };
    expect((await zuora('POST', '/v1/invoices', { ...invoice, invoiceDate: '2026-19-39' })).body).toEqual(failure(50000020, "'invoiceDate' must be a real date as yyyy-mm-dd, got '2026-19-39'"));
    expect((await zuora('POST', '/v1/invoices', { ...invoice, invoiceDate: '2026-02-30' })).body).toEqual(failure(50000020, "'invoiceDate' must be a real date"));
    expect((await zuora('POST', '/v1/invoices', { ...invoice, invoiceDate: '2026-02-01', invoiceItems: [{ amount: 1, serviceEndDate: '2026-02-31' }] })).body).toEqual(failure(50000020, "'invoiceItems[0].serviceEndDate' must be a real date"));
    expect((await zuora('POST', '/v1/object/usage', { AccountNumber: 'A00000001', UOM: 'Each', Quantity: 1, StartDateTime: '2026-19-39T00:00:00Z' })).body).toEqual(crudFailure("StartDateTime '2026-19-39T00:00:00Z' is not a real date and time"));
    expect((await zuora('POST', '/v1/object/product', { Name: 'Odd', EffectiveStartDate: '2026-02-30', EffectiveEndDate: '2027-01-01' })).body).toEqual(crudFailure("EffectiveStartDate '2026-02-30' is not a real date"));
    const sub = { accountKey: 'A00000001', termType: 'EVERGREEN', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: planId }] };
    expect((await zuora('POST', '/v1/subscriptions', { ...sub, contractEffectiveDate: '2026-13-01' })).body).toEqual(failure(50000020, "'contractEffectiveDate' must be a real date"));
    expect((await zuora('POST', '/v1/subscriptions', { ...sub, contractEffectiveDate: '2026-01-01', termStartDate: '2026-04-31' })).body).toEqual(failure(50000020, "'termStartDate' must be a real date"));
  });

  it('refuses terms and payment terms that run past the year 9999', async () => {
    const sub = { accountKey: 'A00000001', contractEffectiveDate: '2026-01-01', termType: 'TERMED', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: planId }] };
    expect((await zuora('POST', '/v1/subscriptions', { ...sub, initialTerm: 9_000_000_000_000 })).body).toEqual(failure(50000020, 'makes the term end after the year 9999'));
    expect((await zuora('POST', '/v1/subscriptions', { ...sub, initialTerm: 8000, initialTermPeriodType: 'Year' })).body).toEqual(failure(50000020, 'makes the term end after the year 9999'));
    const invoice = { accountNumber: 'A00000001', invoiceDate: '2026-01-01', paymentTerm: 'Net 99999999', invoiceItems: [{ amount: 1 }] };
    expect((await zuora('POST', '/v1/invoices', invoice)).body).toEqual(failure(50000020, "Payment term 'Net 99999999' puts the due date after the year 9999"));
  });

  it('checks the fields of a subscription given inside a new account, which the contract leaves untyped', async () => {
    const res = await zuora('POST', '/v1/accounts', accountBody({ subscription: { contractEffectiveDate: '2026-01-01', termType: 'EVERGREEN', subscribeToRatePlans: 'all of them' } }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual(failure(50000020, "Invalid request: body field 'subscription.subscribeToRatePlans' must be of type array"));
    expect([...sim.state.store.values('account')]).toHaveLength(1);
  });

  it('takes only text from pass-through invoice item fields, and refuses a forged cursor', async () => {
    const res = await zuora('POST', '/v1/invoices', { accountNumber: 'A00000001', invoiceDate: '2026-01-01', invoiceItems: [{ amount: 3, chargeName: { evil: true }, uom: 7 }] });
    expect(res.body.success).toBe(true);
    const items = await zuora('GET', `/v1/invoices/${res.body.id}/items`);
    expect(items.body.invoiceItems[0]).toMatchObject({ chargeName: '', unitOfMeasure: '' });
    const forged = Buffer.from(JSON.stringify([{ value: 1, orderBy: { field: 42, order: 'DESC' } }, { value: 2 }])).toString('base64');
    expect(await zuora('GET', `/object-query/accounts?cursor=${forged}`)).toMatchObject({ status: 400, body: failure(50000027, 'cursor is not one this query issued') });
  });
});
