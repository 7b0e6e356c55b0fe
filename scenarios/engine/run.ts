import type { FaultPlanInput } from '../../simulators/kit/faults.js';
import type { SandboxSnapshot } from '../../simulators/kit/sandbox-snapshot.js';
import { capture, runCheck, type CheckOutcome } from './checks.js';
import { UnknownVariable, Variables } from './interpolate.js';
import type { LoadedScenario } from './load.js';
import { mismatches, show } from './matchers.js';
import type { Step } from './schema.js';
import { traceOf } from './trace.js';
import { VENDORS } from './vendors.js';
import type { World } from './world.js';

export interface ScenarioFailure {
  /** 0-based step index; -1 for the `given` section. */
  step: number;
  at: string;
  expectation: string;
  found: string[];
  trace: string;
}

export interface ScenarioResult {
  name: string;
  file: string;
  tags: string[];
  passed: boolean;
  durationMs: number;
  failure?: ScenarioFailure;
  /** Things the run could not do as written (a partner's connector cannot be restarted). */
  notes: string[];
}

export interface RunOptions {
  /**
   * How long an expectation may wait for effects still under way, in wall ms. In-process the
   * harness knows when every delivery has been answered, so nothing is left to wait for; a
   * partner's connector may finish its work after answering.
   */
  waitMs?: number;
  /**
   * With a partner's connector, how long no client request may arrive before a passing
   * expectation counts: one that answers first and works after could otherwise pass a
   * "nothing more happened" check just before its duplicate write lands.
   */
  quietMs?: number;
  /** A fault plan for the whole run, added after the scenario's own `faults` (the CLI's --faults, chaos runs, conformance checks). */
  faults?: FaultPlanInput;
  /** Run the steps but not their expectations (chaos runs compare the end state instead). */
  skipExpectations?: boolean;
  /** Called before each expect step is judged (a conformance check lets redeliveries have their turn). */
  beforeExpect?: (world: World) => Promise<void>;
  /**
   * Take a checkpoint before step `at` (0: after `given`, before any fault plan is set) and hand it
   * to `keep`; undefined when the sandbox cannot be saved (a test scheduled a closure on its clock).
   */
  checkpoint?: { at: number; keep: (checkpoint: ScenarioCheckpoint | undefined) => void };
  /** Start from a checkpoint of this scenario, in place of everything before it: the world is restored from its snapshot. */
  resume?: ScenarioCheckpoint;
}

/**
 * A point of a scenario's run to start again from: the sandbox (and in-process connector) just
 * before step `step`, and the variables captured by then. Step 0 is before the run's faults, so
 * runs with other fault plans (chaos seeds) can all start from one `given`.
 */
export interface ScenarioCheckpoint {
  step: number;
  snapshot: SandboxSnapshot;
  variables: Record<string, unknown>;
}

class StepFailed extends Error {
  constructor(
    readonly expectation: string,
    readonly found: string[],
  ) {
    super(`${expectation}: ${found.join('; ')}`);
  }
}

/** A step as reports and the dashboard name it: its kind and what it acts on. */
export function stepLabel(step: Step): string {
  const kind = Object.keys(step)[0]!;
  if ('call' in step) return `call ${step.call.vendor} ${step.call.operation}`;
  if ('advance' in step) return `advance ${step.advance}`;
  if ('redeliver' in step) return `redeliver ${step.redeliver.source} ${step.redeliver.eventType}`;
  if ('fail' in step) return `fail ${step.fail.vendor} ${step.fail.operation}`;
  return kind;
}

/** Run one expectation list, retrying within the wait budget while something is still off. */
const POLL_MS = 50;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every request clients have made so far, across the simulators. */
function clientRequests(world: World): number {
  return VENDORS.reduce((n, v) => n + world.sim(v).log.list().requests.filter((r) => !r.byHarness).length, 0);
}

/**
 * Judge an expect step. With a connector over HTTP (`quietMs`), a verdict stands only once every
 * delivery has been answered and the connector has made no request for `quietMs`: a pass then
 * cannot be undone by work still to land, and a failure cannot be mended by it, so neither waits
 * longer. `waitMs` bounds how long a connector that keeps calling may take.
 */
