import { availableParallelism } from 'node:os';
import { runChaos } from '../scenarios/engine/chaos.js';
import { loadAll, runAll, scenarioFiles } from '../scenarios/engine/suite.js';
import type { Row } from './report.js';
import { ms, seconds } from './stats.js';

const SUITE_TARGET_MS = 20_000;
const SCENARIOS_PER_SECOND_TARGET = 20;
const SEEDS_PER_SECOND_TARGET = 50;

/**
 * The whole scenario suite as `billing-sim run` runs it: every scenario in its own in-process
 * sandbox with its own reference connector, as many at once as there are CPUs. Prints each
 * scenario's wall time and the suite's, loading the files included.
 */
export async function scenarioSuite(log: (line: string) => void): Promise<Row> {
  const started = performance.now();
  const scenarios = loadAll(scenarioFiles());
  const concurrency = availableParallelism();
  log(`scenario suite: ${scenarios.length} scenarios, ${concurrency} at a time, in this process`);
  const results = await runAll(scenarios, undefined, {
    concurrency,
    onResult: (r) => log(`  ${r.passed ? 'pass' : 'FAIL'}  ${ms(r.durationMs).padStart(9)}  ${r.name}`),
  });
  const wall = performance.now() - started;
  const failed = results.filter((r) => !r.passed).length;
  const rate = results.length / (wall / 1000);
  log(`  ${results.length} scenarios in ${seconds(wall)}, ${rate.toFixed(1)} scenarios/s${failed ? `, ${failed} FAILED` : ''}`);
  return {
    label: 'scenario suite (wall time)',
    measured: `${seconds(wall)} for ${results.length} scenarios, ${rate.toFixed(1)}/s${failed ? `, ${failed} failed` : ''}`,
    checks: [
      { name: 'time', target: `< ${SUITE_TARGET_MS / 1000} s`, pass: wall < SUITE_TARGET_MS },
      { name: 'pace', target: `>= ${SCENARIOS_PER_SECOND_TARGET} scenarios/s`, pass: rate >= SCENARIOS_PER_SECOND_TARGET },
      { name: 'all pass', target: 'all pass', pass: failed === 0 },
    ],
  };
}

// as many as the chaos tests run per scenario (test/support/chaos.ts)
const CHAOS_SEEDS = 50;

/**
 * The chaos suite's pace: every flow scenario (and the two-cycle usage one) under the stiff
 * profile, CHAOS_SEEDS seeds each, one after another in this process, each seed a full run from
 * the scenario's after-`given` snapshot: steps, every redelivery, reconciliation, the end state
 * read and compared.
 */
export async function chaosSuite(log: (line: string) => void): Promise<Row> {
  const scenarios = loadAll(scenarioFiles()).filter((s) => /\/(flow-\d|usage-both-modes)[^/]*$/.test(s.file));
  const seeds = Array.from({ length: CHAOS_SEEDS }, (_, i) => i + 1);
  log(`chaos suite: ${scenarios.length} scenarios x ${seeds.length} seeds under the stiff profile`);
  const started = performance.now();
  let runs = 0;
  let diverged = 0;
  for (const scenario of scenarios) {
    const t = performance.now();
    const results = await runChaos(scenario, seeds);
    runs += results.length;
    diverged += results.filter((r) => !r.converged).length;
    log(`  ${(results.length / ((performance.now() - t) / 1000)).toFixed(1).padStart(6)} seeds/s  ${scenario.name}`);
  }
  const rate = runs / ((performance.now() - started) / 1000);
  log(`  ${runs} seeds in ${seconds(performance.now() - started)}: ${rate.toFixed(1)} seeds/s${diverged ? `, ${diverged} DIVERGED` : ''}`);
  return {
    label: 'chaos suite',
    measured: `${rate.toFixed(1)} seeds/s (${runs} seeds${diverged ? `, ${diverged} diverged` : ''})`,
    checks: [
      { name: 'converged', target: 'every seed converges', pass: diverged === 0 },
      { name: 'pace', target: `>= ${SEEDS_PER_SECOND_TARGET} seeds/s`, pass: rate >= SEEDS_PER_SECOND_TARGET },
    ],
  };
}

