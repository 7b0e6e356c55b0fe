import { hostname } from 'node:os';
import { failureText } from '../engine/suite.js';
import type { SuiteResult } from '../engine/partner-suite.js';
import { shardText } from '../engine/shard.js';
import { counts, type RunReport } from './report.js';

// characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates, U+FFFE/F)
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: markup characters escaped, characters XML cannot hold replaced by U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; line breaks and tabs kept as character references. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** ` k="v"` for each pair, values escaped. */
export const attrs = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');

export const seconds = (ms: number): string => (ms / 1000).toFixed(3);

/** `scenarios/flow-1.yaml` -> `scenarios.flow-1`: what JUnit viewers group by (package.class). */
function classname(file: string): string {
  return file.replace(/\.ya?ml$/, '').replace(/[\\/]+/g, '.').replace(/^\.+/, '');
}

function testcase(r: SuiteResult): string {
  const open = `    <testcase${attrs({ name: r.name, classname: classname(r.file), file: r.file, time: seconds(r.durationMs) })}`;
  const body: string[] = [];
  if (r.skipped !== undefined) body.push(`      <skipped${attrs({ message: r.skipped })}/>`);
  if (r.notClaimed !== undefined) body.push(`      <skipped${attrs({ message: r.notClaimed })}/>`);
  if (r.failure) body.push(`      <failure${attrs({ message: r.failure.expectation, type: 'ScenarioFailure' })}>${xmlText(failureText(r))}</failure>`);
  if (r.notes.length) body.push(`      <system-out>${xmlText(r.notes.join('\n'))}</system-out>`);
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
}

/**
 * The run as JUnit XML in the Jenkins/Surefire shape CI servers read: one <testsuite> in
 * <testsuites>, each scenario a <testcase> with its <failure> (the failure text) or <skipped>,
 * and its notes as <system-out>.
 */
export function junitReport(report: RunReport): string {
  const c = counts(report.results);
  const totals = { tests: c.total, failures: c.failed, errors: 0, skipped: c.skipped + c.notClaimed, time: seconds(report.durationMs) };
  // a shard's suite says which shard it is, so the suites of merged shard reports stay apart
  const name = `billing-sim scenarios${report.mode === 'partner' ? ` against ${report.connectorUrl}` : ''}${report.shard ? ` (shard ${shardText(report.shard)})` : ''}`;
  const suite = {
    name,
    ...totals,
    timestamp: report.startedAt.toISOString().replace(/\.\d+Z$/, ''),
    hostname: hostname(),
  };
  const properties = [
    `      <property${attrs({ name: 'mode', value: report.mode })}/>`,
    ...(report.connectorUrl ? [`      <property${attrs({ name: 'connectorUrl', value: report.connectorUrl })}/>`] : []),
    ...(report.shard ? [`      <property${attrs({ name: 'shard', value: shardText(report.shard) })}/>`] : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'billing-sim', ...totals })}>`,
    `  <testsuite${attrs(suite)}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...report.results.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
