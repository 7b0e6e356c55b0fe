import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceRecord } from '../simulators/togai/invoice-records.js';
import { customer, CYCLE, event, ok, schemaWithMeters } from './support/billing-fixtures.js';
import { expectConformance } from './support/conformance.js';
import { checkAgainstModel } from './support/togai-reference.js';
import { inProcessTogai } from './support/togai.js';

/** A BILLING_ENTITLEMENT card (v2 RateCardOperation) granting `credits` of `featureId` at `rate` each. */
function entitlementCard(name: string, featureId: string, credits: number, rate: number, invoiceTiming: string, extra: object = {}, until = 'P1M') {
  return {
    actionType: 'CREATE',
    rateCardName: name,
    rateCard: {
      type: 'BILLING_ENTITLEMENT',
      billableId: featureId,
      displayName: name,
      invoiceTiming,
      rateCardDetails: {
        billingEntitlementRateCard: {
          featureId,
          featureConfigs: [{ effectiveUntil: until, featureCreditLimit: credits }],
          invoiceTiming,
          ratePlan: { pricingModel: 'TIERED', slabs: [{ order: 1, startAfter: 0, priceType: 'PER_UNIT' }] },
          rateValues: [{ currency: 'USD', slabRates: [{ order: 1, rate }] }],
          ...extra,
        },
      },
    },
  };
}