async function expectAll(world: World, vars: Variables, step: Extract<Step, { expect: unknown }>, options: RunOptions, note: (text: string) => void): Promise<void> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    await world.sandbox.settle();
    const before = clientRequests(world);
    let failed: CheckOutcome | undefined;
    for (const check of step.expect) {
      const outcome = await runCheck(world, vars, check);
      if (outcome.problems.length) {
        failed = outcome;
        break;
      }
    }
    if (options.quietMs) {
      await wait(options.quietMs);
      const busy = clientRequests(world) !== before;
      if (busy && Date.now() < deadline) continue;
      if (busy && !failed) note(`the connector was still making requests when this expectation passed, ${options.waitMs ?? 0} ms on; work it does later was not judged`);
    } else if (failed && Date.now() < deadline) {
      await wait(POLL_MS);
      continue;
    }
    if (!failed) return;
    throw new StepFailed(failed.expectation, failed.problems);
  }
}

async function runStep(world: World, vars: Variables, step: Step, scenario: LoadedScenario, index: number, options: RunOptions, notes: string[]): Promise<void> {
  const sandbox = world.sandbox;
  if ('call' in step) {
    const call = vars.resolve(step.call);
    const res = await world.sim(call.vendor).call(call.operation, { params: call.params, query: call.query, body: call.body });
    const wanted = step.expect?.status;
    const label = `${call.vendor} ${call.operation}`;
    if (wanted === undefined ? res.status >= 400 : res.status !== wanted) {
      throw new StepFailed(`${label} answers ${wanted ?? 'success'}`, [`status ${res.status}: ${show(res.body)}`]);
    }
    if (step.expect?.body !== undefined) {
      const problems = mismatches(vars.resolve(step.expect.body), res.body, 'body');
      if (problems.length) throw new StepFailed(`${label} answers as expected`, problems);
    }
    const missing = capture(vars, step.capture, res);
    if (missing.length) throw new StepFailed(`${label} answers with what to capture`, missing);
  } else if ('ingest' in step) {
    const events = vars.resolve(step.ingest).map((e, i) => ({
      id: e.id ?? `${scenario.name.replace(/\W+/g, '-').toLowerCase()}-${index}-${i}`,
      schemaName: e.schema,
      timestamp: e.at ?? sandbox.clock.iso(),
      accountId: e.account,
      attributes: Object.entries(e.attributes).map(([name, value]) => ({ name, value: String(value) })),
      dimensions: e.dimensions ?? {},
    }));
    const res = await world.togai.call('ingestBatch', { body: { events } });
    if (res.status !== 202) throw new StepFailed('togai ingestBatch accepts the events', [`status ${res.status}: ${show(res.body)}`]);
  } else if ('advance' in step) {
    // the clock lets every delivery each due job sets off be answered before it moves on
    await sandbox.clock.advanceBy(step.advance);
  } else if ('restartConnector' in step) {
    const note = await world.restartConnector();
    if (note) notes.push(`step ${index + 1}: ${note}`);
  } else if ('redeliver' in step) {
    const { source, eventType, which } = step.redeliver;
    const originals = sandbox.outbox.list(source).filter((d) => d.eventType === eventType && !d.duplicateOf);
    const original = which === 'first' ? originals[0] : originals.at(-1);
    if (!original) throw new StepFailed(`a ${source} ${eventType} delivery to send again`, [`none was sent (${sandbox.outbox.list(source).map((d) => d.eventType).join(', ') || 'no deliveries at all'})`]);
    sandbox.outbox.duplicate(original.id);
    await sandbox.settle();
  } else if ('fail' in step) {
    world.sim(step.fail.vendor).failNext(step.fail.operation, step.fail.status, step.fail.times);
  } else if (!options.skipExpectations) {
    await options.beforeExpect?.(world);
    await expectAll(world, vars, step, options, (text) => notes.push(`step ${index + 1}: ${text}`));
  } else {
    // unchecked, an expect step still lets the deliveries in flight be answered, as the steps after it assume
    await sandbox.settle();
  }
}

