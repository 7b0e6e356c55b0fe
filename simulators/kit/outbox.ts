import { setMaxListeners } from 'node:events';
import type { VirtualClock } from './clock.js';
import { DeliveryLog, type DeliveryLogSnapshot } from './delivery-log.js';
import { cutAnswer, sendWithin, SubscriberLanes, undiciSender, type Sender } from './delivery-sender.js';
import type { DeliveryFault, FaultPlan } from './faults.js';
import type { Attempt, Delivery, DeliveryPolicy, OutboundMessage, Subscriber } from './delivery-types.js';
import { forgedCopies, ForgeryQueue } from './forged-deliveries.js';
import { DEFAULT_DELIVERY_TIMEOUT_MS, MAX_IN_FLIGHT_PER_SUBSCRIBER } from './limits.js';

export { basicAuth, type Sender } from './delivery-sender.js';
export type { Attempt, Delivery, DeliveryPolicy, OutboundMessage, Subscriber } from './delivery-types.js';

/** What an outbox holds, for a sandbox snapshot (written by the snapshot codec: deliveries are shared between its parts). */
export interface OutboxSnapshot {
  subscribers: Subscriber[];
  managedCount: number;
  counter: number;
  log: DeliveryLogSnapshot;
  waves: Map<number, Delivery[]>;
  held: Map<string, { delivery: Delivery; until: number }[]>;
  answerLost: Map<Delivery, number>;
}

export interface OutboxOptions {
  /** Wall-time limit of one attempt, connect to last body byte. */
  timeoutMs?: number;
  /** How many requests clients have made of the simulators so far: what a forged copy's window is judged by. */
  clientRequests?: () => number;
  /**
   * Wall ms without client requests before a forged copy goes: a receiver over HTTP may still
   * be at work on what came before it. 0 in process, where answers come after the work.
   */
  forgeryQuietMs?: number;
  /** How many deliveries the log keeps. */
  logLimit?: number;
}


/**
 * Every notification a sandbox sends goes through here: recorded, delivered to each
 * matching subscriber, retried on non-2xx in virtual time as the vendor retries.
 *
 * Nothing a receiver does can hold virtual time for long: each attempt gives up `timeoutMs`
 * after it was queued, a subscriber has at most MAX_IN_FLIGHT_PER_SUBSCRIBER attempts open (the
 * rest queue, and waiting spends the same timeout), and the retries due at one virtual instant
 * go out together from one clock job. The clock waits for attempts in flight after each job, so
 * a hung subscriber costs an advance one timeout per job that sends to it, however many
 * attempts that job sends, not one per attempt or per eight.
 */
export class Outbox {
  private subscribers: Subscriber[] = [];
  private readonly log: DeliveryLog;
  private readonly policies = new Map<string, DeliveryPolicy>();
  private inflight = new Set<Promise<void>>();
  private lanes = new SubscriberLanes();
  // bumped by clear(): an attempt of an earlier generation belongs to a run that was reset, so
  // its answer is neither recorded nor retried on the fresh clock
  private generation = 0;
  // aborted by clear(), dropping the connections of that run's attempts at once
  private cancel = Outbox.canceller();
  // deliveries due at each virtual instant, sent by one clock job; gone from here once it runs
  private waves = new Map<number, Delivery[]>();
  private readonly timeoutMs: number;
  private counter = 0;
  private silenced = 0;
  // ids stay unique after unsubscribing, so deliveries never name two subscribers alike; the
  // vendors' own are counted apart, so those a snapshot brings never take the id of one kept
  private subscriberCount = 0;
  private managedCount = 0;

  /** Told of each attempt once it is answered (the sandbox's journal, while recording). */
  onAttempt: ((delivery: Delivery, attempt: Attempt) => void) | undefined;
  // deliveries a reorder fault holds back until the next one from their source has gone, or `until`
  private held = new Map<string, { delivery: Delivery; until: number }[]>();
  // first attempts whose answer a fail-answer fault replaces, with the status the vendor sees
  private answerLost = new Map<Delivery, number>();
  // attempts someone waits on (an unauthenticated fault's copies, then its delivery)
  private waiters = new Map<Attempt, () => void>();
  private readonly forgery: ForgeryQueue;

