import { failureText } from '../engine/suite.js';
import type { SuiteResult } from '../engine/partner-suite.js';
import { shardText } from '../engine/shard.js';
import { flowSummaryText } from '../engine/claims.js';
import { counts, duration, isFailure, type RunReport } from './report.js';

/**
 * The console reporter: one line per scenario as it finishes (✓ passed, ✗ failed, - not run,
 * ○ not claimed by a partner's connector), its notes under it; at the end a summary, a per-flow
 * summary and every failure in full.
 */
export function prettyReporter(write: (text: string) => void) {
  return {
    onResult(r: SuiteResult): void {
      const mark = r.notClaimed !== undefined ? '○' : r.skipped !== undefined ? '-' : r.passed ? '✓' : '✗';
      const time = r.notClaimed !== undefined ? 'not claimed' : r.skipped !== undefined ? 'skipped' : duration(r.durationMs);
      write(`${mark} ${r.name}  (${r.file})  ${time}\n`);
      if (r.skipped !== undefined) write(`    ${r.skipped}\n`);
      if (r.notClaimed !== undefined) write(`    ${r.notClaimed}\n`);
      for (const note of r.notes) write(`    note: ${note}\n`);
    },
    finish(report: RunReport): void {
      const c = counts(report.results);
      const parts = [`${c.passed} passed`, `${c.failed} failed`, ...(c.skipped ? [`${c.skipped} skipped`] : []), ...(c.notClaimed ? [`${c.notClaimed} not claimed`] : [])];
      const where = `${report.shard ? ` in shard ${shardText(report.shard)}` : ''}${report.mode === 'partner' ? ` against ${report.connectorUrl}` : ''}`;
      write(`\n${c.total} scenario${c.total === 1 ? '' : 's'}${where}: ${parts.join(', ')} in ${duration(report.durationMs)}\n`);
      if (report.results.length) write(`\n${flowSummaryText(report.results)}`);
      const failures = report.results.filter(isFailure);
      if (failures.length) write(`\nFailures:\n\n${failures.map(failureText).join('\n\n')}\n`);
    },
  };
}
