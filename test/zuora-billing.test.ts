/** Subscriptions from the catalog and standalone invoices: their rules, keys and views. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { accountBody, demoCatalog, failure, inProcessZuora } from './support/zuora.js';

const subscription = (planId: string, overrides: Record<string, unknown> = {}) => ({
  accountKey: 'A00000001',
  contractEffectiveDate: '2026-01-01',
  termType: 'TERMED',
  initialTerm: 12,
  renewalTerm: 12,
  subscribeToRatePlans: [{ productRatePlanId: planId }],
  ...overrides,
});

describe('Zuora subscriptions and standalone invoices', () => {
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 8 });
  let catalog: Awaited<ReturnType<typeof demoCatalog>>;
  let recurringPlan: string;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    catalog = await demoCatalog(sim, await sandbox.faker());
    recurringPlan = (await zuora('POST', '/v1/object/product-rate-plan', { Name: 'Monthly seat', ProductId: catalog.productId })).body.Id;
    await zuora('POST', '/v1/object/product-rate-plan-charge', {
      Name: 'Seats',
      ProductRatePlanId: recurringPlan,
      ChargeType: 'Recurring',
      ChargeModel: 'Per Unit Pricing',
      UOM: 'Each',
      DefaultQuantity: 5,
      BillCycleType: 'DefaultFromCustomer',
      BillingPeriod: 'Month',
      TriggerEvent: 'ContractEffective',
      UseDiscountSpecificAccountingCode: false,
      ProductRatePlanChargeTierData: { ProductRatePlanChargeTier: [{ Currency: 'USD', Price: 10 }] },
    });
    await zuora('POST', '/v1/accounts', accountBody());
    await zuora('POST', '/v1/accounts', accountBody({ name: 'Other' }));
  });
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('creates a termed subscription with both rate plans, valued from the catalog', async () => {
    const res = await zuora('POST', '/v1/subscriptions', subscription(catalog.planId, { subscribeToRatePlans: [{ productRatePlanId: catalog.planId }, { productRatePlanId: recurringPlan }], Channel__c: 'web' }));
    expect(res.body).toEqual({ success: true, subscriptionId: expect.stringMatching(/^[0-9a-f]{32}$/), subscriptionNumber: 'A-S00000001', contractedMrr: 50, totalContractedValue: 600 });
    const sub = await zuora('GET', `/v1/subscriptions/${res.body.subscriptionId}?getSubscriptionOwnerDetails=true`);
    expect(sub.body).toMatchObject({
      subscriptionNumber: 'A-S00000001',
      accountNumber: 'A00000001',
      termType: 'TERMED',
      termStartDate: '2026-01-01',
      termEndDate: '2027-01-01',
      serviceActivationDate: '2026-01-01',
      customerAcceptanceDate: '2026-01-01',
      status: 'Active',
      Channel__c: 'web',
      accountOwnerDetails: { accountNumber: 'A00000001', status: 'Active' },
      success: true,
    });
    expect(sub.body.ratePlans.map((p: { ratePlanName: string }) => p.ratePlanName)).toEqual(['Pay as you go', 'Monthly seat']);
    expect(sub.body.ratePlans[1].ratePlanCharges[0]).toMatchObject({ number: 'C-00000002', type: 'Recurring', model: 'PerUnit', price: 10, quantity: 5, mrr: 50, tcv: 600, pricingSummary: 'USD10/Each' });
    expect(sub.body.invoiceOwnerAccountDetails).toBeUndefined();
  });

  it('lists an account’s subscriptions by ID or number, newest first, with page and pageSize', async () => {
    await zuora('POST', '/v1/subscriptions', subscription(catalog.planId, { termType: 'EVERGREEN', initialTerm: undefined, subscriptionNumber: 'SUB-CUSTOM' }));
    const byNumber = await zuora('GET', '/v1/subscriptions/accounts/A00000001?pageSize=1');
    expect(byNumber.body.subscriptions).toHaveLength(1);
    expect(byNumber.body.nextPage).toBe('https://rest.zuora.com/v1/subscriptions/accounts/A00000001?page=2&pageSize=1');
    const all = await zuora('GET', `/v1/subscriptions/accounts/${sim.state.account('A00000001')!.id}`);
    expect(all.body.subscriptions.map((s: { subscriptionNumber: string }) => s.subscriptionNumber).sort()).toEqual(['A-S00000001', 'SUB-CUSTOM']);
    const evergreen = await zuora('GET', '/v1/subscriptions/SUB-CUSTOM');
    expect(evergreen.body).toMatchObject({ termType: 'EVERGREEN', initialTerm: 0 });
    expect(evergreen.body.termEndDate).toBeUndefined();
    expect((await zuora('GET', '/v1/subscriptions/A-S09999999')).body).toEqual(failure(50000040, "Cannot find subscription by key 'A-S09999999'."));
  });

  it('refuses subscriptions that break the rules', async () => {
    const check = async (body: Record<string, unknown>, status: number, expected: unknown) => {
      const res = await zuora('POST', '/v1/subscriptions', body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body).toEqual(expected);
    };
    await check(subscription(catalog.planId, { accountKey: 'A09999999' }), 200, failure(50000040, "Cannot find account by key 'A09999999'."));
    await check(subscription('f'.repeat(32)), 200, failure(50000040, "Cannot find product rate plan by key 'ffffffffffffffffffffffffffffffff'."));
    await check(subscription(catalog.planId, { initialTerm: undefined }), 200, failure(50000022, "'initialTerm' is required: a TERMED subscription needs the length of its first term"));
    await check(subscription(catalog.planId, { initialTerm: 0 }), 200, failure(50000020, "'initialTerm' must be greater than 0"));
    await check(subscription(catalog.planId, { subscribeToRatePlans: [] }), 200, failure(50000022, "'subscribeToRatePlans' is required"));
    await check(subscription(catalog.planId, { subscriptionNumber: 'SUB-CUSTOM' }), 200, failure(50000030, "A subscription with number 'SUB-CUSTOM' already exists"));
    await check(subscription(catalog.planId, { contractEffectiveDate: '2040-01-01' }), 200, failure(50000030, 'cannot be subscribed to on the contract effective date 2040-01-01'));
    await check(subscription(catalog.planId, { invoiceOwnerAccountKey: 'nobody' }), 200, failure(50000040, "Cannot find invoice owner account by key 'nobody'."));
    await check(subscription(catalog.planId, { termType: 'SOMETIMES' }), 400, failure(50000020, "body field 'termType' must be one of TERMED, EVERGREEN"));
    const { renewalTerm: _r, ...noRenewal } = subscription(catalog.planId);
    await check(noRenewal, 400, failure(50000022, "body field 'renewalTerm' is required"));
  });

  it('keeps an account whose subscription has another invoice owner from being deleted', async () => {
    const shared = await zuora('POST', '/v1/subscriptions', subscription(catalog.planId, { invoiceOwnerAccountKey: 'A00000002' }));
    expect(shared.body.success).toBe(true);
    const sub = await zuora('GET', `/v1/subscriptions/${shared.body.subscriptionNumber}?getInvoiceOwnerDetails=true`);
    expect(sub.body).toMatchObject({ invoiceOwnerAccountNumber: 'A00000002', invoiceOwnerAccountDetails: { accountNumber: 'A00000002' } });
    expect((await zuora('DELETE', '/v1/accounts/A00000002')).body).toEqual(failure(50000030, `Account 'A00000002' cannot be deleted: subscription '${shared.body.subscriptionNumber}'`));
  });

  it('creates standalone invoices with generated or given unique numbers and items from the catalog or new charges', async () => {
    const posted = await zuora('POST', '/v1/invoices', {
      accountId: sim.state.account('A00000001')!.id,
      accountNumber: 'A00000001',
      invoiceDate: '2026-02-01',
      status: 'Posted',
      invoiceNumber: 'TOGAI-2026-01',
      comments: 'January usage',
      Source__c: 'togai',
      invoiceItems: [
        { amount: 12.5, productRatePlanChargeId: catalog.chargeId, quantity: 1250, serviceStartDate: '2026-01-01', serviceEndDate: '2026-01-31' },
        { amount: 20, chargeName: 'Onboarding', description: 'One-off onboarding' },
      ],
    });
    expect(posted.body).toMatchObject({ invoiceNumber: 'TOGAI-2026-01', amount: 32.5, balance: 32.5, status: 'Posted', postedDate: '2026-01-01 00:00:00', comments: 'January usage', Source__c: 'togai', includesUsage: true, includesOneTime: true, includesRecurring: false, success: true });
    const items = await zuora('GET', '/v1/invoices/TOGAI-2026-01/items?pageSize=1');
    expect(items.body.invoiceItems).toEqual([expect.objectContaining({ chargeName: 'API calls', chargeAmount: 12.5, unitPrice: 0.01, quantity: 1250, unitOfMeasure: 'API call', serviceEndDate: '2026-01-31' })]);
    expect(items.body.nextPage).toBe('https://rest.zuora.com/v1/invoices/TOGAI-2026-01/items?page=2&pageSize=1');
    const second = await zuora('GET', '/v1/invoices/TOGAI-2026-01/items?page=2&pageSize=1');
    expect(second.body.invoiceItems).toEqual([expect.objectContaining({ chargeName: 'Onboarding', chargeType: 'OneTime', serviceStartDate: '2026-02-01', description: 'One-off onboarding' })]);
    expect((await zuora('GET', '/v1/accounts/A00000001')).body.metrics.balance).toBe(32.5);
    const draft = await zuora('POST', '/v1/invoices', { accountNumber: 'A00000001', invoiceDate: '2026-02-01', dueDate: '2026-02-10', invoiceItems: [{ amount: 5 }] });
    expect(draft.body).toMatchObject({ invoiceNumber: 'INV00000001', status: 'Draft', dueDate: '2026-02-10', postedDate: null });
  });

  it('refuses invoices that break the rules', async () => {
    const check = async (body: Record<string, unknown>, status: number, expected: unknown) => {
      const res = await zuora('POST', '/v1/invoices', { invoiceDate: '2026-02-01', invoiceItems: [{ amount: 1 }], ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body).toEqual(expected);
    };
    const a1 = sim.state.account('A00000001')!.id;
    await check({}, 200, failure(50000022, "Give 'accountId' or 'accountNumber'"));
    await check({ accountNumber: 'A09999999' }, 200, failure(50000040, "Cannot find account by key 'A09999999'."));
    await check({ accountId: a1, accountNumber: 'A00000002' }, 200, failure(50000020, 'refer to different accounts'));
    await check({ accountNumber: 'A00000001', invoiceItems: [] }, 200, failure(50000022, "'invoiceItems' must list at least one item"));
    await check({ accountNumber: 'A00000001', invoiceItems: [{ chargeName: 'No amount' }] }, 200, failure(50000022, "'invoiceItems[0].amount' is required"));
    await check({ accountNumber: 'A00000001', invoiceItems: [{ amount: 1, productRatePlanChargeId: 'nope' }] }, 200, failure(50000040, "Cannot find product rate plan charge (invoiceItems[0].productRatePlanChargeId) by key 'nope'."));
    await check({ accountNumber: 'A00000001', invoiceNumber: 'TOGAI-2026-01' }, 200, failure(50000030, "Invoice number 'TOGAI-2026-01' is already used"));
    await check({ accountNumber: 'A00000001', dueDate: '2026-01-01' }, 200, failure(50000030, "'dueDate' 2026-01-01 is before 'invoiceDate' 2026-02-01"));
    await check({ accountNumber: 'A00000001', currency: 'XYZ' }, 200, failure(50000020, "'currency' value 'XYZ' is not configured"));
    await check({ accountNumber: 'A00000001', invoiceNumber: 'has space' }, 400, failure(50000020, "body field 'invoiceNumber' must match the pattern"));
    await check({ accountNumber: 'A00000001', invoiceDate: undefined }, 400, failure(50000022, "body field 'invoiceDate' is required"));
    expect((await zuora('GET', '/v1/invoices/INV09999999')).body).toEqual(failure(50000040, "Cannot find invoice by key 'INV09999999'."));
    expect((await zuora('GET', '/v1/invoices/INV09999999/items')).body).toEqual(failure(50000040, "Cannot find invoice by key 'INV09999999'."));
  });
});
