import { readFile, rename, rm, writeFile } from 'node:fs/promises';
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
import { SnapshotRefused } from '../simulators/kit/sandbox-snapshot.js';
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
 * A snapshot file that cannot start the live sandbox (missing, unreadable, not JSON, or refused
 * by the sandbox); the message names the file and why. `billing-sim up` exits with 2 for it.
 */
export class SnapshotFileError extends Error {
  override name = 'SnapshotFileError';
}

/** Why a file could not be read, in words: the errno's meaning, not its code. */
function unreadable(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
}

/** The JSON a snapshot file holds, or SnapshotFileError naming the file and why it cannot be had. */
export async function readSnapshotFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new SnapshotFileError(`cannot load ${file}: ${unreadable(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SnapshotFileError(`cannot load ${file}: it is not JSON (${(e as Error).message}); a snapshot file is what GET /__admin/snapshot answers or --save-on-exit writes`);
  }
}

/**
 * The sandbox's snapshot written to `file`: to `file.tmp` first, then renamed over `file`, so
 * `file` is always a whole snapshot (the one before, or this one), never half of one.
 */
export async function saveSnapshotFile(sandbox: Sandbox, file: string): Promise<void> {
  const text = JSON.stringify(await sandbox.snapshot());
  const tmp = `${file}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * The live sandbox's servers: the three simulators, sharing one clock that follows wall time
 * from now (and can still be advanced through /__admin), seeded with demo data; the reference
 * connector subscribed to all three (unless SANDBOX_CONNECTOR=off); and the dashboard, serving
 * its page from `assetsDir` (dist/dashboard/assets by default). Responses are not checked
 * against the contracts unless `checkResponses` (the bench's ceiling figures): the test suite
 * checks them, and checking each one here would cost the live sandbox about a tenth of its
 * throughput for no finding. With `snapshot`, the sandbox becomes what it holds (in place of
 * the demo data, its clock going on from the snapshot's instant) before any server starts; one
 * the sandbox refuses throws its SnapshotRefused.
 */
export async function composeLiveSandbox(env: SandboxEnv, options: { assetsDir?: string; checkResponses?: boolean; snapshot?: unknown } = {}): Promise<LiveSandbox> {
  const sandbox = new Sandbox({ seed: env.SANDBOX_SEED, live: true, adminToken: env.SANDBOX_ADMIN_TOKEN });
  const checkResponses = options.checkResponses ?? false;
  const togai = createTogaiSimulator(sandbox, { apiToken: env.TOGAI_API_TOKEN, checkResponses });
  const zuora = createZuoraSimulator(sandbox, { clientId: env.ZUORA_CLIENT_ID, clientSecret: env.ZUORA_CLIENT_SECRET, checkResponses });
  const chargebee = createChargebeeSimulator(sandbox, { site: env.CHARGEBEE_SITE, apiKey: env.CHARGEBEE_API_KEY, checkResponses });
  const faker = await sandbox.faker();
  // the demo data is constant and seeded with validation on by the tests
  const trusted = { validate: false };
  // seeded even when a snapshot replaces it: a reset goes back to it
  await sandbox.seedWith(() => seedDemo({ togai, zuora, chargebee }, faker, trusted));
  if (options.snapshot !== undefined) {
    try {
      await sandbox.restore(options.snapshot);
    } catch (e) {
      sandbox.stop();
      throw e;
    }
  }

  const host = env.SANDBOX_HOST;
  // what started, closed in reverse if a later server cannot start: a failed start leaves no port
  // bound. One after another: the connector's first reconciliation pass ends against simulators
  // that still answer, where closed ones had it retry refused connections for seconds
  const started: { close(): Promise<void> }[] = [];
  const closeStarted = async () => {
    for (const s of started.reverse()) await s.close().catch(() => undefined);
  };
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

/** How `npm start` / `billing-sim up` starts and ends, beside the sandbox's settings. */
export interface LiveStartOptions {
  /** A snapshot file to start from (`up --load`, SANDBOX_LOAD), read and loaded before any server starts. */
  load?: string;
  /** Where to save the sandbox on SIGINT or SIGTERM, before closing (`up --save-on-exit`, SANDBOX_SAVE_ON_EXIT). */
  saveOnExit?: string;
  /**
   * SANDBOX_SEED was set. Unset, a loaded snapshot's own seed is the sandbox's; set to another
   * seed than the snapshot's, the load is refused (a snapshot replays only under its seed).
   */
  seedSet?: boolean;
}

/** The sandbox's settings and a loaded snapshot, its seed taken from the snapshot unless SANDBOX_SEED was set; SnapshotFileError when it cannot be. */
async function loadedStart(env: SandboxEnv, file: string, seedSet: boolean): Promise<{ env: SandboxEnv; snapshot: unknown; seedFromSnapshot: boolean }> {
  const snapshot = await readSnapshotFile(file);
  const seed = (snapshot as { seed?: unknown } | null)?.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed === env.SANDBOX_SEED) return { env, snapshot, seedFromSnapshot: false };
  if (seedSet) {
    throw new SnapshotFileError(`cannot load ${file}: it was saved by a sandbox with seed ${seed}, and SANDBOX_SEED is ${env.SANDBOX_SEED}; set SANDBOX_SEED=${seed}, or leave SANDBOX_SEED unset to start with the snapshot's seed`);
  }
  return { env: { ...env, SANDBOX_SEED: seed }, snapshot, seedFromSnapshot: true };
}

/**
 * The live sandbox (`npm start`, `billing-sim up`): composeLiveSandbox, then every URL and
 * credential printed; runs until SIGINT or SIGTERM, then (saving the sandbox first, with
 * `saveOnExit`) closes every server and exits. A `load` file that cannot be loaded throws
 * SnapshotFileError before any server starts.
 */
export async function startLiveSandbox(
  env: SandboxEnv = readSandboxEnv(),
  options: LiveStartOptions = { load: env.SANDBOX_LOAD, saveOnExit: env.SANDBOX_SAVE_ON_EXIT, seedSet: process.env.SANDBOX_SEED !== undefined },
): Promise<void> {
  const start = options.load === undefined ? { env, snapshot: undefined, seedFromSnapshot: false } : await loadedStart(env, options.load, options.seedSet ?? false);
  let live: LiveSandbox;
  try {
    live = await composeLiveSandbox(start.env, { snapshot: start.snapshot });
  } catch (e) {
    if (e instanceof SnapshotRefused) throw new SnapshotFileError(`cannot load ${options.load}: ${e.message}`);
    throw e;
  }
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
  console.log(`  routes   /__admin/state  /__admin/clock  /__admin/clock/advance  /__admin/requests  /__admin/deliveries  /__admin/subscribers  /__admin/faults  /__admin/reset  /__admin/snapshot  (on every server)`);
  console.log(`  try      curl -H 'Authorization: Bearer ${adminToken}' ${urls.togai}/__admin/clock`);
  // on a line of its own: the URL carries the admin token, so it opens the page ready to use
  console.log(`dashboard: ${live.dashboardLink}`);
  if (options.load !== undefined) {
    const takenAt = (start.snapshot as { takenAt?: unknown }).takenAt;
    console.log(`loaded     ${options.load} (saved at virtual time ${String(takenAt)}), in place of the demo data; /__admin/reset goes back to the demo data`);
  }
  if (options.saveOnExit !== undefined) console.log(`save       to ${options.saveOnExit} on SIGINT or SIGTERM, before the servers close`);
  console.log(`seed ${sandbox.seed}${start.seedFromSnapshot ? " (the snapshot's; SANDBOX_SEED is unset)" : ''}, virtual time ${sandbox.clock.iso()}`);
  console.log('sandbox ready');

  const stop = async () => {
    let code = 0;
    // saved while every server still answers, so deliveries under way can finish first; it
    // takes as long as the sandbox is large, and a second SIGINT or SIGTERM ends it at once
    if (options.saveOnExit !== undefined) {
      try {
        await saveSnapshotFile(sandbox, options.saveOnExit);
        console.log(`saved sandbox to ${options.saveOnExit}`);
      } catch (e) {
        console.error(`could not save the sandbox to ${options.saveOnExit}: ${unreadable(e)}`);
        code = 1;
      }
    }
    // never hang on the way out: past the grace period, exit anyway
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await live.close();
    process.exit(code);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
