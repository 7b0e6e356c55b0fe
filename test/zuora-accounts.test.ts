/** Customer accounts: the rules of post_account.md, keys by ID or number, updates, deletion and the summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { accountBody, demoCatalog, failure, inProcessZuora } from './support/zuora.js';

describe('Zuora accounts', () => {
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 5 });
  let first: { accountId: string; accountNumber: string; billToContactId: string; soldToContactId: string };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('creates an account with generated number, separate bill-to and sold-to contacts, CRM ID and custom fields', async () => {
    const res = await zuora('POST', '/v1/accounts', accountBody({ crmId: 'crm-1', Tier__c: 'Gold', notes: 'first' }));
    expect(res).toMatchObject({ status: 200, body: { success: true, accountNumber: 'A00000001' } });
    first = res.body;
    expect(first.billToContactId).not.toBe(first.soldToContactId);
    const got = await zuora('GET', '/v1/accounts/A00000001');
    expect(got.body.basicInfo).toMatchObject({ crmId: 'crm-1', Tier__c: 'Gold', notes: 'first', batch: 'Batch1', status: 'Active' });
    expect(got.body.billToContact).toMatchObject({ id: first.billToContactId, firstName: 'Amy', country: 'United States', county: null });
    expect(got.body.soldToContact).toMatchObject({ id: first.soldToContactId, firstName: 'Amy' });
    expect(got.body.billingAndPayment).toMatchObject({ billCycleDay: 1, currency: 'USD', paymentTerm: 'Net 30', invoiceDeliveryPrefsEmail: false });
  });

  it('keeps a given account number and shares the contact with soldToSameAsBillTo', async () => {
    const res = await zuora('POST', '/v1/accounts', accountBody({ accountNumber: 'ACME-7', soldToSameAsBillTo: true }));
    expect(res.body).toMatchObject({ accountNumber: 'ACME-7' });
    expect(res.body.soldToContactId).toBe(res.body.billToContactId);
    expect((await zuora('POST', '/v1/accounts', accountBody())).body.accountNumber).toBe('A00000002');
  });

  it('refuses what the schema refuses with 400 and the field named: currency, bill-to contact, name length', async () => {
    const { currency: _c, ...noCurrency } = accountBody();
    expect(await zuora('POST', '/v1/accounts', noCurrency)).toMatchObject({ status: 400, body: failure(50000022, "body field 'currency' is required") });
    const { billToContact: _b, ...noContact } = accountBody();
    expect(await zuora('POST', '/v1/accounts', noContact)).toMatchObject({ status: 400, body: failure(50000022, "body field 'billToContact' is required") });
    expect((await zuora('POST', '/v1/accounts', accountBody({ name: 'x'.repeat(256) }))).body).toEqual(failure(50000020, "body field 'name' must be at most 255 characters long"));
  });

  it('reports the business rules of post_account.md with HTTP 200 and success false', async () => {
    const check = async (body: Record<string, unknown>, code: number, message: string | RegExp) => {
      const res = await zuora('POST', '/v1/accounts', body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(failure(code, message));
    };
    await check(accountBody({ currency: 'XYZ' }), 50000020, "'currency' value 'XYZ' is not a currency of this tenant's Billing Settings; use one of USD");
    await check(accountBody({ billCycleDay: undefined }), 50000022, "'billCycleDay' is required when no subscription is created");
    await check(accountBody({ accountNumber: 'ACME-7' }), 50000030, "An account with number 'ACME-7' already exists");
    await check(accountBody({ accountNumber: 'A12345' }), 50000020, 'begins with the default account number prefix');
    await check(accountBody({ autoPay: true }), 50000022, "With 'autoPay' true, give exactly one of paymentMethod, creditCard or hpmCreditCardPaymentMethodId");
    await check(accountBody({ autoPay: true, creditCard: {}, hpmCreditCardPaymentMethodId: 'pm' }), 50000020, 'not creditCard and hpmCreditCardPaymentMethodId');
    await check(accountBody({ autoPay: false, hpmCreditCardPaymentMethodId: 'pm' }), 50000020, "With 'autoPay' false");
    expect([...sim.state.store.values('account')]).toHaveLength(3);
  });

  it('answers an unknown key with HTTP 200, success false and a not-found code on every account operation', async () => {
    for (const [method, path, body] of [
      ['GET', '/v1/accounts/A09999999'],
      ['PUT', '/v1/accounts/A09999999', { name: 'x' }],
      ['DELETE', '/v1/accounts/A09999999'],
      ['GET', '/v1/accounts/A09999999/summary'],
      ['GET', '/v1/subscriptions/accounts/A09999999'],
      ['GET', '/v1/usage/accounts/A09999999'],
    ] as const) {
      const res = await zuora(method, path, body);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toEqual(failure(50000040, "Cannot find account by key 'A09999999'."));
    }
  });

  it('updates only the fields given, by ID or number; an email turns email delivery on', async () => {
    expect((await zuora('PUT', `/v1/accounts/${first.accountId}`, { name: 'Amy L.', crmId: '', Tier__c: 'Platinum' })).body).toEqual({ success: true });
    expect((await zuora('PUT', '/v1/accounts/A00000001', { billToContact: { workEmail: 'new@example.com', city: 'Austin' } })).body).toEqual({ success: true });
    const got = await zuora('GET', '/v1/accounts/A00000001');
    expect(got.body.basicInfo).toMatchObject({ name: 'Amy L.', crmId: '', Tier__c: 'Platinum', notes: 'first' });
    expect(got.body.billToContact).toMatchObject({ firstName: 'Amy', city: 'Austin', workEmail: 'new@example.com' });
    expect(got.body.billingAndPayment.invoiceDeliveryPrefsEmail).toBe(true);
    const foreign = (await zuora('GET', '/v1/accounts/ACME-7')).body.billToContact.id;
    expect((await zuora('PUT', '/v1/accounts/A00000001', { soldToContactId: foreign })).body).toEqual(failure(50000040, `'soldToContactId' '${foreign}' is not a contact of account 'A00000001'`));
  });

  it('creates a subscription with the account when one is given, and auto-sets the bill cycle day from it', async () => {
    const catalog = await demoCatalog(sim, await sandbox.faker());
    const withSub = await zuora('POST', '/v1/accounts', accountBody({
      billCycleDay: undefined,
      subscription: { contractEffectiveDate: '2026-01-15', termType: 'EVERGREEN', subscribeToRatePlans: [{ productRatePlanId: catalog.planId }] },
    }));
    expect(withSub.body).toMatchObject({ success: true, subscriptionNumber: 'A-S00000001' });
    expect((await zuora('GET', `/v1/accounts/${withSub.body.accountId}`)).body.billingAndPayment.billCycleDay).toBe(15);
    const broken = await zuora('POST', '/v1/accounts', accountBody({ subscription: { contractEffectiveDate: '2026-01-15', termType: 'TERMED', subscribeToRatePlans: [{ productRatePlanId: catalog.planId }] } }));
    expect(broken.body).toEqual(failure(50000022, "'subscription.initialTerm' is required"));
    expect([...sim.state.store.values('account')]).toHaveLength(4);
  });

  it('summarises the account with its subscriptions, invoices and usage per month', async () => {
    await zuora('POST', '/v1/object/usage', { AccountNumber: 'A00000001', UOM: 'Each', Quantity: 3, StartDateTime: '2026-01-05T10:00:00Z' });
    await zuora('POST', '/v1/object/usage', { AccountNumber: 'A00000001', UOM: 'Each', Quantity: 4, StartDateTime: '2026-01-20T10:00:00Z' });
    await zuora('POST', '/v1/invoices', { accountNumber: 'A00000001', invoiceDate: '2026-01-31', status: 'Posted', invoiceItems: [{ amount: 70 }] });
    const summary = await zuora('GET', '/v1/accounts/A00000001/summary');
    expect(summary.body).toMatchObject({
      basicInfo: { accountNumber: 'A00000001', balance: 70, lastInvoiceDate: '2026-01-31', status: 'Active' },
      invoices: [{ amount: 70, balance: 70, invoiceNumber: 'INV00000001', status: 'Posted', dueDate: '2026-03-02' }],
      payments: [],
      subscriptions: [],
      usage: [{ quantity: 7, startDate: '2026-01', unitOfMeasure: 'Each' }],
      success: true,
    });
    expect((await zuora('GET', '/v1/accounts/A00000001/summary?excludeUsage=true')).body.usage).toBeUndefined();
    expect((await zuora('GET', '/v1/accounts/A00000001')).body.metrics).toEqual({ balance: 70, contractedMrr: 0, creditBalance: 0, totalInvoiceBalance: 70 });
  });

  it('deletes an account by cancelling it; a cancelled account takes no new invoices', async () => {
    const res = await zuora('DELETE', '/v1/accounts/ACME-7');
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), jobId: expect.stringMatching(/^[0-9a-f]{32}$/), jobStatus: 'Pending', success: true });
    expect((await zuora('GET', '/v1/accounts/ACME-7')).body.basicInfo.status).toBe('Cancelled');
    const invoice = await zuora('POST', '/v1/invoices', { accountNumber: 'ACME-7', invoiceDate: '2026-01-31', invoiceItems: [{ amount: 1 }] });
    expect(invoice.body).toEqual(failure(50000030, "Account 'ACME-7' is Cancelled; invoices can only be created for Active accounts"));
  });
});
