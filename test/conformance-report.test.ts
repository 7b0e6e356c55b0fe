import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { CHECKS, type CheckId, type CheckVerdict, type ConformanceReport, type FlowVerdict } from '../scenarios/conformance/verdict.js';
import { conformanceHtml } from '../scenarios/reporters/conformance-html.js';
import { conformanceJson } from '../scenarios/reporters/conformance-json.js';
import { conformanceJunit } from '../scenarios/reporters/conformance-junit.js';
import { conformancePretty } from '../scenarios/reporters/conformance-pretty.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { launchChromium } from './support/browser.js';
import { xmlUnescape } from './support/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'billing-sim-conformance-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TITLES = [
  'A Zuora account becomes a Togai customer and account',
  'A Togai account becomes a Zuora account',
  'A Togai invoice becomes a Zuora invoice',
  'Usage on a Togai invoice becomes Zuora usage (quantity mode)',
  'Usage on a Togai invoice becomes Zuora usage (revenue mode)',
  'A Chargebee customer becomes a Togai customer and account',
  'A Chargebee payment puts the Togai account on the paid plan',
  'A Togai invoice becomes a Chargebee invoice',
  'A Togai account becomes a Chargebee customer',
];
const WAY_BACK = new Set([1, 2, 6, 9]);
// markup a connector's answer can put in a trace: the report must show it, never run or load it
const HOSTILE = `<script>window.__conformancePwned = true</script><img src="https://example.invalid/x.png" onerror="window.__conformancePwned = true">`;
const EXPECTED = 'the unauthenticated copies get 401 and the connector calls no vendor';
const FOUND = ['the copy without a credential got 200', 'zuora createAccount was called 2 times: Account "Acme & <Sons>"'];
const TRACE = [
  '  2026-01-05T10:00:00 delivery  togai account.created (copy of dlv_1) -> delivered [10:00:00 200]',
  `  2026-01-05T10:00:00 zuora POST /v1/accounts 200 ${HOSTILE}`,
  '  2026-01-05T10:00:01 delivery  togai account.created -> delivered [10:00:01 200]',
].join('\n');
const COULD_NOT = 'Zuora never answered 429 here: the connector made no second write to retry';

const verdict = (flow: number, check: CheckId, status: CheckVerdict['status'], extra: Partial<CheckVerdict> = {}): CheckVerdict => ({
  flow,
  check,
  status,
  durationMs: status === 'pass' || status === 'fail' ? 250 : 0,
  notes: [],
  ...(status === 'pass' || status === 'fail' ? { scenario: `scenarios/flow-${flow}.yaml` } : {}),
  ...extra,
});

function flowVerdict(flow: number): FlowVerdict {
  const title = TITLES[flow - 1]!;
  // flow 1 comes without check verdicts, as a run may report a flow it did not claim
  if (flow === 1) return { flow, title, status: 'not-claimed', checks: [] };
  if (flow === 2 || flow === 6) {
    const checks = CHECKS.map(({ id }) => {
      if (flow === 2 && id === 'unauthenticated') return verdict(flow, id, 'fail', { failure: { at: 'scenarios/flow-2.yaml:14:5', expected: EXPECTED, found: FOUND, trace: TRACE } });
      if (flow === 6 && id === 'vendor-429-503') return verdict(flow, id, 'pass', { reason: COULD_NOT, notes: ['Retry-After was 2 s'] });
      return verdict(flow, id, 'pass');
    });
    return { flow, title, status: flow === 2 ? 'fail' : 'pass', checks };
  }
  const checks = CHECKS.map(({ id }) =>
    id === 'loop-prevention' && !WAY_BACK.has(flow) ? verdict(flow, id, 'not-applicable', { reason: `flow ${flow} has no flow that carries its records back` }) : verdict(flow, id, 'not-claimed', { reason: `flow ${flow} is not claimed by the connector's /health` }),
  );
  return { flow, title, status: 'not-claimed', checks };
}

const CONNECTOR = 'http://127.0.0.1:4100/?tenant=a&x=<b>';
// the flows out of order: every reporter lists them by number
const report: ConformanceReport = {
  tool: 'billing-sim',
  connector: CONNECTOR,
  claims: { flows: [6, 2], source: "the connector's /health" },
  startedAt: new Date('2026-01-05T10:00:00.123Z'),
  durationMs: 12_345,
  flows: [9, 8, 7, 6, 5, 4, 3, 2, 1].map(flowVerdict),
};

