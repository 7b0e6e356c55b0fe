import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeliveryLog } from '../simulators/kit/delivery-log.js';
import { sendWithin, SubscriberLanes } from '../simulators/kit/delivery-sender.js';
import type { Delivery } from '../simulators/kit/outbox.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('delivery timers', () => {
  it('never keep the process alive: the attempt timeout and the wait for a free slot are unref()ed', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const never = () => new Promise<never>(() => undefined);
    const attempt = sendWithin(never, 'http://receiver.test/', { method: 'POST', headers: {}, body: '' }, 50);
    // a lane of one slot, held until the piece queued behind it has given up waiting
    const lanes = new SubscriberLanes(1);
    let free!: () => void;
    const first = lanes.run('sub', 50, () => new Promise<void>((resolve) => (free = resolve)), async () => undefined);
    let expired = false;
    const queued = lanes.run('sub', 50, async () => undefined, async () => void (expired = true));
    const made = timers.mock.results.map((r) => r.value as NodeJS.Timeout);
    timers.mockRestore();
    expect(made).toHaveLength(2);
    expect(made.map((t) => t.hasRef())).toEqual([false, false]);
    await expect(attempt).rejects.toThrow('timed out after 50 ms with no complete answer');
    await queued;
    expect(expired).toBe(true);
    free();
    await first;
  });
});

describe('the delivery log, growing', () => {
  /** Deliveries whose `state` reads are counted: how much work the log does per add. */
  function counted(n: number) {
    const reads = { count: 0 };
    const deliveries = Array.from({ length: n }, (_, i) => {
      let state: Delivery['state'] = 'pending';
      const d = { id: `dlv_${i + 1}`, source: 'togai' } as Delivery;
      Object.defineProperty(d, 'state', {
        enumerable: true,
        get: () => (reads.count++, state),
        set: (s: Delivery['state']) => void (state = s),
      });
      return d;
    });
    return { reads, deliveries };
  }

  it('adds in constant time on average while every delivery is unfinished, keeps them all, and trims back once they finish', () => {
    const { reads, deliveries } = counted(2_000);
    const log = new DeliveryLog(100);
    for (const d of deliveries) log.add(d);
    // one look at each kept delivery per trim, trims a tenth of the log apart: a few dozen reads
    // per add at most (scanning the whole log on each add past the limit is ~1,000 per add here)
    expect(reads.count).toBeLessThan(40 * deliveries.length);
    expect(log.list()).toHaveLength(2_000);
    expect(log.dropped()).toBe(0);
    for (const d of deliveries) d.state = 'delivered';
    expect(log.list().map((d) => d.id)).toEqual(deliveries.slice(-100).map((d) => d.id));
    expect([log.dropped(), log.dropped('togai'), log.dropped('zuora')]).toEqual([1_900, 1_900, 0]);
  });

  it('shows exactly its limit of finished deliveries whenever it is read, between trims too', () => {
    const { deliveries } = counted(105);
    for (const d of deliveries) d.state = 'failed';
    const log = new DeliveryLog(100);
    for (const d of deliveries) log.add(d);
    expect(log.list()).toHaveLength(100);
    expect(log.find('dlv_5')).toBeUndefined();
    expect(log.find('dlv_6')).toBe(deliveries[5]);
    expect(log.dropped()).toBe(5);
  });
});
