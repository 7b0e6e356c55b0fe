/**
 * The dashboard's timeline: what the sandbox told its watcher, as one line each, on the virtual
 * clock. Kept in memory, the newest MAX_TIMELINE entries; the page asks for what came after the
 * last it has.
 */
import type { Attempt, Delivery } from '../simulators/kit/outbox.js';
import type { SandboxEvent } from '../simulators/kit/sandbox.js';
import { SlotRing } from '../simulators/kit/slot-ring.js';
import type { TimelineEntry, TimelinePage, Vendor } from './api-types.js';

/** Entries kept; older ones are dropped as new ones come. */
export const MAX_TIMELINE = 5_000;
/** Entries in one answer at most. */
export const MAX_TIMELINE_PAGE = 500;
const DEFAULT_TIMELINE_PAGE = 200;

const VENDORS = new Set<string>(['togai', 'zuora', 'chargebee']);
const vendorOf = (name: string): Vendor | undefined => (VENDORS.has(name) ? (name as Vendor) : undefined);

/** A connector's answer (contracts/connector.yaml): its flows' outcomes, and an error when one failed. */
interface ConnectorAnswer {
  outcomes?: { flow: number; result: string; detail: string }[];
  error?: string;
}

/** The connector's answer an attempt kept, when it is one. */
export function connectorAnswer(attempt: Attempt): ConnectorAnswer | undefined {
  if (!attempt.answer) return undefined;
  try {
    const body = JSON.parse(attempt.answer) as ConnectorAnswer | null;
    return body && typeof body === 'object' && (Array.isArray(body.outcomes) || typeof body.error === 'string') ? body : undefined;
  } catch {
    // cut short or not JSON: no outcome to read
    return undefined;
  }
}

function attemptText(delivery: Delivery, attempt: Attempt, n: number): string {
  const to = (() => {
    try {
      return new URL(delivery.url).host;
    } catch {
      return delivery.url;
    }
  })();
  const answered = attempt.status !== undefined ? String(attempt.status) : `no answer (${attempt.error ?? 'unknown'})`;
  const copy = delivery.duplicateOf ? ` (duplicate of ${delivery.duplicateOf})` : delivery.forged ? ` (forged copy, credential ${delivery.forged})` : '';
  return `${delivery.source} ${delivery.eventType}${copy} -> ${to} ${answered}${n > 1 ? `, attempt ${n}` : ''}`;
}

/**
 * One place in the timeline's ring (SlotRing), overwritten in place as entries come. A client
 * request (most of what a busy sandbox tells) is kept as its parts and made into its entry when
 * read: an entry object, its line and its detail, kept until 5,500 entries later, were old-space
 * garbage for every request (issue 17). Any other entry is kept as made.
 */
interface Slot {
  entry: TimelineEntry | undefined;
  at: string;
  vendor: string;
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
}

const blank = (): Slot => ({ entry: undefined, at: '', vendor: '', method: '', path: '', operationId: undefined, status: 0 });

/** The entries of the timeline, and the one source of their sequence numbers. */
export class Timeline {
  private readonly ring = new SlotRing(MAX_TIMELINE, blank);
  // the time of the last request kept: requests of one millisecond share its string
  private lastAt = '';

  /** The newest entry's sequence number: entries are numbered from 1 as they come, and the ring counts those it dropped. */
  private get last(): number {
    return this.ring.dropped + this.ring.size;
  }

  add(entry: Omit<TimelineEntry, 'seq'>): TimelineEntry {
    const full = { seq: this.last + 1, ...entry };
    this.ring.next().entry = full;
    return full;
  }

  /** A client request, kept as its parts; its line and detail are made when it is read (`entryOf`). */
  private request(event: Extract<SandboxEvent, { kind: 'request' }>): void {
    const slot = this.ring.next();
    slot.entry = undefined;
    if (event.at !== this.lastAt) this.lastAt = event.at;
    // the same text kept once: a string the slot (or the last request) already holds, not this event's copy
    if (slot.at !== this.lastAt) slot.at = this.lastAt;
    if (slot.vendor !== event.vendor) slot.vendor = event.vendor;
    if (slot.method !== event.method) slot.method = event.method;
    if (slot.path !== event.path) slot.path = event.path;
    slot.operationId = event.operationId;
    slot.status = event.status;
  }

