import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConnector } from '../connector/app.js';
import { ConfigError, parseConnectorConfig } from '../connector/config.js';
import { loadConnectorConfig } from '../connector/config-loader.js';
import { main } from '../scenarios/cli.js';
import { parseScenario, ScenarioError } from '../scenarios/engine/load.js';
import { serveHttp } from '../simulators/kit/http-transport.js';
import { explainListenError, ListenError } from '../simulators/kit/listen-errors.js';
import { captureIo, startNode } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';
import { togaiSandbox } from './support/togai.js';

const dir = mkdtempSync(join(tmpdir(), 'actionable-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid scenario whose line 17 lost the colon after its key: the yaml library places that at 17:9. */
const SCENARIO_MISSING_COLON = [
  'name: broken on purpose',
  'seed: 1',
  'steps:',
  '  - call:',
  '      vendor: zuora',
  '      operation: createAccount',
  '      body:',
  '        name: Ada Lovelace',
  '        billToContact:',
  '          firstName: Ada',
  '          lastName: Lovelace',
  '  - call:',
  '      vendor: zuora',
  '      operation: createAccount',
  '      body:',
  '        name: Grace Hopper',
  '        billCycleDay 1',
  '  - advance: P1D',
].join('\n');

/** One tab used as indentation on line 5: the yaml library reports seven errors, all but the first following from it. */
const SCENARIO_TAB = ['name: tabbed', 'steps:', '  - call:', '      vendor: zuora', '\toperation: createAccount', '      body: {}', '  - advance: P1D'].join('\n');

function problemsOf(text: string, file: string): string[] {
  try {
    parseScenario(text, file);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  throw new Error(`${file} loaded, but it should not have`);
}

describe('a YAML syntax error in a scenario', () => {
  it("is reported once, at the yaml library's own line and column, without the schema's errors about the half-parsed rest", () => {
    expect(SCENARIO_MISSING_COLON.split('\n')[16]).toBe('        billCycleDay 1');
    expect(problemsOf(SCENARIO_MISSING_COLON, 'scenarios/foo.yaml')).toEqual(['scenarios/foo.yaml:17:9: Implicit map keys need to be followed by map values']);
    expect(problemsOf(SCENARIO_TAB, 'tabbed.yaml')).toEqual(['tabbed.yaml:5:1: Tabs are not allowed as indentation']);
  });

  it('reads the same through billing-sim validate: one line, the file as given', async () => {
    const file = join(dir, 'foo.yaml');
    writeFileSync(file, SCENARIO_MISSING_COLON);
    const io = captureIo({}, dir);
    expect(await main(['validate', 'foo.yaml'], io)).toBe(1);
    expect(io.stderr).toBe('foo.yaml:17:9: Implicit map keys need to be followed by map values\n');
  });
});

describe("a YAML syntax error in the connector's CONNECTOR_CONFIG file", () => {
  it("is one line at the yaml library's line and column, without a code excerpt", () => {
    const path = join(dir, 'connector.yaml');
    // line 3 opens a flow sequence that never closes: the yaml library places the error where line 4 starts
    writeFileSync(path, ['togai:', '  apiToken: t', '  baseUrl: [http://127.0.0.1:4010', 'port: 4040', ''].join('\n'));
    let error: unknown;
    try {
      loadConnectorConfig({ env: { CONNECTOR_CONFIG: path } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`${path}:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]`);
  });
});

/** A port some other server holds for the test's length: listened on at port 0 first. */
async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { port: (server.address() as { port: number }).port, server };
}

describe('a server that cannot listen', () => {
  let held: { port: number; server: Server };
  beforeAll(async () => {
    held = await occupiedPort();
  });
  afterAll(async () => {
    await new Promise((resolve) => held.server.close(resolve));
  });

  it('names the port variable and the port when the port is in use', async () => {
    const { sim } = togaiSandbox();
    const failure = serveHttp(sim, { host: '127.0.0.1', port: held.port, portVariable: 'TOGAI_PORT', hostVariable: 'SANDBOX_HOST' });
    await expect(failure).rejects.toThrow(
      new ListenError(`TOGAI_PORT=${held.port}: port ${held.port} on 127.0.0.1 is already in use; stop what holds it or set TOGAI_PORT to another port (0 picks a free one)`, 'EADDRINUSE'),
    );
    await expect(failure).rejects.toBeInstanceOf(ListenError);
    // without the variable's name (a program calling serveHttp itself) it still says what to do
    await expect(serveHttp(sim, { port: held.port })).rejects.toThrow(`port ${held.port} on 127.0.0.1 is already in use; stop what holds it or choose another port (0 picks a free one)`);
  });

  it('names the host variable when the host is not an address of this machine or does not resolve', async () => {
    const { sim } = togaiSandbox();
    // 192.0.2.1 is TEST-NET-1 (RFC 5737), never an address of this machine: no DNS involved
    await expect(serveHttp(sim, { host: '192.0.2.1', port: 0, portVariable: 'TOGAI_PORT', hostVariable: 'SANDBOX_HOST' })).rejects.toThrow(
      'SANDBOX_HOST="192.0.2.1": cannot listen on it (EADDRNOTAVAIL); use an address of this machine such as 127.0.0.1',
    );
    // .invalid never resolves (RFC 6761); the resolver may say so as ENOTFOUND or, offline, EAI_AGAIN
    await expect(serveHttp(sim, { host: 'nonexistent.invalid', port: 0, hostVariable: 'SANDBOX_HOST' })).rejects.toThrow(
      /^SANDBOX_HOST="nonexistent\.invalid": cannot listen on it \((ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME)\); use an address of this machine such as 127\.0\.0\.1$/,
    );
  });

  it('explains a privileged port, and leaves errors that are not the settings as they were', () => {
    const denied = Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' });
    expect(explainListenError(denied, { host: '127.0.0.1', port: 80 }, { portVariable: 'TOGAI_PORT' })?.message).toBe(
      'TOGAI_PORT=80: port 80 on 127.0.0.1 needs privileges this process lacks (EACCES); set TOGAI_PORT to another port from 1024 up (0 picks a free one)',
    );
    expect(explainListenError(Object.assign(new Error('boom'), { code: 'EMFILE' }), { host: '127.0.0.1', port: 1 })).toBeUndefined();
    expect(explainListenError('not an error', { host: '127.0.0.1', port: 1 })).toBeUndefined();
  });

  it('the reference connector names CONNECTOR_PORT and CONNECTOR_HOST, or the names it is given', async () => {
    const config = (host: string, port: number) => parseConnectorConfig({ host, port, reconcileEverySeconds: 0, togai: { baseUrl: 'http://127.0.0.1:9', apiToken: 't', notificationSecret: 's' } });
    const inUse = buildConnector(config('127.0.0.1', held.port));
    await expect(inUse.listen()).rejects.toThrow(
      `CONNECTOR_PORT=${held.port}: port ${held.port} on 127.0.0.1 is already in use; stop what holds it or set CONNECTOR_PORT to another port (0 picks a free one)`,
    );
    await inUse.close();
    const badHost = buildConnector(config('192.0.2.1', 0));
    await expect(badHost.listen()).rejects.toThrow('CONNECTOR_HOST="192.0.2.1": cannot listen on it (EADDRNOTAVAIL)');
    await badHost.close();
    // the live sandbox binds its connector to SANDBOX_HOST
    const live = buildConnector(config('192.0.2.1', 0));
    await expect(live.listen({ hostVariable: 'SANDBOX_HOST' })).rejects.toThrow('SANDBOX_HOST="192.0.2.1": cannot listen on it (EADDRNOTAVAIL)');
    await live.close();
  });

  it('the connector process prints that one line and exits 1, no stack', async () => {
    const env = { PATH: process.env.PATH ?? '', CONNECTOR_PORT: String(held.port), TOGAI_BASE_URL: 'http://127.0.0.1:9', TOGAI_API_TOKEN: 't', TOGAI_NOTIFICATION_SECRET: 's', CONNECTOR_RECONCILE_SECONDS: '0' };
    const child = startNode([programFile('connector')], env);
    expect(await child.exit).toBe(1);
    expect(child.stderr).toBe(`CONNECTOR_PORT=${held.port}: port ${held.port} on 127.0.0.1 is already in use; stop what holds it or set CONNECTOR_PORT to another port (0 picks a free one)\n`);
  });

  it('the live sandbox prints that one line and exits 1, no stack', async () => {
    const env = { PATH: process.env.PATH ?? '', TOGAI_PORT: String(held.port), ZUORA_PORT: '0', CHARGEBEE_PORT: '0', SANDBOX_CONNECTOR: 'off' };
    // both at once: each spends most of its time starting up
    const child = startNode([programFile('live')], env);
    const badHost = startNode([programFile('live')], { ...env, TOGAI_PORT: '0', SANDBOX_HOST: '192.0.2.1' });
    expect(await child.exit).toBe(1);
    expect(child.stderr).toBe(`TOGAI_PORT=${held.port}: port ${held.port} on 127.0.0.1 is already in use; stop what holds it or set TOGAI_PORT to another port (0 picks a free one)\n`);
    expect(await badHost.exit).toBe(1);
    expect(badHost.stderr).toBe('SANDBOX_HOST="192.0.2.1": cannot listen on it (EADDRNOTAVAIL); use an address of this machine such as 127.0.0.1\n');
  });
});
