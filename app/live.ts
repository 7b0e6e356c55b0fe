import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildConnector } from '../connector/app.js';
import { parseConnectorConfig } from '../connector/config.js';
import { startDashboard } from '../dashboard/server.js';
import { createChargebeeSimulator } from '../simulators/chargebee/index.js';
import { readSandboxEnv, type SandboxEnv } from './config.js';
import { seedDemo } from './demo.js';
import { RECEIVER_PATHS } from '../connector/receiver-paths.js';
import { receiverCredentials, subscribeConnector } from './connector-subscribers.js';
import { dashboardScenarios } from './dashboard-scenarios.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { Sandbox } from '../simulators/kit/sandbox.js';
import { createTogaiSimulator } from '../simulators/togai/index.js';
import { createZuoraSimulator } from '../simulators/zuora/index.js';

/** How long SIGINT or SIGTERM waits for the connector's flows under way and the servers to close before exiting anyway (with 1). */
const SHUTDOWN_GRACE_MS = 10_000;

/** The reference connector's configuration for simulators at these URLs. */
function liveConnectorConfig(env: SandboxEnv, urls: { togai: string; zuora: string; chargebee: string }) {
  const receivers = receiverCredentials(env);
  return parseConnectorConfig({
    host: env.SANDBOX_HOST,
    port: env.CONNECTOR_PORT,
    togai: { baseUrl: urls.togai, apiToken: env.TOGAI_API_TOKEN, ...receivers.togai },
    zuora: { baseUrl: urls.zuora, clientId: env.ZUORA_CLIENT_ID, clientSecret: env.ZUORA_CLIENT_SECRET, ...receivers.zuora },
    chargebee: { baseUrl: `${urls.chargebee}/api/v2`, apiKey: env.CHARGEBEE_API_KEY, ...receivers.chargebee },
  });
}

/** The reference connector on CONNECTOR_PORT, subscribed to the three simulators. */
async function startConnector(env: SandboxEnv, sandbox: Sandbox, urls: { togai: string; zuora: string; chargebee: string }) {
  const config = liveConnectorConfig(env, urls);
  const connector = buildConnector(config);
  // the live sandbox binds its connector to SANDBOX_HOST, not CONNECTOR_HOST
  const url = await connector.listen({ hostVariable: 'SANDBOX_HOST' });
  connector.startReconciling();
  subscribeConnector(sandbox.outbox, url, config);
  return { url, close: () => connector.close() };
}

/** A live sandbox's servers, started: what `npm start` prints, and how to stop them. */
export interface LiveSandbox {
  sandbox: Sandbox;
  urls: { togai: string; zuora: string; chargebee: string; connector?: string; dashboard: string };
  /** The dashboard's URL with the admin token: it opens the page ready to use. */
  dashboardLink: string;
  /**
   * The dashboard first (a running story stops at its next step; its event streams end), then the
   * connector while the simulators still answer the flows it has under way.
   */
  close(): Promise<void>;
}

/**
 * The live sandbox's servers: the three simulators, sharing one clock that follows wall time
 * from now (and can still be advanced through /__admin), seeded with demo data; the reference
 * connector subscribed to all three (unless SANDBOX_CONNECTOR=off); and the dashboard, serving
 * its page from `assetsDir` (dist/dashboard/assets by default). Responses are not checked
 * against the contracts unless `checkResponses` (the bench's ceiling figures): the test suite
 * checks them, and checking each one here would cost the live sandbox about a tenth of its
 * throughput for no finding.
 */
export async function composeLiveSandbox(env: SandboxEnv, options: { assetsDir?: string; checkResponses?: boolean } = {}): Promise<LiveSandbox> {
  const sandbox = new Sandbox({ seed: env.SANDBOX_SEED, live: true, adminToken: env.SANDBOX_ADMIN_TOKEN });
  const checkResponses = options.checkResponses ?? false;
  const togai = createTogaiSimulator(sandbox, { apiToken: env.TOGAI_API_TOKEN, checkResponses });
  const zuora = createZuoraSimulator(sandbox, { clientId: env.ZUORA_CLIENT_ID, clientSecret: env.ZUORA_CLIENT_SECRET, checkResponses });
  const chargebee = createChargebeeSimulator(sandbox, { site: env.CHARGEBEE_SITE, apiKey: env.CHARGEBEE_API_KEY, checkResponses });
  const faker = await sandbox.faker();
  // the demo data is constant and seeded with validation on by the tests
  const trusted = { validate: false };
  await sandbox.seedWith(() => seedDemo({ togai, zuora, chargebee }, faker, trusted));

  const host = env.SANDBOX_HOST;
  // what started, closed in reverse if a later server cannot start: a failed start leaves no port bound
  const started: { close(): Promise<void> }[] = [];
  const closeStarted = () => Promise.allSettled(started.reverse().map((s) => s.close()));
  try {
    const servers = await Promise.allSettled([
      serveHttp(togai, { host, port: env.TOGAI_PORT, portVariable: 'TOGAI_PORT', hostVariable: 'SANDBOX_HOST' }),
      serveHttp(zuora, { host, port: env.ZUORA_PORT, portVariable: 'ZUORA_PORT', hostVariable: 'SANDBOX_HOST' }),
      serveHttp(chargebee, { host, port: env.CHARGEBEE_PORT, portVariable: 'CHARGEBEE_PORT', hostVariable: 'SANDBOX_HOST' }),
    ]);
    for (const s of servers) if (s.status === 'fulfilled') started.push(s.value);
    const refused = servers.find((s) => s.status === 'rejected');
    if (refused) throw refused.reason;
    // none refused: all three, in order
    const [t, z, c] = started as [HttpServer, HttpServer, HttpServer];
    const connector = env.SANDBOX_CONNECTOR === 'on' ? await startConnector(env, sandbox, { togai: t.url, zuora: z.url, chargebee: c.url }) : undefined;
    if (connector) started.push(connector);
    const dashboard = await startDashboard(
      { sandbox, simulators: { togai, zuora, chargebee }, scenarios: dashboardScenarios() },
      { host, port: env.DASHBOARD_PORT, portVariable: 'DASHBOARD_PORT', hostVariable: 'SANDBOX_HOST', ...(options.assetsDir ? { assetsDir: options.assetsDir } : {}) },
    );
    return {
      sandbox,
      urls: { togai: t.url, zuora: z.url, chargebee: c.url, ...(connector ? { connector: connector.url } : {}), dashboard: dashboard.url },
      dashboardLink: `${dashboard.url}/?token=${encodeURIComponent(sandbox.adminToken)}`,
      async close() {
        await dashboard.close();
        sandbox.stop();
        await connector?.close();
        await Promise.all([t, z, c].map((s) => s.close()));
      },
    };
  } catch (e) {
    sandbox.stop();
    await closeStarted();
    throw e;
  }
}

