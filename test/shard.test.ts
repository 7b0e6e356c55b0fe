import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { main } from '../scenarios/cli.js';
import { loadScenario } from '../scenarios/engine/load.js';
import { inShard, parseShard, ShardError, shardNumber } from '../scenarios/engine/shard.js';
import { loadAll, scenarioFiles, selectScenarios } from '../scenarios/engine/suite.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { captureIo, freePorts, xmlUnescape } from './support/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'billing-sim-shard-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const shipped = loadAll(scenarioFiles());
const xsd = readFileSync(join(PROJECT_ROOT, 'test/support/junit.xsd'), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** The testcases of a JUnit report as name and file. */
const testcases = (xml: string) => [...xml.matchAll(/<testcase name="([^"]*)" classname="[^"]*" file="([^"]*)"/g)].map((m) => ({ name: xmlUnescape(m[1]!), file: m[2]! }));

/** A scenario that only reads Togai: quick, and needs nothing from a connector. */
function probe(name: string, dir = tmp): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, `name: ${name}\ntags: [probe]\nsteps:\n  - call: { vendor: togai, operation: getCustomers }\n`);
  return file;
}

/** The first of `Shard probe 0`, `Shard probe 1`, … that falls in shard `current` of `total`. */
const probeNameIn = (current: number, total: number) => Array.from({ length: 100 }, (_, i) => `Shard probe ${i}`).find((n) => shardNumber(n, total) === current)!;

