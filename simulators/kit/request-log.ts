import type { components } from '../../contracts/types/admin.js';

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

/**
 * One place in the ring, overwritten in place as requests come: an entry object kept until 11,000
 * requests later was old-space garbage for every request of a busy simulator (issue 17).
 */
interface Slot {
  at: number;
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  violations: readonly string[];
  byHarness: boolean | undefined;
}

/**
 * The most recent requests a simulator answered; older ones are counted, not kept. It holds
 * between `limit` and a tenth more (older ones go in chunks), in a ring of slots that are filled
 * in place, keeping a slot's method and path strings when the new request's are the same text.
 */
export class RequestLog {
  private slots: Slot[] = [];
  // the oldest entry's slot, and how many are held
  private start = 0;
  private count = 0;
  private dropped = 0;
  // slots the ring can use: the most it holds, and the one added before a trim (more when a snapshot held more)
  private capacity: number;

  /** Told of each request as it is logged (the sandbox's journal, while recording). */
  listener: ((entry: Entry) => void) | undefined;

  constructor(private readonly limit = 10_000) {
    this.capacity = this.fullRing();
  }

  add(entry: Entry): void {
    this.put(entry);
    this.listener?.(entry);
    // trim in chunks, as the log always has: it lists between `limit` and a tenth more
    if (this.count > this.limit * 1.1) {
      const excess = this.count - this.limit;
      this.start = (this.start + excess) % this.capacity;
      this.count = this.limit;
      this.dropped += excess;
    }
  }

  list(): { requests: LoggedRequest[]; dropped: number } {
    return { requests: this.map((s) => this.logged(s, new Date(s.at).toISOString())), dropped: this.dropped };
  }

  snapshot(): RequestLogSnapshot {
    return { entries: this.map((s) => this.logged(s, s.at)), dropped: this.dropped };
  }

  restore(snapshot: RequestLogSnapshot): void {
    this.clear();
    this.capacity = Math.max(this.fullRing(), snapshot.entries.length + 1);
    for (const entry of snapshot.entries) this.put(entry);
    this.dropped = snapshot.dropped;
  }

  clear(): void {
    this.slots = [];
    this.capacity = this.fullRing();
    this.start = 0;
    this.count = 0;
    this.dropped = 0;
  }

  private fullRing(): number {
    return Math.floor(this.limit * 1.1) + 1;
  }

  /** Write `entry` into the slot after the newest, making the slot the first time the ring gets that far. */
  private put(entry: Entry): void {
    const i = (this.start + this.count) % this.capacity;
    const violations = entry.violations.length ? entry.violations : NONE;
    const slot = this.slots[i];
    if (!slot) {
      this.slots.push({ at: entry.at, method: entry.method, path: entry.path, operationId: entry.operationId, status: entry.status, violations, byHarness: entry.byHarness });
    } else {
      slot.at = entry.at;
      // the same text kept once: the string of 11,000 requests ago, not this request's copy
      if (slot.method !== entry.method) slot.method = entry.method;
      if (slot.path !== entry.path) slot.path = entry.path;
      slot.operationId = entry.operationId;
      slot.status = entry.status;
      slot.violations = violations;
      slot.byHarness = entry.byHarness;
    }
    this.count++;
  }

  /** The entries held, oldest first. */
  private map<T>(each: (slot: Slot) => T): T[] {
    const out: T[] = [];
    for (let n = 0; n < this.count; n++) out.push(each(this.slots[(this.start + n) % this.capacity]!));
    return out;
  }

  /** An entry as it was logged (its own list of violations), with `at` as given. */
  private logged<A>(s: Slot, at: A): Omit<LoggedRequest, 'at'> & { at: A } {
    const entry = { at, method: s.method, path: s.path, operationId: s.operationId, status: s.status, violations: [...s.violations] };
    return s.byHarness === undefined ? entry : { ...entry, byHarness: s.byHarness };
  }
}
