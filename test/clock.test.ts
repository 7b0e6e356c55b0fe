import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualClock } from '../simulators/kit/clock.js';
import { addDuration, parseDuration } from '../simulators/kit/duration.js';

const T0 = Date.parse('2026-01-31T00:00:00Z');

describe('virtual clock', () => {
  it('is frozen until advanced', () => {
    const clock = new VirtualClock(T0);
    expect(clock.iso()).toBe('2026-01-31T00:00:00.000Z');
    expect(clock.now()).toBe(T0);
  });

  it('advances by ISO-8601 durations in calendar terms', async () => {
    const clock = new VirtualClock(T0);
    await clock.advanceBy('P1M');
    expect(clock.iso()).toBe('2026-02-28T00:00:00.000Z');
    await clock.advanceBy('P1DT2H30M');
    expect(clock.iso()).toBe('2026-03-01T02:30:00.000Z');
    await clock.advanceBy('P2W');
    expect(clock.iso()).toBe('2026-03-15T02:30:00.000Z');
  });

  it('fires jobs in time order, each seeing its own due time, including jobs scheduled on the way', async () => {
    const clock = new VirtualClock(T0);
    const seen: string[] = [];
    clock.schedule(T0 + 3000, 'c', () => void seen.push(`c@${clock.now() - T0}`));
    clock.schedule(T0 + 1000, 'a', () => {
      seen.push(`a@${clock.now() - T0}`);
      clock.schedule(clock.now() + 500, 'a2', () => void seen.push(`a2@${clock.now() - T0}`));
    });
    clock.schedule(T0 + 1000, 'b', async () => {
      await Promise.resolve();
      seen.push(`b@${clock.now() - T0}`);
    });
    clock.schedule(T0 + 9000, 'later', () => void seen.push('later'));
    await clock.advanceTo(T0 + 5000);
    expect(seen).toEqual(['a@1000', 'b@1000', 'a2@1500', 'c@3000']);
    expect(clock.now()).toBe(T0 + 5000);
    expect(clock.pending()).toEqual([{ at: new Date(T0 + 9000).toISOString(), label: 'later' }]);
  });

  it('never moves backwards', async () => {
    const clock = new VirtualClock(T0);
    await clock.advanceTo(T0 - 1000);
    expect(clock.now()).toBe(T0);
  });

  it('rejects what is not a duration, saying what would be right', () => {
    expect(() => parseDuration('31 days')).toThrow(/not an ISO-8601 duration; write e.g. P31D/);
    expect(() => parseDuration('P')).toThrow();
    expect(addDuration(Date.parse('2024-02-29T00:00:00Z'), 'P1Y')).toBe(Date.parse('2025-02-28T00:00:00Z'));
  });
});

describe('live clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows wall time from its start, fires jobs as wall time reaches them, and can still be advanced', async () => {
    vi.useFakeTimers({ now: Date.parse('2030-05-01T10:00:00Z') });
    const clock = new VirtualClock(T0, true);
    const fired: string[] = [];
    clock.schedule(T0 + 5_000, 'due in 5 s', () => void fired.push(new Date(clock.now()).toISOString()));
    await vi.advanceTimersByTimeAsync(4_000);
    expect(clock.now()).toBe(T0 + 4_000);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fired).toEqual(['2026-01-31T00:00:05.000Z']);
    await clock.advanceBy('P1D');
    expect(clock.now()).toBe(T0 + 5_000 + 24 * 3600 * 1000);
    clock.stop();
  });
  it('refuses a job at a time that is not a finite number, which would stall every job after it', async () => {
    const clock = new VirtualClock(T0);
    for (const at of [NaN, Infinity]) expect(() => clock.schedule(at, 'broken', () => undefined)).toThrow(/'at' must be a finite epoch time/);
    const fired: string[] = [];
    clock.schedule(T0 + 1000, 'fine', () => void fired.push('fine'));
    await clock.advanceBy('PT1S');
    expect(fired).toEqual(['fine']);
    expect(clock.pending()).toEqual([]);
  });
});
