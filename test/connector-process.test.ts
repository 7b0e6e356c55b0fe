import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeConnector } from '../app/connector-subscribers.js';
import { createChargebeeSimulator } from '../simulators/chargebee/index.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { Sandbox } from '../simulators/kit/sandbox.js';
import { createTogaiSimulator } from '../simulators/togai/index.js';
import { createZuoraSimulator } from '../simulators/zuora/index.js';
import { activePlan, associate, event, schemaWithMeters } from './support/billing-fixtures.js';
import { freePorts } from './support/cli.js';
import { expectConformance } from './support/conformance.js';
import { CALLOUT, connectorEnv, WEBHOOK } from './support/connector-env.js';
import { programFile } from '../scripts/programs.mjs';
import { togaiClient, TOKEN } from './support/togai.js';
import { accountBody, CLIENT_ID, CLIENT_SECRET, zuoraClient } from './support/zuora.js';

const SECRET = 'process-test-secret';

interface Started {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

/**
 * The connector as its own process (its bundle, dist/programs/connector.mjs, which npm run connector starts too),
 * configured only through the environment. npm run connector itself is started by the last test.
 */
async function startConnector(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [programFile('connector')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const started: Started = { child, stdout: '', stderr: '', exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (started.stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (started.stderr += c));
  return started;
}

/** Resolves with the connector's URL once it prints that it is ready, or fails when it exits first. */
function ready(started: Started): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const url = /^connector (http:\/\/\S+)$/m.exec(started.stdout)?.[1];
      if (url && started.stdout.includes('connector ready')) resolve(url);
    };
    started.child.stdout!.on('data', check);
    void started.exit.then((code) => reject(new Error(`connector exited with ${code}: ${started.stderr}`)));
  });
}

describe('the connector as its own process, over HTTP only', () => {
  const sandbox = new Sandbox({ seed: 9 });
  const togaiSim = createTogaiSimulator(sandbox, { apiToken: TOKEN });
  const zuoraSim = createZuoraSimulator(sandbox, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const chargebeeSim = createChargebeeSimulator(sandbox, { site: 'proc', apiKey: 'proc-key' });
  let servers: HttpServer[] = [];
  let connector: Started;
  let togai: ReturnType<typeof togaiClient>;
  let zuora: ReturnType<typeof zuoraClient>;

  beforeAll(async () => {
    servers = await Promise.all([togaiSim, zuoraSim, chargebeeSim].map((sim) => serveHttp(sim, { host: '127.0.0.1', port: 0 })));
    const [t, z, c] = servers as [HttpServer, HttpServer, HttpServer];
    togai = togaiClient(t.url);
    zuora = zuoraClient(z.url);
    connector = await startConnector(connectorEnv({ togai: t.url, zuora: z.url, chargebee: c.url }, { port: 0, reconcileSeconds: 0, notificationSecret: SECRET, chargebeeKey: 'proc-key' }));
    const url = await ready(connector);
    subscribeConnector(sandbox.outbox, url, { togai: { notificationSecret: SECRET }, zuora: { callout: CALLOUT }, chargebee: { webhook: WEBHOOK } });
  }, 20_000);

  afterAll(async () => {
    connector?.child.kill('SIGTERM');
    await connector?.exit;
    sandbox.stop();
    await Promise.all(servers.map((s) => s.close()));
    expectConformance(togaiSim);
  });

  it('flow 1: a Zuora account becomes a Togai customer and account, mapped both ways, then a Chargebee customer by flow 9', async () => {
    const created = await zuora('POST', '/v1/accounts', accountBody({ name: 'Grace Hopper', billToContact: { firstName: 'Grace', lastName: 'Hopper', workEmail: 'grace@example.com', country: 'United States', state: 'VA' } }));
    const id: string = created.body.accountId;
    // the callout is answered only once the connector has done its work
    await sandbox.settle();
    const account = await togai('GET', `/accounts/${id}`);
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ id, customerId: id, name: 'Grace Hopper', invoiceCurrency: 'USD' });
    // mapped to Zuora by flow 1, and pushed on to Chargebee by flow 9 like any Togai account
    expect(account.body.settings).toEqual([
      expect.objectContaining({ namespace: 'zuora', id: 'accountId', value: id }),
      expect.objectContaining({ namespace: 'chargebee', id: 'customerId', value: id }),
    ]);
    const cb = await fetch(`${servers[2]!.url}/api/v2/customers/${id}`, { headers: { authorization: `Basic ${Buffer.from('proc-key:').toString('base64')}` } });
    expect((await cb.json()).customer).toMatchObject({ id, email: 'grace@example.com', meta_data: { togai: { accountId: id } } });
    // the bill-to contact's country, a name in Zuora, is a code in Togai
    expect((await togai('GET', `/customers/${id}`)).body).toMatchObject({ primaryEmail: 'grace@example.com', address: { state: 'VA', country: 'US' } });
    expect((await zuora('GET', `/v1/accounts/${id}`)).body.basicInfo).toMatchObject({ TogaiAccountId__c: id, crmId: '' });
    expect(sandbox.outbox.list('zuora').map((d) => d.state)).toEqual(['delivered']);
  });

  it('flow 3: the invoice that closes the cycle is posted to the mapped Zuora account', async () => {
    const zuoraId: string = (await zuora('GET', '/object-query/accounts?filter[]=name.EQ:Grace%20Hopper')).body.data[0].id;
    const [calls] = await schemaWithMeters(togai, { name: 'api', attributes: ['calls'], dimensions: [] }, [{ name: 'API calls', aggregation: 'SUM', computation: '{"var": "attribute.calls"}' }]);
    const plan = await activePlan(togai, 'Calls', [{ displayName: 'API calls', usageMeterId: calls!, slabs: [[0, 0.2], [50, 0.1]] }]);
    await associate(togai, zuoraId, plan);
    expect((await togai('POST', '/ingestBatch', { events: [event('api', zuoraId, { calls: 70 }), event('api', zuoraId, { calls: 10 })] })).status).toBe(202);

    await sandbox.clock.advanceBy('P32D');
    await sandbox.settle();

    const [summary] = (await togai('GET', `/invoices?owner_id=${zuoraId}&status=DUE`)).body.data;
    const generated = (await togai('GET', `/invoices/${summary.id}`)).body;
    // 80 calls: 50 at 0.20 and 30 at 0.10
    const total = 50 * 0.2 + 30 * 0.1;
    expect(generated.totalAmount).toBeCloseTo(total, 6);
    // a month of virtual time has expired the test client's own token
    zuora.forget();
    const invoice = await zuora('GET', `/v1/invoices/${generated.id.replaceAll('.', '-')}`);
    expect(invoice.body).toMatchObject({ accountId: zuoraId, status: 'Posted', invoiceDate: generated.invoiceDate.slice(0, 10), success: true });
    expect(invoice.body.amount).toBeCloseTo(total, 6);
    const togaiDeliveries = sandbox.outbox.list('togai').filter((d) => d.eventType === 'invoice.generated');
    expect(togaiDeliveries.map((d) => d.state)).toEqual(['delivered']);
  });
});

