import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { main } from '../scenarios/cli.js';
import { parseScenario } from '../scenarios/engine/load.js';
import { loadAll, scenarioFiles } from '../scenarios/engine/suite.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { captureIo, printed, startNode, stop, xmlUnescape } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'billing-sim-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(tmp, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

// every scenario the project ships, as the CLI shows their files (relative to the project)
const shipped = loadAll(scenarioFiles()).map((s) => ({ name: s.name, file: relative(PROJECT_ROOT, s.file), tags: s.tags }));

const passing = write(
  'good/pass.yaml',
  `name: Temp passes
tags: [temp, pass]
steps:
  - call: { vendor: togai, operation: getCustomers }
`,
);
// a name and a failure full of characters XML must escape, and one it cannot hold at all (BEL)
const ESCAPED_NAME = `Escapes <&> "double" 'single' \u0007 bell`;
const failing = write(
  'good/fail.yaml',
  `name: "Escapes <&> \\"double\\" 'single' \\a bell"
tags: [temp]
steps:
  - call: { vendor: togai, operation: getCustomer, params: { customer_id: "no-such<&>customer" } }
`,
);
const badSteps = write(
  'bad/steps.yaml',
  `name: broken steps
steps:
  - advance: soon
  - call: { vendor: stripe, operation: x }
`,
);
const badSyntax = write('bad/syntax.yaml', 'name: broken syntax\nsteps: [\n  - advance: P1D\n');

describe('billing-sim list', () => {
  it('shows the name, file and tags of every scenario under scenarios/', async () => {
    const io = captureIo();
    expect(await main(['list'], io)).toBe(0);
    const lines = io.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+FILE\s+TAGS$/);
    expect(lines).toHaveLength(shipped.length + 1);
    for (const s of shipped) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRe(s.name)}\\s+${escapeRe(s.file)}\\s+${escapeRe(s.tags.join(', '))}$`)));
  });

  it('takes files and directories, and keeps only the scenarios with one of the --tag values', async () => {
    const io = captureIo();
    expect(await main(['list', join(tmp, 'good'), '--tag', 'pass', '--tag', 'nothing'], io)).toBe(0);
    expect(io.stdout).toContain('Temp passes');
    expect(io.stdout).not.toContain('Escapes');
  });
});

describe('billing-sim validate', () => {
  it('accepts every scenario the project ships', async () => {
    const io = captureIo();
    expect(await main(['validate'], io)).toBe(0);
    expect(io.stdout).toBe(`${shipped.length} scenario files: ${shipped.length} valid, 0 invalid\n`);
    expect(io.stderr).toBe('');
  });

  it('prints each problem of a malformed scenario as file:line:column: message and exits 1', async () => {
    const io = captureIo();
    expect(await main(['validate', passing, badSteps, badSyntax], io)).toBe(1);
    const problems = io.stderr.trimEnd().split('\n');
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRe(badSteps)}:3:\\d+: steps\\.0\\.advance: an ISO-8601 duration`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRe(badSteps)}:4:\\d+: steps\\.1\\.call\\.vendor: a vendor: togai, zuora, chargebee`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRe(badSyntax)}:\\d+:\\d+: `)));
    expect(problems.every((p) => /^\S+:\d+:\d+: /.test(p))).toBe(true);
    expect(io.stdout).toBe('3 scenario files: 1 valid, 2 invalid\n');
  });
});

