import { describe, expect, it } from 'vitest';
import { RequestLog } from '../simulators/kit/request-log.js';
import { SlotRing } from '../simulators/kit/slot-ring.js';

const ring = () => new SlotRing(10, () => ({ v: -1 }));
const fill = (r: SlotRing<{ v: number }>, from: number, to: number) => {
  let dropped = 0;
  for (let v = from; v < to; v++) {
    const next = r.next();
    next.slot.v = v;
    dropped += next.dropped;
  }
  return dropped;
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