describe('the connector process refuses a bad configuration', () => {
  it('exits 1 naming the key, where it came from, and what is expected', async () => {
    const started = await startConnector({ CONNECTOR_PORT: '0', TOGAI_BASE_URL: 'not-a-url', TOGAI_API_TOKEN: 'x', CONNECTOR_FLOWS: '1,12' });
    expect(await started.exit).toBe(1);
    expect(started.stderr).toContain('togai.baseUrl (environment variable TOGAI_BASE_URL): an absolute http(s) URL');
    expect(started.stderr).toContain('togai.notificationSecret');
    expect(started.stderr).toMatch(/flows\.1 \(environment variable CONNECTOR_FLOWS\)/);
    expect(started.stdout).not.toContain('connector ready');
  }, 20_000);
});

describe('the connector under npm run connector', () => {
  it('stops by itself, freeing its port, when npm is killed with SIGKILL', async () => {
    const [port] = await freePorts(1);
    // nothing listens at these: the connector only has to start, with no reconciliation to run
    const env = connectorEnv({ togai: 'http://127.0.0.1:9', zuora: 'http://127.0.0.1:9', chargebee: 'http://127.0.0.1:9' }, { port: port!, reconcileSeconds: 0, notificationSecret: SECRET, chargebeeKey: 'k' });
    const npm = spawn('npm', ['run', '--silent', 'connector'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    // the connector holds npm's stdout pipe: it closes only once the connector itself has exited
    const connectorGone = new Promise<void>((resolve) => npm.stdout!.once('close', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      npm.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c) && stdout.includes('connector ready') && resolve());
      npm.once('exit', (code) => reject(new Error(`npm exited with ${code} before the connector was ready: ${stdout}`)));
    });
    expect(await portAnswers(port!)).toBe(true);
    npm.kill('SIGKILL');
    await connectorGone;
    expect(await portAnswers(port!)).toBe(false);
    // npm's own start-up and the connector's take seconds on a loaded 2-core runner
  }, 60_000);
});

/** Whether something accepts connections on the loopback port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