type Cell = 'pass' | 'fail' | 'not claimed' | 'n/a';
const EXPECTED_ROWS: Record<number, { cells: Cell[]; verdict: Cell }> = Object.fromEntries(
  TITLES.map((_, i) => {
    const flow = i + 1;
    const cells = CHECKS.map(({ id }): Cell => {
      if (flow === 6) return 'pass';
      if (flow === 2) return id === 'unauthenticated' ? 'fail' : 'pass';
      return id === 'loop-prevention' && !WAY_BACK.has(flow) ? 'n/a' : 'not claimed';
    });
    return [flow, { cells, verdict: flow === 6 ? 'pass' : flow === 2 ? 'fail' : 'not claimed' }];
  }),
);
const MARKS: Record<Cell, string> = { pass: '✓', fail: '✗', 'not claimed': '○', 'n/a': '·' };

describe('conformance reports', () => {
  it('pretty: a matrix row per flow with a mark per check and the verdict, a summary, notes and each failure in full', () => {
    const out = conformancePretty(report);
    const rows = out.split('\n').filter((line) => /^ ?\d /.test(line));
    expect(rows.map((line) => Number(line.trim().split(' ')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const line of rows) {
      const flow = Number(line.trim().split(' ')[0]);
      const { cells, verdict: v } = EXPECTED_ROWS[flow]!;
      expect(line.startsWith(`${String(flow).padStart(2)} ${TITLES[flow - 1]} `), line).toBe(true);
      expect(line.slice(TITLES[flow - 1]!.length + 3).trim().split(/\s+/), line).toEqual([...cells.map((c) => MARKS[c]), v === 'not claimed' ? 'not' : v, ...(v === 'not claimed' ? ['claimed'] : [])]);
    }
    // the columns are in CHECKS order: the failing mark is under the `auth` header
    const header = out.split('\n').find((line) => line.startsWith('flow '))!;
    expect(rows[1]![header.indexOf('auth')]).toBe('✗');
    expect(out).toContain(`Conformance of ${CONNECTOR}\n  claims:  flows 6, 2 (the connector's /health)\n  started: 2026-01-05T10:00:00.123Z`);
    expect(out).toContain('\nFAIL: 1 flow passes, 1 fails, 7 not claimed (9 flows) in 12.3 s\n');
    expect(out).toContain(`  flow 6, Vendor 503 and 429 (pass): ${COULD_NOT}\n  flow 6, Vendor 503 and 429 (pass): Retry-After was 2 s\n`);
    expect(out).toContain('  flow 3, No loop (n/a): flow 3 has no flow that carries its records back\n');
    const failures = out.slice(out.indexOf('\nFailures:\n'));
    expect(failures).toBe(
      [
        '\nFailures:',
        '',
        'flow 2 (A Togai account becomes a Zuora account), Unauthenticated delivery [unauthenticated] failed at scenarios/flow-2.yaml:14:5',
        '  scenario: scenarios/flow-2.yaml',
        `  expected: ${EXPECTED}`,
        `  found:    ${FOUND[0]}`,
        `  found:    ${FOUND[1]}`,
        '  trace of requests and deliveries:',
        ...TRACE.split('\n').map((line) => `    ${line}`),
        '',
      ].join('\n'),
    );
  });

  it('pretty: a run with every flow passing says PASS and lists no failures', () => {
    const passing: ConformanceReport = { ...report, flows: [{ flow: 6, title: TITLES[5]!, status: 'pass', checks: CHECKS.map(({ id }) => verdict(6, id, 'pass')) }] };
    const out = conformancePretty(passing);
    expect(out).toContain('\nPASS: 1 flow passes, 0 fail, 0 not claimed (1 flows) in 12.3 s\n');
    expect(out).not.toContain('Failures:');
    expect(out).not.toContain('Notes:');
  });

  it('refuses a claimed flow without a verdict for every check, naming the flow and the check', () => {
    const broken: ConformanceReport = { ...report, flows: [{ flow: 6, title: TITLES[5]!, status: 'pass', checks: [verdict(6, 'happy-path', 'pass')] }] };
    expect(() => conformanceJson(broken)).toThrow('flow 6 is claimed but has no verdict for check duplicate-delivery');
  });

  it('JSON: the summary, the matrix of flow -> check -> status, and every check with its failure', () => {
    const doc = JSON.parse(conformanceJson(report));
    expect(Object.keys(doc)).toEqual(['tool', 'connector', 'claims', 'startedAt', 'durationMs', 'verdict', 'summary', 'matrix', 'flows']);
    expect(doc).toMatchObject({ tool: 'billing-sim', connector: CONNECTOR, claims: { flows: [2, 6], source: "the connector's /health" }, startedAt: '2026-01-05T10:00:00.123Z', durationMs: 12_345, verdict: 'fail' });
    expect(doc.summary).toEqual({ flows: { total: 9, pass: 1, fail: 1, notClaimed: 7 }, checks: { total: 72, pass: 15, fail: 1, notClaimed: 51, notApplicable: 5 } });
    const status = { pass: 'pass', fail: 'fail', 'not claimed': 'not-claimed', 'n/a': 'not-applicable' } as const;
    expect(doc.matrix).toEqual(Object.fromEntries(Object.entries(EXPECTED_ROWS).map(([flow, r]) => [flow, Object.fromEntries(CHECKS.map((c, i) => [c.id, status[r.cells[i]!]]))])));
    expect(doc.flows.map((f: { flow: number; status: string }) => `${f.flow}:${f.status}`)).toEqual(['1:not-claimed', '2:fail', '3:not-claimed', '4:not-claimed', '5:not-claimed', '6:pass', '7:not-claimed', '8:not-claimed', '9:not-claimed']);
    const failed = doc.flows[1].checks.find((c: { check: string }) => c.check === 'unauthenticated');
    expect(failed).toEqual({ check: 'unauthenticated', title: 'Unauthenticated delivery', status: 'fail', durationMs: 250, scenario: 'scenarios/flow-2.yaml', reason: null, notes: [], failure: { at: 'scenarios/flow-2.yaml:14:5', expected: EXPECTED, found: FOUND, trace: TRACE } });
    expect(doc.flows[5].checks.find((c: { check: string }) => c.check === 'vendor-429-503')).toMatchObject({ status: 'pass', reason: COULD_NOT, notes: ['Retry-After was 2 s'], failure: null });
    expect(doc.flows[0].checks).toHaveLength(CHECKS.length);
  });

  it('JUnit: valid, one testsuite per flow with one testcase per check, counts that add up, failures and skips with their text', async () => {
    const xml = conformanceJunit(report);
    const xsd = readFileSync(join(PROJECT_ROOT, 'test/support/junit.xsd'), 'utf8');
    const validated = await validateXML({ xml: [{ fileName: 'conformance.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
    expect(validated.errors.map((e) => e.rawMessage)).toEqual([]);

    const attr = (tag: string, name: string) => xmlUnescape(new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
    const root = /<testsuites\b[^>]*>/.exec(xml)![0];
    expect(['tests', 'failures', 'errors', 'skipped'].map((a) => attr(root, a))).toEqual(['72', '1', '0', '56']);
    const suites = [...xml.matchAll(/(<testsuite\b[^>]*>)([\s\S]*?)<\/testsuite>/g)];
    expect(suites.map((s) => attr(s[1]!, 'name'))).toEqual(TITLES.map((t, i) => `flow ${i + 1}: ${t}`));
    for (const [i, s] of suites.entries()) {
      const flow = i + 1;
      const cases = [...s[2]!.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)];
      expect(cases.map((c) => attr(c[1]!, 'name'))).toEqual(CHECKS.map((c) => `${c.id}: ${c.title}`));
      expect(new Set(cases.map((c) => attr(c[1]!, 'classname')))).toEqual(new Set([`conformance.flow-${flow}`]));
      const cells = EXPECTED_ROWS[flow]!.cells;
      const counted = [cells.length, cells.filter((c) => c === 'fail').length, 0, cells.filter((c) => c === 'not claimed' || c === 'n/a').length].map(String);
      expect(['tests', 'failures', 'errors', 'skipped'].map((a) => attr(s[1]!, a)), `flow ${flow}`).toEqual(counted);
      // each testcase says what its cell says
      expect(cases.map((c) => (/<failure\b/.test(c[2] ?? '') ? 'fail' : /<skipped\b/.test(c[2] ?? '') ? 'skipped' : 'pass'))).toEqual(cells.map((c) => (c === 'not claimed' || c === 'n/a' ? 'skipped' : c)));
    }
    const failure = /<failure message="([^"]*)" type="ConformanceFailure">([^<]*)<\/failure>/.exec(xml)!;
    expect(xmlUnescape(failure[1]!)).toBe(EXPECTED);
    expect(xmlUnescape(failure[2]!)).toContain(`  found:    ${FOUND[1]}\n  trace of requests and deliveries:\n    ${TRACE.split('\n')[0]}`);
    expect(xmlUnescape(failure[2]!)).toContain(HOSTILE);
    expect(xmlUnescape(/<system-out>([^<]*)<\/system-out>/.exec(suites[5]![2]!)![1]!)).toBe(`${COULD_NOT}\nRetry-After was 2 s`);
    expect(xml).toContain(`<skipped message="flow 3 has no flow that carries its records back"/>`);
  });

  it('HTML: self-contained, escaped, and Chromium shows the matrix, the failure and the trace as text', { timeout: 20_000 }, async () => {
    const html = conformanceHtml(report);
    // nothing that could load or run: no script element, no src, no stylesheet link, no url()
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)\b|<[a-z][^>]*\s(src|href)=(?!"#)|url\(|@import/i);
    const file = join(tmp, 'conformance.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(url);

      expect(await page.title()).toBe(`Conformance of ${CONNECTOR}: fail`);
      expect(await page.locator('#connector').innerText()).toBe(CONNECTOR);
      expect(await page.locator('#claims').innerText()).toBe("flows 6, 2 (the connector's /health)");
      expect(await page.locator('#overall').innerText()).toBe('Fail: 1 flow passes, 1 fails, 7 not claimed');
      expect(await page.locator('#matrix').isVisible()).toBe(true);
      const headers = await page.$$eval('#matrix thead th', (ths) => ths.map((th) => (th as HTMLElement).innerText));
      expect(headers).toEqual(['Flow', ...CHECKS.map((c) => c.title), 'Verdict']);
      const rows = await page.$$eval('#matrix tbody tr', (trs) =>
        trs.map((tr) => ({ flow: (tr as HTMLElement).dataset.flow, title: tr.querySelector('th')!.innerText, cells: [...tr.querySelectorAll('td')].map((td) => td.innerText) })),
      );
      expect(rows).toEqual(TITLES.map((t, i) => ({ flow: String(i + 1), title: `${i + 1}. ${t}`, cells: [...EXPECTED_ROWS[i + 1]!.cells, EXPECTED_ROWS[i + 1]!.verdict] })));
      // the failing cell is styled as a failure, the passing ones as passes
      const failing = page.locator('tr[data-flow="2"] td[data-check="unauthenticated"]');
      expect(await failing.getAttribute('class')).toBe('status-fail');
      const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await background('tr[data-flow="2"] td[data-check="unauthenticated"]')).toBe('rgb(252, 232, 230)');
      expect(await background('tr[data-flow="6"] td[data-check="unauthenticated"]')).toBe('rgb(230, 244, 234)');
      expect(await page.locator('#remarks-6-vendor-429-503').innerText()).toBe(`Flow 6, Vendor 503 and 429 (pass): ${COULD_NOT}; Retry-After was 2 s`);

      // the failure is closed until opened, then shows expected, found and the trace as text
      const details = page.locator('#failure-2-unauthenticated');
      expect(await details.locator('.expected').isVisible()).toBe(false);
      await details.locator('summary').click();
      expect(await details.locator('.expected').innerText()).toBe(EXPECTED);
      expect(await details.locator('.found').innerText()).toBe(FOUND.join('\n'));
      expect(await details.locator('.trace').textContent()).toBe(TRACE);
      expect(await details.locator('.trace').isVisible()).toBe(true);
      expect(await details.locator('script, img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __conformancePwned?: boolean }).__conformancePwned)).toBeUndefined();
      // following the failing cell's link stays on the page
      await failing.locator('a').click();
      expect(page.url()).toBe(`${url}#failure-2-unauthenticated`);

      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
