/** The product catalog: CRUD products, rate plans and charges with their rules, and the catalog listing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { crudFailure, failure, inProcessZuora } from './support/zuora.js';

const DATES = { EffectiveStartDate: '2025-01-01', EffectiveEndDate: '2030-01-01' };
const usageCharge = (planId: string, overrides: Record<string, unknown> = {}) => ({
  Name: 'API calls',
  ProductRatePlanId: planId,
  ChargeType: 'Usage',
  ChargeModel: 'Per Unit Pricing',
  UOM: 'API call',
  BillCycleType: 'DefaultFromCustomer',
  BillingPeriod: 'Month',
  TriggerEvent: 'ContractEffective',
  UseDiscountSpecificAccountingCode: false,
  ProductRatePlanChargeTierData: { ProductRatePlanChargeTier: [{ Currency: 'USD', Price: 0.02 }] },
  ...overrides,
});

/** Every response field object_getproductrateplancharge.md documents for retrieving a product rate plan charge. */
const DOCUMENTED_CHARGE_FIELDS = [
  ...['AccountingCode', 'ApplyDiscountTo', 'BillCycleDay', 'BillCycleType', 'BillingPeriod', 'BillingPeriodAlignment', 'BillingTiming', 'ChargeFunction'],
  ...['CommitmentType', 'ChargeModel', 'ChargeType', 'CreatedById', 'CreatedDate', 'DefaultQuantity', 'DeferredRevenueAccount', 'Description'],
  ...['DiscountLevel', 'EndDateCondition', 'ExcludeItemBillingFromRevenueAccounting', 'ExcludeItemBookingFromRevenueAccounting', 'Id', 'IncludedUnits'],
  ...['LegacyRevenueReporting', 'ListPriceBase', 'MaxQuantity', 'MinQuantity', 'Name', 'NumberOfPeriod', 'OverageCalculationOption'],
  ...['OverageUnusedUnitsCreditOption', 'PriceChangeOption', 'PriceIncreasePercentage', 'ProductRatePlanId', 'ProrationOption', 'RatingGroup'],
  ...['RecognizedRevenueAccount', 'RevRecCode', 'RevRecTriggerCondition', 'RevenueRecognitionRuleName', 'SmoothingModel', 'SpecificBillingPeriod'],
  ...['SpecificListPriceBase', 'TaxCode', 'TaxMode', 'Taxable', 'TriggerEvent', 'UOM', 'UpToPeriods', 'UpToPeriodsType', 'UpdatedById', 'UpdatedDate'],
  ...['UseDiscountSpecificAccountingCode', 'UseTenantDefaultForPriceChange', 'WeeklyBillCycleDay', 'IsAllocationEligible', 'IsUnbilled'],
  ...['ProductCategory', 'ProductClass', 'ProductFamily', 'ProductLine', 'ReflectDiscountInNetAmount', 'RevenueRecognitionTiming'],
  ...['RevenueAmortizationMethod', 'ApplyToBillingPeriodPartially', 'Formula', 'Class__NS', 'DeferredRevAccount__NS', 'Department__NS'],
  ...['IncludeChildren__NS', 'IntegrationId__NS', 'IntegrationStatus__NS', 'ItemType__NS', 'Location__NS', 'RecognizedRevAccount__NS'],
  ...['RevRecEnd__NS', 'RevRecStart__NS', 'RevRecTemplateType__NS', 'Subsidiary__NS', 'SyncDate__NS'],
];