  constructor(
    private readonly clock: VirtualClock,
    private sender: Sender = undiciSender,
    private readonly faults?: FaultPlan,
    options: OutboxOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
    if (!Number.isInteger(this.timeoutMs) || this.timeoutMs < 1) throw new Error(`deliveryTimeoutMs must be a whole number of milliseconds, at least 1; got ${this.timeoutMs}`);
    this.log = new DeliveryLog(options.logLimit);
    this.forgery = new ForgeryQueue(options.clientRequests ?? (() => 0), options.forgeryQuietMs ?? 0);
    clock.runJobsOf('outbox', ['wave', 'release'], (kind, args) => (kind === 'wave' ? this.sendWave(args[0] as number) : this.releaseHeld(args[0] as string, [])));
  }

  /**
   * What the outbox holds, for a sandbox snapshot: the vendors' own subscribers, the delivery log, and what is
   * still to go (retries, held and answer-losing deliveries). Taken when no attempt is in flight,
   * as an attempt's answer cannot be saved.
   */
  snapshot(): OutboxSnapshot {
    if (this.inflight.size) throw new Error('the outbox has delivery attempts in flight; a snapshot waits for them (Sandbox.snapshot does)');
    return {
      // configuration subscribers stay the loading sandbox's (restore), so only the vendors' own are kept
      subscribers: this.subscribers.filter((s) => s.managed),
      managedCount: this.managedCount,
      counter: this.counter,
      log: this.log.snapshot(),
      waves: new Map(this.waves),
      held: new Map(this.held),
      answerLost: new Map(this.answerLost),
    };
  }

  /**
   * Hold what a snapshot held instead; attempts of the run before are forgotten, as by clear(). The
   * clock's jobs come with the clock's snapshot. Subscribers that are configuration (not made by a
   * vendor operation) stay this outbox's own, as they do through a reset: the receivers listening
   * now are the ones to deliver to.
   */
  restore(snapshot: OutboxSnapshot): void {
    this.clear();
    this.subscribers = [...this.subscribers.filter((s) => !s.managed), ...snapshot.subscribers];
    this.managedCount = snapshot.managedCount;
    this.counter = snapshot.counter;
    this.log.restore(snapshot.log);
    this.waves = new Map(snapshot.waves);
    this.held = new Map(snapshot.held);
    this.answerLost = new Map(snapshot.answerLost);
  }

  setPolicy(source: string, policy: DeliveryPolicy): void {
    this.policies.set(source, policy);
  }

  useSender(sender: Sender): void {
    this.sender = sender;
  }

  subscribe(sub: Omit<Subscriber, 'id'>): Subscriber {
    const id = sub.managed ? `sub_${sub.source}_${++this.managedCount}` : `sub_${++this.subscriberCount}`;
    const full = { ...sub, id };
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
    return this.log.list(source);
  }