describe('--shard K/N: which scenarios a shard runs', () => {
  it('reads K/N and refuses anything else, naming --shard and the right form', () => {
    expect(parseShard('1/2')).toEqual({ current: 1, total: 2 });
    expect(parseShard('3/3')).toEqual({ current: 3, total: 3 });
    for (const bad of ['0/2', '3/2', 'a/b', '1/0', '', '1/2/3', '1.5/2', '-1/2', '2']) {
      expect(() => parseShard(bad), bad).toThrow(ShardError);
      expect(() => parseShard(bad), bad).toThrow(/^--shard must be K\/N with whole numbers 1 ≤ K ≤ N, e\.g\. 2\/3 .*; got "/);
    }
  });

  it.each([2, 3])('puts every shipped scenario in exactly one of %i shards', (total) => {
    const shares = Array.from({ length: total }, (_, k) => selectScenarios(shipped, { shard: `${k + 1}/${total}` }));
    const files = shares.flat().map((s) => s.file);
    expect([...files].sort()).toEqual(shipped.map((s) => s.file).sort());
    expect(new Set(files).size).toBe(shipped.length);
  });

  it('keeps every scenario in its shard when another scenario file is added before it, or one is removed', () => {
    const added = loadScenario(probe('A scenario added later'));
    for (const total of [2, 3, 5]) {
      const before = new Map(shipped.map((s) => [s.file, shardNumber(s.name, total)]));
      for (let current = 1; current <= total; current++) {
        const shard = { current, total };
        // the new file comes first, so an assignment by position would move every other scenario
        const withNew = inShard([added, ...shipped], shard).filter((s) => s !== added);
        expect(withNew.map((s) => s.file)).toEqual(inShard(shipped, shard).map((s) => s.file));
        const withoutFirst = inShard(shipped.slice(1), shard);
        expect(withoutFirst.every((s) => before.get(s.file) === current)).toBe(true);
      }
    }
  });

  it('spreads many scenarios evenly: 600 names over 3 shards, each within a fifth of 200', () => {
    const names = Array.from({ length: 600 }, (_, i) => ({ name: `Flow ${i % 9}: scenario number ${i}` }));
    for (let current = 1; current <= 3; current++) {
      const size = inShard(names, { current, total: 3 }).length;
      expect(size, `shard ${current}/3`).toBeGreaterThanOrEqual(160);
      expect(size, `shard ${current}/3`).toBeLessThanOrEqual(240);
    }
  });

  it('applies tags first, then the shard: a shard of the tagged is the tagged of the shard', () => {
    const shard = '2/3';
    const tagged = selectScenarios(shipped, { tags: ['zuora'] });
    expect(selectScenarios(shipped, { tags: ['zuora'], shard })).toEqual(selectScenarios(tagged, { shard }));
    expect(selectScenarios(shipped, { tags: ['zuora'], shard })).toEqual(selectScenarios(selectScenarios(shipped, { shard }), { tags: ['zuora'] }));
  });
});

describe('billing-sim run --shard and junit-merge', () => {
  it('refuses a bad --shard with exit code 2, naming the option and the right form', async () => {
    for (const bad of ['0/2', '3/2', 'a/b', '1/0']) {
      for (const command of ['run', 'list']) {
        const io = captureIo();
        expect(await main([command, '--shard', bad], io), `${command} --shard ${bad}`).toBe(2);
        expect(io.stderr).toContain(`billing-sim: ${command}: --shard must be K/N with whole numbers 1 ≤ K ≤ N, e.g. 2/3 for the second of three shards; got "${bad}"`);
        expect(io.stdout).toBe('');
      }
    }
  });

  it('lists the share of each shipped scenario a shard runs', async () => {
    const all: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const io = captureIo();
      expect(await main(['list', '--shard', shard], io)).toBe(0);
      const listed = io.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(/\s{2,}/)[1]!);
      expect(listed).toEqual(selectScenarios(shipped, { shard }).map((s) => relative(PROJECT_ROOT, s.file)));
      all.push(...listed);
    }
    expect([...all].sort()).toEqual(shipped.map((s) => relative(PROJECT_ROOT, s.file)).sort());
  });

  // quick scenarios of their own, so the run stays short; which scenarios is the pure tests' part
  const suite = join(tmp, 'suite');
  const probes = Array.from({ length: 8 }, (_, i) => loadScenario(probe(`Shard probe ${i}`, suite)));

  it('runs only its share; the shards merge into one report that validates and has every scenario once', async () => {
    const reports: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const out = join(tmp, `junit-${shard[0]}.xml`);
      const io = captureIo();
      expect(await main(['run', suite, '--shard', shard, '--reporter', 'junit', '--out', out], io), io.stdout).toBe(0);
      const xml = readFileSync(out, 'utf8');
      expect(await schemaErrors(xml)).toEqual([]);
      const share = selectScenarios(probes, { shard });
      expect(share.length).toBeGreaterThan(0);
      expect(testcases(xml)).toEqual(share.map((s) => ({ name: s.name, file: s.file })));
      expect(xml).toContain(`<testsuite name="billing-sim scenarios (shard ${shard})" tests="${share.length}" failures="0"`);
      expect(xml).toContain(`<property name="shard" value="${shard}"/>`);
      expect(io.stdout).toMatch(new RegExp(`^${share.length} scenarios? in shard ${shard}: ${share.length} passed, 0 failed`, 'm'));
      reports.push(out);
    }

    const merged = join(tmp, 'merged.xml');
    const io = captureIo();
    expect(await main(['junit-merge', ...reports, '--out', merged], io), io.stderr).toBe(0);
    expect(io.stdout).toBe(`merged 2 reports into ${merged}: ${probes.length} scenarios, 0 failed, 0 errors, 0 skipped\n`);
    const xml = readFileSync(merged, 'utf8');
    expect(await schemaErrors(xml)).toEqual([]);
    const cases = testcases(xml);
    expect(cases.map((c) => c.name).sort()).toEqual(probes.map((s) => s.name).sort());
    expect(xml).toMatch(new RegExp(`^<testsuites name="billing-sim" tests="${probes.length}" failures="0" errors="0" skipped="0" time="[\\d.]+">$`, 'm'));
    expect(xml.match(/<testsuite /g)).toHaveLength(2);

    // the same merge on stdout, its summary on stderr so the report stays clean
    const piped = captureIo();
    expect(await main(['junit-merge', ...reports], piped)).toBe(0);
    expect(piped.stdout).toBe(xml);
    expect(piped.stderr).toMatch(/^merged 2 reports: /);

    // a shard missing, a shard given twice, a whole run among shards, a file that is not a report
    const whole = join(tmp, 'whole.xml');
    writeFileSync(whole, xml.replace(/<property name="shard" value="[^"]*"\/>\n/g, ''));
    const notReport = join(tmp, 'not-a-report.xml');
    writeFileSync(notReport, '<testsuites name="vitest"></testsuites>\n');
    const refusals: [string[], string[]][] = [
      [[reports[0]!], ['shard 2/2 is missing: give the reports of all 2 shards']],
      [[reports[0]!, reports[1]!, reports[1]!], ['shard 2/2 is given twice', `is in both ${reports[1]} and ${reports[1]}`]],
      [[whole, reports[0]!], [`${whole} is a whole run and ${reports[0]} is shard 1/2`]],
      [[notReport, reports[0]!], [`${notReport}: not a billing-sim JUnit report`]],
      [[join(tmp, 'absent.xml')], [`cannot read ${join(tmp, 'absent.xml')}`]],
    ];
    for (const [files, messages] of refusals) {
      const refused = captureIo();
      expect(await main(['junit-merge', ...files, '--out', join(tmp, 'refused.xml')], refused), files.join(' ')).toBe(1);
      for (const m of messages) expect(refused.stderr).toContain(m);
      expect(() => readFileSync(join(tmp, 'refused.xml'))).toThrow(/ENOENT/);
    }
    const usage = captureIo();
    expect(await main(['junit-merge'], usage)).toBe(2);
    expect(usage.stderr).toContain('junit-merge: name the JUnit report of every shard');
  });

  it('passes an empty shard with an empty report that still merges', async () => {
    const lone = probe(probeNameIn(1, 2));
    const empty = join(tmp, 'empty.xml');
    const io = captureIo();
    expect(await main(['run', lone, '--shard', '2/2', '--reporter', 'junit', '--out', empty], io)).toBe(0);
    expect(io.stdout).toContain('shard 2/2 has none of the 1 scenario selected; nothing to run');
    expect(await schemaErrors(readFileSync(empty, 'utf8'))).toEqual([]);
    const full = join(tmp, 'lone.xml');
    expect(await main(['run', lone, '--shard', '1/2', '--reporter', 'junit', '--out', full], captureIo())).toBe(0);
    const merged = captureIo();
    expect(await main(['junit-merge', empty, full], merged)).toBe(0);
    expect(testcases(merged.stdout).map((c) => c.name)).toEqual([probeNameIn(1, 2)]);
    expect(await schemaErrors(merged.stdout)).toEqual([]);
  });
});

