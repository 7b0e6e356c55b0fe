import { join } from 'node:path';
import { FLOWS } from '../../connector/config.js';
import { notClaimedBy, type Claims } from '../engine/claims.js';
import { loadScenario, type LoadedScenario } from '../engine/load.js';
import { SCENARIO_DIR } from '../engine/suite.js';
import { flowSpecs, type FlowSpec } from './flow-spec.js';
import { pool } from '../engine/pool.js';
import { runCheck } from './run-check.js';
import type { ConformanceTarget } from './targets.js';
import type { SourceRecords } from './source-records.js';
import { CHECKS, type CheckId, type CheckVerdict, type ConformanceReport, type FlowVerdict } from './verdict.js';

export interface ConformanceOptions {
  /** The flows the connector claims; every flow when absent. */
  claims?: Claims;
  /** Only these flows (all nine by default); the others are left out of the report. */
  flows?: number[];
  /** Only these checks (all by default). */
  checks?: CheckId[];
  /** Told of each verdict as it is known. */
  onVerdict?: (v: CheckVerdict) => void;
}

function flowStatus(checks: CheckVerdict[], claimed: boolean): FlowVerdict['status'] {
  if (!claimed) return 'not-claimed';
  return checks.some((c) => c.status === 'fail') ? 'fail' : 'pass';
}

/**
 * Judge a connector flow by flow: each claimed flow's scenario under every check's plan, the
 * happy path first (the loop check compares with what it left); unclaimed flows at once.
 */
export async function runConformance(target: ConformanceTarget, options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const startedAt = new Date();
  const started = performance.now();
  const specs = flowSpecs();
  const flows = FLOWS.filter((f) => !options.flows || options.flows.includes(f));
  const checks = CHECKS.map((c) => c.id).filter((c) => !options.checks || options.checks.includes(c));
  const claimed = (flow: number) => !options.claims || options.claims.flows.includes(flow);
  const scenarios = new Map<number, LoadedScenario>();
  for (const flow of flows.filter(claimed)) scenarios.set(flow, loadScenario(join(SCENARIO_DIR, specs.get(flow)!.scenario)));

  const verdicts = new Map<string, CheckVerdict>();
  const key = (flow: number, check: CheckId) => `${flow}/${check}`;
  const record = (v: CheckVerdict) => {
    verdicts.set(key(v.flow, v.check), v);
    options.onVerdict?.(v);
  };
  for (const flow of flows.filter((f) => !claimed(f))) {
    const reason = notClaimedBy(options.claims!);
    for (const check of checks) record({ flow, check, status: 'not-claimed', durationMs: 0, reason, notes: [] });
  }

  const run = (spec: FlowSpec, check: CheckId, baseline?: SourceRecords) => async () => {
    const { verdict, records } = await runCheck(target, check, spec, specs, scenarios.get(spec.flow)!, baseline);
    // a happy path run only as the loop check's baseline is not reported
    if (checks.includes(check)) record(verdict);
    return records;
  };
  const judged = flows.filter(claimed).map((f) => specs.get(f)!);
  // the happy path's records are the loop check's baseline
  const happy = checks.includes('happy-path') || checks.includes('loop-prevention');
  const baselines = happy ? await pool(judged.map((spec) => run(spec, 'happy-path')), target.concurrency) : [];
  const rest = judged.flatMap((spec, i) => checks.filter((c) => c !== 'happy-path').map((check) => run(spec, check, baselines[i])));
  await pool(rest, target.concurrency);

  const report: FlowVerdict[] = flows.map((flow) => {
    const list = checks.map((check) => verdicts.get(key(flow, check))!);
    return { flow, title: specs.get(flow)!.title, status: flowStatus(list, claimed(flow)), checks: list };
  });
  const claims = options.claims ?? { flows: [...FLOWS], source: 'every flow, as none were claimed' };
  return { tool: 'billing-sim', connector: target.name, claims, ...(options.checks ? { checks } : {}), startedAt, durationMs: performance.now() - started, flows: report };
}
