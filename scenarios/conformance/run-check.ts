import { relative } from 'node:path';
import type { FaultDecision } from '../../simulators/kit/faults.js';
import { PROJECT_ROOT } from '../../simulators/kit/project-root.js';
import type { LoadedScenario } from '../engine/load.js';
import { runScenario, type RunOptions } from '../engine/run.js';
import { traceOf } from '../engine/trace.js';
import type { World } from '../engine/world.js';
import { checkPlan, type CheckRun } from './check-plans.js';
import type { FlowSpec } from './flow-spec.js';
import { sourceRecords, type SourceRecords } from './source-records.js';
import type { ConformanceTarget } from './targets.js';
import type { CheckId, CheckVerdict } from './verdict.js';

// redeliveries run their course within this much virtual time (Chargebee's last is two days on)
const DRAIN_WITHIN_MS = 3 * 24 * 3600_000;
const DRAIN_STEPS = 20;

/** Advance the clock to each held or retried delivery's turn until none is due within three days. */
async function drain(world: World): Promise<void> {
  const until = world.sandbox.clock.now() + DRAIN_WITHIN_MS;
  for (let i = 0; i < DRAIN_STEPS; i++) {
    await world.sandbox.settle();
    const due = world.sandbox.outbox.nextDue();
    if (due === undefined || due > until) return;
    await world.sandbox.clock.advanceTo(Math.max(due, world.sandbox.clock.now()));
  }
}

/** Only the given deliveries reach the connector: each flow is judged on its own trigger, not another flow's work. */
function deliverOnly(world: World, triggers: FlowSpec['trigger'][]): void {
  for (const sub of world.sandbox.outbox.listSubscribers()) {
    world.sandbox.outbox.update(sub.id, { events: triggers.filter((t) => t.source === sub.source).map((t) => t.eventType) });
  }
}

/**
 * Watch the world's faults for the run: the decisions the check's own rules took (the scenario's
 * come first in the plan, and are not the check's), and, when asked, the check's rules taken
 * away once a trigger delivery is first answered.
 */
function watchFaults(world: World, scenario: LoadedScenario, isTrigger: (d: { source: string; eventType: string; forged?: string }) => boolean, liftOnAnswer: boolean) {
  const faults = world.sandbox.faults;
  const own = { requests: scenario.faults?.requests?.length ?? 0, deliveries: scenario.faults?.deliveries?.length ?? 0 };
  const fired: FaultDecision[] = [];
  const noted = faults.onDecision;
  faults.onDecision = (d) => {
    const plan = faults.current;
    if ([...plan.requests.slice(own.requests), ...plan.deliveries.slice(own.deliveries)].some((r) => r.fault === d.fault)) fired.push(d);
    noted?.(d);
  };
  const journal = world.sandbox.outbox.onAttempt;
  let lifted = !liftOnAnswer;
  world.sandbox.outbox.onAttempt = (d, a) => {
    if (!lifted && isTrigger(d)) {
      lifted = true;
      faults.keepFirst(own.requests, own.deliveries);
    }
    journal?.(d, a);
  };
  const restore = () => {
    faults.onDecision = noted;
    world.sandbox.outbox.onAttempt = journal;
  };
  return { fired, restore };
}

/** Run one check of one flow: the flow's scenario under the check's plan, then the check's own verification. */
export async function runCheck(
  target: ConformanceTarget,
  check: CheckId,
  spec: FlowSpec,
  specs: Map<number, FlowSpec>,
  scenario: LoadedScenario,
  baseline?: SourceRecords,
): Promise<{ verdict: CheckVerdict; records?: SourceRecords }> {
  const plan = checkPlan(check, spec, specs);
  const base = { flow: spec.flow, check, scenario: relative(PROJECT_ROOT, scenario.file), notes: [] as string[] };
  if (plan.notApplicable) return { verdict: { ...base, status: 'not-applicable', durationMs: 0, reason: plan.notApplicable } };
  const started = performance.now();
  const durationMs = () => performance.now() - started;
  const failed = (notes: string[], failure: NonNullable<CheckVerdict['failure']>) => ({ verdict: { ...base, notes, status: 'fail' as const, durationMs: durationMs(), failure } });
  const world = await target.world(scenario);
  const isTrigger = (d: { source: string; eventType: string; forged?: string }) => d.source === spec.trigger.source && d.eventType === spec.trigger.eventType && !d.forged;
  const watch = watchFaults(world, scenario, isTrigger, plan.liftOnAnswer ?? false);
  try {
    deliverOnly(world, [spec.trigger, ...plan.alsoDelivered]);
    const options: RunOptions = { ...target.options, ...(plan.faults ? { faults: plan.faults } : {}), ...(plan.drain ? { beforeExpect: drain } : {}) };
    const result = await runScenario(scenario, world, options);
    if (!result.passed) {
      const f = result.failure!;
      return failed(result.notes, { at: f.at, expected: f.expectation, found: f.found, trace: f.trace });
    }
    if (plan.drain) await drain(world);
    await world.sandbox.settle();
    const records = await sourceRecords(world, spec.trigger.source);
    const run: CheckRun = { world, spec, triggers: world.sandbox.outbox.list(spec.trigger.source).filter(isTrigger), fired: watch.fired, records, ...(baseline ? { baseline } : {}) };
    const problems = plan.verify(run);
    if (problems.length) return failed(result.notes, { at: `conformance check ${check}`, expected: plan.expects, found: problems, trace: traceOf(world) });
    const unexercised = plan.unexercised?.(run);
    return { verdict: { ...base, notes: result.notes, status: 'pass', durationMs: durationMs(), ...(unexercised ? { reason: unexercised } : {}) }, records };
  } catch (e) {
    // a check that cannot run (a vendor read the run itself makes fails) is a failed check, not a lost run
    return failed([], { at: `conformance check ${check}`, expected: 'the check runs to its end', found: [(e as Error).stack ?? String(e)], trace: traceOf(world) });
  } finally {
    watch.restore();
    await world.close();
  }
}
