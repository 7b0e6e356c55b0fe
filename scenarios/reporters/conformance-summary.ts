import { CHECKS, type CheckId, type CheckVerdict, type ConformanceReport, type FlowVerdict, type VerdictStatus } from '../conformance/verdict.js';

/** What every conformance reporter calls a status, in words. */
export const STATUS_LABEL: Record<VerdictStatus, string> = { pass: 'pass', fail: 'fail', 'not-claimed': 'not claimed', 'not-applicable': 'n/a' };

const TITLES = new Map<CheckId, string>(CHECKS.map((c) => [c.id, c.title]));
export const checkTitle = (id: CheckId): string => TITLES.get(id)!;

type Check = (typeof CHECKS)[number];

/** The checks the run judged, in CHECKS order: the matrix's columns. */
export const columnsOf = (report: ConformanceReport): readonly Check[] => CHECKS.filter((c) => !report.checks || report.checks.includes(c.id));

/** The flows in number order. */
export const flowsOf = (report: ConformanceReport): FlowVerdict[] => [...report.flows].sort((a, b) => a.flow - b.flow);

/**
 * The flow's verdict for every check of CHECKS, in CHECKS order: the matrix has a cell for each.
 * A flow that is not claimed may come without check verdicts; each of its checks is then not
 * claimed. A claimed flow without a verdict for a check is a bug in the run, not a partner's.
 */
export function checksOf(flow: FlowVerdict, columns: readonly Check[] = CHECKS): CheckVerdict[] {
  return columns.map(({ id }) => {
    const verdict = flow.checks.find((c) => c.check === id);
    if (verdict) return verdict;
    if (flow.status !== 'not-claimed') throw new Error(`conformance report: flow ${flow.flow} is claimed but has no verdict for check ${id}; the run must judge every check of a claimed flow`);
    return { flow: flow.flow, check: id, status: 'not-claimed', durationMs: 0, reason: `flow ${flow.flow} is not claimed`, notes: [] };
  });
}

export interface ConformanceCounts {
  flows: { total: number; pass: number; fail: number; notClaimed: number };
  checks: { total: number; pass: number; fail: number; notClaimed: number; notApplicable: number };
}

export function conformanceCounts(report: ConformanceReport): ConformanceCounts {
  const columns = columnsOf(report);
  const checks = report.flows.flatMap((f) => checksOf(f, columns));
  const flows = (s: FlowVerdict['status']) => report.flows.filter((f) => f.status === s).length;
  const of = (s: VerdictStatus) => checks.filter((c) => c.status === s).length;
  return {
    flows: { total: report.flows.length, pass: flows('pass'), fail: flows('fail'), notClaimed: flows('not-claimed') },
    checks: { total: checks.length, pass: of('pass'), fail: of('fail'), notClaimed: of('not-claimed'), notApplicable: of('not-applicable') },
  };
}

/** The run as one word: `fail` when a flow failed, `pass` when every claimed flow passed, `not-claimed` when none was claimed. */
export function overallVerdict(report: ConformanceReport): FlowVerdict['status'] {
  const c = conformanceCounts(report).flows;
  return c.fail ? 'fail' : c.pass ? 'pass' : 'not-claimed';
}

/** `3 flows pass, 1 fails, 5 not claimed`. */
export function flowCountsText(report: ConformanceReport): string {
  const c = conformanceCounts(report).flows;
  return `${c.pass} flow${c.pass === 1 ? '' : 's'} pass${c.pass === 1 ? 'es' : ''}, ${c.fail} fail${c.fail === 1 ? 's' : ''}, ${c.notClaimed} not claimed`;
}

/** `flows 2, 6 (the connector's /health)`. */
export const claimsText = (report: ConformanceReport): string =>
  `${report.claims.flows.length ? `flow${report.claims.flows.length === 1 ? '' : 's'} ${report.claims.flows.join(', ')}` : 'no flow'} (${report.claims.source})`;

/** What a check adds beside its status: why it does not apply or, on a pass, what it could not exercise; then its notes. */
export function remarksOf(verdict: CheckVerdict): string[] {
  return [...(verdict.reason !== undefined ? [verdict.reason] : []), ...verdict.notes];
}

/** A failed check in full, as the console and JUnit show it: where, what should have been, what was, and the trace. */
export function conformanceFailureText(flow: FlowVerdict, verdict: CheckVerdict): string {
  const f = verdict.failure;
  return [
    `flow ${flow.flow} (${flow.title}), ${checkTitle(verdict.check)} [${verdict.check}] failed${f ? ` at ${f.at}` : ''}`,
    ...(verdict.scenario !== undefined ? [`  scenario: ${verdict.scenario}`] : []),
    ...(f ? [`  expected: ${f.expected}`, ...f.found.map((line) => `  found:    ${line}`)] : []),
    ...remarksOf(verdict).map((remark) => `  note:     ${remark}`),
    ...(f ? ['  trace of requests and deliveries:', ...f.trace.split('\n').map((line) => `    ${line}`)] : []),
  ].join('\n');
}