  /** The entry in `slot`, `n`th from the oldest held. */
  private entryOf(slot: Slot, n: number): TimelineEntry {
    if (slot.entry) return slot.entry;
    const { at, vendor, method, path, operationId, status } = slot;
    return { seq: this.ring.dropped + 1 + n, at, kind: 'request', vendor: vendorOf(vendor), text: `${vendor} ${method} ${path} -> ${status}`, detail: { operationId, status } };
  }

  /**
   * Entries for one sandbox event; false when it is not one the timeline shows (the harness's own
   * calls: the dashboard's reads and seeding).
   */
  note(event: SandboxEvent): boolean {
    if (event.kind === 'request') {
      if (event.byHarness) return false;
      this.request(event);
    } else if (event.kind === 'attempt') {
      this.delivery(event.delivery, event.attempt);
    } else if (event.kind === 'clock') {
      this.add({ at: event.at, kind: 'clock', text: `clock advanced from ${event.at} to ${event.to}`, detail: { to: event.to } });
    } else if (event.kind === 'fault') {
      const { decision } = event;
      this.add({ at: decision.at, kind: 'fault', text: `fault on ${decision.target}: ${JSON.stringify(decision.fault)}`, detail: decision });
    } else {
      this.add({ at: event.at, kind: 'clock', text: 'sandbox reset: every simulator back to its start', detail: { reset: true } });
    }
    return true;
  }

  /** The attempt, then each flow outcome the connector's answer to it names. */
  private delivery(delivery: Delivery, attempt: Attempt): void {
    const n = delivery.attempts.indexOf(attempt) + 1;
    const attempts = delivery.attempts.map(({ at, status, error, reason }) => ({ at, status, error, reason }));
    const detail = { deliveryId: delivery.id, eventType: delivery.eventType, eventId: delivery.eventId, url: delivery.url, state: delivery.state, attempt: n, attempts, answer: attempt.answer, duplicateOf: delivery.duplicateOf, forged: delivery.forged };
    this.add({ at: attempt.at, kind: 'delivery', vendor: vendorOf(delivery.source), text: attemptText(delivery, attempt, n), detail });
    const answer = connectorAnswer(attempt);
    for (const o of answer?.outcomes ?? []) {
      this.add({ at: attempt.at, kind: 'outcome', text: `flow ${o.flow} ${o.result}: ${o.detail}`, detail: { flow: o.flow, outcome: o.result, detail: o.detail, deliveryId: delivery.id } });
    }
    if (answer?.error !== undefined) {
      this.add({ at: attempt.at, kind: 'outcome', text: `failed (${attempt.status}): ${answer.error}`, detail: { outcome: 'failed', detail: answer.error, status: attempt.status, deliveryId: delivery.id } });
    }
  }

  /** After `after`, the oldest first; without it, the newest `limit`. */
  page(query: { after?: string; limit?: string }): TimelinePage {
    const limit = query.limit === undefined || query.limit === '' ? DEFAULT_TIMELINE_PAGE : Number(query.limit);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_TIMELINE_PAGE) throw new RangeError(`'limit' must be a whole number from 1 to ${MAX_TIMELINE_PAGE}; got '${query.limit}'`);
    if (query.after === undefined || query.after === '') return { entries: this.ring.map((slot, n) => this.entryOf(slot, n), this.ring.size - limit), last: this.last };
    const after = Number(query.after);
    if (!Number.isSafeInteger(after) || after < 0) throw new RangeError(`'after' must be a whole number (the 'last' of an earlier answer); got '${query.after}'`);
    // seq numbers are dense from the first kept entry on, so the start is found without a search
    const first = this.ring.dropped + 1;
    const start = Math.max(0, after + 1 - first);
    const entries = this.ring.map((slot, n) => this.entryOf(slot, n), start, start + limit);
    // a page cut at `limit` ends at its own last entry, so asking after it again misses nothing
    return { entries, last: entries.at(-1)?.seq ?? this.last };
  }
}
