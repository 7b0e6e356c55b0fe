import { z } from 'zod';
import { Random } from './random.js';

const probability = z.number().min(0).max(1);
const count = z.number().int().min(1);

/** What can go wrong with a request into a simulator. */
export const requestFault = z.discriminatedUnion('kind', [
  /** An error status, answered in the vendor's error body before anything is done. */
  z.object({ kind: z.literal('error'), status: z.number().int().min(500).max(599) }).strict(),
  /** 429 with Retry-After, before anything is done. */
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.number().int().min(0).max(3600).default(1) }).strict(),
  /** The request is answered normally, this much later (wall time: it is about the network). */
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(60_000) }).strict(),
  /** The connection is dropped before the request is read: nothing happens, no answer. */
  z.object({ kind: z.literal('drop') }).strict(),
  /** The request takes effect, but no answer comes before the client gives up waiting. */
  z.object({ kind: z.literal('hang'), ms: z.number().int().min(0).max(300_000).default(30_000) }).strict(),
]);

/** What can go wrong with a delivery out of the sandbox. */
export const deliveryFault = z.discriminatedUnion('kind', [
  /** Sent twice. */
  z.object({ kind: z.literal('duplicate') }).strict(),
  /** First sent this much later (virtual time). */
  z.object({ kind: z.literal('delay'), seconds: z.number().int().min(1).max(86_400) }).strict(),
  /** Held back until the next delivery from the same source has gone (or a minute has passed). */
  z.object({ kind: z.literal('reorder') }).strict(),
  /** The first attempt is lost in transit; the vendor's retry schedule takes over. */
  z.object({ kind: z.literal('drop-then-retry') }).strict(),
  /**
   * The first attempt reaches the receiver and is acted on, but the vendor sees `status` in place
   * of its answer (a proxy timing out), so it delivers again on its schedule.
   */
  z.object({ kind: z.literal('fail-answer'), status: z.number().int().min(500).max(599).default(500) }).strict(),
  /**
   * A copy without the subscriber's credential, then one with a wrong credential, each sent once
   * before the delivery itself, which goes once both are answered.
   */
  z.object({ kind: z.literal('unauthenticated') }).strict(),
]);

/** probability: of firing at each match; count: times at most; skip: matches to let pass before the rule applies. */
const limits = { probability: probability.optional(), count: count.optional(), skip: z.number().int().min(0).optional() };

export const faultPlanSchema = z
  .object({
    /** Where the decisions come from; the sandbox's seed when absent (chaos runs vary it alone). */
    seed: z.number().int().optional(),
    requests: z
      .array(
        z
          .object({
            vendor: z.string().min(1),
            operation: z.string().min(1).optional(),
            /** Only requests that change something: not GET, not a vendor's read sent as POST (Zuora's OAuth token). */
            writes: z.boolean().optional(),
            fault: requestFault,
            ...limits,
          })
          .strict(),
      )
      .default([]),
    deliveries: z
      .array(z.object({ source: z.string().min(1), eventType: z.string().min(1).optional(), fault: deliveryFault, ...limits }).strict())
      .default([]),
  })
  .strict();

export type FaultPlanInput = z.input<typeof faultPlanSchema>;

/** What is wrong with a fault plan, field by field, in one line. */
export function faultPlanProblems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
}
export type RequestFault = z.infer<typeof requestFault>;
export type DeliveryFault = z.infer<typeof deliveryFault>;
type Plan = z.infer<typeof faultPlanSchema>;

/** What a fault plan holds, for a sandbox snapshot: its rules, and how far each has counted and drawn (keyed by the rule objects themselves). */
export interface FaultPlanSnapshot {
  plan: Plan;
  oneShots: Plan['requests'];
  seed: number;
  fired: Map<object, number>;
  seen: Map<object, number>;
  streams: Map<object, Random>;
  decisions: FaultDecision[];
}

/** One decision the plan took, so a failing run can be told (and replayed) exactly. */
export interface FaultDecision {
  at: string;
  target: string;
  fault: RequestFault | DeliveryFault;
}

// the decision log of a long-lived sandbox stays this long, as the request log does
const MAX_DECISIONS = 10_000;

type Rule = { probability?: number; count?: number; skip?: number; fault: RequestFault | DeliveryFault };

/**
 * A sandbox's faults: rules for requests into its simulators and for deliveries out of it,
 * each firing with a probability and/or up to a count. Each rule draws from its own stream
 * of the seed, so its nth match gets the same draw whatever else the run did: a replay
 * against a connector that makes one request more meets the same faults in the same places.
 */
