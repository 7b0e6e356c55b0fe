/**
 * The dashboard's guided stories, each run against a sandbox with the reference connector and the
 * live sandbox's demo data: every step lands, in order, and the outcome is read back from all
 * three systems through the vendors' operations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryProgress } from '../dashboard/api-types.js';
import { createStories, type Stories } from '../dashboard/stories/index.js';
import { seedDemo } from '../app/demo.js';
import { createSandbox, type HarnessSandbox } from '../app/sandbox.js';
import { DEMO_PLAN_PRICE } from '../simulators/chargebee/demo-data.js';

let sandbox: HarnessSandbox;
let stories: Stories;

/** Run a story to its end; its progress events in order. */
async function run(id: string): Promise<StoryProgress[]> {
  const events: StoryProgress[] = [];
  await stories.run(id, (p) => events.push(p));
  return events;
}

/** Every step started and done, in order, and nothing else; the `done` texts by step. */
function expectEveryStepDone(id: string, events: StoryProgress[]): string[] {
  const steps = stories.list().find((s) => s.id === id)!.steps;
  const failed = events.find((e) => e.state === 'failed');
  expect(failed, failed && `step ${failed.step} "${steps[failed.step]}" failed: ${failed.text}`).toBeUndefined();
  expect(events.map((e) => `${e.step} ${e.state}`)).toEqual(steps.flatMap((_, i) => [`${i} running`, `${i} done`]));
  return events.filter((e) => e.state === 'done').map((e) => e.text);
}

const setting = (settings: { namespace: string; id: string; value: string }[], namespace: string, id: string) => settings.find((s) => s.namespace === namespace && s.id === id)?.value;

beforeAll(async () => {
  sandbox = createSandbox({ seed: 16, connector: true });
  const { togai, zuora, chargebee, kit } = sandbox;
  const faker = await kit.faker();
  // as app/live.ts seeds the live sandbox
  await kit.seedWith(() => seedDemo({ togai, zuora, chargebee }, faker));
  stories = createStories({ togai, zuora, chargebee, kit });
});

afterAll(() => sandbox.close());