  /** Finished deliveries dropped from the log to keep it within its limit, of one source or all. */
  dropped(source?: string): number {
    return this.log.dropped(source);
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
        ...(policy.secretHeaders ? { secretHeaders: policy.secretHeaders(sub) } : {}),
        body,
        state: 'pending',
        attempts: [],
      };
      this.log.add(delivery);
      created.push(delivery);
      const forge = () => forgedCopies(delivery, sub, message, policy, () => `dlv_${++this.counter}`);
      this.start(delivery, this.faults?.forDelivery(message.source, message.eventType), forge);
    }
    this.releaseHeld(message.source, created);
    return created;
  }

  /** First attempt of a new delivery, as its fault (if any) has it. */
  private start(delivery: Delivery, fault: DeliveryFault | undefined, forge: () => Delivery[]): void {
    if (!fault) return this.send(delivery);
    if (fault.kind === 'duplicate') {
      this.send(delivery);
      this.duplicate(delivery.id);
    } else if (fault.kind === 'delay') {
      this.sendAt(this.clock.now() + fault.seconds * 1000, delivery);
    } else if (fault.kind === 'drop-then-retry') {
      this.track(this.lost(delivery));
    } else if (fault.kind === 'fail-answer') {
      this.answerLost.set(delivery, fault.status);
      this.send(delivery);
    } else if (fault.kind === 'unauthenticated') {
      this.track(this.forgery.enqueue(forge(), delivery, { log: (d) => this.log.add(d), sendAndWait: (d) => new Promise((resolve) => this.send(d, resolve)) }));
    } else {
      const held = this.held.get(delivery.source) ?? [];
      // nothing else may come from this source: a minute later it goes anyway
      const until = this.clock.now() + 60_000;
      held.push({ delivery, until });
      this.held.set(delivery.source, held);
      this.clock.schedule(until, `release ${delivery.id}`, { owner: 'outbox', kind: 'release', args: [delivery.source] });
    }
  }

  /**
   * The virtual instant the next held or retried delivery is due, if any: what a run advances
   * the clock to when it wants every redelivery to have had its turn.
   */
  nextDue(): number | undefined {
    const times = [...this.waves.keys(), ...[...this.held.values()].flat().map((h) => h.until)];
    return times.length ? Math.min(...times) : undefined;
  }

  /** Send what a reorder fault held for `source`, now that something newer (`after`) has gone first. */
  private releaseHeld(source: string, after: Delivery[]): void {
    const held = (this.held.get(source) ?? []).filter((h) => !after.includes(h.delivery));
    if (!held.length) return;
    this.held.set(source, (this.held.get(source) ?? []).filter((h) => after.includes(h.delivery)));
    for (const { delivery } of held) this.send(delivery);
  }

  private policyOf(delivery: Delivery): DeliveryPolicy {
    const policy = this.policies.get(delivery.source);
    if (!policy) throw new Error(`no delivery policy for ${delivery.source}`);
    return policy;
  }

  /** A first attempt lost in transit: recorded as unanswered, then retried as the vendor retries. */
  private async lost(delivery: Delivery): Promise<void> {
    const attempt: Attempt = { at: this.clock.iso(), error: 'lost in transit (a fault the fault plan injected)' };
    delivery.attempts.push(attempt);
    this.onAttempt?.(delivery, attempt);
    this.scheduleRetry(delivery, undefined);
  }

  /**
   * Send a delivery again, byte for byte, as a vendor's duplicate: a new delivery, retried as
   * the vendor retries, whatever became of the original.
   */
  duplicate(deliveryId: string): Delivery {
    const original = this.log.find(deliveryId);
    if (!original) throw new Error(`no delivery ${deliveryId}`);
    const copy: Delivery = { ...original, id: `dlv_${++this.counter}`, state: 'pending', attempts: [], nextAttemptAt: undefined, duplicateOf: original.id };
    this.log.add(copy);
    this.send(copy);
    return copy;
  }

  /** Resolves once no delivery attempt is in flight or waiting for a free slot (scheduled retries wait for the clock). */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.all([...this.inflight]);
  }

  /**
   * Forget deliveries, including attempts in flight or waiting for a slot: none of them is
   * recorded or retried afterwards. Subscribers stay, they are configuration.
   */
  clear(): void {
    this.generation++;
    this.cancel.abort(new Error('the sandbox was reset while this attempt was in flight'));
    this.cancel = Outbox.canceller();
    this.lanes.drop();
    // attempts of the forgotten run still closing keep their old lanes' slots, not the new ones
    this.lanes = new SubscriberLanes();
    this.inflight = new Set();
    this.log.clear();
    this.held = new Map();
    this.answerLost = new Map();
    this.forgery.clear();
    // attempts dropped before they ran are never answered: their waiters are let go
    for (const release of this.waiters.values()) release();
    this.waiters = new Map();
    // the clock's reset dropped their jobs
    this.waves = new Map();
  }

  private static canceller(): AbortController {
    const controller = new AbortController();
    // one listener per attempt in flight, hundreds in a billing run: not a leak
    setMaxListeners(0, controller.signal);
    return controller;
  }

  /** Wait for `p` in idle(); an attempt that throws (a journal that fails) is logged, never an unhandled rejection. */
  private track(p: Promise<void>): void {
    const inflight = this.inflight;
    const done: Promise<void> = p
      .catch((e: unknown) => console.error('outbox: a delivery attempt failed inside the sandbox:', e))
      .finally(() => inflight.delete(done));
    inflight.add(done);
  }

  /**
   * Attempt now, or as soon as the subscriber has a free slot; in flight until answered either
   * way. The attempt is at the virtual instant it was sent off, and its timeout runs from then.
   */
  private send(delivery: Delivery, onAnswered?: () => void): void {
    const generation = this.generation;
    const attempt: Attempt = { at: this.clock.iso() };
    delivery.attempts.push(attempt);
    if (onAnswered) this.waiters.set(attempt, onAnswered);
    this.track(
      this.lanes.run(
        delivery.subscriberId,
        this.timeoutMs,
        (waitedMs) => this.attempt(delivery, attempt, generation, waitedMs),
        async () => {
          attempt.error = `timed out after ${this.timeoutMs} ms waiting for a free connection to a receiver that is not answering (all ${MAX_IN_FLIGHT_PER_SUBSCRIBER} of its connections stayed busy; the sandbox's deliveryTimeoutMs)`;
          this.answered(delivery, attempt, generation);
        },
      ),
    );
  }

  /** Attempt at virtual instant `at`, with every other attempt due then, from one clock job. */
  private sendAt(at: number, delivery: Delivery): void {
    delivery.nextAttemptAt = new Date(at).toISOString();
    const wave = this.waves.get(at);
    if (wave) return void wave.push(delivery);
    this.waves.set(at, [delivery]);
    this.clock.schedule(at, `deliveries due at ${delivery.nextAttemptAt}`, { owner: 'outbox', kind: 'wave', args: [at] });
  }

  /** The deliveries due at `at`; none when a clear() since has forgotten them. */
  private sendWave(at: number): void {
    const wave = this.waves.get(at) ?? [];
    this.waves.delete(at);
    for (const delivery of wave) this.send(delivery);
  }

  private async attempt(delivery: Delivery, attempt: Attempt, generation: number, waitedMs: number): Promise<void> {
    // a fail-answer fault is for the attempt that goes first, answered or not
    const lost = this.answerLost.get(delivery);
    this.answerLost.delete(delivery);
    try {
      const init = { method: delivery.method, headers: delivery.headers, body: delivery.body };
      const answer = await sendWithin(this.sender, delivery.url, init, this.timeoutMs, { waitedMs, cancel: this.cancel.signal });
      attempt.status = typeof answer === 'number' ? answer : answer.status;
      if (typeof answer === 'object' && answer.reason) attempt.reason = answer.reason;
      if (typeof answer === 'object' && answer.answer) attempt.answer = cutAnswer(answer.answer);
      if (lost !== undefined) {
        attempt.reason = `the receiver answered ${attempt.status}, but a fail-answer fault had the vendor see ${lost}`;
        attempt.status = lost;
      }
    } catch (e) {
      attempt.error = (e as Error).message;
    }
    this.answered(delivery, attempt, generation);
  }

  /** An attempt is over: record it, then the delivery is done or retried, unless the sandbox was reset meanwhile. */
  private answered(delivery: Delivery, attempt: Attempt, generation: number): void {
    const waiter = this.waiters.get(attempt);
    this.waiters.delete(attempt);
    if (generation !== this.generation) return waiter?.();
    this.onAttempt?.(delivery, attempt);
    const ok = attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300;
    if (ok || delivery.forged) {
      delivery.state = ok ? 'delivered' : 'failed';
      delivery.nextAttemptAt = undefined;
    } else {
      this.scheduleRetry(delivery, attempt.status);
    }
    waiter?.();
  }

  private scheduleRetry(delivery: Delivery, status: number | undefined): void {
    const delay = this.policyOf(delivery).retryDelay(delivery.attempts.length, status);
    if (delay === null) {
      delivery.state = 'failed';
      delivery.nextAttemptAt = undefined;
      return;
    }
    delivery.state = 'retrying';
    // from the instant this attempt failed, which the clock reports even mid-advance
    this.sendAt(this.clock.now() + delay, delivery);
  }
}