export class FaultPlan {
  private plan: Plan = { requests: [], deliveries: [] };
  // one-shot rules (Simulator.failNext): part of a run, not of the plan; a reset forgets them
  private oneShots: Plan['requests'] = [];
  private seed: number;
  private fired = new Map<object, number>();
  private seen = new Map<object, number>();
  private streams = new Map<object, Random>();
  readonly decisions: FaultDecision[] = [];
  /** Told of each decision (the sandbox's journal, while recording). */
  onDecision: ((decision: FaultDecision) => void) | undefined;

  constructor(
    private readonly sandboxSeed: number,
    private readonly now: () => string,
  ) {
    this.seed = sandboxSeed;
  }

  /** Replace the plan (checked against its schema); decisions start again from the seed. */
  set(input: FaultPlanInput): void {
    const plan = faultPlanSchema.parse(input);
    this.plan = plan;
    this.seed = plan.seed ?? this.sandboxSeed;
    this.restart();
  }

  /**
   * Keep only the first `requests` request rules and `deliveries` delivery rules: the rest stop
   * firing, while every rule kept goes on counting where it was and the decisions so far stay.
   */
  keepFirst(requests: number, deliveries: number): void {
    this.plan = { ...this.plan, requests: this.plan.requests.slice(0, requests), deliveries: this.plan.deliveries.slice(0, deliveries) };
  }

  /** A rule for the run in progress, beside the plan (failNext). */
  addOneShot(rule: Plan['requests'][number]): void {
    this.oneShots.push(rule);
  }

  get current(): Plan {
    return this.plan;
  }

  snapshot(): FaultPlanSnapshot {
    return { plan: this.plan, oneShots: [...this.oneShots], seed: this.seed, fired: new Map(this.fired), seen: new Map(this.seen), streams: new Map(this.streams), decisions: [...this.decisions] };
  }

  /** Hold what a snapshot held instead: its rules, counts and random streams, each where it was. */
  restore(snapshot: FaultPlanSnapshot): void {
    this.plan = snapshot.plan;
    this.oneShots = [...snapshot.oneShots];
    this.seed = snapshot.seed;
    this.fired = new Map(snapshot.fired);
    this.seen = new Map(snapshot.seen);
    this.streams = new Map(snapshot.streams);
    this.decisions.splice(0, this.decisions.length, ...snapshot.decisions);
  }

  /** Same plan, decisions from the seed again, one-shot rules gone (a sandbox reset). */
  restart(): void {
    this.oneShots = [];
    this.fired = new Map();
    this.seen = new Map();
    this.streams = new Map();
    this.decisions.length = 0;
  }

  private stream(rule: object, name: string): Random {
    let random = this.streams.get(rule);
    if (!random) this.streams.set(rule, (random = new Random(this.seed, name)));
    return random;
  }

  private pick(rules: { rule: Rule; stream: string }[], target: string): Rule['fault'] | undefined {
    for (const { rule, stream } of rules) {
      const seen = this.seen.get(rule) ?? 0;
      this.seen.set(rule, seen + 1);
      if (seen < (rule.skip ?? 0)) continue;
      const fired = this.fired.get(rule) ?? 0;
      if (rule.count !== undefined && fired >= rule.count) continue;
      // a rule with no probability fires every time (up to its count)
      if (rule.probability !== undefined && this.stream(rule, stream).next() >= rule.probability) continue;
      this.fired.set(rule, fired + 1);
      const decision = { at: this.now(), target, fault: rule.fault };
      this.decisions.push(decision);
      if (this.decisions.length > MAX_DECISIONS) this.decisions.splice(0, this.decisions.length - MAX_DECISIONS);
      this.onDecision?.(decision);
      return rule.fault;
    }
    return undefined;
  }

  /** The fault for a client's request to a vendor's operation, if one fires. */
  forRequest(vendor: string, operationId: string, writes = true): RequestFault | undefined {
    // every request asks: with no rule there is nothing to build
    if (!this.oneShots.length && !this.plan.requests.length) return undefined;
    const matches = (r: Plan['requests'][number]) => r.vendor === vendor && (!r.operation || r.operation === operationId) && (!r.writes || writes);
    const rules = [
      ...this.oneShots.filter(matches).map((rule) => ({ rule, stream: 'faults/one-shot' })),
      ...this.plan.requests.flatMap((rule, i) => (matches(rule) ? [{ rule, stream: `faults/requests/${i}` }] : [])),
    ];
    return this.pick(rules, `${vendor} ${operationId}`) as RequestFault | undefined;
  }

  /** The fault for one delivery of an event, if one fires. */
  forDelivery(source: string, eventType: string): DeliveryFault | undefined {
    if (!this.plan.deliveries.length) return undefined;
    const rules = this.plan.deliveries.flatMap((rule, i) => (rule.source === source && (!rule.eventType || rule.eventType === eventType) ? [{ rule, stream: `faults/deliveries/${i}` }] : []));
    return this.pick(rules, `delivery ${source} ${eventType}`) as DeliveryFault | undefined;
  }
}
