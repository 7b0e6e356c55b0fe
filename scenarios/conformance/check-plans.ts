import type { FaultDecision, FaultPlanInput } from '../../simulators/kit/faults.js';
import type { Delivery } from '../../simulators/kit/outbox.js';
import type { World } from '../engine/world.js';
import type { FlowSpec } from './flow-spec.js';
import { recordDiff, type SourceRecords } from './source-records.js';
import type { CheckId } from './verdict.js';

type Trigger = FlowSpec['trigger'];

/** What one check's run had, for its own verification. */
export interface CheckRun {
  world: World;
  spec: FlowSpec;
  /** The trigger's genuine deliveries (forged copies aside), in order. */
  triggers: Delivery[];
  /** The faults the plan injected. */
  fired: FaultDecision[];
  /** The trigger vendor's records after the happy path (loop prevention compares with them). */
  baseline?: SourceRecords;
  /** The trigger vendor's records at the end of this run. */
  records?: SourceRecords;
}

export interface CheckPlan {
  /** Why the check does not apply to the flow, when it does not. */
  notApplicable?: string;
  faults?: FaultPlanInput;
  /** Take the faults away once a trigger delivery's first attempt is answered (a write failing until then). */
  liftOnAnswer?: boolean;
  /** Let redeliveries and held deliveries have their turn (virtual time) before each expectation. */
  drain?: boolean;
  /** Deliveries the connector gets besides the trigger (the loop check's way back). */
  alsoDelivered: Trigger[];
  /** What the check expects beyond the scenario's own expectations, in a sentence. */
  expects: string;
  /** What is wrong, beyond the scenario's own expectations; empty when nothing. */
  verify(run: CheckRun): string[];
  /** On a pass: what the run could not exercise, if anything. */
  unexercised?(run: CheckRun): string | undefined;
}

const lastAnswer = (d: Delivery) => {
  const a = d.attempts.at(-1);
  if (!a) return 'no attempt';
  return a.status === undefined ? `no answer (${a.error ?? 'unknown'})` : `${a.status}${a.reason ? ` (${a.reason})` : ''}`;
};

/** Every trigger delivery acknowledged in the end: a receiver that never says 2xx has the vendor retry for days. */
function acknowledged(run: CheckRun): string[] {
  if (!run.triggers.length) return [`no ${run.spec.trigger.source} ${run.spec.trigger.eventType} delivery was sent: the scenario did not set the flow off`];
  return run.triggers
    .filter((d) => d.state !== 'delivered')
    .map((d) => `delivery ${d.id} (${d.eventType}) ended ${d.state} after ${d.attempts.length} attempt(s); last answer ${lastAnswer(d)}`);
}

/** Every trigger delivery acknowledged at its first attempt. */
function firstTime(run: CheckRun, why: string): string[] {
  return [
    ...acknowledged(run),
    ...run.triggers
      .filter((d) => d.state === 'delivered' && d.attempts.length > 1)
      .map((d) => `delivery ${d.id} (${d.eventType}) took ${d.attempts.length} attempts; the first was answered ${d.attempts[0]!.status ?? d.attempts[0]!.error}: ${why}`),
  ];
}

const deliveryRule = (t: Trigger, fault: NonNullable<FaultPlanInput['deliveries']>[number]['fault']) => ({ deliveries: [{ source: t.source, eventType: t.eventType, fault }] });

const firedOn = (run: CheckRun, vendor: string) => run.fired.some((d) => d.target.startsWith(`${vendor} `));

