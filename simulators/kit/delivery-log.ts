import { DELIVERY_LOG_LIMIT } from './limits.js';
import type { Delivery } from './outbox.js';

/** What a delivery log holds, for a sandbox snapshot. */
export interface DeliveryLogSnapshot {
  deliveries: Delivery[];
  drops: Map<string, number>;
}

const finished = (d: Delivery) => d.state === 'delivered' || d.state === 'failed';

/**
 * The deliveries an outbox made, oldest first, within a limit: beyond it the oldest finished
 * ones are dropped and counted, and a pending or retrying one is never dropped. So while more
 * than `limit` deliveries are unfinished (a receiver down through a billing run) the log holds
 * them all, past its limit; they are in the outbox's hands anyway, and once they finish the
 * next trim brings the log back to its limit.
 */
export class DeliveryLog {
  private deliveries: Delivery[] = [];
  private drops = new Map<string, number>();
  // add() trims only past this length, a tenth beyond the limit or beyond what the last trim
  // could not drop, so each trim's pass over the log is paid for by that many adds
  private trimAt: number;

  constructor(private readonly limit = DELIVERY_LOG_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`deliveryLogLimit must be a whole number of deliveries, at least 1; got ${limit}`);
    this.trimAt = this.nextTrimAt();
  }

  /** Keep a new delivery; every so often make room by dropping the oldest finished ones. */
  add(delivery: Delivery): void {
    this.deliveries.push(delivery);
    if (this.deliveries.length > this.trimAt) this.trim();
  }

  list(source?: string): Delivery[] {
    this.trim();
    return this.deliveries.filter((d) => !source || d.source === source);
  }

  find(id: string): Delivery | undefined {
    this.trim();
    return this.deliveries.find((d) => d.id === id);
  }

  /** Finished deliveries dropped to keep within the limit, of one source or all. */
  dropped(source?: string): number {
    this.trim();
    if (source !== undefined) return this.drops.get(source) ?? 0;
    let total = 0;
    for (const n of this.drops.values()) total += n;
    return total;
  }

  snapshot(): DeliveryLogSnapshot {
    return { deliveries: [...this.deliveries], drops: new Map(this.drops) };
  }

  restore(snapshot: DeliveryLogSnapshot): void {
    this.deliveries = [...snapshot.deliveries];
    this.drops = new Map(snapshot.drops);
    this.trimAt = this.nextTrimAt();
  }

  clear(): void {
    this.deliveries = [];
    this.drops.clear();
    this.trimAt = this.nextTrimAt();
  }

  /** Down to the limit, dropping the oldest finished deliveries, in one pass; readers see the log trimmed exactly. */
  private trim(): void {
    let excess = this.deliveries.length - this.limit;
    if (excess <= 0) return;
    this.deliveries = this.deliveries.filter((d) => {
      if (excess <= 0 || !finished(d)) return true;
      excess--;
      this.drops.set(d.source, (this.drops.get(d.source) ?? 0) + 1);
      return false;
    });
    this.trimAt = this.nextTrimAt();
  }

  private nextTrimAt(): number {
    const kept = Math.max(this.limit, this.deliveries.length);
    return kept + Math.ceil(kept / 10);
  }
}