/**
 * The live sandbox (`npm start`, `billing-sim up`): composeLiveSandbox, then every URL and
 * credential printed; runs until SIGINT or SIGTERM, then closes every server and exits.
 */
export async function startLiveSandbox(env: SandboxEnv = readSandboxEnv()): Promise<void> {
  const live = await composeLiveSandbox(env);
  const { sandbox, urls } = live;
  console.log(`Togai      ${urls.togai}`);
  console.log(`  auth     Authorization: Bearer ${env.TOGAI_API_TOKEN}   (or X-API-Key: ${env.TOGAI_API_TOKEN})`);
  console.log(`  try      curl -H 'Authorization: Bearer ${env.TOGAI_API_TOKEN}' ${urls.togai}/customers`);
  console.log(`Zuora      ${urls.zuora}`);
  console.log(`  OAuth    client_id=${env.ZUORA_CLIENT_ID} client_secret=${env.ZUORA_CLIENT_SECRET}`);
  console.log(`  try      curl -d grant_type=client_credentials -d client_id=${env.ZUORA_CLIENT_ID} -d client_secret=${env.ZUORA_CLIENT_SECRET} ${urls.zuora}/oauth/token`);
  console.log(`Chargebee  ${urls.chargebee}/api/v2   site ${env.CHARGEBEE_SITE}, API key ${env.CHARGEBEE_API_KEY} (Basic auth user name)`);
  console.log(`  SDK      new Chargebee({ site: '127.0.0.1', apiKey: '${env.CHARGEBEE_API_KEY}', protocol: 'http', hostSuffix: '', port: ${new URL(urls.chargebee).port} })`);
  if (urls.connector) {
    console.log(`Connector  ${urls.connector}   (subscribed to all three; GET ${urls.connector}/health)`);
    console.log(`  Togai    ${urls.connector}${RECEIVER_PATHS.togai}   x-togai-signature: HMAC-SHA256 with secret ${env.TOGAI_NOTIFICATION_SECRET}`);
    console.log(`  Zuora    ${urls.connector}${RECEIVER_PATHS.zuora}   Basic ${env.ZUORA_CALLOUT_USERNAME}:${env.ZUORA_CALLOUT_PASSWORD}`);
    console.log(`  Chargebee ${urls.connector}${RECEIVER_PATHS.chargebee}   Basic ${env.CHARGEBEE_WEBHOOK_USERNAME}:${env.CHARGEBEE_WEBHOOK_PASSWORD}`);
  } else {
    console.log('Connector  off (SANDBOX_CONNECTOR=off): register your own receivers with POST /__admin/subscribers');
  }
  const adminToken = sandbox.adminToken;
  const tokenFrom = env.SANDBOX_ADMIN_TOKEN === undefined ? 'new each start; set SANDBOX_ADMIN_TOKEN to keep one' : 'from SANDBOX_ADMIN_TOKEN';
  console.log(`admin      Authorization: Bearer ${adminToken}   (${tokenFrom})`);
  console.log(`  routes   /__admin/state  /__admin/clock  /__admin/clock/advance  /__admin/requests  /__admin/deliveries  /__admin/subscribers  /__admin/faults  /__admin/reset  (on every server)`);
  console.log(`  try      curl -H 'Authorization: Bearer ${adminToken}' ${urls.togai}/__admin/clock`);
  // on a line of its own: the URL carries the admin token, so it opens the page ready to use
  console.log(`dashboard: ${live.dashboardLink}`);
  console.log(`seed ${sandbox.seed}, virtual time ${sandbox.clock.iso()}`);
  console.log('sandbox ready');

  const stop = async () => {
    // never hang on the way out: past the grace period, exit anyway
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await live.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Whether this module is the program node was asked to run (the bundle `npm start` runs), not an import. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  startLiveSandbox().catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