describe('billing-sim run', () => {
  it('reports each scenario as it finishes, then a summary and every failure, and exits 1', async () => {
    const io = captureIo();
    expect(await main(['run', passing, failing, '--concurrency', '1'], io)).toBe(1);
    expect(io.stdout).toMatch(/^✓ Temp passes {2}\(\S+pass\.yaml\) {2}(\d+ ms|\d+\.\d s)$/m);
    expect(io.stdout).toContain(`✗ ${ESCAPED_NAME}  (${failing})`);
    expect(io.stdout).toMatch(/^2 scenarios: 1 passed, 1 failed in \S+ m?s$/m);
    expect(io.stdout).toContain(`Failures:\n\n${ESCAPED_NAME} failed at ${failing}:4:5\n  expected: step 1 (call togai getCustomer): togai getCustomer answers success\n  found:    status 404`);
  });

  it('writes a JSON report listing every scenario, with the failure of each failed one', async () => {
    const out = join(tmp, 'report.json');
    const io = captureIo();
    expect(await main(['run', 'scenarios', failing, '--reporter', 'json', '--out', out], io)).toBe(1);
    expect(io.stdout).toContain(`json report written to ${out}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.summary).toEqual({ total: shipped.length + 1, passed: shipped.length, failed: 1, skipped: 0, notClaimed: 0 });
    expect(report.results.map((r: { name: string; file: string; tags: string[] }) => ({ name: r.name, file: r.file, tags: r.tags }))).toEqual([...shipped, { name: ESCAPED_NAME, file: failing, tags: ['temp'] }]);
    for (const r of report.results.slice(0, -1)) expect(r).toMatchObject({ status: 'passed', passed: true, failure: null, durationMs: expect.any(Number) });
    expect(report.results.at(-1)).toMatchObject({ status: 'failed', passed: false, failure: { step: 0, at: `${failing}:4:5`, text: expect.stringContaining('found:    status 404') } });
  });

  it('writes JUnit XML that validates against the Jenkins/Surefire schema, every scenario a testcase', async () => {
    const out = join(tmp, 'junit.xml');
    const io = captureIo();
    expect(await main(['run', failing, '--reporter', 'junit', '--out', out], io)).toBe(1);
    expect(await main(['run', '--reporter', 'junit', '--out', join(tmp, 'all.xml')], captureIo())).toBe(0);
    const xsd = readFileSync(join(PROJECT_ROOT, 'test/support/junit.xsd'), 'utf8');
    for (const file of [out, join(tmp, 'all.xml')]) {
      const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: readFileSync(file, 'utf8') }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
      expect(result.valid).toBe(true);
    }
    const all = readFileSync(join(tmp, 'all.xml'), 'utf8');
    const cases = [...all.matchAll(/<testcase name="([^"]*)" classname="([^"]*)" file="([^"]*)" time="([\d.]+)"/g)].map((m) => ({ name: xmlUnescape(m[1]!), classname: m[2], file: m[3] }));
    expect(cases).toEqual(shipped.map((s) => ({ name: s.name, classname: s.file.replace(/\.yaml$/, '').replaceAll('/', '.'), file: s.file })));
    expect(all).toMatch(new RegExp(`<testsuite name="billing-sim scenarios" tests="${shipped.length}" failures="0" errors="0" skipped="0" time="[\\d.]+"`));
    const failed = readFileSync(out, 'utf8');
    expect(xmlUnescape(/<testcase name="([^"]*)"/.exec(failed)![1]!)).toBe(ESCAPED_NAME.replace('\u0007', '\uFFFD'));
    expect(failed).toMatch(/<failure message="step 1 \(call togai getCustomer\): togai getCustomer answers success" type="ScenarioFailure">Escapes &lt;&amp;&gt; "double" 'single' \uFFFD bell failed at /);
    expect(failed).toMatch(/<testsuite name="billing-sim scenarios" tests="1" failures="1" errors="0" skipped="0"/);
  });

  it('refuses to run invalid scenarios, and bad options, naming what is wrong', async () => {
    const invalid = captureIo();
    expect(await main(['run', passing, badSteps], invalid)).toBe(1);
    expect(invalid.stderr).toContain(`${badSteps}:3:`);
    expect(invalid.stdout).toBe('');
    const cases: [string[], RegExp][] = [
      [['run', '--reporter', 'xml'], /--reporter must be one of pretty, junit, json/],
      [['run', '--out', 'x.txt'], /--out needs --reporter junit or json/],
      [['run', '--concurrency', '0'], /--concurrency must be a whole number from 1/],
      [['run', '--connector-url', 'nowhere'], /--connector-url must be an http\(s\) URL/],
      [['run', '--connector-url', 'http://127.0.0.1:1', '--concurrency', '2'], /partner mode runs one scenario at a time/],
      [['list', '--reporter', 'json'], /Unknown option '--reporter'/],
      [['deploy'], /unknown command "deploy"/],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toMatch(message);
    }
  });

  it('answers no scenario for a tag nothing has, with exit code 1', async () => {
    const io = captureIo();
    expect(await main(['run', '--tag', 'no-such-tag'], io)).toBe(1);
    expect(io.stderr).toBe('No scenario to run with tag no-such-tag.\n');
    const listed = captureIo();
    expect(await main(['list', '--tag', 'no-such-tag'], listed)).toBe(1);
    expect(listed.stderr).toBe('No scenario found with tag no-such-tag.\n');
  });

  it('says plainly when a report cannot be written, with exit code 1', async () => {
    const io = captureIo();
    expect(await main(['run', 'scenarios/flow-2-togai-account-to-zuora.yaml', '--reporter', 'json', '--out', '/nonexistent-dir/report.json'], io)).toBe(1);
    expect(io.stderr).toMatch(/^billing-sim: cannot write \/nonexistent-dir\/report\.json: ENOENT/m);
  });
});

// billing-sim's bundle (dist/programs/billing-sim.mjs), which bin/billing-sim.mjs runs; the bin
// itself is tested below and, from a packed tarball, by the packaging test
const BILLING_SIM = [programFile('billing-sim')];

describe('billing-sim as a process (its bundle, dist/programs/billing-sim.mjs)', () => {
  it('validate exits 1 with the problem on stderr', async () => {
    const child = startNode([...BILLING_SIM, 'validate', badSteps], { PATH: process.env.PATH ?? '' });
    expect(await child.exit).toBe(1);
    expect(child.stderr).toContain(`${badSteps}:3:`);
    expect(child.stdout).toBe('1 scenario file: 0 valid, 1 invalid\n');
  });

  it('stops quietly, with exit code 0, when its reader closes the pipe early (billing-sim list | head)', async () => {
    const child = startNode([...BILLING_SIM, 'list'], { PATH: process.env.PATH ?? '' });
    // the reading end gone before the first line is written: every write fails with EPIPE
    child.child.stdout!.destroy();
    expect(await child.exit).toBe(0);
    expect(child.stderr).toBe('');
  });

  it('up serves the live sandbox until SIGTERM', async () => {
    const adminToken = 'cli-up-admin-token-1234';
    const child = startNode([...BILLING_SIM, 'up'], { PATH: process.env.PATH ?? '', TOGAI_PORT: '0', ZUORA_PORT: '0', CHARGEBEE_PORT: '0', CONNECTOR_PORT: '0', DASHBOARD_PORT: '0', SANDBOX_ADMIN_TOKEN: adminToken });
    try {
      const [, togai] = await printed(child, /^Togai +(http:\/\/\S+)$/m);
      await printed(child, /^sandbox ready$/m);
      const res = await fetch(`${togai}/customers`, { headers: { authorization: 'Bearer togai-demo-token' } });
      expect(res.status).toBe(200);
      expect((await res.json()).data).toHaveLength(3);
      // the admin token it was given, printed and required
      const [, printedToken] = await printed(child, /^admin +Authorization: Bearer (\S+)/m);
      expect(printedToken).toBe(adminToken);
      expect((await fetch(`${togai}/__admin/clock`, { headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(200);
      expect((await fetch(`${togai}/__admin/clock`)).status).toBe(401);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});

describe('bin/billing-sim.mjs in an installed package (a copy: no tsconfig.build.json, so no build is tried)', () => {
  const pkg = join(tmp, 'installed');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  copyFileSync(join(PROJECT_ROOT, 'bin/billing-sim.mjs'), join(pkg, 'bin/billing-sim.mjs'));
  const bin = join(pkg, 'bin/billing-sim.mjs');

  it('without dist/ says which file is missing and how to build it, with exit code 1', async () => {
    const child = startNode([bin, 'list'], { PATH: process.env.PATH ?? '' });
    expect(await child.exit).toBe(1);
    expect(child.stderr).toBe(`billing-sim: ${pkg}/dist/programs/billing-sim.mjs is missing: this copy of billing-sim-harness has not been built; run npm run build in ${pkg}/\n`);
  });

  it('runs dist/programs/billing-sim.mjs with Node alone, passing the arguments', async () => {
    write('installed/dist/programs/billing-sim.mjs', "console.log(JSON.stringify(process.argv.slice(2)), process.execArgv.length);\n");
    const child = startNode([bin, 'run', '--shard', '1/2'], { PATH: process.env.PATH ?? '' });
    expect(await child.exit).toBe(0);
    expect(child.stdout).toBe('["run","--shard","1/2"] 0\n');
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('record, replay and skeleton', () => {
  it('keep a run with its faults in a file, replay it to the same end, and write it back as a scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'billing-sim-rec-'));
    writeFileSync(join(dir, 'plan.yaml'), 'requests:\n  - { vendor: zuora, operation: crudCreateUsage, fault: { kind: error, status: 503 }, skip: 1, count: 4 }\n');
    const io = captureIo({}, dir);
    const fixture = join(PROJECT_ROOT, 'test/fixtures/january-usage.yaml');
    expect(await main(['record', fixture, '--out', 'rec.json', '--faults', 'plan.yaml'], io)).toBe(0);
    expect(io.stdout).toMatch(/^recorded \d+ journal entries to rec\.json; the run passed$/m);
    expect(await main(['replay', 'rec.json'], io)).toBe(0);
    expect(io.stdout).toMatch(/the replay matched all \d+ journal entries/);
    expect(await main(['skeleton', 'rec.json', '--out', 'bug.yaml'], io)).toBe(0);
    const bug = parseScenario(readFileSync(join(dir, 'bug.yaml'), 'utf8'), 'bug.yaml');
    expect(bug.faults?.requests).toEqual([{ vendor: 'zuora', operation: 'crudCreateUsage', fault: { kind: 'error', status: 503 }, skip: 1, count: 4 }]);
    const bad = captureIo({}, dir);
    writeFileSync(join(dir, 'bad-plan.yaml'), 'requests:\n  - { vendor: zuora, fault: { kind: error, status: 404 } }\n');
    expect(await main(['record', fixture, '--out', 'x.json', '--faults', 'bad-plan.yaml'], bad)).toBe(2);
    expect(bad.stderr).toContain('bad-plan.yaml is not a fault plan: requests.0.fault.status');
    const broken = captureIo({}, dir);
    writeFileSync(join(dir, 'broken-plan.yaml'), 'requests:\n  - vendor: zuora\n    fault: [unclosed, error\n');
    expect(await main(['record', fixture, '--out', 'x.json', '--faults', 'broken-plan.yaml'], broken)).toBe(2);
    expect(broken.stderr.trim().split('\n').filter((l) => l.includes('broken-plan.yaml'))).toEqual([expect.stringMatching(/broken-plan\.yaml:\d+:\d+: /)]);
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});

