import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { activePlan, associate, customer, event, rateCard, schemaWithMeters, CYCLE } from './support/billing-fixtures.js';
import { queryFlag } from '../simulators/togai/query-flags.js';
import { inProcessTogai } from './support/togai.js';

async function ok(res: Promise<{ status: number; body: any }>): Promise<any> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}

it('reads a boolean query flag whether the kit coerced it or not', () => {
  expect([true, 'true', false, 'false', undefined, '1'].map(queryFlag)).toEqual([true, true, false, false, false, false]);
});

/**
 * Every boolean query flag of the Togai contract the simulator reads, sent as a client sends it
 * (`?flag=true` on the wire, which the kit's validation turns into a boolean), takes effect; and
 * `=false` does not.
 */
describe('boolean query flags take effect over the wire', () => {
  const { sim, server, togai } = inProcessTogai();
  let meter: string;
  let planId: string;

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    [meter] = (await schemaWithMeters(togai, { name: 'tick', attributes: [], dimensions: [] }, [{ name: 'Ticks', aggregation: 'COUNT', computation: '1' }])) as [string];
    planId = await activePlan(togai, 'Ticks', [{ displayName: 'Ticks', usageMeterId: meter, slabs: [[0, 2]] }]);
    await customer(togai, 'flag');
    await associate(togai, 'flag', planId);
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('bulkEditSchedules?discard=true drops the schedule DRAFTs; discard=false keeps them', async () => {
    const [schedule] = (await ok(togai('GET', '/v2/accounts/flag/schedules?mode=ACTIVE'))).data;
    const update = { actionType: 'UPDATE', rateCardName: 'Ticks', rateCard: { type: 'USAGE', billableId: meter, displayName: 'Ticks', invoiceTiming: 'IN_ARREARS', rateCardDetails: { usageRateCard: rateCard({ displayName: 'Ticks', usageMeterId: meter, slabs: [[0, 9]] }) } } };
    await ok(togai('POST', `/v2/schedules/${schedule.id}/rate_cards`, { operations: [update] }));
    const draftRate = async () => (await ok(togai('GET', `/v2/schedules/${schedule.id}/rate_cards?mode=DRAFT`))).data[0].rateCardDetails.usageRateCard.rateValues[0].slabRates[0].rate;
    const cut = (until: string) => ({ edits: [{ mode: 'DISASSOCIATE', effectiveFrom: until, effectiveUntil: '2026-12-31' }] });
    await ok(togai('POST', '/v2/accounts/flag/edit_schedules?discard=false', cut('2026-12-01')));
    expect(await draftRate()).toBe(9);
    await ok(togai('POST', '/v2/accounts/flag/edit_schedules?discard=true', cut('2026-11-01')));
    expect(await draftRate()).toBe(2);
  });

  it('createInvoiceBillRun?require_confirmation=true is refused; =false runs the bill run', async () => {
    const confirm = await togai('POST', '/invoices/bill_runs?require_confirmation=true');
    expect(confirm).toEqual({ status: 400, body: { message: expect.stringMatching(/^require_confirmation: confirming a bill run job needs the Jobs API/) } });
    expect(await togai('POST', '/invoices/bill_runs?require_confirmation=false')).toEqual({ status: 200, body: { success: true } });
  });

  it('createPricePlan?dry_run=true stores nothing; =false stores the plan', async () => {
    const details = { supportedCurrencies: ['USD'], pricingCycleConfig: CYCLE, usageRateCards: [rateCard({ displayName: 'Ticks', usageMeterId: meter, slabs: [[0, 1]] })] };
    const dry = await ok(togai('POST', '/price_plans?dry_run=true', { name: 'Dry', pricePlanDetails: details }));
    expect((await togai('GET', `/price_plans/${dry.id}`)).status).toBe(404);
    const wet = await ok(togai('POST', '/price_plans?dry_run=false', { name: 'Wet', pricePlanDetails: details }));
    expect((await togai('GET', `/price_plans/${wet.id}`)).status).toBe(200);
  });

  it('updatePricingScheduleBatch?dry_run=true plans without changing; =false changes', async () => {
    const batch = { edits: [{ mode: 'DISASSOCIATE', effectiveFrom: '2026-06-01', effectiveUntil: '2026-06-30' }] };
    const spans = async () => (await ok(togai('GET', '/accounts/flag/pricing_schedules'))).data.length;
    const before = await spans();
    const planned = await ok(togai('POST', '/accounts/flag/edit_schedules?dry_run=true', batch));
    expect(planned.pricingSchedules).toHaveLength(before + 1);
    expect(await spans()).toBe(before);
    await ok(togai('POST', '/accounts/flag/edit_schedules?dry_run=false', batch));
    expect(await spans()).toBe(before + 1);
  });

  it('getPricingSchedules?compact=true&include_price_plan_info=true answers the short form with the plan named', async () => {
    const [full] = (await ok(togai('GET', '/accounts/flag/pricing_schedules?compact=false&include_price_plan_info=false'))).data;
    expect(full.pricePlanDetails).toBeDefined();
    expect(full.pricePlanInfo).toBeUndefined();
    const [short] = (await ok(togai('GET', '/accounts/flag/pricing_schedules?compact=true&include_price_plan_info=true'))).data;
    expect(short.pricePlanDetails).toBeUndefined();
    expect(short.pricePlanInfo).toEqual({ name: 'Ticks' });
  });

  it('getUsageMeter?include_schema=true adds the event schema; =false leaves it out', async () => {
    expect((await ok(togai('GET', `/usage_meters/${meter}?include_schema=true`))).eventSchema).toMatchObject({ name: 'tick' });
    expect((await ok(togai('GET', `/usage_meters/${meter}?include_schema=false`))).eventSchema).toBeUndefined();
  });

  it('eventCorrection?require_confirmation=true only says what would happen; =false does it', async () => {
    const e = event('tick', 'flag', {}, {}, '2026-01-10T12:00:00Z');
    await ok(togai('POST', '/ingest', { event: e }));
    const preview = await ok(togai('POST', '/events/correction?action=UNDO&require_confirmation=true', { event: e }));
    expect(preview.data[0].status).toBe('PENDING_CONFIRMATION');
    const undone = await ok(togai('POST', '/events/correction?action=UNDO&require_confirmation=false', { event: e }));
    expect(undone.data[0].status).toBe('REVERTED');
  });
});