/** The plan of `check` for the flow `spec`; `specs` gives the flow that would carry its result back. */
export function checkPlan(check: CheckId, spec: FlowSpec, specs: Map<number, FlowSpec>): CheckPlan {
  const t = spec.trigger;
  const base = { alsoDelivered: [] as Trigger[] };
  switch (check) {
    case 'happy-path':
      return { ...base, expects: 'every trigger delivery answered 2xx at its first attempt', verify: (run) => firstTime(run, 'with no fault in the way, a delivery is done the first time') };
    case 'duplicate-delivery':
      return { ...base, faults: deliveryRule(t, { kind: 'duplicate' }), expects: 'both copies answered 2xx', verify: acknowledged };
    case 'redelivery-after-500':
      return { ...base, faults: deliveryRule(t, { kind: 'fail-answer', status: 500 }), drain: true, expects: 'the redelivery answered 2xx', verify: acknowledged };
    case 'reordered-deliveries':
      return {
        ...base,
        // the first trigger delivery is held back until the next one has gone: they arrive swapped
        faults: { deliveries: [{ source: t.source, eventType: t.eventType, fault: { kind: 'reorder' }, count: 1 }] },
        drain: true,
        expects: 'every delivery answered 2xx',
        verify: acknowledged,
        unexercised: (run) => (run.triggers.length > 1 ? undefined : 'not exercised as a reorder: the scenario sends one trigger delivery, so it was only held back a minute'),
      };
    case 'unauthenticated':
      return {
        ...base,
        faults: deliveryRule(t, { kind: 'unauthenticated' }),
        expects: 'each copy without a credential or with a wrong one answered 401, with no vendor called while it was open',
        verify: (run) => [...acknowledged(run), ...forgedProblems(run)],
      };
    case 'vendor-429-503':
      return {
        ...base,
        faults: {
          requests: spec.writes.flatMap((vendor) => [
            { vendor, fault: { kind: 'error' as const, status: 503 }, count: 1 },
            { vendor, fault: { kind: 'rate-limit' as const, retryAfterSeconds: 1 }, count: 1 },
          ]),
        },
        expects: "every trigger delivery answered 2xx at its first attempt: the connector retries a vendor's 503 and 429 itself",
        verify: (run) => firstTime(run, "a vendor's 503 or 429 is retried by the connector (after Retry-After), not handed back to the trigger's vendor"),
        unexercised: (run) => (spec.writes.some((v) => firedOn(run, v)) ? undefined : `not exercised: the connector made no request to ${spec.writes.join(' or ')}`),
      };
    case 'failed-midway-write':
      return {
        ...base,
        faults: { requests: spec.writes.map((vendor) => ({ vendor, writes: true, skip: 1, fault: { kind: 'error' as const, status: 500 } })) },
        liftOnAnswer: true,
        drain: true,
        expects: 'the redelivery answered 2xx, the record made once and mapped',
        verify: acknowledged,
        unexercised: (run) =>
          spec.writes.some((v) => firedOn(run, v)) ? undefined : `not exercised: the connector made no second write to ${spec.writes.join(' or ')} for one delivery (its first write carried everything)`,
      };
    case 'loop-prevention': {
      const back = spec.loopWith === undefined ? undefined : specs.get(spec.loopWith);
      if (!back) return { ...base, notApplicable: 'no flow carries this flow\'s result back to where it came from', expects: '', verify: () => [] };
      return {
        alsoDelivered: [back.trigger],
        expects: `flow ${back.flow}'s ${back.trigger.eventType} delivered too, answered 2xx, and nothing pushed back to ${t.source}: its records as the happy path left them`,
        verify: (run) => [...acknowledged(run), ...loopProblems(run, back)],
      };
    }
  }
}

function forgedProblems(run: CheckRun): string[] {
  const { source, eventType } = run.spec.trigger;
  const forged = run.world.sandbox.outbox.list(source).filter((d) => d.forged && d.eventType === eventType);
  if (!forged.length) return ['no forged copy was sent'];
  return forged.flatMap((d) => {
    const what = d.forged === 'missing' ? 'without a credential' : 'with a wrong credential';
    const a = d.attempts[0];
    const problems: string[] = [];
    if (a?.status !== 401) problems.push(`a copy of ${d.eventType} ${what} was answered ${a ? lastAnswer(d) : 'never'}; expected 401`);
    if (a?.clientRequests) problems.push(`the connector made ${a.clientRequests} request(s) of the vendors while it held the copy ${what}; it must call no vendor for one`);
    return problems;
  });
}

function loopProblems(run: CheckRun, back: FlowSpec): string[] {
  const echoes = run.world.sandbox.outbox.list(back.trigger.source).filter((d) => d.eventType === back.trigger.eventType && !d.forged);
  const unanswered = echoes.filter((d) => d.state !== 'delivered').map((d) => `the ${d.eventType} delivery ${d.id} (the way back) ended ${d.state}; last answer ${lastAnswer(d)}`);
  if (!run.baseline || !run.records) return [...unanswered, 'the happy path did not pass, so what it leaves at the trigger\'s vendor is not known to compare with: make the happy path pass first'];
  return [...unanswered, ...recordDiff(run.baseline, run.records).map((line) => `pushed back to ${run.spec.trigger.source}: ${line}`)];
}
