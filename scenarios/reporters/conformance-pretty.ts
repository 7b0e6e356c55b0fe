import { type CheckId, type ConformanceReport, type VerdictStatus } from '../conformance/verdict.js';
import { duration } from './report.js';
import { checksOf, columnsOf, checkTitle, claimsText, conformanceFailureText, flowCountsText, flowsOf, overallVerdict, remarksOf, STATUS_LABEL } from './conformance-summary.js';

/** How the console marks each status, in the matrix and in progress lines. */
export const MARK: Record<VerdictStatus, string> = { pass: '✓', fail: '✗', 'not-claimed': '○', 'not-applicable': '·' };

// column headers narrow enough for eight checks and a flow title on one console line
const SHORT: Record<CheckId, string> = {
  'happy-path': 'happy',
  'duplicate-delivery': 'dup',
  'redelivery-after-500': '500',
  'reordered-deliveries': 'order',
  unauthenticated: 'auth',
  'vendor-429-503': '429/503',
  'failed-midway-write': 'midway',
  'loop-prevention': 'loop',
};
const width = (id: CheckId) => SHORT[id].length + 2;

/**
 * The conformance run for the console: a matrix of flows × checks (✓ pass, ✗ fail, ○ not
 * claimed, · not applicable) with each flow's verdict, a summary line, the remarks (why a check
 * does not apply, what a pass could not exercise, notes) and every failure in full.
 */
export function conformancePretty(report: ConformanceReport): string {
  const flows = flowsOf(report);
  const columns = columnsOf(report);
  const titles = flows.map((f) => `${String(f.flow).padStart(2)} ${f.title}`);
  const titleWidth = Math.max(4, ...titles.map((t) => t.length)) + 2;
  const header = `${'flow'.padEnd(titleWidth)}${columns.map((c) => SHORT[c.id].padEnd(width(c.id))).join('')}verdict`;
  const rows = flows.map((f, i) => `${titles[i]!.padEnd(titleWidth)}${checksOf(f, columns).map((c) => MARK[c.status].padEnd(width(c.check))).join('')}${STATUS_LABEL[f.status]}`);

  const remarks = flows.flatMap((f) =>
    checksOf(f, columns)
      .filter((c) => c.status !== 'fail' && c.status !== 'not-claimed')
      .flatMap((c) => remarksOf(c).map((r) => `  flow ${f.flow}, ${checkTitle(c.check)} (${STATUS_LABEL[c.status]}): ${r}`)),
  );
  const unclaimed = flows.filter((f) => f.status === 'not-claimed').map((f) => f.flow);
  const failures = flows.flatMap((f) => checksOf(f, columns).filter((c) => c.status === 'fail').map((c) => conformanceFailureText(f, c)));

  const verdict = overallVerdict(report);
  return [
    `Conformance of ${report.connector}`,
    `  claims:  ${claimsText(report)}`,
    `  started: ${report.startedAt.toISOString()}`,
    '',
    header,
    ...rows,
    '',
    `${MARK.pass} pass   ${MARK.fail} fail   ${MARK['not-claimed']} not claimed   ${MARK['not-applicable']} not applicable`,
    `columns: ${columns.map((c) => `${SHORT[c.id]} = ${c.title}`).join(', ')}`,
    '',
    `${verdict === 'fail' ? 'FAIL' : verdict === 'pass' ? 'PASS' : 'NOTHING CLAIMED'}: ${flowCountsText(report)} (${report.flows.length} flows) in ${duration(report.durationMs)}`,
    ...(unclaimed.length ? [`  not claimed: flow${unclaimed.length === 1 ? '' : 's'} ${unclaimed.join(', ')}: none of their checks ran`] : []),
    ...(remarks.length ? ['', 'Notes:', ...remarks] : []),
    ...(failures.length ? ['', 'Failures:', '', failures.join('\n\n')] : []),
    '',
  ].join('\n');
}
