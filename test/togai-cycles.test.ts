/**
 * Billing cycles on the calendar grid `pricingCycleConfig.startOffset` sets (or its default),
 * not at the association instant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextBoundary } from '../simulators/togai/cycles.js';
import { activePlan, customer, ok, schemaWithMeters } from './support/billing-fixtures.js';
import { expectConformance } from './support/conformance.js';
import { inProcessTogai } from './support/togai.js';

/**
 * A Togai sandbox of its own with one COUNT meter (and its client), and what cycles a new
 * account on a new plan gets: `cycles(name, pricingCycleConfig, from, count, days)` gives the offsets its schedule
 * bills on, and its first `count` cycles once `days` have passed.
 */
function cyclesOfNewAccounts() {
  const { sandbox, sim, server, togai } = inProcessTogai();
  let meter: string;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    [meter] = (await schemaWithMeters(togai, { name: 'hit', attributes: [], dimensions: [] }, [{ name: 'Hits', aggregation: 'COUNT', computation: '1' }])) as [string];
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });
  const cycles = async (name: string, pricingCycleConfig: object, from: string, count: number, days: number) => {
    const plan = await activePlan(togai, name, [{ displayName: 'Hits', usageMeterId: meter, slabs: [[0, 1]] }], pricingCycleConfig);
    expect((await ok(togai('GET', `/v2/price_plans/${plan}`))).pricingCycleConfig).toEqual(pricingCycleConfig);
    await customer(togai, name);
    await ok(togai('POST', `/v2/accounts/${name}/edit_schedules`, { edits: [{ effectiveFrom: from, effectiveUntil: '2027-12-31', associationConfig: { pricePlanId: plan } }] }));
    const [schedule] = (await ok(togai('GET', `/v2/accounts/${name}/schedules?mode=ACTIVE`))).data;
    await sandbox.clock.advanceBy(`P${days}D`);
    const list = await ok(togai('GET', `/invoices?owner_id=${name}&pageSize=${count}`));
    return {
      config: schedule.accountScheduleInfo.pricingCycleConfig,
      cycles: list.data.map((i: { startDate: string; endDate: string }) => [i.startDate.slice(0, 10), i.endDate.slice(0, 10)]),
    };
  };
  return { cycles, togai };
}

describe('cycles follow pricingCycleConfig.startOffset, not the association instant', () => {
  const at = (interval: string, dayOffset: string, monthOffset: string, from: string) =>
    new Date(nextBoundary({ interval: interval as 'MONTHLY', startOffset: { dayOffset, monthOffset }, gracePeriod: 0 }, Date.parse(from))).toISOString().slice(0, 10);

  it("puts boundaries where the pages' examples do", () => {
    expect(at('MONTHLY', '30', 'NIL', '2026-02-01')).toBe('2026-02-28');
    expect(at('MONTHLY', 'LAST', 'NIL', '2026-01-31')).toBe('2026-02-28');
    expect(at('MONTHLY', '12', 'NIL', '2026-01-12')).toBe('2026-02-12');
    expect(at('QUARTERLY', '15', '2', '2026-01-01')).toBe('2026-02-15');
    expect(at('QUARTERLY', 'LAST', 'FIRST', '2026-02-01')).toBe('2026-04-30');
    expect(at('HALF_YEARLY', '15', 'LAST', '2026-01-01')).toBe('2026-06-15');
    expect(at('ANNUALLY', 'LAST', '2', '2027-06-01')).toBe('2028-02-29');
    expect(at('ANNUALLY', '15', '8', '2026-08-15')).toBe('2027-08-15');
    // 2026-01-01 is a Thursday; day 3 of the week is Wednesday
    expect(at('WEEKLY', '3', 'NIL', '2026-01-01')).toBe('2026-01-07');
  });

  const { cycles, togai } = cyclesOfNewAccounts();

  it('starts with a partial cycle up to the first boundary after the association', async () => {
    const quarterly = await cycles('quarterly', { interval: 'QUARTERLY', startOffset: { dayOffset: '15', monthOffset: '2' }, gracePeriod: 0 }, '2026-01-01', 2, 150);
    expect(quarterly.cycles).toEqual([
      ['2026-01-01', '2026-02-15'],
      ['2026-02-15', '2026-05-15'],
    ]);
  });

  it('cuts weekly cycles on the weekday of dayOffset', async () => {
    const weekly = await cycles('weekly', { interval: 'WEEKLY', startOffset: { dayOffset: '3', monthOffset: 'NIL' }, gracePeriod: 0 }, '2026-06-07', 3, 150);
    expect(weekly.cycles).toEqual([
      ['2026-06-07', '2026-06-10'],
      ['2026-06-10', '2026-06-17'],
      ['2026-06-17', '2026-06-24'],
    ]);
  });

  it('runs anniversary cycles from the association date, the 31st being the last day of each month', async () => {
    const anniversary = await cycles('anniversary', { interval: 'MONTHLY', gracePeriod: 0, anniversaryCycle: true }, '2026-12-31', 3, 150);
    expect(anniversary.cycles).toEqual([
      ['2026-12-31', '2027-01-31'],
      ['2027-01-31', '2027-02-28'],
      ['2027-02-28', '2027-03-31'],
    ]);
    expect(anniversary.config).toEqual({ interval: 'MONTHLY', gracePeriod: 0, anniversaryCycle: true, startOffset: { dayOffset: 'LAST', monthOffset: 'NIL' } });
  });

  it('refuses offsets the pages do not allow', async () => {
    const bad = await togai('POST', '/v2/price_plans', { name: 'Bad', type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: { interval: 'QUARTERLY', startOffset: { dayOffset: '1', monthOffset: '4' }, gracePeriod: 0 } });
    expect(bad).toEqual({ status: 400, body: { message: 'pricingCycleConfig.startOffset.monthOffset must be "1" to "3", "FIRST" or "LAST" for a QUARTERLY cycle, got \'4\'' } });
  });
});

describe('a pricingCycleConfig without startOffset', () => {
  const { cycles } = cyclesOfNewAccounts();

  it('starts cycles on the first day of each calendar period when there is no startOffset', async () => {
    const monthly = await cycles('monthly', { interval: 'MONTHLY', gracePeriod: 0 }, '2026-01-10', 2, 200);
    expect(monthly.config.startOffset).toEqual({ dayOffset: '1', monthOffset: 'NIL' });
    expect(monthly.cycles).toEqual([['2026-01-10', '2026-02-01'], ['2026-02-01', '2026-03-01']]);
    const quarterly = await cycles('quarterly-default', { interval: 'QUARTERLY', gracePeriod: 0 }, '2026-08-20', 2, 200);
    expect(quarterly.config.startOffset).toEqual({ dayOffset: '1', monthOffset: 'FIRST' });
    expect(quarterly.cycles).toEqual([['2026-08-20', '2026-10-01'], ['2026-10-01', '2027-01-01']]);
  });
});