async function given(world: World, vars: Variables, scenario: LoadedScenario): Promise<void> {
  if (scenario.givenSnapshot) {
    await world.harness.restore(scenario.givenSnapshot);
    // the saved sandbox's fault plan (one set over PUT /__admin/faults) is not the scenario's: its own `faults` say what it meets
    world.sandbox.faults.set({ requests: [], deliveries: [] });
  }
  await world.seedDemo(scenario.given.demo);
  for (const vendor of VENDORS) {
    for (const [i, entry] of scenario.given[vendor].entries()) {
      const call = vars.resolve(entry);
      const res = await world.sim(vendor).call(call.operation, { params: call.params, query: call.query, body: call.body });
      if (res.status >= 400) throw new StepFailed(`given.${vendor}.${i}: ${vendor} ${call.operation} succeeds`, [`status ${res.status}: ${show(res.body)}`]);
      const missing = capture(vars, call.capture, res);
      if (missing.length) throw new StepFailed(`given.${vendor}.${i}: ${vendor} ${call.operation} answers with what to capture`, missing);
    }
  }
  await world.sandbox.settle();
}

/**
 * A scenario's own faults with a run's added after them: the scenario's are part of what it
 * describes (a webhook that comes late), so a run's plan changes how the connector gets there,
 * never the story. The run's seed, when it has one, decides.
 */
export function combinedFaults(own: FaultPlanInput | undefined, run: FaultPlanInput | undefined): FaultPlanInput | undefined {
  if (!own || !run) return run ?? own;
  const seed = run.seed ?? own.seed;
  return {
    ...(seed === undefined ? {} : { seed }),
    requests: [...(own.requests ?? []), ...(run.requests ?? [])],
    deliveries: [...(own.deliveries ?? []), ...(run.deliveries ?? [])],
  };
}

/** Run a scenario against a world made for it; the world is left to the caller to close. */
export async function runScenario(scenario: LoadedScenario, world: World, options: RunOptions = {}): Promise<ScenarioResult> {
  const started = performance.now();
  const vars = new Variables(scenario.usesFaker ? await world.sandbox.faker() : undefined, () => world.sandbox.clock.now());
  const notes: string[] = [];
  const result = (failure?: ScenarioFailure): ScenarioResult => ({
    name: scenario.name,
    file: scenario.file,
    tags: scenario.tags,
    passed: !failure,
    durationMs: performance.now() - started,
    ...(failure ? { failure } : {}),
    notes,
  });
  const { resume, checkpoint } = options;
  const keep = async (step: number) => {
    if (checkpoint?.at !== step) return;
    const snapshot = await world.harness.snapshot().catch(() => undefined);
    checkpoint.keep(snapshot && { step, snapshot, variables: vars.captured() });
  };
  let index = -1;
  try {
    if (resume) {
      await world.harness.restore(resume.snapshot);
      for (const [name, value] of Object.entries(structuredClone(resume.variables))) vars.set(name, value);
    } else {
      await given(world, vars, scenario);
      await keep(0);
    }
    // set after the given records: faults are about what the connector meets, not the set-up (a later checkpoint holds them)
    const faults = combinedFaults(scenario.faults, options.faults);
    if (faults && !(resume && resume.step > 0)) world.sandbox.faults.set(faults);
    for (index = resume?.step ?? 0; index < scenario.steps.length; index++) {
      if (index > 0) await keep(index);
      await runStep(world, vars, scenario.steps[index]!, scenario, index, options, notes);
    }
    return result();
  } catch (e) {
    const at = index < 0 ? scenario.file : scenario.stepAt[index]!;
    const step = index < 0 ? 'given' : `step ${index + 1} (${stepLabel(scenario.steps[index]!)})`;
    const failure = (expectation: string, found: string[]) => result({ step: index, at, expectation: `${step}: ${expectation}`, found, trace: traceOf(world) });
    if (e instanceof StepFailed) return failure(e.expectation, e.found);
    if (e instanceof UnknownVariable) return failure('its variables resolve', [e.message]);
    return failure('runs', [(e as Error).stack ?? String(e)]);
  }
}
