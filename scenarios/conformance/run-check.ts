import type { FaultDecision } from '../../simulators/kit/faults.js';
import type { LoadedScenario } from '../engine/load.js';
import { runScenario, type RunOptions } from '../engine/run.js';
import { traceOf } from '../engine/trace.js';
import type { World } from '../engine/world.js';
import { checkPlan, type CheckRun } from './check-plans.js';
import type { FlowSpec } from './flow-spec.js';
import { sourceRecords, type SourceRecords } from './source-records.js';
import type { CheckId, CheckVerdict } from './verdict.js';

/** What a conformance run judges: where each check's world comes from, and how long to wait for it. */
export interface ConformanceTarget {
  /** The connector's URL, or `reference connector (in process)`. */
  name: string;
  /** A fresh world for one check, its connector subscribed to every delivery (the run narrows it). */
  world(scenario: LoadedScenario): Promise<World>;
  /** How expectations wait for this connector (a partner's over HTTP: `waitMs`, `quietMs`). */
  options: Pick<RunOptions, 'waitMs' | 'quietMs'>;
  /** Checks run at once: one on fixed ports, more in process. */
  concurrency: number;
}

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
  const base = { flow: spec.flow, check, scenario: scenario.file, notes: [] as string[] };
  if (plan.notApplicable) return { verdict: { ...base, status: 'not-applicable', durationMs: 0, reason: plan.notApplicable } };
  const started = performance.now();
  const world = await target.world(scenario);
  try {
    deliverOnly(world, [spec.trigger, ...plan.alsoDelivered]);
    const fired: FaultDecision[] = [];
    const faults = world.sandbox.faults;
    const noted = faults.onDecision;
    faults.onDecision = (d) => {
      fired.push(d);
      noted?.(d);
    };
    const isTrigger = (d: { source: string; eventType: string; forged?: string }) => d.source === spec.trigger.source && d.eventType === spec.trigger.eventType && !d.forged;
    if (plan.liftOnAnswer) {
      const journal = world.sandbox.outbox.onAttempt;
      let lifted = false;
      world.sandbox.outbox.onAttempt = (d, a) => {
        // the first answer to the trigger ends the write's failing; the scenario's own faults stay
        if (!lifted && isTrigger(d)) {
          lifted = true;
          faults.set(scenario.faults ?? {});
        }
        journal?.(d, a);
      };
    }
    const options: RunOptions = { ...target.options, ...(plan.faults ? { faults: plan.faults } : {}), ...(plan.drain ? { beforeExpect: drain } : {}) };
    const result = await runScenario(scenario, world, options);
    const durationMs = () => performance.now() - started;
    if (!result.passed) {
      const f = result.failure!;
      return { verdict: { ...base, notes: result.notes, status: 'fail', durationMs: durationMs(), failure: { at: f.at, expected: f.expectation, found: f.found, trace: f.trace } } };
    }
    if (plan.drain) await drain(world);
    await world.sandbox.settle();
    const records = await sourceRecords(world, spec.trigger.source);
    const run: CheckRun = { world, spec, triggers: world.sandbox.outbox.list(spec.trigger.source).filter(isTrigger), fired, records, ...(baseline ? { baseline } : {}) };
    const problems = plan.verify(run);
    if (problems.length) {
      return { verdict: { ...base, notes: result.notes, status: 'fail', durationMs: durationMs(), failure: { at: `conformance check ${check}`, expected: plan.expects, found: problems, trace: traceOf(world) } } };
    }
    const unexercised = plan.unexercised?.(run);
    return { verdict: { ...base, notes: result.notes, status: 'pass', durationMs: durationMs(), ...(unexercised ? { reason: unexercised } : {}) }, records };
  } finally {
    await world.close();
  }
}
