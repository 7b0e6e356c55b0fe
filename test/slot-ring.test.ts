import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE, Timeline } from '../dashboard/server-timeline.js';
import type { SandboxEvent } from '../simulators/kit/sandbox.js';
import { RequestLog } from '../simulators/kit/request-log.js';
import { SlotRing } from '../simulators/kit/slot-ring.js';

const ring = () => new SlotRing(10, () => ({ v: -1 }));
const fill = (r: SlotRing<{ v: number }>, from: number, to: number) => {
  const before = r.dropped;
  for (let v = from; v < to; v++) r.next().v = v;
  return r.dropped - before;
};

describe('the ring the request log and the timeline keep their newest entries in', () => {
  it('holds up to the limit and a tenth, then drops the oldest in one chunk, reusing slots in place', () => {
    const r = ring();
    expect(fill(r, 0, 11)).toBe(0);
    expect(r.map((s) => s.v)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const slot = r.at(0);
    // the twelfth is past 11: the two oldest go at once
    expect(fill(r, 11, 12)).toBe(2);
    expect(r.map((s) => s.v)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // round the ring many times: always the newest, oldest first, in the same slot objects
    expect(fill(r, 12, 100)).toBe(88);
    expect(r.map((s) => s.v)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99]);
    expect(r.map((s) => s).includes(slot)).toBe(true);
    expect(r.map((s, n) => `${n}:${s.v}`, 8, 20)).toEqual(['8:98', '9:99']);
  });

  it('is refilled untrimmed with more than it would hold, and trims from there on', () => {
    const r = ring();
    r.refill(15, (s, n) => (s.v = n));
    expect(r.size).toBe(15);
    expect(fill(r, 15, 16)).toBe(6);
    expect(r.map((s) => s.v)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("gives the request log its count of requests no longer kept, and keeps it in a snapshot", () => {
    const log = new RequestLog(10);
    for (let i = 0; i < 25; i++) log.add({ at: i, method: 'GET', path: `/x/${i}`, operationId: 'x', status: 200, violations: [] });
    const { requests, dropped } = log.list();
    expect(dropped + requests.length).toBe(25);
    expect(requests.at(-1)!.path).toBe('/x/24');
    const copy = new RequestLog(10);
    copy.restore(log.snapshot());
    expect(copy.list()).toEqual(log.list());
  });
});

describe("the dashboard's timeline, past what its ring holds", () => {
  it('numbers entries densely from 1 across trims, and pages after any kept one', () => {
    const timeline = new Timeline();
    const total = Math.floor(MAX_TIMELINE * 1.3);
    for (let i = 0; i < total; i++) {
      // requests (kept as parts) and other entries (kept whole) take their numbers from one count
      if (i % 2) timeline.note({ kind: 'request', at: `t${i}`, vendor: 'togai', method: 'GET', path: `/p/${i}`, operationId: 'op', status: 200 } as SandboxEvent);
      else timeline.add({ at: `t${i}`, kind: 'clock', text: `entry ${i}` });
    }
    const newest = timeline.page({ limit: '3' });
    expect(newest.last).toBe(total);
    expect(newest.entries.map((e) => [e.seq, e.at])).toEqual([total - 2, total - 1, total].map((seq) => [seq, `t${seq - 1}`]));
    const after = total - MAX_TIMELINE + 10;
    const page = timeline.page({ after: String(after), limit: '2' });
    expect(page.entries.map((e) => [e.seq, e.at])).toEqual([after + 1, after + 2].map((seq) => [seq, `t${seq - 1}`]));
    expect(timeline.add({ at: 'next', kind: 'clock', text: 'next' }).seq).toBe(total + 1);
  });
});