/** Features, the credits plans' entitlement cards grant, and the Entitlements API over them. */
describe('features and entitlements: credits granted by plans, burnt by /entitled, on the virtual clock', () => {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let feature: string;
  let advancePlan: string;

  const conform = (model: string, body: unknown) => expect(checkAgainstModel(model, body)).toEqual([]);
  const plan = async (name: string, cards: object[]) => {
    const p = await ok(togai('POST', '/v2/price_plans', { name, type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: CYCLE }));
    await ok(togai('POST', `/v2/price_plans/${p.id}/rate_cards`, { operations: cards }));
    return p.id as string;
  };
  const associate = (account: string, pricePlanId: string) =>
    ok(togai('POST', `/v2/accounts/${account}/edit_schedules`, { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId } }] }));
  const credits = async (account: string) => ok(togai('GET', `/accounts/${account}/features/${feature}`));
  const entries = async (account: string) => (await ok(togai('GET', `/accounts/${account}/features/${feature}/entries`))).data;
  const entitled = (account: string, minutes: number, id?: string) => togai('POST', '/entitled', { event: { ...event('call', account, { minutes }), ...(id ? { id } : {}) } });
  const entryPath = (account: string, entryId: string) => `/accounts/${account}/features/${feature}/entries/${encodeURIComponent(entryId)}`;

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await schemaWithMeters(togai, { name: 'call', attributes: ['minutes'], dimensions: [] }, [{ name: 'Minutes', aggregation: 'SUM', computation: '{"var": "attribute.minutes"}' }]);
    await schemaWithMeters(togai, { name: 'sms', attributes: ['count'], dimensions: [] }, []);
    await schemaWithMeters(togai, { name: 'chat', attributes: ['sent', 'received'], dimensions: [] }, []);
    for (const id of ['ann', 'bob', 'cat', 'dan', 'eve', 'fay']) await customer(togai, id);
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('creates, lists, reads and updates features tied to event schema attributes', async () => {
    const created = await togai('POST', '/features', { name: 'Call minutes', schemaAssociations: [{ schemaName: 'call', attributeName: 'minutes' }] });
    expect(created.status).toBe(200);
    conform('Feature', created.body);
    feature = created.body.id;
    expect(created.body).toEqual({ id: expect.stringMatching(/^feature\./), name: 'Call minutes', displayName: 'Call minutes', schemaAssociations: [{ schemaName: 'call', attributeName: 'minutes' }], createdAt: '2026-01-01T00:00:00.000Z' });
    expect((await togai('POST', '/features', { name: 'Call minutes', schemaAssociations: [] })).body.message).toMatch(/named 'Call minutes' already exists/);
    expect((await togai('POST', '/features', { name: 'Other', schemaAssociations: [{ schemaName: 'call', attributeName: 'seconds' }] })).body.message).toMatch(/has no attribute 'seconds' \(it has minutes\)/);
    expect((await togai('POST', '/features', { name: 'Twice', schemaAssociations: [{ schemaName: 'call', attributeName: 'minutes' }] })).body.message).toMatch(/already measures feature/);
    const updated = await ok(togai('PATCH', `/features/${feature}`, { billableName: 'Prepaid minutes' }));
    conform('Feature', updated);
    expect(updated).toMatchObject({ billableName: 'Prepaid minutes', displayName: 'Prepaid minutes', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(await ok(togai('GET', `/features/${feature}`))).toEqual(updated);
    const list = await ok(togai('GET', '/features'));
    conform('FeaturePaginatedListData', list);
    expect(list.data).toEqual([expect.objectContaining({ id: feature, schemaCount: 1 })]);
    expect((await togai('GET', '/features/feature.nope')).status).toBe(404);
  });

  it('refuses entitlement cards it cannot grant from, in the plan errors and at finalisation', async () => {
    const bad = await plan('Bad', [entitlementCard('Ghost', 'feature.ghost', 10, 1, 'IN_ADVANCE'), entitlementCard('Weird', feature, 10, 1, 'IN_ADVANCE', {}, 'next month')]);
    const errors = (await ok(togai('GET', `/v2/price_plans/${bad}/errors`))).data.map((e: any) => e.errorMessage);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/feature 'feature.ghost' does not exist/), expect.stringMatching(/effectiveUntil must be an ISO-8601 duration/)]));
    expect((await togai('POST', `/v2/price_plans/${bad}/finalize`, {})).status).toBe(400);
  });

  it('refuses windows past 100 years, ending before they start in some month, and limits past the bound', async () => {
    const window = (name: string, config: object) => entitlementCard(name, feature, 10, 1, 'IN_ADVANCE', { featureConfigs: [{ effectiveUntil: 'P1M', featureCreditLimit: 10, ...config }] });
    const cases: [object, RegExp][] = [
      [{ effectiveUntil: 'P300000Y' }, /effectiveUntil must be at most 100 years \(P100Y\)/],
      [{ effectiveUntil: 'P99999999999999999999D' }, /effectiveUntil must be at most 100 years/],
      [{ effectiveUntil: 'P9999Y' }, /effectiveUntil must be at most 100 years \(P100Y\)/],
      [{ effectiveFrom: 'P101Y', effectiveUntil: 'P50Y' }, /effectiveFrom must be at most 100 years/],
      [{ effectiveFrom: 'P30D', effectiveUntil: 'P1M' }, /effectiveUntil \(P1M\) must come after effectiveFrom \(P30D\) from every cycle start/],
      [{ featureCreditLimit: 1e13 }, /featureCreditLimit must be at most 1000000000000/],
    ];
    for (const [config, message] of cases) {
      const id = await plan(`Window ${JSON.stringify(config)}`, [window('Window', config)]);
      expect((await ok(togai('GET', `/v2/price_plans/${id}/errors`))).data.map((e: any) => e.errorMessage), JSON.stringify(config)).toEqual([expect.stringMatching(message)]);
      expect((await togai('POST', `/v2/price_plans/${id}/finalize`, {})).status).toBe(400);
    }
    expect(sandbox.clock.pending().every((j) => Number.isFinite(Date.parse(j.at)))).toBe(true);
  });

  it('grants an IN_ADVANCE card at once when the account is put on the plan, and bills it in advance', async () => {
    advancePlan = await plan('Minutes bundle', [entitlementCard('Bundle', feature, 500, 0.02, 'IN_ADVANCE')]);
    await ok(togai('POST', `/v2/price_plans/${advancePlan}/finalize`, {}));
    expect(await credits('ann')).toEqual({ accountId: 'ann', featureId: feature, granted: 0, balance: 0, usedOverage: 0 });
    await associate('ann', advancePlan);
    const balance = await credits('ann');
    conform('GetFeatureCreditsResponse', balance);
    expect(balance).toMatchObject({ granted: 500, balance: 500 });
    const list = await ok(togai('GET', '/accounts/ann/entitlements'));
    conform('GetEntitlementValuesResponse', list);
    expect(list).toEqual({ data: [{ featureId: feature, value: '500' }] });
    expect(await ok(togai('GET', `/accounts/ann/entitlements/${feature}`))).toEqual({ data: [{ featureId: feature, value: '500' }] });
    expect(await ok(togai('POST', `/accounts/ann/entitlements/${feature}`, { value: '500' }))).toEqual({ success: true });
    expect(await ok(togai('POST', `/accounts/ann/entitlements/${feature}`, { value: '501' }))).toEqual({ success: false });
    const [entry] = await entries('ann');
    conform('FeatureCreditEntry', entry);
    expect(entry).toEqual({ id: expect.stringMatching(/^sch\..+#2026-01-01\$PRICE_PLAN$/), source: 'PRICE_PLAN', status: 'ACTIVE', effectiveFrom: '2026-01-01T00:00:00.000Z', effectiveUntil: '2026-02-01T00:00:00.000Z', granted: 500, balance: 500, used: 0 });
    const invoices = (await ok(togai('GET', '/invoices?owner_id=ann'))).data;
    const advanced = invoices.find((i: any) => i.invoiceType === 'STANDARD_ADVANCED');
    expect(advanced).toMatchObject({ status: 'DUE', totalAmount: 10 });
    const full = await ok(togai('GET', `/invoices/${advanced.id}`));
    expect(JSON.stringify(full.revenueInfo)).toContain('"type":"ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT"');
  });

  it('takes /entitled events while credits last, metering them like /ingest, and refuses them after', async () => {
    const first = await entitled('ann', 300, 'ann-call-1');
    expect(first).toEqual({ status: 200, body: { success: true } });
    expect((await togai('GET', '/events/ann-call-1')).status).toBe(200);
    expect(await credits('ann')).toMatchObject({ granted: 500, balance: 200 });
    expect((await entitled('ann', 1, 'ann-call-1')).status).toBe(409);
    const refused = await entitled('ann', 201);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/not entitled to feature .*uses 201 and 200 credits are left/);
    expect((await togai('POST', '/entitled', { event: event('sms', 'ann', { count: 1 }) })).body.message).toMatch(/measures no feature/);
    expect((await entitled('bob', 1)).body.message).toMatch(/not entitled/);
    expect((await entitled('ann', 200)).status).toBe(200);
    expect(await credits('ann')).toMatchObject({ balance: 0 });
    expect((await entitled('ann', 0)).status).toBe(400);
    // entitled means usable credits left: a used-up feature is no longer listed
    expect(await ok(togai('GET', '/accounts/ann/entitlements'))).toEqual({ data: [] });
  });

  it('expires a cycle\'s credits and grants the next cycle\'s as the clock moves', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-02-01T00:00:00Z'));
    await sandbox.settle();
    const list = await entries('ann');
    expect(list.map((e: any) => [e.status, e.used, e.balance])).toEqual([
      ['EXPIRED', 500, 0],
      ['ACTIVE', 0, 500],
    ]);
    expect(list[1].id).toMatch(/#2026-02-01\$PRICE_PLAN$/);
    expect(await credits('ann')).toMatchObject({ granted: 500, balance: 500 });
  });

  it('updates and voids entries as the Entitlements page allows', async () => {
    const [expired, current] = await entries('ann');
    await ok(togai('POST', '/entitled', { event: event('call', 'ann', { minutes: 50 }, {}, '2026-02-02T00:00:00Z') }));
    expect((await togai('PATCH', entryPath('ann', current.id), { granted: 50 })).body.message).toMatch(/greater than the 50 credits already used/);
    expect((await togai('PATCH', entryPath('ann', current.id), { effectiveUntil: '2026-01-15T00:00:00Z' })).body.message).toMatch(/must be in the future/);
    expect((await togai('PATCH', entryPath('ann', expired.id), { granted: 900 })).body.message).toMatch(/is EXPIRED/);
    const updated = await ok(togai('PATCH', entryPath('ann', current.id), { granted: 80, effectiveUntil: '2026-02-10T00:00:00Z' }));
    conform('FeatureCreditEntry', updated);
    expect(updated).toMatchObject({ granted: 80, used: 50, balance: 30, effectiveUntil: '2026-02-10T00:00:00.000Z' });
    await sandbox.clock.advanceTo(Date.parse('2026-02-10T00:00:00Z'));
    await sandbox.settle();
    expect((await entries('ann'))[1].status).toBe('EXPIRED');
    expect((await togai('POST', `${entryPath('ann', 'sch.x#2026-01-01$PRICE_PLAN')}/void`)).status).toBe(404);
    expect(await ok(togai('POST', `${entryPath('ann', current.id)}/void`))).toEqual({ success: true });
    expect((await togai('POST', `${entryPath('ann', current.id)}/void`)).status).toBe(400);
    expect((await entries('ann'))[1]).toMatchObject({ status: 'VOIDED', balance: 0 });
  });

  it('grants a PREPAID card only once its invoice is paid', async () => {
    const prepaid = await plan('Prepaid bundle', [entitlementCard('Prepaid', feature, 100, 0.5, 'PREPAID')]);
    await ok(togai('POST', `/v2/price_plans/${prepaid}/finalize`, {}));
    await associate('cat', prepaid);
    expect(await credits('cat')).toMatchObject({ granted: 0, balance: 0 });
    expect(await entries('cat')).toEqual([]);
    expect((await entitled('cat', 1)).status).toBe(400);
    const advanced = (await ok(togai('GET', '/invoices?owner_id=cat'))).data.find((i: any) => i.invoiceType === 'STANDARD_ADVANCED');
    expect(advanced).toMatchObject({ status: 'DUE', totalAmount: 50 });
    // payments (another module) mark the invoice PAID; the grant follows the invoice's status
    sim.state.store.get<InvoiceRecord>('invoice', advanced.id)!.status = 'PAID';
    expect(await credits('cat')).toMatchObject({ granted: 100, balance: 100 });
    expect((await entitled('cat', 40)).status).toBe(200);
    expect(await credits('cat')).toMatchObject({ balance: 60 });
  });

  it('bills an IN_ARREARS card on the cycle invoice, only in the cycles its recurrenceConfig picks', async () => {
    await sandbox.clock.advanceTo(Date.parse('2026-03-01T00:00:00Z'));
    await sandbox.settle();
    const every2 = await plan('Every other month', [entitlementCard('Quarterly-ish', feature, 10, 1, 'IN_ARREARS', { recurrenceConfig: { interval: 2 } })]);
    await ok(togai('POST', `/v2/price_plans/${every2}/finalize`, {}));
    await ok(togai('POST', '/v2/accounts/dan/edit_schedules', { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-03-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: every2 } }] }));
    expect(await credits('dan')).toMatchObject({ granted: 10 });
    await sandbox.clock.advanceTo(Date.parse('2026-04-01T00:00:00Z'));
    await sandbox.settle();
    expect((await entries('dan')).map((e: any) => e.status)).toEqual(['EXPIRED']);
    expect(await credits('dan')).toMatchObject({ granted: 0, balance: 0 });
    const invoices = (await ok(togai('GET', '/invoices?owner_id=dan'))).data;
    const march = invoices.find((i: any) => i.startDate.startsWith('2026-03-01'));
    const april = invoices.find((i: any) => i.startDate.startsWith('2026-04-01'));
    expect(march).toMatchObject({ status: 'DUE', totalAmount: 10 });
    expect(JSON.stringify((await ok(togai('GET', `/invoices/${march.id}`))).revenueInfo)).toContain('"type":"BILLING_ENTITLEMENT_RATE_CARD_AMOUNT"');
    expect(april.status).toBe('DRAFT');
    await sandbox.clock.advanceTo(Date.parse('2026-05-01T00:00:00Z'));
    await sandbox.settle();
    expect((await ok(togai('GET', `/invoices/${april.id}`))).totalAmount).toBe(0);
    expect(await credits('dan')).toMatchObject({ granted: 10 });
  });

  it('grants from v1 billingEntitlementRateCards through the v1 association too', async () => {
    const card = entitlementCard('v1 bundle', feature, 30, 0.1, 'IN_ADVANCE').rateCard.rateCardDetails.billingEntitlementRateCard;
    const v1 = await ok(togai('POST', '/price_plans', { name: 'v1 bundle', pricePlanDetails: { supportedCurrencies: ['USD'], pricingCycleConfig: CYCLE, billingEntitlementRateCards: [card] } }));
    await ok(togai('POST', `/price_plans/${v1.id}/activate`, { currencies: ['USD'] }));
    expect((await ok(togai('GET', `/price_plans/${v1.id}`))).pricingSchedule[0].pricePlanDetails.billingEntitlementRateCards).toEqual([{ ...card, name: 'billing_entitlement_' + feature }]);
    await ok(togai('POST', '/accounts/eve/price_plans', { mode: 'ASSOCIATE', pricePlanId: v1.id, effectiveFrom: '2026-05-01', effectiveUntil: '2026-12-31' }));
    expect(await credits('eve')).toMatchObject({ granted: 30, balance: 30 });
  });

  it('totals the use of a feature measured by two attributes of one schema before taking an event', async () => {
    const messages = (await ok(togai('POST', '/features', { name: 'Messages', schemaAssociations: [{ schemaName: 'chat', attributeName: 'sent' }, { schemaName: 'chat', attributeName: 'received' }] }))).id;
    const bundle = await plan('Messages bundle', [entitlementCard('Messages', messages, 10, 0, 'IN_ADVANCE')]);
    await ok(togai('POST', `/v2/price_plans/${bundle}/finalize`, {}));
    await ok(togai('POST', '/v2/accounts/fay/edit_schedules', { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-05-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: bundle } }] }));
    const chat = (sent: number, received: number) => togai('POST', '/entitled', { event: event('chat', 'fay', { sent, received }) });
    const refused = await chat(6, 6);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/uses 12 and 10 credits are left/);
    expect((await chat(6, 4)).status).toBe(200);
    expect(await ok(togai('GET', `/accounts/fay/features/${messages}`))).toMatchObject({ balance: 0 });
  });
});
