import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../scenarios/cli.js';
import { partnerUnsupported } from '../scenarios/engine/partner-suite.js';
import { partnerSettings } from '../scenarios/engine/partner-world.js';
import { loadAll, scenarioFiles } from '../scenarios/engine/suite.js';
import { readSandboxEnv } from '../app/config.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { captureIo, freePorts, printed, startNode, stop, type Child } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'billing-sim-partner-'));

// a restart the harness cannot do to a partner's process: skipped, with a note, and the rest still runs
const restart = join(tmp, 'restart.yaml');
writeFileSync(
  restart,
  `name: A restart step against a partner's connector
seed: 7
steps:
  - call:
      vendor: zuora
      operation: createAccount
      body: { name: Restart Co, currency: USD, billCycleDay: 1, billToContact: { firstName: Re, lastName: Start } }
    capture: { zid: body.accountId }
  - restartConnector: true
  - expect:
      - read: { vendor: togai, operation: getAccount, params: { account_id: "\${zid}" } }
        body: { id: "\${zid}", name: Restart Co }
`,
);
// flows turned off: a partner's connector cannot be configured per scenario, so this one is not run
const flowsOff = join(tmp, 'flows-off.yaml');
writeFileSync(
  flowsOff,
  `name: Only flow 1
given: { connector: { flows: [1] } }
steps:
  - advance: P1D
`,
);

const shipped = loadAll(scenarioFiles());

describe('partner mode: the scenario suite against a connector in its own process', () => {
  let connector: Child;
  let connectorUrl: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    const [togai, zuora, chargebee] = (await freePorts(3)).map(String);
    env = { TOGAI_PORT: togai!, ZUORA_PORT: zuora!, CHARGEBEE_PORT: chargebee! };
    // exactly what a partner does: configure the connector with the briefing's variables and a port
    const settings = partnerSettings(readSandboxEnv(env));
    connector = startNode([programFile('connector')], { ...settings, CONNECTOR_PORT: '0' });
    connectorUrl = (await printed(connector, /^connector (http:\/\/\S+)\n[\s\S]*^connector ready$/m))[1]!;
  }, 20_000);

  afterAll(async () => {
    if (connector) expect(await stop(connector)).toBe(0);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('prints the briefing, passes every scenario, skips a restart with a note and a scenario it cannot honour', async () => {
    const out = join(tmp, 'partner.json');
    const io = captureIo(env);
    const code = await main(['run', 'scenarios', restart, flowsOff, '--connector-url', connectorUrl, '--reporter', 'json', '--out', out], io);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const failures = report.results.filter((r: { status: string }) => r.status === 'failed').map((r: { failure: { text: string } }) => r.failure.text);
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(code).toBe(0);

    for (const [name, value] of Object.entries(partnerSettings(readSandboxEnv(env)))) expect(io.stdout).toContain(`  ${name}=${value}\n`);
    expect(io.stdout).toContain(`The simulators deliver to ${connectorUrl}: /togai/notifications, /zuora/callouts, /chargebee/webhooks (contracts/connector.yaml).`);
    expect(report).toMatchObject({ mode: 'partner', connectorUrl });

    // every shipped scenario is in the report: run and passed, or (given.connector it cannot honour) skipped
    const byFile = new Map(report.results.map((r: { file: string }) => [r.file, r]));
    for (const scenario of shipped) {
      const reason = partnerUnsupported(scenario);
      expect(byFile.get(relative(PROJECT_ROOT, scenario.file))).toMatchObject(reason ? { status: 'skipped', skipped: reason } : { status: 'passed', passed: true });
    }
    // the prepaid story and its duplicate-delivery variant run in partner mode too, not skipped
    for (const file of ['flow-7-prepaid-entitlements.yaml', 'flow-7-prepaid-duplicate-payment.yaml']) expect(byFile.get(`scenarios/${file}`)).toMatchObject({ status: 'passed' });
    expect(byFile.get(restart)).toMatchObject({ status: 'passed', notes: ["step 2: a partner's connector cannot be restarted by the harness; the step was skipped"] });
    expect(byFile.get(flowsOff)).toMatchObject({
      status: 'skipped',
      passed: false,
      skipped: "not run: given.connector.flows turns off flows 2, 3, 4, 5, 6, 7, 8, 9, which a partner's connector cannot be made to do per scenario",
    });
    expect(report.summary).toMatchObject({ total: shipped.length + 2, failed: 0 });
    expect(io.stdout).toMatch(/^- Only flow 1 {2}\(\S+flows-off\.yaml\) {2}skipped$/m);
    expect(io.stdout).toContain("    note: step 2: a partner's connector cannot be restarted by the harness; the step was skipped\n");
  }, 45_000);

  it('says so, and runs nothing, when no connector answers at the URL', async () => {
    const [unused] = await freePorts(1);
    const io = captureIo(env);
    expect(await main(['run', restart, '--connector-url', `http://127.0.0.1:${unused}`], io)).toBe(1);
    expect(io.stderr).toMatch(new RegExp(`^nothing answers at http://127\\.0\\.0\\.1:${unused} \\(ECONNREFUSED\\); start your connector first\\n$`));
    expect(io.stdout).not.toContain('✓');
  });

  it('stops with the port at fault when a simulator cannot listen, and leaves no port taken', async () => {
    // the connector's own port stands for a port something else holds
    const io = captureIo({ ...env, TOGAI_PORT: new URL(connectorUrl).port });
    expect(await main(['run', restart, '--connector-url', connectorUrl], io)).toBe(1);
    expect(io.stderr).toMatch(/^the simulators cannot listen on their ports \(TOGAI_PORT=\d+: port \d+ on 127\.0\.0\.1 is already in use.*\); is another sandbox running\?\n$/);
    for (const port of [env.ZUORA_PORT, env.CHARGEBEE_PORT]) {
      const server = createServer();
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(Number(port), '127.0.0.1', resolve));
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('needs the fixed ports the connector was configured with', async () => {
    const io = captureIo({ ...env, ZUORA_PORT: '0' });
    expect(await main(['run', '--connector-url', connectorUrl], io)).toBe(2);
    expect(io.stderr).toContain('partner mode needs fixed ports your connector is configured with; ZUORA_PORT is 0');
  });
});
