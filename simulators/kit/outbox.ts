import { request, type Dispatcher } from 'undici';
import type { VirtualClock } from './clock.js';
import type { DeliveryFault, FaultPlan } from './faults.js';

export interface Subscriber {
  id: string;
  /** The simulator whose notifications it receives. */
  source: string;
  url: string;
  username?: string;
  password?: string;
  secret?: string;
  /** Event types it wants; all when absent. */
  events?: string[];
  /**
   * Made by a vendor operation (a Chargebee webhook endpoint), so part of that simulator's state:
   * dropped when the simulator resets. Admin subscribers are configuration and stay.
   */
  managed?: boolean;
}

export interface Attempt {
  at: string;
  status?: number;
  error?: string;
}

export interface Delivery {
  id: string;
  source: string;
  eventType: string;
  eventId: string;
  subscriberId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  state: 'pending' | 'delivered' | 'retrying' | 'failed';
  attempts: Attempt[];
  /** Set on a copy sent again on purpose, as a vendor's duplicate delivery; names the original. */
  duplicateOf?: string;
  nextAttemptAt?: string;
}

/** How one vendor sends and retries: its envelope headers and auth, and its backoff. */
export interface DeliveryPolicy {
  /** Headers for one delivery to one subscriber (signatures, Basic auth, event names). */
  headers(body: string, subscriber: Subscriber, message: OutboundMessage): Record<string, string>;
  /** Delay in ms before retry number `retry` (1-based) after a failed attempt, or null to give up. */
  retryDelay(retry: number, status: number | undefined): number | null;
}

export interface OutboundMessage {
  source: string;
  eventType: string;
  eventId: string;
  /** The body for one subscriber: vendors with per-endpoint templates (Zuora callouts) render it per subscriber. */
  payload(subscriber: Subscriber): unknown;
  /** The HTTP method for one subscriber; POST when absent. */
  method?(subscriber: Subscriber): string;
}

/** What actually carries a delivery; undici by default, swappable for in-process receivers. */
export type Sender = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<number>;

const undiciSender: Sender = async (url, init) => {
  const res = await request(url, { ...init, method: init.method as Dispatcher.HttpMethod, headersTimeout: 10_000, bodyTimeout: 10_000 });
  await res.body.dump();
  return res.statusCode;
};

export function basicAuth(username: string, password = ''): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/**
 * Every notification a sandbox sends goes through here: recorded, delivered to each
 * matching subscriber, retried on non-2xx in virtual time as the vendor retries.
 */
export class Outbox {
  private subscribers: Subscriber[] = [];
  private deliveries: Delivery[] = [];
  private readonly policies = new Map<string, DeliveryPolicy>();
  private readonly inflight = new Set<Promise<void>>();
  private counter = 0;
  private silenced = 0;
  // ids stay unique after unsubscribing, so deliveries never name two subscribers alike
  private subscriberCount = 0;

  /** Told of each attempt once it is answered (the sandbox's journal, while recording). */
  onAttempt: ((delivery: Delivery, attempt: Attempt) => void) | undefined;
  // deliveries a reorder fault holds back until the next one from their source has gone
  private held = new Map<string, { delivery: Delivery; policy: DeliveryPolicy }[]>();

  constructor(
    private readonly clock: VirtualClock,
    private sender: Sender = undiciSender,
    private readonly faults?: FaultPlan,
  ) {}

  setPolicy(source: string, policy: DeliveryPolicy): void {
    this.policies.set(source, policy);
  }

  useSender(sender: Sender): void {
    this.sender = sender;
  }

  subscribe(sub: Omit<Subscriber, 'id'>): Subscriber {
    const full = { ...sub, id: `sub_${++this.subscriberCount}` };
    this.subscribers.push(full);
    return full;
  }

  /** Change a subscriber's URL, credentials or events; later deliveries use them. */
  update(id: string, patch: Partial<Omit<Subscriber, 'id' | 'source'>>): void {
    const sub = this.subscribers.find((s) => s.id === id);
    if (!sub) throw new Error(`no subscriber ${id}`);
    Object.assign(sub, patch);
  }

  /** Stop sending to a subscriber; deliveries already under way run their course. */
  unsubscribe(id: string): void {
    this.subscribers = this.subscribers.filter((s) => s.id !== id);
  }

  /** Forget the subscribers a simulator's own operations made, as its state is reset. */
  dropManaged(source: string): void {
    this.subscribers = this.subscribers.filter((s) => !(s.managed && s.source === source));
  }

  listSubscribers(source?: string): Subscriber[] {
    return this.subscribers.filter((s) => !source || s.source === source);
  }

  list(source?: string): Delivery[] {
    return this.deliveries.filter((d) => !source || d.source === source);
  }

  private targets(source: string, eventType: string): Subscriber[] {
    return this.subscribers.filter((s) => s.source === source && (!s.events || s.events.includes(eventType)));
  }

  /**
   * Run `work` with nothing published: demo data seeded at start and after a reset is not news
   * to any subscriber, so it must not reach a connector as if a customer had just signed up.
   */
  async silently<T>(work: () => Promise<T>): Promise<T> {
    this.silenced++;
    try {
      return await work();
    } finally {
      this.silenced--;
    }
  }

