import { DELIVERY_LOG_LIMIT } from './limits.js';
import type { Delivery } from './outbox.js';

/** The deliveries an outbox made, oldest first, within a limit. */
export class DeliveryLog {
  private deliveries: Delivery[] = [];
  private readonly drops = new Map<string, number>();

  constructor(private readonly limit = DELIVERY_LOG_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`deliveryLogLimit must be a whole number of deliveries, at least 1; got ${limit}`);
  }

  /** Keep a new delivery, making room by dropping the oldest finished ones. */
  add(delivery: Delivery): void {
    this.deliveries.push(delivery);
    while (this.deliveries.length > this.limit) {
      const i = this.deliveries.findIndex((d) => d.state === 'delivered' || d.state === 'failed');
      if (i < 0) return;
      const [gone] = this.deliveries.splice(i, 1);
      this.drops.set(gone!.source, (this.drops.get(gone!.source) ?? 0) + 1);
    }
  }

  list(source?: string): Delivery[] {
    return this.deliveries.filter((d) => !source || d.source === source);
  }

  find(id: string): Delivery | undefined {
    return this.deliveries.find((d) => d.id === id);
  }

  /** Finished deliveries dropped to keep within the limit, of one source or all. */
  dropped(source?: string): number {
    if (source !== undefined) return this.drops.get(source) ?? 0;
    let total = 0;
    for (const n of this.drops.values()) total += n;
    return total;
  }

  clear(): void {
    this.deliveries = [];
    this.drops.clear();
  }
}