describe('--shard in partner mode', () => {
  let connector: Server | undefined;
  afterAll(() => new Promise<void>((done) => (connector ? connector.close(() => done()) : done())));

  it('runs only its share against the connector at --connector-url', async () => {
    // these scenarios only read Togai, so any server that answers will do as the connector
    connector = createServer((_req, res) => res.end());
    await new Promise<void>((done) => connector!.listen(0, '127.0.0.1', done));
    const connectorUrl = `http://127.0.0.1:${(connector.address() as { port: number }).port}`;
    const [togai, zuora, chargebee] = (await freePorts(3)).map(String);
    const env = { TOGAI_PORT: togai!, ZUORA_PORT: zuora!, CHARGEBEE_PORT: chargebee! };
    const files = [probe(probeNameIn(1, 2)), probe(probeNameIn(2, 2))];
    for (const [i, shard] of ['1/2', '2/2'].entries()) {
      const out = join(tmp, `partner-${i}.json`);
      const io = captureIo(env);
      expect(await main(['run', ...files, '--shard', shard, '--connector-url', connectorUrl, '--reporter', 'json', '--out', out], io), io.stdout + io.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report).toMatchObject({ mode: 'partner', connectorUrl, shard, summary: { total: 1, passed: 1 } });
      expect(report.results.map((r: { name: string }) => r.name)).toEqual([probeNameIn(i + 1, 2)]);
    }
  }, 15_000);
});
