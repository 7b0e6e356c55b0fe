import type { components } from '../../contracts/types/admin.js';
import { SlotRing } from './slot-ring.js';

/** One request a simulator answered, as `/__admin/requests` lists it (contracts/admin.yaml `LoggedRequest`). */
export type LoggedRequest = components['schemas']['LoggedRequest'];

/** An entry as kept: the time stays a number until someone reads the log. */
type Entry = Omit<LoggedRequest, 'at'> & { at: number };

/** What a request log holds, for a sandbox snapshot. */
export interface RequestLogSnapshot {
  entries: Entry[];
  dropped: number;
}

/** A request's empty list of violations (most requests have none), held by every slot that has none. */
const NONE: readonly string[] = Object.freeze([]);

/** One place in the ring, overwritten in place as requests come (SlotRing). */
interface Slot {
  at: number;
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  violations: readonly string[];
  byHarness: boolean | undefined;
}

const blank = (): Slot => ({ at: 0, method: '', path: '', operationId: undefined, status: 0, violations: NONE, byHarness: undefined });

/**
 * The most recent requests a simulator answered; older ones are counted, not kept. It holds
 * between `limit` and a tenth more (older ones go in chunks), in a ring of slots filled in place,
 * keeping a slot's method and path strings when the new request's are the same text.
 */
export class RequestLog {
  private readonly ring: SlotRing<Slot>;

  /** Told of each request as it is logged (the sandbox's journal, while recording). */
  listener: ((entry: Entry) => void) | undefined;

  constructor(limit = 10_000) {
    this.ring = new SlotRing(limit, blank);
  }

  add(entry: Entry): void {
    put(this.ring.next(), entry);
    this.listener?.(entry);
  }

  list(): { requests: LoggedRequest[]; dropped: number } {
    return { requests: this.ring.map((s) => logged(s, new Date(s.at).toISOString())), dropped: this.ring.dropped };
  }

  snapshot(): RequestLogSnapshot {
    return { entries: this.ring.map((s) => logged(s, s.at)), dropped: this.ring.dropped };
  }

  restore(snapshot: RequestLogSnapshot): void {
    this.ring.refill(snapshot.entries.length, (slot, n) => put(slot, snapshot.entries[n]!), snapshot.dropped);
  }

  clear(): void {
    this.ring.clear();
  }
}

/** Write `entry` into its slot. */
function put(slot: Slot, entry: Entry): void {
  slot.at = entry.at;
  // the same text kept once: the string of 11,000 requests ago, not this request's copy
  if (slot.method !== entry.method) slot.method = entry.method;
  if (slot.path !== entry.path) slot.path = entry.path;
  slot.operationId = entry.operationId;
  slot.status = entry.status;
  slot.violations = entry.violations.length ? entry.violations : NONE;
  slot.byHarness = entry.byHarness;
}

/** An entry as it was logged (its own list of violations), with `at` as given. */
function logged<A>(s: Slot, at: A): Omit<LoggedRequest, 'at'> & { at: A } {
  const entry = { at, method: s.method, path: s.path, operationId: s.operationId, status: s.status, violations: [...s.violations] };
  return s.byHarness === undefined ? entry : { ...entry, byHarness: s.byHarness };
}
