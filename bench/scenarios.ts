import { availableParallelism } from 'node:os';
import { loadAll, runAll, scenarioFiles } from '../scenarios/engine/suite.js';
import type { Row } from './report.js';
import { ms, seconds } from './stats.js';

const SUITE_TARGET_MS = 20_000;

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
  log(`  ${results.length} scenarios in ${seconds(wall)}${failed ? `, ${failed} FAILED` : ''}`);
  return {
    label: 'scenario suite (wall time)',
    measured: `${seconds(wall)} for ${results.length} scenarios${failed ? `, ${failed} failed` : ''}`,
    checks: [
      { name: 'time', target: `< ${SUITE_TARGET_MS / 1000} s`, pass: wall < SUITE_TARGET_MS },
      { name: 'all pass', target: 'all pass', pass: failed === 0 },
    ],
  };
}
