import { afterEach, describe, expect, it } from 'vitest';
import { KeyedQueue } from '../connector/keyed-queue.js';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import { billingSetup, generatedInvoices, ingest, money, outcomes, answersTo, tiered, zuoraQuery, zuoraUsageRecord, zuoraWorld } from './support/zuora-flows.js';

describe('a meter priced by two rate cards', () => {
  let world: ConnectedWorld;
  afterEach(() => closeChecked(world));

  async function twoCards(mode: 'QUANTITY' | 'REVENUE') {
    world = zuoraWorld();
    const base: [number, number][] = [[0, 0.1]];
    const extra: [number, number][] = [[0, 0.02], [100, 0.01]];
    const b = await billingSetup(world, [{ name: 'calls', slabs: base, mode }], (m) => [
      { displayName: 'Calls base', usageMeterId: m.calls!, slabs: base },
      { displayName: 'Calls surcharge', usageMeterId: m.calls!, slabs: extra },
    ]);
    await ingest(world, [{ calls: 120 }, { calls: 30 }], '2026-01-10T12:00:00Z');
    await world.advance('P32D');
    const [invoice] = await generatedInvoices(world);
    // both cards price the meter's 150 calls: 15.00 + (2.00 + 0.50)
    const revenue = money(tiered(base, 150) + tiered(extra, 150));
    expect(revenue).toBe(17.5);
    expect(invoice.totalAmount).toBeCloseTo(revenue, 6);
    return { b, invoice, revenue };
  }

  it('becomes one Zuora usage record with the meter quantity and the revenue of both cards per unit (quantity mode)', async () => {
    const { b, invoice, revenue } = await twoCards('QUANTITY');
    const usage = await zuoraQuery(world, 'usages');
    expect(usage).toHaveLength(1);
    const record = await zuoraUsageRecord(world, usage[0].id);
    expect(record).toMatchObject({ Quantity: 150, UnitAmount__c: money(revenue / 150), UniqueKey: `${invoice.id}:${b.meters.calls}` });
    expect(outcomes(answersTo(world, '/togai/notifications').at(-1)!.body)).toEqual(expect.arrayContaining([expect.objectContaining({ flow: 4, result: 'done' })]));
  });

  it('becomes one Zuora usage record of both cards revenue at 1 per unit (revenue mode)', async () => {
    const { revenue } = await twoCards('REVENUE');
    const usage = await zuoraQuery(world, 'usages');
    expect(usage).toHaveLength(1);
    expect(await zuoraUsageRecord(world, usage[0].id)).toMatchObject({ Quantity: revenue, UnitAmount__c: 1 });
    expect(answersTo(world, '/togai/notifications').map((a) => a.status)).not.toContain(500);
  });
});

describe('deliveries about one account', () => {
  it('run one after another, in arrival order, while other accounts run alongside', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run('account:a', async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
    });
    const second = queue.run('account:a', async () => void log.push('a2'));
    const other = queue.run('account:b', async () => void log.push('b1'));
    await other;
    expect(log).toEqual(['a1 start', 'b1']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    // a failure does not stop the next piece of work for the key
    await expect(queue.run('account:a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('account:a', async () => 'next')).resolves.toBe('next');
  });
});
