import type { CheckVerdict, ConformanceReport, FlowVerdict } from '../conformance/verdict.js';
import { attrs, seconds, xmlText } from './junit.js';
import { checksOf, columnsOf, checkTitle, claimsText, conformanceFailureText, flowsOf, remarksOf, STATUS_LABEL } from './conformance-summary.js';

function testcase(flow: FlowVerdict, c: CheckVerdict): string {
  const open = `    <testcase${attrs({ name: `${c.check}: ${checkTitle(c.check)}`, classname: `conformance.flow-${flow.flow}`, ...(c.scenario !== undefined ? { file: c.scenario } : {}), time: seconds(c.durationMs) })}`;
  const body: string[] = [];
  if (c.status === 'fail') body.push(`      <failure${attrs({ message: c.failure?.expected ?? 'failed', type: 'ConformanceFailure' })}>${xmlText(conformanceFailureText(flow, c))}</failure>`);
  // a check that did not run is skipped, with why; on a pass the remarks are what it could not exercise
  if (c.status === 'not-claimed' || c.status === 'not-applicable') body.push(`      <skipped${attrs({ message: c.reason ?? STATUS_LABEL[c.status] })}/>`);
  else if (remarksOf(c).length) body.push(`      <system-out>${xmlText(remarksOf(c).join('\n'))}</system-out>`);
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
}

const countsOf = (checks: CheckVerdict[]) => ({
  tests: checks.length,
  failures: checks.filter((c) => c.status === 'fail').length,
  errors: 0,
  skipped: checks.filter((c) => c.status === 'not-claimed' || c.status === 'not-applicable').length,
});

/**
 * The conformance run as JUnit XML: one <testsuite> per flow (`flow N: title`), one <testcase>
 * per check (`conformance.flow-N`), a failure with what the vendor state should have been, what
 * it was and the trace; checks not claimed or not applicable as <skipped> with the reason.
 */
export function conformanceJunit(report: ConformanceReport): string {
  const timestamp = report.startedAt.toISOString().replace(/\.\d+Z$/, '');
  const properties = [
    `      <property${attrs({ name: 'connector', value: report.connector })}/>`,
    `      <property${attrs({ name: 'claims', value: claimsText(report) })}/>`,
  ];
  const columns = columnsOf(report);
  const suites = flowsOf(report).map((flow) => {
    const checks = checksOf(flow, columns);
    const time = checks.reduce((sum, c) => sum + c.durationMs, 0);
    return [
      `  <testsuite${attrs({ name: `flow ${flow.flow}: ${flow.title}`, ...countsOf(checks), time: seconds(time), timestamp })}>`,
      '    <properties>',
      ...properties,
      `      <property${attrs({ name: 'verdict', value: STATUS_LABEL[flow.status] })}/>`,
      '    </properties>',
      ...checks.map((c) => testcase(flow, c)),
      '  </testsuite>',
    ].join('\n');
  });
  const totals = countsOf(report.flows.flatMap((f) => checksOf(f, columns)));
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: 'billing-sim conformance', ...totals, time: seconds(report.durationMs) })}>`, ...suites, '</testsuites>', ''].join('\n');
}
