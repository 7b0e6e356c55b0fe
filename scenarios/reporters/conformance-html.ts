import { type CheckVerdict, type ConformanceReport, type FlowVerdict } from '../conformance/verdict.js';
import { xmlAttr as attr, xmlText as text } from './junit.js';
import { duration } from './report.js';
import { checksOf, columnsOf, checkTitle, claimsText, flowCountsText, flowsOf, overallVerdict, remarksOf, STATUS_LABEL } from './conformance-summary.js';

// The report is a file a partner attaches to a certification request: it must read the same
// anywhere, offline, years later. So it loads nothing (the policy forbids it even if a bug let
// markup through), runs no script (failures expand with <details>) and carries its own style.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: #202124; }
h1 { margin-bottom: .25rem; }
dl.headline { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.headline dt { font-weight: 600; }
dl.headline dd { margin: 0; overflow-wrap: anywhere; }
.overall { display: inline-block; padding: .3rem .8rem; border-radius: .3rem; font-weight: 700; }
table.matrix { border-collapse: collapse; margin: 1rem 0; }
.matrix th, .matrix td { border: 1px solid #dadce0; padding: .35rem .5rem; text-align: center; }
.matrix th[scope=row] { text-align: left; font-weight: normal; max-width: 28rem; }
.matrix thead th { font-size: .85rem; vertical-align: bottom; }
.matrix td a { color: inherit; }
.status-pass { background: #e6f4ea; color: #0d652d; }
.status-fail { background: #fce8e6; color: #a50e0e; font-weight: 700; }
.status-not-claimed { background: #f1f3f4; color: #5f6368; }
.status-not-applicable { background: #fff; color: #80868b; }
.matrix .status-pass::before { content: "\\2713  "; }
.matrix .status-fail::before { content: "\\2717  "; }
.matrix .status-not-claimed::before { content: "\\25CB  "; }
.matrix .status-not-applicable::before { content: "\\00B7  "; }
.matrix td.remarked::after { content: " *"; }
details.failure { border: 1px solid #f4c7c3; border-radius: .3rem; margin: .6rem 0; padding: .4rem .8rem; }
details.failure summary { cursor: pointer; font-weight: 600; }
details.failure dt { font-weight: 600; margin-top: .4rem; }
details.failure dd { margin-left: 1rem; }
pre { background: #f8f9fa; border: 1px solid #dadce0; padding: .6rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { margin-top: 2rem; color: #5f6368; font-size: .85rem; }
`;

const anchor = (kind: 'failure' | 'remarks', c: CheckVerdict) => `${kind}-${c.flow}-${c.check}`;

function cell(c: CheckVerdict): string {
  const remarked = remarksOf(c).length > 0 && c.status !== 'not-claimed';
  const label = text(STATUS_LABEL[c.status]);
  const classes = `status-${c.status}${remarked ? ' remarked' : ''}`;
  const title = `${checkTitle(c.check)}: ${STATUS_LABEL[c.status]}${c.reason !== undefined ? ` (${c.reason})` : ''}`;
  const body = c.status === 'fail' ? `<a href="#${anchor('failure', c)}">${label}</a>` : remarked ? `<a href="#${anchor('remarks', c)}">${label}</a>` : label;
  return `<td class="${classes}" data-check="${c.check}" title="${attr(title)}">${body}</td>`;
}

function row(flow: FlowVerdict, columns: ReturnType<typeof columnsOf>): string {
  return `<tr data-flow="${flow.flow}"><th scope="row">${flow.flow}. ${text(flow.title)}</th>${checksOf(flow, columns).map(cell).join('')}<td class="verdict status-${flow.status}">${text(STATUS_LABEL[flow.status])}</td></tr>`;
}

function failure(flow: FlowVerdict, c: CheckVerdict): string {
  const f = c.failure;
  const where = f ? ` at ${f.at}` : '';
  return `<details class="failure" id="${anchor('failure', c)}">
<summary>Flow ${flow.flow} (${text(flow.title)}): ${text(checkTitle(c.check))} failed${text(where)}</summary>
<dl>
${c.scenario !== undefined ? `<dt>Scenario</dt><dd class="scenario">${text(c.scenario)}</dd>` : ''}
${f ? `<dt>Expected</dt><dd class="expected">${text(f.expected)}</dd>\n<dt>Found</dt><dd class="found">${f.found.map((line) => `<div>${text(line)}</div>`).join('')}</dd>` : ''}
${remarksOf(c).length ? `<dt>Notes</dt><dd class="notes">${remarksOf(c).map((r) => `<div>${text(r)}</div>`).join('')}</dd>` : ''}
</dl>
${f ? `<p><strong>Trace of requests and deliveries</strong></p>\n<pre class="trace">${text(f.trace)}</pre>` : ''}
</details>`;
}

/**
 * The conformance run as one self-contained HTML page: a headline (connector, claims and where
 * they came from, date, duration, overall verdict), the matrix of flows × checks with a word in
 * every cell, each failure expandable with expected, found and trace, then the remarks and what
 * each check does. Every value from the run is escaped.
 */
export function conformanceHtml(report: ConformanceReport): string {
  const flows = flowsOf(report);
  const columns = columnsOf(report);
  const verdict = overallVerdict(report);
  const failures = flows.flatMap((f) => checksOf(f, columns).filter((c) => c.status === 'fail').map((c) => failure(f, c)));
  const remarks = flows.flatMap((f) =>
    checksOf(f, columns)
      .filter((c) => c.status !== 'fail' && c.status !== 'not-claimed' && remarksOf(c).length)
      .map((c) => `<li id="${anchor('remarks', c)}">Flow ${f.flow}, ${text(checkTitle(c.check))} (${text(STATUS_LABEL[c.status])}): ${remarksOf(c).map(text).join('; ')}</li>`),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conformance of ${text(report.connector)}: ${text(STATUS_LABEL[verdict])}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Connector conformance report</h1>
<p class="overall status-${verdict}" id="overall">${verdict === 'pass' ? 'Pass' : verdict === 'fail' ? 'Fail' : 'Nothing claimed'}: ${text(flowCountsText(report))}</p>
<dl class="headline">
<dt>Connector</dt><dd id="connector">${text(report.connector)}</dd>
<dt>Claims</dt><dd id="claims">${text(claimsText(report))}</dd>
<dt>Started</dt><dd><time datetime="${report.startedAt.toISOString()}">${report.startedAt.toISOString()}</time></dd>
<dt>Duration</dt><dd>${text(duration(report.durationMs))}</dd>
<dt>Judged by</dt><dd>${text(report.tool)} conform</dd>
</dl>
</header>
<main>
<h2>Flows and checks</h2>
<table class="matrix" id="matrix">
<thead><tr><th scope="col">Flow</th>${columns.map((c) => `<th scope="col" data-check="${c.id}" title="${attr(c.description)}">${text(c.title)}</th>`).join('')}<th scope="col">Verdict</th></tr></thead>
<tbody>
${flows.map((f) => row(f, columns)).join('\n')}
</tbody>
</table>
<p class="legend">pass: the connector did it right · fail: see the failure below · not claimed: the connector does not claim the flow, nothing ran · n/a: the check does not apply to the flow · *: see the notes</p>
${failures.length ? `<h2>Failures</h2>\n${failures.join('\n')}` : ''}
${remarks.length ? `<h2>Notes</h2>\n<ul class="remarks">\n${remarks.join('\n')}\n</ul>` : ''}
<h2>The checks</h2>
<dl class="checks">
${columns.map((c) => `<dt>${text(c.title)} <code>${c.id}</code></dt><dd>${text(c.description)}</dd>`).join('\n')}
</dl>
</main>
<footer>Generated by ${text(report.tool)} conform. This page is self-contained: it loads nothing and runs no script.</footer>
</body>
</html>
`;
}
