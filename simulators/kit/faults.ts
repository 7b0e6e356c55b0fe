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
]);

/** probability: of firing at each match; count: times at most; skip: matches to let pass before the rule applies. */
const limits = { probability: probability.optional(), count: count.optional(), skip: z.number().int().min(0).optional() };

export const faultPlanSchema = z
  .object({
    /** Where the decisions come from; the sandbox's seed when absent (chaos runs vary it alone). */
    seed: z.number().int().optional(),
    requests: z
      .array(z.object({ vendor: z.string().min(1), operation: z.string().min(1).optional(), fault: requestFault, ...limits }).strict())
      .default([]),
    deliveries: z
      .array(z.object({ source: z.string().min(1), eventType: z.string().min(1).optional(), fault: deliveryFault, ...limits }).strict())
      .default([]),
  })
  .strict();

export type FaultPlanInput = z.input<typeof faultPlanSchema>;
export type RequestFault = z.infer<typeof requestFault>;
export type DeliveryFault = z.infer<typeof deliveryFault>;
type Plan = z.infer<typeof faultPlanSchema>;

/** One decision the plan took, so a failing run can be told (and replayed) exactly. */
export interface FaultDecision {
  at: string;
  target: string;
  fault: RequestFault | DeliveryFault;
}

/**
 * A sandbox's faults: rules for requests into its simulators and for deliveries out of it,
 * each firing with a probability and/or up to a count. Every decision is drawn from the
 * sandbox's seed, in the order requests and deliveries come, so a run replays exactly.
 */
export class FaultPlan {
  private plan: Plan = { requests: [], deliveries: [] };
  private seed: number;
  private fired = new Map<object, number>();
  private seen = new Map<object, number>();
  private random: Random;
  readonly decisions: FaultDecision[] = [];
  /** Told of each decision (the sandbox's journal, while recording). */
  onDecision: ((decision: FaultDecision) => void) | undefined;

  constructor(
    private readonly sandboxSeed: number,
    private readonly now: () => string,
  ) {
    this.seed = sandboxSeed;
    this.random = new Random(sandboxSeed, 'faults');
  }

  /** Replace the plan; decisions start again from the seed. */
  set(input: FaultPlanInput): Plan {
    this.plan = faultPlanSchema.parse(input);
    this.seed = this.plan.seed ?? this.sandboxSeed;
    this.restart();
    return this.plan;
  }

  /** Add one rule to the plan in force. */
  addRequestRule(rule: Plan['requests'][number]): void {
    this.plan.requests.push(rule);
  }

  get current(): Plan {
    return this.plan;
  }

  /** Same plan, decisions from the seed again (a sandbox reset). */
  restart(): void {
    this.fired = new Map();
    this.seen = new Map();
    this.random = new Random(this.seed, 'faults');
    this.decisions.length = 0;
  }

  private pick<R extends { probability?: number; count?: number; skip?: number }>(rules: R[], target: string, fault: (r: R) => RequestFault | DeliveryFault): R | undefined {
    for (const rule of rules) {
      const seen = this.seen.get(rule) ?? 0;
      this.seen.set(rule, seen + 1);
      if (seen < (rule.skip ?? 0)) continue;
      const fired = this.fired.get(rule) ?? 0;
      if (rule.count !== undefined && fired >= rule.count) continue;
      // a rule with no probability fires every time (up to its count)
      if (rule.probability !== undefined && this.random.next() >= rule.probability) continue;
      this.fired.set(rule, fired + 1);
      const decision = { at: this.now(), target, fault: fault(rule) };
      this.decisions.push(decision);
      this.onDecision?.(decision);
      return rule;
    }
    return undefined;
  }

  /** The fault for a client's request to a vendor's operation, if one fires. */
  forRequest(vendor: string, operationId: string): RequestFault | undefined {
    const rules = this.plan.requests.filter((r) => r.vendor === vendor && (!r.operation || r.operation === operationId));
    return rules.length ? this.pick(rules, `${vendor} ${operationId}`, (r) => r.fault)?.fault : undefined;
  }

  /** The fault for one delivery of an event, if one fires. */
  forDelivery(source: string, eventType: string): DeliveryFault | undefined {
    const rules = this.plan.deliveries.filter((r) => r.source === source && (!r.eventType || r.eventType === eventType));
    return rules.length ? this.pick(rules, `delivery ${source} ${eventType}`, (r) => r.fault)?.fault : undefined;
  }
}
