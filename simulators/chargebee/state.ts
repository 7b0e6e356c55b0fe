import { snapshotClass } from '../kit/snapshot-codec.js';
import type { Subscriber } from '../kit/outbox.js';
import type { SimContext } from '../kit/simulator.js';
import { redactUrl } from '../kit/admin-redaction.js';
import { listed, mapped, Store, type Collection } from '../kit/store.js';

export type ChargebeeModel = 'customer' | 'itemFamily' | 'item' | 'itemPrice' | 'subscription' | 'invoice' | 'transaction' | 'event' | 'webhookEndpoint';

export interface TimeMachineState {
  genesisTime: number;
  status: 'succeeded' | 'in_progress' | 'failed';
  failureReason?: string;
}

export interface SiteSettings {
  /** Currency of item prices and invoices that name none. */
  baseCurrency: string;
}

export class ChargebeeState {
  readonly store = new Store<ChargebeeModel>({
    customer: 'id',
    itemFamily: 'id',
    item: 'id',
    itemPrice: 'id',
    subscription: 'id',
    invoice: 'id',
    transaction: 'id',
    event: 'id',
    webhookEndpoint: 'id',
  });
  /** Insertion number of every record: the tie-breaker of every list order and cursor (a Map, not a WeakMap, so a snapshot can hold it). */
  private readonly order = new Map<object, number>();
  private inserted = 0;
  /** The outbox subscriber each webhook endpoint delivers through, and back. */
  readonly endpointSubscribers = new Map<string, Subscriber>();
  readonly endpointOfSubscriber = new Map<string, string>();
  /** Basic credentials of each webhook endpoint; Chargebee never shows them back. */
  readonly endpointCredentials = new Map<string, { username?: string; password?: string }>();
  /** Times (virtual ms) of the authenticated requests of the last minute, for the rate limit. */
  recentRequests: number[] = [];
  readonly timeMachine: TimeMachineState;

  constructor(
    readonly site: SiteSettings,
    now: number,
  ) {
    this.timeMachine = { genesisTime: Math.floor(now / 1000), status: 'succeeded' };
  }

  add<T extends object>(model: ChargebeeModel, record: T): T {
    this.order.set(record, ++this.inserted);
    return this.store.insert(model, record);
  }

  seqOf(record: object): number {
    return this.order.get(record) ?? 0;
  }

  /** Delete a record and its insertion number; false when there was none. */
  remove(model: ChargebeeModel, id: string): boolean {
    const record = this.store.get<object>(model, id);
    if (record) this.order.delete(record);
    return this.store.remove(model, id);
  }

  get<T>(model: ChargebeeModel, id: string): T | undefined {
    return this.store.get<T>(model, id);
  }

  all<T>(model: ChargebeeModel): T[] {
    return [...this.store.values<T>(model)];
  }

  dump(): Record<string, unknown> {
    return { ...this.store.dump(), timeMachine: this.timeMachine };
  }

  /** What `/__admin/state` pages through; webhook endpoints' Basic credentials are kept apart, and a password in their URL is hidden. */
  collections(): Record<string, Collection> {
    const tables = this.store.collections();
    const endpoints = mapped(tables.webhookEndpoint as Collection<{ url: string }>, (e) => ({ ...e, url: redactUrl(e.url) }));
    return { ...tables, webhookEndpoint: endpoints, timeMachine: listed([this.timeMachine]) };
  }
}

export type ChargebeeContext = SimContext<ChargebeeState>;

/** Chargebee's clock: Unix seconds. */
export function nowSec(ctx: ChargebeeContext): number {
  return Math.floor(ctx.now() / 1000);
}

/** A new record's `updated_at` and `resource_version` (Chargebee's version is the change time in ms). */
export function touch(ctx: ChargebeeContext, record: Record<string, unknown>): void {
  record.updated_at = nowSec(ctx);
  record.resource_version = ctx.now();
}

snapshotClass(ChargebeeState, 'chargebee.State');
