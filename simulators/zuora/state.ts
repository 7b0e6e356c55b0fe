import { snapshotClass } from '../kit/snapshot-codec.js';
import { createHash } from 'node:crypto';
import type { Outbox } from '../kit/outbox.js';
import { Random } from '../kit/random.js';
import { listed, mapped, Store, type Collection } from '../kit/store.js';
import { requestId } from './ids.js';
import type { MergeContext } from './merge-fields.js';
import { shownTemplate, type NotificationConfig } from './notification-config.js';
import { RateCounter } from './rate-limits.js';
import type { AccountRecord, ChargeRecord, InvoiceRecord, ProductRecord, RatePlanRecord, SubscriptionCharge, SubscriptionRecord, UsageRecord } from './records.js';
import type { Tenant } from './tenant.js';

export const VENDOR = 'zuora';

export type ZuoraModel = 'account' | 'contact' | 'product' | 'ratePlan' | 'charge' | 'subscription' | 'invoice' | 'usage' | 'usageImport';

export interface IssuedToken {
  expiresAt: number;
  jti: string;
}

/** An event a callout was published for: what its merge fields and history entry read. */
export interface CalloutEvent {
  id: string;
  type: string;
  objectId: string;
  at: number;
  context: MergeContext;
  /** The event context a callout history shows, keyed like `<Account.ID>`. */
  history: Record<string, string>;
}

export class ZuoraState {
  readonly store = new Store<ZuoraModel>({
    account: 'id',
    contact: 'id',
    product: 'Id',
    ratePlan: 'Id',
    charge: 'Id',
    subscription: 'id',
    invoice: 'id',
    usage: 'id',
    usageImport: 'id',
  });
  /** Natural keys to IDs, so every operation that takes a key finds the record by ID or number in one look-up. */
  readonly accountNumbers = new Map<string, string>();
  readonly invoiceNumbers = new Map<string, string>();
  readonly subscriptionNumbers = new Map<string, string>();
  readonly productKeys = new Map<string, string>();
  /** Subscription charges by ID and by number. */
  readonly charges = new Map<string, { subscriptionId: string; charge: SubscriptionCharge }>();
  /** IDs of each account's subscriptions, invoices and usage, so per-account views need no scan. */
  private readonly owned = { subscription: new Map<string, Set<string>>(), invoice: new Map<string, Set<string>>(), usage: new Map<string, Set<string>>() };
  readonly tokens = new Map<string, IssuedToken>();
  readonly events = new Map<string, CalloutEvent>();
  readonly rates: RateCounter;
  // Tokens, process IDs, event IDs and request IDs come from their own streams, so how many a
  // client asks for never shifts the IDs of the records it creates.
  private readonly tokenRandom: Random;
  private readonly processRandom: Random;
  private readonly eventRandom: Random;
  private readonly requestRandom: Random;

  constructor(
    readonly tenant: Tenant,
    readonly notifications: NotificationConfig,
    private readonly outbox: Outbox,
    private readonly seed: number,
  ) {
    this.rates = new RateCounter(tenant.tenantType);
    this.tokenRandom = new Random(seed, 'zuora-tokens');
    this.processRandom = new Random(seed, 'zuora-process-ids');
    this.eventRandom = new Random(seed, 'zuora-events');
    this.requestRandom = new Random(seed, 'zuora-request-ids');
  }

  newToken(): string {
    return this.tokenRandom.hex(32);
  }

  nextProcessId(): string {
    return this.processRandom.hex(16).toUpperCase();
  }

  nextRequestId(): string {
    return requestId(this.requestRandom);
  }

  nextEventId(): string {
    return this.eventRandom.hex(32);
  }

  /** An account by ID or account number. */
  account(key: string): AccountRecord | undefined {
    return this.store.get<AccountRecord>('account', this.accountNumbers.get(key) ?? key);
  }

  invoice(key: string): InvoiceRecord | undefined {
    return this.store.get<InvoiceRecord>('invoice', this.invoiceNumbers.get(key) ?? key);
  }

