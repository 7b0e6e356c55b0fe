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

describe('clock jobs that fail and resets that interrupt', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('logs a job that throws, naming it, and runs the jobs after it; the advance still resolves', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = new VirtualClock(T0);
    const ran: string[] = [];
    clock.schedule(T0 + 1000, 'a job that throws', () => {
      throw new Error('boom');
    });
    clock.schedule(T0 + 1000, 'an async job that rejects', async () => {
      throw new Error('bang');
    });
    clock.schedule(T0 + 2000, 'a fine job', () => void ran.push(`fine@${clock.now() - T0}`));
    await expect(clock.advanceBy('PT5S')).resolves.toBe(T0 + 5000);
    expect(ran).toEqual(['fine@2000']);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("clock job 'a job that throws' failed"), expect.objectContaining({ message: 'boom' }));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("clock job 'an async job that rejects' failed"), expect.objectContaining({ message: 'bang' }));
  });

  it('live: a job that throws is logged, and the wall timer is re-armed for the jobs after it', { timeout: 3_000 }, async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = new VirtualClock(Date.now(), true);
    let fired!: (label: string) => void;
    const later = new Promise<string>((resolve) => (fired = resolve));
    // due now and a millisecond later: the throwing one runs first, on the clock's own timer
    clock.schedule(clock.now(), 'a live job that throws', () => {
      throw new Error('boom');
    });
    clock.schedule(clock.now() + 1, 'a later live job', () => fired('later'));
    expect(await later).toBe('later');
    clock.stop();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("clock job 'a live job that throws' failed"), expect.objectContaining({ message: 'boom' }));
  });

  it('a reset mid-pass stops that pass: time stays at the start and the jobs after it do not run', async () => {
    const clock = new VirtualClock(T0);
    let entered!: () => void;
    let release!: () => void;
    const inJob = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const ran: string[] = [];
    clock.schedule(T0 + 1000, 'slow', async () => {
      entered();
      await gate;
    });
    clock.schedule(T0 + 2000, 'after', () => void ran.push('after'));
    const advance = clock.advanceTo(T0 + 5000);
    await inJob;
    expect(clock.now()).toBe(T0 + 1000);
    clock.reset();
    // no longer pinned to the job's instant
    expect(clock.now()).toBe(T0);
    release();
    await advance;
    expect(clock.now()).toBe(T0);
    expect(ran).toEqual([]);
    // the jobs a reset dropped stay dropped, and later advances work from the start
    expect(await clock.advanceBy('PT3S')).toBe(T0 + 3000);
    expect(ran).toEqual([]);
  });
});
