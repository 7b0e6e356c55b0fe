import type { ConformanceReport } from '../conformance/verdict.js';
import { checksOf, columnsOf, checkTitle, conformanceCounts, flowsOf, overallVerdict } from './conformance-summary.js';

/**
 * The conformance run as JSON, keys always in the same order so reports diff cleanly: tool,
 * connector, claims, startedAt, durationMs, verdict, summary counts, `matrix` (flow -> check ->
 * status) and every flow with each check's verdict (failure with expected, found and trace, or null).
 */
export function conformanceJson(report: ConformanceReport): string {
  const flows = flowsOf(report);
  const columns = columnsOf(report);
  const doc = {
    tool: report.tool,
    connector: report.connector,
    claims: { flows: [...report.claims.flows].sort((a, b) => a - b), source: report.claims.source },
    startedAt: report.startedAt.toISOString(),
    durationMs: Math.round(report.durationMs),
    verdict: overallVerdict(report),
    summary: conformanceCounts(report),
    matrix: Object.fromEntries(flows.map((f) => [String(f.flow), Object.fromEntries(checksOf(f, columns).map((c) => [c.check, c.status]))])),
    flows: flows.map((f) => ({
      flow: f.flow,
      title: f.title,
      status: f.status,
      checks: checksOf(f, columns).map((c) => ({
        check: c.check,
        title: checkTitle(c.check),
        status: c.status,
        durationMs: Math.round(c.durationMs),
        scenario: c.scenario ?? null,
        reason: c.reason ?? null,
        notes: c.notes,
        failure: c.failure ? { at: c.failure.at, expected: c.failure.expected, found: c.failure.found, trace: c.failure.trace } : null,
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