  subscription(key: string): SubscriptionRecord | undefined {
    return this.store.get<SubscriptionRecord>('subscription', this.subscriptionNumbers.get(key) ?? key);
  }

  /** A product by ID, SKU or product number. */
  product(key: string): ProductRecord | undefined {
    return this.store.get<ProductRecord>('product', this.productKeys.get(key) ?? key);
  }

  ratePlan(id: string): RatePlanRecord | undefined {
    return this.store.get<RatePlanRecord>('ratePlan', id);
  }

  productCharge(id: string): ChargeRecord | undefined {
    return this.store.get<ChargeRecord>('charge', id);
  }

  usage(id: string): UsageRecord | undefined {
    return this.store.get<UsageRecord>('usage', id);
  }

  private own(kind: keyof ZuoraState['owned'], accountId: string, id: string): void {
    const ids = this.owned[kind].get(accountId) ?? new Set<string>();
    ids.add(id);
    this.owned[kind].set(accountId, ids);
  }

  private ownedBy<T>(kind: keyof ZuoraState['owned'], accountId: string, find: (id: string) => T | undefined): T[] {
    return [...(this.owned[kind].get(accountId) ?? [])].map((id) => find(id)!);
  }

  addSubscription(sub: SubscriptionRecord): void {
    this.store.insert('subscription', sub);
    this.subscriptionNumbers.set(sub.subscriptionNumber, sub.id);
    this.own('subscription', sub.accountId, sub.id);
  }

  addInvoice(invoice: InvoiceRecord): void {
    this.store.insert('invoice', invoice);
    this.invoiceNumbers.set(invoice.invoiceNumber, invoice.id);
    this.own('invoice', invoice.accountId, invoice.id);
  }

  addUsage(usage: UsageRecord): void {
    this.store.insert('usage', usage);
    this.own('usage', usage.accountId, usage.id);
  }

  removeUsage(id: string): boolean {
    const usage = this.usage(id);
    if (!usage) return false;
    this.store.remove('usage', id);
    this.owned.usage.get(usage.accountId)!.delete(id);
    return true;
  }

  subscriptionsOf(accountId: string): SubscriptionRecord[] {
    return this.ownedBy('subscription', accountId, (id) => this.store.get<SubscriptionRecord>('subscription', id));
  }

  invoicesOf(accountId: string): InvoiceRecord[] {
    return this.ownedBy('invoice', accountId, (id) => this.store.get<InvoiceRecord>('invoice', id));
  }

  usageOf(accountId: string): UsageRecord[] {
    return this.ownedBy('usage', accountId, (id) => this.usage(id));
  }

  /** The ID of the callout history a delivery shows as; derived, so it is stable without being stored. */
  historyId(deliveryId: string): string {
    return createHash('md5').update(`${this.seed}:${deliveryId}`).digest('hex');
  }

  dump(): Record<string, unknown> {
    return {
      ...this.store.dump(),
      ...this.notifications.dump(),
      tokens: this.tokens.size,
      calloutHistory: this.outbox.list(VENDOR).map((d) => ({ id: this.historyId(d.id), deliveryId: d.id })),
    };
  }

  /**
   * What `/__admin/state` pages through. Callout templates show no credential (`shownTemplate`,
   * as `dump()` shows them too); tokens show their expiry and jti, never the token itself.
   */
  collections(): Record<string, Collection> {
    const config = this.notifications;
    return {
      ...this.store.collections(),
      calloutTemplate: mapped(config.templates, shownTemplate),
      notificationDefinition: config.definitions,
      calloutBinding: mapped({ size: config.bindings.size, values: () => config.bindings.entries() }, ([subscriberId, b]) => ({ subscriberId, ...b })),
      tokens: mapped(this.tokens, (t) => ({ expiresAt: new Date(t.expiresAt).toISOString(), jti: t.jti })),
      calloutHistory: mapped(listed(this.outbox.list(VENDOR)), (d) => ({ id: this.historyId(d.id), deliveryId: d.id })),
    };
  }
}

snapshotClass(ZuoraState, 'zuora.State');
