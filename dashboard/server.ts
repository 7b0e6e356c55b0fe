/**
 * The dashboard's server: the page, its bundled assets, and the API of dashboard/api-types.ts
 * over one sandbox, on its own port (DASHBOARD_PORT). It reads the sandbox through the kit (the
 * stores, the outbox, the clock, a watcher) and the simulators' own read operations; running a
 * scenario, and the chaos fault profile, are handed in by the composition (app/live.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import Fastify, { type FastifyReply } from 'fastify';
import { STIFF_PROFILE } from '../simulators/kit/fault-profiles.js';
import type { FaultPlanInput } from '../simulators/kit/faults.js';
import { connectionTimeouts } from '../simulators/kit/http-connection.js';
import { REQUEST_TIMEOUT_MS } from '../simulators/kit/limits.js';
import { explainListenError } from '../simulators/kit/listen-errors.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import type { Sandbox, SandboxEvent } from '../simulators/kit/sandbox.js';
import { indexHtml } from './index-html.js';
import { apiRoutes, type ScenarioProvider } from './server-api.js';
import { EventHub } from './server-events.js';
import { DashboardError, type Sims } from './server-records.js';
import { Runs } from './server-runs.js';
import { Timeline } from './server-timeline.js';
import { createStories, type Stories } from './stories/index.js';

export type { ScenarioProvider } from './server-api.js';

/** What the dashboard shows and drives. */
export interface DashboardSource {
  sandbox: Sandbox;
  simulators: Sims;
  /** The guided stories (dashboard/stories/ on this sandbox by default). */
  stories?: Stories;
  scenarios?: ScenarioProvider;
  /** The fault plan the chaos switch puts on (STIFF_PROFILE, the chaos runs' own, by default). */
  chaos?: FaultPlanInput;
}

export interface DashboardOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) = any free port. */
  port?: number;
  /** What every /api request must carry (the sandbox's admin token by default). */
  token?: string;
  /** The setting the port came from, named when it cannot be used (DASHBOARD_PORT). */
  portVariable?: string;
  hostVariable?: string;
  /** Where the bundled app.js and app.css are (dist/dashboard/assets by default). */
  assetsDir?: string;
}

export interface DashboardServer {
  url: string;
  port: number;
  /**
   * Stop the running story before its next step and wait for it and a running scenario
   * (server-runs.ts CLOSE_WAIT_MS at most), stop watching the sandbox, end every event stream,
   * close the server.
   */
  close(): Promise<void>;
}

/** What the bundle (dashboard/build-client.ts) writes: app.js and app.css. */
const ASSET_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** What a sandbox event changes for the page: request reads change nothing. */
function changedBy(event: SandboxEvent): ('records' | 'timeline' | 'clock' | 'faults')[] {
  if (event.kind === 'request') {
    const reads = event.method === 'GET' || event.method === 'HEAD';
    return [...(reads ? [] : ['records' as const]), ...(event.byHarness ? [] : ['timeline' as const])];
  }
  if (event.kind === 'attempt') return ['timeline'];
  if (event.kind === 'fault') return ['timeline', 'faults'];
  // an advance closes cycles and a reset reseeds: records change without a request
  return ['clock', 'records', 'timeline'];
}

/** Serve the dashboard of `source` until `close()`. */
export async function startDashboard(source: DashboardSource, options: DashboardOptions = {}): Promise<DashboardServer> {
  const { sandbox, simulators: sims } = source;
  const token = options.token ?? sandbox.adminToken;
  const host = options.host ?? '127.0.0.1';
  const assetsDir = options.assetsDir ?? join(PROJECT_ROOT, 'dist', 'dashboard', 'assets');
  const stories = source.stories ?? createStories({ ...sims, kit: sandbox });
  const hub = new EventHub();
  const timeline = new Timeline();
  const runs = new Runs();

  const unwatch = sandbox.watch((event) => {
    timeline.note(event);
    for (const what of changedBy(event)) hub.changed(what);
    // an advance is told before it runs: the page reads the clock again once it is done
    if (event.kind === 'clock') queueMicrotask(() => void sandbox.clock.exclusive(() => hub.changed('clock')));
  });

  const timeouts = connectionTimeouts(REQUEST_TIMEOUT_MS);
  // an event stream outlives any request timeout: Node's is for reading the request, which is long done
  const app = Fastify({ logger: false, forceCloseConnections: true, http: timeouts, requestTimeout: timeouts.requestTimeout, bodyLimit: 64 * 1024 });
  const fail = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });

  // no other site may frame the page (clickjacking its buttons), and no answer is read as another type than it says
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', "frame-ancestors 'none'").header('x-content-type-options', 'nosniff');
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    if (error instanceof DashboardError) return fail(reply, error.status, error.message);
    if (error instanceof RangeError) return fail(reply, 400, error.message);
    if (error.statusCode && error.statusCode < 500) return fail(reply, error.statusCode, error.message);
    console.error('dashboard: a request failed:', error);
    return fail(reply, 500, `The dashboard failed: ${error.message}`);
  });
  app.setNotFoundHandler((request, reply) => fail(reply, 404, `No dashboard route ${request.method} ${request.url.split('?')[0]}; the API is in dashboard/api-types.ts`));

  // the page and its assets hold no data: no token, so a browser can load them from the printed URL
  app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(indexHtml()));
  app.get('/assets/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const type = ASSET_TYPES[extname(file)];
    if (!/^[\w.-]+$/.test(file) || file.startsWith('.') || !type) return fail(reply, 404, `No asset '${file}'`);
    let body: Buffer;
    try {
      body = await readFile(join(assetsDir, file));
    } catch {
      return fail(reply, 404, `No asset '${file}' in ${assetsDir}: run \`npm run build\` to bundle the dashboard's page`);
    }
    return reply.type(type).send(body);
  });
  await app.register(apiRoutes({ sandbox, sims, stories, scenarios: source.scenarios, chaosPlan: source.chaos ?? STIFF_PROFILE, hub, timeline, runs, token, host }), { prefix: '/api' });

  const port = options.port ?? 0;
  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (e) {
    unwatch();
    await app.close();
    throw explainListenError(e, { host, port }, { portVariable: options.portVariable, hostVariable: options.hostVariable }) ?? e;
  }
  return {
    url: address,
    port: Number(new URL(address).port),
    async close() {
      await runs.close();
      unwatch();
      hub.close();
      await app.close();
    },
  };
}