  /**
   * Record a message and start delivering it to every subscriber that wants it. With no
   * subscriber nothing is sent or recorded, as with a vendor account with no endpoints.
   */
  publish(message: OutboundMessage): Delivery[] {
    const policy = this.policies.get(message.source);
    if (!policy) throw new Error(`no delivery policy for ${message.source}`);
    if (this.silenced) return [];
    const targets = this.targets(message.source, message.eventType);
    const created: Delivery[] = [];
    for (const sub of targets) {
      const body = JSON.stringify(message.payload(sub));
      const delivery: Delivery = {
        id: `dlv_${++this.counter}`,
        source: message.source,
        eventType: message.eventType,
        eventId: message.eventId,
        subscriberId: sub.id,
        url: sub.url,
        method: message.method?.(sub) ?? 'POST',
        headers: { 'content-type': 'application/json', ...policy.headers(body, sub, message) },
        body,
        state: 'pending',
        attempts: [],
      };
      this.deliveries.push(delivery);
      created.push(delivery);
      this.start(delivery, policy, this.faults?.forDelivery(message.source, message.eventType));
    }
    this.releaseHeld(message.source, created);
    return created;
  }

  /** First attempt of a new delivery, as its fault (if any) has it. */
  private start(delivery: Delivery, policy: DeliveryPolicy, fault: DeliveryFault | undefined): void {
    if (!fault) return this.track(this.attempt(delivery, policy));
    if (fault.kind === 'duplicate') {
      this.track(this.attempt(delivery, policy));
      this.duplicate(delivery.id);
    } else if (fault.kind === 'delay') {
      const at = this.clock.now() + fault.seconds * 1000;
      delivery.nextAttemptAt = new Date(at).toISOString();
      this.clock.schedule(at, `delayed ${delivery.id}`, () => this.attempt(delivery, policy));
    } else if (fault.kind === 'drop-then-retry') {
      this.track(this.lost(delivery, policy));
    } else {
      const held = this.held.get(delivery.source) ?? [];
      held.push({ delivery, policy });
      this.held.set(delivery.source, held);
      // nothing else may come from this source: a minute later it goes anyway
      this.clock.schedule(this.clock.now() + 60_000, `release ${delivery.id}`, () => this.releaseHeld(delivery.source, []));
    }
  }

  /** Send what a reorder fault held for `source`, now that something newer (`after`) has gone first. */
  private releaseHeld(source: string, after: Delivery[]): void {
    const held = (this.held.get(source) ?? []).filter((h) => !after.includes(h.delivery));
    if (!held.length) return;
    this.held.set(source, (this.held.get(source) ?? []).filter((h) => after.includes(h.delivery)));
    for (const { delivery, policy } of held) this.track(this.attempt(delivery, policy));
  }

  /** A first attempt lost in transit: recorded as unanswered, then retried as the vendor retries. */
  private async lost(delivery: Delivery, policy: DeliveryPolicy): Promise<void> {
    const attempt: Attempt = { at: this.clock.iso(), error: 'lost in transit (a fault the fault plan injected)' };
    delivery.attempts.push(attempt);
    this.onAttempt?.(delivery, attempt);
    this.scheduleRetry(delivery, policy, undefined);
  }

  /**
   * Send a delivery again, byte for byte, as a vendor's duplicate: a new delivery, retried as
   * the vendor retries, whatever became of the original.
   */
  duplicate(deliveryId: string): Delivery {
    const original = this.deliveries.find((d) => d.id === deliveryId);
    if (!original) throw new Error(`no delivery ${deliveryId}`);
    const policy = this.policies.get(original.source)!;
    const copy: Delivery = { ...original, id: `dlv_${++this.counter}`, state: 'pending', attempts: [], nextAttemptAt: undefined, duplicateOf: original.id };
    this.deliveries.push(copy);
    this.track(this.attempt(copy, policy));
    return copy;
  }

  /** Resolves once no delivery attempt is in flight (scheduled retries wait for the clock). */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.all([...this.inflight]);
  }

  /** Forget deliveries; subscribers stay, they are configuration. */
  clear(): void {
    this.deliveries = [];
    this.held = new Map();
  }

  private track(p: Promise<void>): void {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
  }

  private async attempt(delivery: Delivery, policy: DeliveryPolicy): Promise<void> {
    const attempt: Attempt = { at: this.clock.iso() };
    delivery.attempts.push(attempt);
    try {
      attempt.status = await this.sender(delivery.url, { method: delivery.method, headers: delivery.headers, body: delivery.body });
    } catch (e) {
      attempt.error = (e as Error).message;
    }
    this.onAttempt?.(delivery, attempt);
    if (attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300) {
      delivery.state = 'delivered';
      delivery.nextAttemptAt = undefined;
      return;
    }
    this.scheduleRetry(delivery, policy, attempt.status);
  }

  private scheduleRetry(delivery: Delivery, policy: DeliveryPolicy, status: number | undefined): void {
    const delay = policy.retryDelay(delivery.attempts.length, status);
    if (delay === null) {
      delivery.state = 'failed';
      delivery.nextAttemptAt = undefined;
      return;
    }
    delivery.state = 'retrying';
    const at = this.clock.now() + delay;
    delivery.nextAttemptAt = new Date(at).toISOString();
    this.clock.schedule(at, `retry ${delivery.id}`, () => this.attempt(delivery, policy));
  }
}
