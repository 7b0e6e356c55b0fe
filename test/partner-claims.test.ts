import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../scenarios/cli.js';
import { scenarioFlows } from '../scenarios/engine/claims.js';
import { partnerSettings } from '../scenarios/engine/partner-world.js';
import { loadAll, scenarioFiles } from '../scenarios/engine/suite.js';
import { readSandboxEnv } from '../app/config.js';
import { captureIo, freePorts, printed, startNode, stop, type Child } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';

interface JsonResult {
  name: string;
  file: string;
  tags: string[];
  status: string;
  durationMs: number;
  notClaimed?: string;
  failure: { text: string } | null;
}

const shipped = loadAll(scenarioFiles());

describe('partner mode: flows the connector does not claim', () => {
  let connector: Child;
  let connectorUrl: string;
  let env: Record<string, string>;
  // a connector whose /health is of no use: 404 for everything
  let bare: Server;
  let bareUrl: string;

  beforeAll(async () => {
    const [togai, zuora, chargebee] = (await freePorts(3)).map(String);
    env = { TOGAI_PORT: togai!, ZUORA_PORT: zuora!, CHARGEBEE_PORT: chargebee! };
    const settings = partnerSettings(readSandboxEnv(env));
    connector = startNode([programFile('connector')], { ...settings, CONNECTOR_PORT: '0', CONNECTOR_FLOWS: '6' });
    bare = createServer((_req, res) => res.writeHead(404).end('no such page'));
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;
    connectorUrl = (await printed(connector, /^connector (http:\/\/\S+)\n[\s\S]*^connector ready$/m))[1]!;
  }, 20_000);

  afterAll(async () => {
    await new Promise((resolve) => bare?.close(resolve));
    if (connector) expect(await stop(connector)).toBe(0);
  });

  it("runs flow 6 and reports every other flow 'not claimed' at once, from /health", async () => {
    const io = captureIo(env);
    const started = performance.now();
    const code = await main(['run', '--connector-url', connectorUrl, '--reporter', 'json'], io);
    const elapsed = performance.now() - started;
    const report = JSON.parse(io.stdout);
    const results = report.results as JsonResult[];
    const failures = results.filter((r) => r.status === 'failed').map((r) => r.failure!.text);
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(code).toBe(0);
    expect(io.stderr).toContain("flows claimed (the connector's /health): 6\n");

    const expected = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 } as Record<string, number>;
    for (const scenario of shipped) {
      const r = results.find((x) => x.name === scenario.name)!;
      const flows = scenarioFlows(scenario.tags);
      const missing = flows.filter((f) => f !== 6);
      if (missing.length) {
        expect(r).toMatchObject({
          status: 'not-claimed',
          notClaimed: `not claimed: the connector's /health lists flow 6; this scenario needs flow${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        });
        expect(r.durationMs).toBeLessThanOrEqual(1);
        for (const f of flows) expected[f]!++;
      } else if (flows.includes(6)) {
        expect(r.status).toBe('passed');
      }
    }
    expect(results.filter((r) => r.status === 'passed').map((r) => r.name).length).toBeGreaterThanOrEqual(2);
    // the per-flow summary: flow 6 passed, 1-5 and 7-9 not claimed
    expect(report.flows['6']).toEqual({ passed: 2, failed: 0, skipped: 0, notClaimed: expected[6] });
    for (const f of [1, 2, 3, 4, 5, 7, 8, 9]) {
      expect(report.flows[String(f)]).toMatchObject({ passed: 0, failed: 0, notClaimed: expected[f] });
      expect(expected[f]).toBeGreaterThan(0);
    }
    expect(report.summary).toMatchObject({ failed: 0, notClaimed: results.filter((r) => r.status === 'not-claimed').length });
    // nothing waited for a flow the connector never claimed
    expect(elapsed).toBeLessThan(15_000);
  }, 20_000);

  it('shows not-claimed scenarios distinctly in pretty output, and a per-flow summary', async () => {
    const io = captureIo(env);
    expect(await main(['run', 'scenarios/flow-1-zuora-account-to-togai.yaml', 'scenarios/flow-6-chargebee-customer-to-togai.yaml', '--connector-url', connectorUrl], io)).toBe(0);
    expect(io.stdout).toMatch(/^○ .+ {2}\(scenarios\/flow-1-zuora-account-to-togai\.yaml\) {2}not claimed\n {4}not claimed: the connector's \/health lists flow 6; this scenario needs flow 1$/m);
    expect(io.stdout).toMatch(/^2 scenarios against \S+: 1 passed, 0 failed, 1 not claimed in /m);
    expect(io.stdout).toContain('Per flow:\n  flow 1: 0 passed, 0 failed, 1 not claimed\n');
    expect(io.stdout).toContain('  flow 6: 1 passed, 0 failed\n  flow 7: no scenarios\n');
    expect(io.stdout).not.toContain('Failures:');
  }, 15_000);

  it('reports not claimed as <skipped> in JUnit', async () => {
    const io = captureIo(env);
    expect(await main(['run', 'scenarios/flow-1-zuora-account-to-togai.yaml', '--connector-url', connectorUrl, '--flows', '6', '--reporter', 'junit'], io)).toBe(0);
    expect(io.stdout).toContain('<skipped message="not claimed: --flows lists flow 6; this scenario needs flow 1"/>');
    expect(io.stdout).toMatch(/<testsuite [^>]*failures="0" errors="0" skipped="1"/);
  });

  it('takes --flows when /health is of no use', async () => {
    const io = captureIo(env);
    const code = await main(['run', 'scenarios/flow-1-zuora-account-to-togai.yaml', 'scenarios/flow-3-togai-invoice-to-zuora.yaml', '--connector-url', bareUrl, '--flows', '6,2', '--reporter', 'json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.stdout);
    expect(report.results.map((r: JsonResult) => [r.status, r.notClaimed])).toEqual([
      ['not-claimed', 'not claimed: --flows lists flows 2, 6; this scenario needs flow 1'],
      ['not-claimed', 'not claimed: --flows lists flows 2, 6; this scenario needs flow 3'],
    ]);
    expect(report.summary).toEqual({ total: 2, passed: 0, failed: 0, skipped: 0, notClaimed: 2 });
    expect(io.stderr).toContain('flows claimed (--flows): 2, 6\n');
  });

  it('takes every flow as claimed, and says so, when neither /health nor --flows says', async () => {
    const io = captureIo(env);
    // the bare server acts on nothing, so the flow's scenario runs (taken as claimed) and fails
    const code = await main(['run', 'scenarios/flow-6-chargebee-customer-to-togai.yaml', '--connector-url', bareUrl, '--reporter', 'json'], io);
    expect(io.stderr).toContain("the connector's /health lists no flows and --flows was not given: every flow is taken as claimed\n");
    expect(code).toBe(1);
    expect(JSON.parse(io.stdout).results[0].status).toBe('failed');
  });

  it('refuses a bad --flows, naming the option', async () => {
    for (const bad of ['0', '10', '1,x', '', '1.5']) {
      const io = captureIo(env);
      expect(await main(['run', '--connector-url', connectorUrl, '--flows', bad], io)).toBe(2);
      expect(io.stderr).toContain(`billing-sim: run: --flows must be flow numbers from 1 to 9, comma-separated, e.g. --flows 1,6; got ${JSON.stringify(bad)}`);
    }
    const io = captureIo(env);
    expect(await main(['run', '--flows', '6'], io)).toBe(2);
    expect(io.stderr).toContain('run: --flows needs --connector-url');
  });
});