describe('dashboard stories', () => {
  it('list the three stories with their steps', () => {
    expect(stories.list().map((s) => [s.id, s.title, s.steps.length])).toEqual([
      ['zuora-account-to-togai', 'A Zuora account becomes a Togai customer', 4],
      ['chargebee-plan-usage-invoice', 'A Chargebee customer pays for a plan, uses it, and is invoiced in Chargebee', 9],
      ['zuora-usage-both-modes', 'Usage is invoiced in Zuora in both usage modes', 6],
    ]);
  });

  it('a Zuora account becomes a Togai customer and account, and a Chargebee customer; twice, with new records', async () => {
    const made: string[] = [];
    for (let round = 0; round < 2; round++) {
      const texts = expectEveryStepDone('zuora-account-to-togai', await run('zuora-account-to-togai'));
      const zid = /id ([0-9a-f]{32})/.exec(texts[0]!)![1]!;
      made.push(zid);
      const account = (await sandbox.togai.call('getAccount', { params: { account_id: zid } })).body;
      expect(setting(account.settings, 'zuora', 'accountId')).toBe(zid);
      expect((await sandbox.zuora.call('getAccount', { params: { 'account-key': zid } })).body.basicInfo.TogaiAccountId__c).toBe(zid);
      expect((await sandbox.chargebee.call('retrieveCustomer', { params: { 'customer-id': zid } })).status).toBe(200);
      expect(texts[1]).toContain(`zuora.accountId = ${zid}`);
    }
    expect(new Set(made).size).toBe(2);
  });

  it('a Chargebee customer pays for the demo plan, is put on the mapped Togai plan, uses it, and is invoiced in Chargebee', async () => {
    const texts = expectEveryStepDone('chargebee-plan-usage-invoice', await run('chargebee-plan-usage-invoice'));
    const customerId = /Chargebee customer (\S+)/.exec(texts[0]!)![1]!;
    // the customer in all three systems, linked
    const account = (await sandbox.togai.call('getAccount', { params: { account_id: customerId } })).body;
    expect(setting(account.settings, 'chargebee', 'customerId')).toBe(customerId);
    const zid = setting(account.settings, 'zuora', 'accountId')!;
    expect((await sandbox.zuora.call('getAccount', { params: { 'account-key': zid } })).body.basicInfo.TogaiAccountId__c).toBe(customerId);
    // on the price plan mapped to the item price paid for
    const mapped = (await sandbox.togai.call('listSetting', { query: { entity_type: 'PRICE_PLAN', namespace: 'chargebee', setting_id: 'itemPriceId' } })).body.data;
    expect(mapped).toEqual([expect.objectContaining({ value: DEMO_PLAN_PRICE })]);
    const schedules = (await sandbox.togai.call('listaccountSchedules', { params: { account_id: customerId }, query: { mode: 'ALL' } })).body.data;
    expect(schedules.map((s: { pricePlanId: string }) => s.pricePlanId)).toEqual([mapped[0].entityId]);
    // usage burnt the credits: 650 of the 1000 of the first cycle
    expect(texts[6]).toContain('credits 1000 -> 350 of 1000 granted');
    // each Togai invoice with an amount is a Chargebee invoice of that amount: the first cycle's credits, and the next's
    const togaiInvoices = (await sandbox.togai.call('listInvoices', { query: { owner_id: customerId } })).body.data as { id: string; status: string; totalAmount: number }[];
    const billed = togaiInvoices.filter((i) => i.status === 'DUE' && i.totalAmount > 0);
    expect(billed.map((i) => i.totalAmount)).toEqual([49, 49]);
    const chargebeeInvoices = (await sandbox.chargebee.call('listInvoices', { query: { 'customer_id[is]': customerId } })).body.list.map((e: { invoice: unknown }) => e.invoice);
    for (const invoice of billed) expect(chargebeeInvoices).toContainEqual(expect.objectContaining({ po_number: invoice.id, total: 4900, currency_code: 'USD' }));
    expect(texts[5]).toMatch(/^Togai in-advance invoice \S+ \(49\.00 USD\) is Chargebee invoice \S+ \(49\.00 USD, payment_due\)$/);
  });

  it('usage of the demo account is a Zuora invoice and Zuora usage in quantity and revenue modes; again the next cycle', async () => {
    for (const round of [1, 2]) {
      const texts = expectEveryStepDone('zuora-usage-both-modes', await run('zuora-usage-both-modes'));
      const invoiceId = /Togai invoice (\S+)/.exec(texts[2]!)![1]!;
      // 1000 x 0.01 + 500 x 0.005 + 250 GB x 0.02 = 10.00 + 2.50 + 5.00
      expect((await sandbox.togai.call('getInvoice', { params: { invoice_id: invoiceId } })).body).toMatchObject({ status: 'DUE', totalAmount: 17.5 });
      const zuoraAccount = setting((await sandbox.togai.call('getAccount', { params: { account_id: 'demo-customer-1' } })).body.settings, 'zuora', 'accountId')!;
      const zinv = (await sandbox.zuora.call('getInvoice', { params: { invoiceKey: invoiceId.replaceAll('.', '-') } })).body;
      expect(zinv).toMatchObject({ accountId: zuoraAccount, amount: 17.5, status: 'Posted' });
      const usage = (await sandbox.zuora.call('getUsageByAccount', { params: { 'account-key': zuoraAccount } })).body.usage as { uniqueKey: string; quantity: number; UnitAmount__c: number }[];
      const ofInvoice = usage.filter((u) => u.uniqueKey.startsWith(`${invoiceId}:`));
      // quantity mode: 1500 calls at 12.50 / 1500; revenue mode: 5.00 of storage at 1
      expect(ofInvoice.map((u) => [u.quantity, u.UnitAmount__c]).sort()).toEqual([[1500, 0.008333], [5, 1]].sort());
      expect(usage).toHaveLength(2 * round);
    }
  });

  it('report a failing step with its reason and stop there', async () => {
    const fresh = createSandbox({ seed: 17, connector: true });
    try {
      const bare = createStories({ togai: fresh.togai, zuora: fresh.zuora, chargebee: fresh.chargebee, kit: fresh.kit });
      const events: StoryProgress[] = [];
      await bare.run('zuora-usage-both-modes', (p) => events.push(p));
      expect(events).toEqual([
        { id: 'zuora-usage-both-modes', step: 0, state: 'running', text: expect.any(String) },
        { id: 'zuora-usage-both-modes', step: 0, state: 'failed', text: expect.stringContaining("demo-customer-1") },
      ]);
      await expect(bare.run('nope', () => {})).rejects.toThrow("no story 'nope'");
    } finally {
      await fresh.close();
    }
  });

  it('stop before their next step once told to, saying why', async () => {
    const stop = new AbortController();
    const events: StoryProgress[] = [];
    await stories.run(
      'zuora-account-to-togai',
      (p) => {
        events.push(p);
        if (p.step === 0 && p.state === 'done') stop.abort('the dashboard closed');
      },
      stop.signal,
    );
    const second = stories.list().find((s) => s.id === 'zuora-account-to-togai')!.steps[1];
    expect(events.map((e) => `${e.step} ${e.state}`)).toEqual(['0 running', '0 done', '1 failed']);
    expect(events.at(-1)!.text).toBe(`stopped before "${second}": the dashboard closed`);
  });
});
