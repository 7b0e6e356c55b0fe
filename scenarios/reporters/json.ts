import { failureText } from '../engine/suite.js';
import { shardText } from '../engine/shard.js';
import { flowSummary } from '../engine/claims.js';
import { counts, statusOf, type RunReport } from './report.js';

/**
 * The run as JSON: mode, connectorUrl and shard (`2/3`) when they apply, a summary and every result (name, file, tags, status, passed, durationMs,
 * failure with its text or null, notes, and why it was skipped or not claimed when it was), and counts per flow (`flows`, by `flow-N` tags).
 */
export function jsonReport(report: RunReport): string {
  const doc = {
    tool: 'billing-sim',
    mode: report.mode,
    ...(report.connectorUrl ? { connectorUrl: report.connectorUrl } : {}),
    ...(report.shard ? { shard: shardText(report.shard) } : {}),
    startedAt: report.startedAt.toISOString(),
    durationMs: Math.round(report.durationMs),
    summary: counts(report.results),
    flows: flowSummary(report.results),
    results: report.results.map((r) => ({
      name: r.name,
      file: r.file,
      tags: r.tags,
      status: statusOf(r),
      passed: r.passed,
      durationMs: Math.round(r.durationMs),
      failure: r.failure ? { ...r.failure, text: failureText(r) } : null,
      notes: r.notes,
      ...(r.skipped !== undefined ? { skipped: r.skipped } : {}),
      ...(r.notClaimed !== undefined ? { notClaimed: r.notClaimed } : {}),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