describe('Zuora product catalog', () => {
  const { sim, server, zuora } = inProcessZuora({ seed: 6 });
  const ids: Record<string, string> = {};
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('creates a product with a generated SKU and product number, and retrieves it', async () => {
    const res = await zuora('POST', '/v1/object/product', { Name: 'Platform', Description: 'The platform', Category: 'Base Products', Region__c: 'EU', ...DATES });
    expect(res.body).toEqual({ Id: expect.stringMatching(/^[0-9a-f]{32}$/), Success: true });
    ids.product = res.body.Id;
    const got = await zuora('GET', `/v1/object/product/${ids.product}`);
    expect(got.body).toMatchObject({ Id: ids.product, Name: 'Platform', SKU: 'SKU-00000001', Region__c: 'EU', ...DATES, CreatedDate: '2026-01-01T00:00:00.000+00:00' });
    expect((await zuora('GET', `/v1/object/product/${ids.product}?fields=Name,sku`)).body).toEqual({ Name: 'Platform', SKU: 'SKU-00000001' });
  });

  it('refuses products that break the rules, in the CRUD error shape', async () => {
    expect(await zuora('POST', '/v1/object/product', { Name: 'Bad dates', EffectiveStartDate: '2026-01-01', EffectiveEndDate: '2025-01-01' })).toMatchObject({
      status: 400,
      body: crudFailure('EffectiveEndDate (2025-01-01) must be later than EffectiveStartDate (2026-01-01)'),
    });
    expect((await zuora('POST', '/v1/object/product', { Name: 'Twin', SKU: 'SKU-00000001', ...DATES })).body).toEqual(crudFailure("SKU 'SKU-00000001' is already used by another product"));
    expect((await zuora('POST', '/v1/object/product', { Name: 'Numbered', ProductNumber: 'PN-1', ...DATES })).body).toEqual(crudFailure("'ProductNumber' needs the X-Zuora-WSDL-Version request header set to 133 or later"));
    expect((await zuora('POST', '/v1/object/product', { Name: 'Numbered', ProductNumber: 'PN-1', ...DATES }, { 'x-zuora-wsdl-version': '133' })).body.Success).toBe(true);
    expect(await zuora('POST', '/v1/object/product', { Name: 'x', ...DATES, Colour: 'red' }, {})).toMatchObject({ status: 200 });
    expect(await zuora('POST', '/v1/object/product?rejectUnknownFields=true', { Name: 'x', ...DATES, Colour: 'red' })).toMatchObject({ status: 400, body: { message: 'Error - unrecognised fields' } });
    expect(await zuora('GET', `/v1/object/product/${'0'.repeat(32)}`)).toMatchObject({ status: 404, body: crudFailure('No product with ID') });
    const { Name: _n, ...nameless } = { Name: 'x', ...DATES };
    expect(await zuora('POST', '/v1/object/product', nameless)).toMatchObject({ status: 400, body: crudFailure("Invalid request: body field 'Name' is required") });
  });

  it('creates rate plans under an existing product, with unique names and configured currencies', async () => {
    const plan = await zuora('POST', '/v1/object/product-rate-plan', { Name: 'Pay as you go', ProductId: ids.product, ActiveCurrencies: 'USD,EUR' });
    expect(plan.body.Success).toBe(true);
    ids.plan = plan.body.Id;
    expect((await zuora('GET', `/v1/object/product-rate-plan/${ids.plan}`)).body).toMatchObject({ Id: ids.plan, Name: 'Pay as you go', ProductId: ids.product, ActiveCurrencies: ['USD', 'EUR'] });
    expect((await zuora('POST', '/v1/object/product-rate-plan', { Name: 'Pay as you go', ProductId: ids.product })).body).toEqual(crudFailure("already has a rate plan named 'Pay as you go'"));
    expect((await zuora('POST', '/v1/object/product-rate-plan', { Name: 'Orphan', ProductId: 'f'.repeat(32) })).body).toEqual(crudFailure("ProductId 'ffffffffffffffffffffffffffffffff' is not the ID of a product"));
    expect((await zuora('POST', '/v1/object/product-rate-plan', { Name: 'Yen', ProductId: ids.product, ActiveCurrencies: ['XXX'] })).body).toEqual(crudFailure('ActiveCurrencies lists XXX'));
    expect(await zuora('GET', `/v1/object/product-rate-plan/${'0'.repeat(32)}`)).toMatchObject({ status: 404 });
  });

  it('creates, reads, updates and deletes product rate plan charges under the documented conditions', async () => {
    const created = await zuora('POST', '/v1/object/product-rate-plan-charge', usageCharge(ids.plan!));
    expect(created.body.Success).toBe(true);
    ids.charge = created.body.Id;
    const got = await zuora('GET', `/v1/object/product-rate-plan-charge/${ids.charge}`);
    expect(got.body).toMatchObject({ Id: ids.charge, ChargeType: 'Usage', UOM: 'API call', RatingGroup: 'ByBillingPeriod', UsageRecordRatingOption: 'EndOfBillingPeriod', EndDateCondition: 'SubscriptionEnd' });
    expect(got.body.ProductRatePlanChargeTierData).toBeUndefined();

    const refuse = async (body: Record<string, unknown>, message: string) =>
      expect((await zuora('POST', '/v1/object/product-rate-plan-charge', body)).body, message).toEqual(crudFailure(message));
    await refuse(usageCharge(ids.plan!, { UOM: undefined }), "UOM is required for the 'Per Unit Pricing' charge model");
    await refuse(usageCharge(ids.plan!, { UOM: 'Parsecs' }), "UOM 'Parsecs' is not a unit of measure of this tenant's Billing Settings");
    await refuse(usageCharge('e'.repeat(32)), "ProductRatePlanId 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' is not the ID of a product rate plan");
    await refuse(usageCharge(ids.plan!, { Taxable: true }), 'TaxCode is required when Taxable is true');
    await refuse(usageCharge(ids.plan!, { BillCycleType: 'SpecificDayofMonth' }), "BillCycleDay is required when BillCycleType is 'SpecificDayofMonth'");
    await refuse(usageCharge(ids.plan!, { BillingPeriod: 'Specific Months' }), "SpecificBillingPeriod is required when BillingPeriod is 'Specific Months'");
    await refuse(usageCharge(ids.plan!, { ProductRatePlanChargeTierData: {} }), 'must list at least one tier');
    await refuse(usageCharge(ids.plan!, { ChargeType: 'Recurring' }), 'DefaultQuantity is required for a per-unit charge');
    await refuse(usageCharge(ids.plan!, { ChargeModelConfiguration: {} }), "'ChargeModelConfiguration' needs the X-Zuora-WSDL-Version request header set to 102 or later");

    expect((await zuora('PUT', `/v1/object/product-rate-plan-charge/${ids.charge}`, { Description: 'Per call', UOM: 'Each' })).body).toEqual({ Id: ids.charge, Success: true });
    expect((await zuora('GET', `/v1/object/product-rate-plan-charge/${ids.charge}`)).body).toMatchObject({ Description: 'Per call', UOM: 'Each' });
    expect((await zuora('PUT', `/v1/object/product-rate-plan-charge/${ids.charge}`, { UOM: null })).body).toEqual(crudFailure("UOM is required for the 'Per Unit Pricing' charge model"));
    expect(await zuora('PUT', `/v1/object/product-rate-plan-charge/${'0'.repeat(32)}`, { Description: 'x' })).toMatchObject({ status: 404, body: crudFailure('No product rate plan charge') });

    const spare = (await zuora('POST', '/v1/object/product-rate-plan-charge', usageCharge(ids.plan!, { Name: 'Spare' }))).body.Id;
    expect((await zuora('DELETE', `/v1/object/product-rate-plan-charge/${spare}`)).body).toEqual({ id: spare, success: true });
    expect((await zuora('DELETE', `/v1/object/product-rate-plan-charge/${spare}`)).body).toEqual({ id: spare, success: false });
    expect(await zuora('GET', `/v1/object/product-rate-plan-charge/${spare}`)).toMatchObject({ status: 404 });
  });

  it('retrieves a charge with every field its reference page documents, typed as documented, from the charge or its defaults', async () => {
    const fee = await zuora('POST', '/v1/object/product-rate-plan-charge', {
      ...usageCharge(ids.plan!, { Name: 'Platform fee', ChargeType: 'Recurring', ChargeModel: 'Flat Fee Pricing', UOM: undefined }),
      AccountingCode: 'Fees',
      BillCycleType: 'SpecificDayofMonth',
      BillCycleDay: 15,
    });
    const contract = sim.contract.document.components.schemas.CrudProductRatePlanCharge.properties;
    expect(DOCUMENTED_CHARGE_FIELDS.filter((f) => !(f in contract))).toEqual([]);
    for (const id of [ids.charge!, fee.body.Id]) {
      const got = (await zuora('GET', `/v1/object/product-rate-plan-charge/${id}`)).body;
      expect(DOCUMENTED_CHARGE_FIELDS.filter((f) => !(f in got)), id).toEqual([]);
      expect(sim.contract.responseViolations('crudGetProductRatePlanCharge', 200, got), id).toEqual([]);
    }
    expect((await zuora('GET', `/v1/object/product-rate-plan-charge/${fee.body.Id}`)).body).toMatchObject({
      // as stored
      Id: fee.body.Id,
      Name: 'Platform fee',
      ProductRatePlanId: ids.plan,
      ChargeType: 'Recurring',
      ChargeModel: 'Flat Fee Pricing',
      AccountingCode: 'Fees',
      BillCycleDay: 15,
      UseDiscountSpecificAccountingCode: false,
      CreatedDate: '2026-01-01T00:00:00.000+00:00',
      // not set: the documented default, the sample's value, or the empty value of the field's type
      EndDateCondition: 'SubscriptionEnd',
      DefaultQuantity: 1,
      BillingPeriodAlignment: 'AlignToCharge',
      Taxable: false,
      Description: '',
      UOM: null,
      RatingGroup: null,
    });
    expect((await zuora('DELETE', `/v1/object/product-rate-plan-charge/${fee.body.Id}`)).body.success).toBe(true);
  });

  it('lists the catalog newest first with page and pageSize, and finds a product by ID, SKU or number', async () => {
    const list = await zuora('GET', '/v1/catalog/products?pageSize=1');
    expect(list.body.products).toHaveLength(1);
    expect(list.body.nextPage).toBe('https://rest.zuora.com/v1/catalog/products?page=2&pageSize=1');
    const all = await zuora('GET', '/v1/catalog/products');
    expect(all.body.products.map((p: { name: string }) => p.name)).toEqual(['x', 'Numbered', 'Platform']);
    const platform = all.body.products[2];
    expect(platform).toMatchObject({
      id: ids.product,
      sku: 'SKU-00000001',
      productNumber: 'PC-00000001',
      productRatePlans: [{ id: ids.plan, name: 'Pay as you go', productRatePlanCharges: [{ id: ids.charge, name: 'API calls', type: 'Usage', model: 'PerUnit', uom: 'Each' }] }],
    });
    for (const key of [ids.product!, 'SKU-00000001', 'PC-00000001']) expect((await zuora('GET', `/v1/catalog/products/${key}`)).body).toMatchObject({ id: ids.product, success: true });
    expect((await zuora('GET', '/v1/catalog/products/nothing')).body).toEqual(failure(50000040, "Cannot find product by key 'nothing'."));
    expect((await zuora('GET', '/v1/catalog/products?page=2')).body).toEqual(failure(50000027, "'page' needs 'pageSize'"));
    expect(await zuora('GET', '/v1/catalog/products?pageSize=41')).toMatchObject({ status: 400, body: failure(50000027, "query parameter 'pageSize' must be <= 40") });
  });
});
