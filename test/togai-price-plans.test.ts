import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { createUsageCard, customer, rateCard, schemaWithMeters } from './support/billing-fixtures.js';
import { inProcessTogai } from './support/togai.js';

async function ok(res: Promise<{ status: number; body: any }>): Promise<any> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}

const MONTHLY = { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 };

/** One plan store behind the v1 and v2 APIs, and the account schedules that bill on it. */
describe('price plans: one store, two APIs, versions, and the schedules on them', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let meter: string;
  let planId: string;
  const units = (rate: number) => createUsageCard({ displayName: 'Units', usageMeterId: meter, slabs: [[0, rate]] });
  const associate = (account: string, pricePlanId: string, effectiveFrom = '2026-01-01') =>
    ok(togai('POST', `/v2/accounts/${account}/edit_schedules`, { edits: [{ mode: 'ASSOCIATE', effectiveFrom, effectiveUntil: '2026-12-31', associationConfig: { pricePlanId } }] }));
  const ingest = (account: string, count: number, at: string) =>
    ok(togai('POST', '/ingestBatch', { events: Array.from({ length: count }, (_, i) => ({ id: `${account}-${at}-${i}`, schemaName: 'unit', timestamp: at, accountId: account, attributes: [], dimensions: {} })) }));

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    [meter] = (await schemaWithMeters(togai, { name: 'unit', attributes: [], dimensions: [] }, [{ name: 'Units', aggregation: 'COUNT', computation: '1' }])) as [string];
    await customer(togai, 'ann');
    await customer(togai, 'bob');
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('finalises a v2 DRAFT only once its errors list is empty', async () => {
    const plan = await ok(togai('POST', '/v2/price_plans', { name: 'Units', type: 'BILLING', supportedCurrencies: ['USD', 'EUR'], pricingCycleConfig: MONTHLY }));
    planId = plan.id;
    expect(plan).toMatchObject({ status: 'DRAFT', version: 1, referenceId: expect.stringMatching(/^sch\./) });
    const cards = await ok(togai('POST', `/v2/price_plans/${planId}/rate_cards`, { operations: [units(2)] }));
    expect(cards.rateCards).toEqual([expect.objectContaining({ name: 'Units', type: 'USAGE', billableId: meter, referenceType: 'PRICE_PLAN', pricePlanId: planId, currencies: ['USD'] })]);
    const errors = await ok(togai('GET', `/v2/price_plans/${planId}/errors`));
    expect(errors.data).toEqual([{ referenceId: plan.referenceId, entityId: 'Units', entityType: 'RATE_CARD', errorMessage: "USAGE rate card 'Units': has no rate values in EUR" }]);
    expect((await togai('POST', `/v2/price_plans/${planId}/finalize`, {})).body.message).toMatch(/cannot be finalised: USAGE rate card 'Units': has no rate values in EUR/);
    await ok(togai('PATCH', `/v2/price_plans/${planId}`, { supportedCurrencies: ['USD'] }));
    expect(await togai('POST', `/v2/price_plans/${planId}/finalize`, {})).toEqual({ status: 200, body: { success: true } });
    expect((await ok(togai('GET', `/v2/price_plans/${planId}/errors`))).data).toEqual([]);
  });

  it('shows the same plan through v1, rate cards in PricePlanDetails', async () => {
    const v1 = await ok(togai('GET', `/price_plans/${planId}`));
    expect(v1).toMatchObject({ id: planId, name: 'Units', type: 'BILLING', status: 'ACTIVE' });
    expect(v1.pricingSchedule).toEqual([
      expect.objectContaining({ version: 1, isOverriden: false, startDate: '1970-01-01T00:00:00.000Z', endDate: '9999-01-01T00:00:00.000Z' }),
    ]);
    expect(v1.pricingSchedule[0].pricePlanDetails).toMatchObject({ supportedCurrencies: ['USD'], activeCurrencies: ['USD'], usageRateCards: [{ ...rateCard({ displayName: 'Units', usageMeterId: meter, slabs: [[0, 2]] }), name: 'Units' }] });
    const list = await ok(togai('GET', '/price_plans'));
    expect(list.data).toEqual([expect.objectContaining({ id: planId, version: 1, usageMeters: [meter], status: 'ACTIVE' })]);
    expect(list.context).toEqual({ pageSize: 10, sortOrder: 'asc' });
  });

  it('edits a finalised plan as a new DRAFT version, which can be discarded', async () => {
    await ok(togai('POST', `/v2/price_plans/${planId}/rate_cards`, { operations: [{ ...units(3), actionType: 'UPDATE' }] }));
    const versions = await ok(togai('GET', `/v2/price_plans/${planId}/versions`));
    expect(versions.data.map((v: any) => [v.version, v.status])).toEqual([[1, 'ACTIVE'], [2, 'DRAFT']]);
    expect((await ok(togai('GET', `/v2/price_plans/${planId}?version=ACTIVE`))).version).toBe(1);
    expect((await ok(togai('GET', `/v2/price_plans/${planId}`))).version).toBe(2);
    await ok(togai('DELETE', `/v2/price_plans/${planId}/discard`));
    expect((await ok(togai('GET', `/v2/price_plans/${planId}/versions`))).data.map((v: any) => v.version)).toEqual([1]);
  });

  it('moves accounts to a newly finalised version from the next cycle (NEXT_CYCLE)', async () => {
    await associate('ann', planId);
    await ingest('ann', 5, '2026-01-10T00:00:00Z');
    await ok(togai('POST', `/v2/price_plans/${planId}/rate_cards`, { operations: [{ ...units(3), actionType: 'UPDATE' }] }));
    await ok(togai('POST', `/v2/price_plans/${planId}/finalize`, { migrationMode: 'NEXT_CYCLE' }));
    const schedules = await ok(togai('GET', '/v2/accounts/ann/schedules?mode=ACTIVE'));
    expect(schedules.data.map((s: any) => [s.version, s.startDate, s.endDate])).toEqual([
      [1, '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
      [2, '2026-02-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ]);
    await sandbox.clock.advanceTo(Date.parse('2026-02-01T00:00:00Z'));
    await ingest('ann', 5, '2026-02-10T00:00:00Z');
    const invoices = await ok(togai('GET', '/invoices?owner_id=ann'));
    // 5 units at 2 on version 1, then 5 at 3 on version 2
    expect(invoices.data.map((i: any) => [i.status, i.totalAmount])).toEqual([['DUE', 10], ['DRAFT', 15]]);
  });

  it('keeps schedule-level changes as a DRAFT until the account finalises them', async () => {
    await associate('bob', planId, '2026-02-01');
    const [schedule] = (await ok(togai('GET', '/v2/accounts/bob/schedules?mode=ACTIVE'))).data;
    await ok(togai('POST', `/v2/schedules/${schedule.id}/rate_cards`, { operations: [{ ...units(7), actionType: 'UPDATE' }] }));
    const rate = async (mode: string) => (await ok(togai('GET', `/v2/schedules/${schedule.id}/rate_cards?mode=${mode}`))).data[0].rateCardDetails.usageRateCard.rateValues[0].slabRates[0].rate;
    expect([await rate('ACTIVE'), await rate('DRAFT')]).toEqual([3, 7]);
    const rules = [{ name: 'Double', order: 1, computation: '{"*": [{"var": "revenue"}, 2]}', action: { type: 'UPDATE_REVENUE' } }];
    const stored = await ok(togai('PUT', `/v2/schedules/${schedule.id}/pricing_rules`, { pricingRules: rules }));
    expect(stored.data).toEqual([expect.objectContaining({ ...rules[0], id: expect.any(String), version: 2 })]);
    const errors = await ok(togai('GET', `/v2/schedules/${schedule.id}/errors`));
    expect(errors.data[0]).toMatchObject({ referenceId: schedule.id, entityType: 'PRICING_RULE', errorMessage: expect.stringMatching(/not simulated yet/) });
    expect((await togai('POST', '/v2/accounts/bob/finalize_schedules', {})).status).toBe(400);
    await ok(togai('PUT', `/v2/schedules/${schedule.id}/pricing_rules`, { pricingRules: [] }));
    const finalised = await ok(togai('POST', '/v2/accounts/bob/finalize_schedules', {}));
    expect(finalised.data[0]).toMatchObject({ id: schedule.id, isOverridden: true });
    expect(await rate('ACTIVE')).toBe(7);
    await ingest('bob', 2, '2026-02-11T00:00:00Z');
    expect((await ok(togai('GET', '/invoices?owner_id=bob'))).data[0].totalAmount).toBe(14);
    await ok(togai('POST', `/v2/schedules/${schedule.id}/rate_cards`, { operations: [{ actionType: 'DELETE', rateCardName: 'Units' }] }));
    await ok(togai('DELETE', '/v2/accounts/bob/discard_schedules'));
    expect(await rate('DRAFT')).toBe(7);
  });

  it('stores rules and cards it cannot price yet, and refuses to bill an account on them', async () => {
    const plan = await ok(togai('POST', '/price_plans', {
      name: 'Ruled',
      pricePlanDetails: { supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY, usageRateCards: [rateCard({ displayName: 'Units', usageMeterId: meter, slabs: [[0, 1]] })] },
      pricingRules: [{ name: 'Cap', order: 1, computation: '10', action: { type: 'UPDATE_REVENUE' } }],
    }));
    await ok(togai('POST', `/price_plans/${plan.id}/activate`, { currencies: ['USD'] }));
    expect((await ok(togai('GET', `/v2/price_plans/${plan.id}/pricing_rules`))).data).toEqual([expect.objectContaining({ name: 'Cap', version: 1 })]);
    await customer(togai, 'cid');
    const refused = await togai('POST', '/accounts/cid/price_plans', { pricePlanId: plan.id, effectiveFrom: '2026-03-01', effectiveUntil: '2026-12-31' });
    expect(refused).toEqual({ status: 400, body: { message: expect.stringMatching(/pricing rules \('Cap'\) would change invoice amounts and are not simulated yet/) } });
    const credit = await ok(togai('POST', '/v2/price_plans', { name: 'Credits', type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY }));
    const grant = { id: 'grant.1', grantDetails: { priority: 1, expiryType: 'PRICING_CYCLE' }, rateDetails: { pricingModel: 'TIERED', currencySlabRateDetails: [{ currency: 'USD', creditAmount: 100, slabDetails: [{ startAfter: 0, priceType: 'FLAT', rate: 50 }] }] } };
    await ok(togai('POST', `/v2/price_plans/${credit.id}/rate_cards`, { operations: [{ actionType: 'CREATE', rateCardName: 'Credits', rateCard: { type: 'CREDIT_GRANT', billableId: 'grant.1', invoiceTiming: 'IN_ADVANCE', rateCardDetails: { creditGrantRateCard: grant } } }] }));
    await ok(togai('POST', `/v2/price_plans/${credit.id}/finalize`, {}));
    const noCredit = await togai('POST', '/v2/accounts/cid/edit_schedules', { edits: [{ effectiveFrom: '2026-03-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: credit.id } }] });
    expect(noCredit.body.message).toMatch(/CREDIT_GRANT rate card 'Credits' is not simulated yet/);
  });

  it('associates, carves and lists through the deprecated v1 operations, with dry runs changing nothing', async () => {
    const v1 = await ok(togai('POST', '/price_plans', { name: 'Flat', pricePlanDetails: { supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY, usageRateCards: [rateCard({ displayName: 'Units', usageMeterId: meter, slabs: [[0, 1]] })] } }));
    const dry = await ok(togai('POST', '/price_plans?dry_run=true', { name: 'Dry', pricePlanDetails: { supportedCurrencies: ['USD'] } }));
    expect((await togai('GET', `/price_plans/${dry.id}`)).status).toBe(404);
    await ok(togai('POST', `/price_plans/${v1.id}/activate`, { currencies: ['USD'] }));
    await ok(togai('POST', '/accounts/cid/price_plans', { mode: 'ASSOCIATE', pricePlanId: v1.id, effectiveFrom: '2026-03-01', effectiveUntil: '2026-12-31' }));
    const batch = { edits: [{ mode: 'DISASSOCIATE', effectiveFrom: '2026-05-01', effectiveUntil: '2026-05-31' }] };
    const planned = await ok(togai('POST', '/accounts/cid/edit_schedules?dry_run=true', batch));
    expect(planned.pricingSchedules.map((s: any) => [s.startDate.slice(0, 10), s.endDate.slice(0, 10)])).toEqual([['2026-03-01', '2026-05-01'], ['2026-06-01', '2027-01-01']]);
    expect((await ok(togai('GET', '/accounts/cid/pricing_schedules'))).data).toHaveLength(1);
    await ok(togai('POST', '/accounts/cid/edit_schedules', batch));
    const schedules = await ok(togai('GET', '/accounts/cid/pricing_schedules?compact=true&include_price_plan_info=true'));
    expect(schedules.data).toEqual([
      { id: expect.any(String), startDate: '2026-03-01T00:00:00.000Z', endDate: '2026-05-01T00:00:00.000Z', version: 1, isOverriden: false, pricePlanId: v1.id, pricePlanName: 'Flat', pricePlanInfo: { name: 'Flat' } },
      { id: expect.any(String), startDate: '2026-06-01T00:00:00.000Z', endDate: '2027-01-01T00:00:00.000Z', version: 1, isOverriden: false, pricePlanId: v1.id, pricePlanName: 'Flat', pricePlanInfo: { name: 'Flat' } },
    ]);
    const inUse = await togai('DELETE', `/price_plans/${v1.id}`);
    expect(inUse.body.message).toMatch(/is associated with account 'cid'/);
  });

  it('answers a legacy nested association path naming another customer as the Accounts API does', async () => {
    const body = { pricePlanId: planId, effectiveFrom: '2026-03-01', effectiveUntil: '2026-12-31' };
    const cases: [string, string][] = [
      ['ann', "Account of customer 'ann' with id 'cid' does not exist"],
      ['ghost', "Customer with id 'ghost' does not exist"],
    ];
    for (const [customerId, message] of cases) {
      const account = await togai('GET', `/customers/${customerId}/accounts/cid`);
      expect(account).toEqual({ status: 404, body: { message } });
      expect(await togai('POST', `/customers/${customerId}/accounts/cid/price_plans`, body)).toEqual(account);
    }
  });

  it('migrates the accounts on a plan version to another plan at once (IMMEDIATE)', async () => {
    const flat = (await ok(togai('GET', '/accounts/cid/pricing_schedules'))).data[0].pricePlanId;
    const body = { sourceId: flat, sourceVersion: 1, targetId: planId, migrationMode: 'IMMEDIATE' };
    expect((await togai('POST', '/v2/price_plans/migration', { ...body, requireConfirmation: true })).status).toBe(400);
    expect(await togai('POST', '/v2/price_plans/migration', body)).toEqual({ status: 201, body: { success: true } });
    const moved = await ok(togai('GET', '/v2/accounts/cid/schedules?mode=ACTIVE'));
    expect(moved.data.map((s: any) => [s.pricePlanId, s.version, s.startDate.slice(0, 10), s.endDate.slice(0, 10)])).toEqual([
      [planId, 2, '2026-03-01', '2026-05-01'],
      [planId, 2, '2026-06-01', '2027-01-01'],
    ]);
  });

  it('versions an ACTIVE plan on a v1 update and archives a plan no account is on', async () => {
    const plan = await ok(togai('POST', '/price_plans', { name: 'Spare', pricePlanDetails: { supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY, usageRateCards: [rateCard({ displayName: 'Units', usageMeterId: meter, slabs: [[0, 1]] })] } }));
    await ok(togai('POST', `/price_plans/${plan.id}/activate`, { currencies: ['USD'] }));
    const updated = await ok(togai('PATCH', `/price_plans/${plan.id}`, { pricePlanDetails: { usageRateCards: [rateCard({ displayName: 'Units', usageMeterId: meter, slabs: [[0, 4]] })] } }));
    expect(updated.pricingSchedule[0]).toMatchObject({ version: 2, pricePlanDetails: { activeCurrencies: ['USD'] } });
    expect((await ok(togai('GET', `/price_plans/${plan.id}?version=1`))).pricingSchedule[0].pricePlanDetails.usageRateCards[0].rateValues[0].slabRates[0].rate).toBe(1);
    expect(await togai('DELETE', `/price_plans/${plan.id}`)).toEqual({ status: 200, body: { success: true } });
    expect((await ok(togai('GET', `/price_plans/${plan.id}`))).status).toBe('ARCHIVED');
    expect((await togai('POST', '/accounts/bob/price_plans', { pricePlanId: plan.id, effectiveFrom: '2026-03-01', effectiveUntil: '2026-03-31' })).body.message).toMatch(/ARCHIVED/);
  });
});
