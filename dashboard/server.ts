/**
 * The dashboard's server: the page, its bundled assets, and the API of dashboard/api-types.ts
 * over one sandbox, on its own port (DASHBOARD_PORT). It reads the sandbox through the kit (the
 * stores, the outbox, the clock, a watcher) and the simulators' own read operations; running a
 * story or a scenario, and the chaos fault profile, are handed in by the composition (app/live.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { STIFF_PROFILE } from '../simulators/kit/fault-profiles.js';
import type { FaultPlanInput } from '../simulators/kit/faults.js';
import { connectionTimeouts } from '../simulators/kit/http-connection.js';
import { REQUEST_TIMEOUT_MS } from '../simulators/kit/limits.js';
import { explainListenError } from '../simulators/kit/listen-errors.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import type { Sandbox, SandboxEvent } from '../simulators/kit/sandbox.js';
import type { Overview, ScenarioInfo, ScenarioRunResult, StoryInfo, StoryProgress, Vendor } from './api-types.js';
import { indexHtml } from './index-html.js';
import { advanceClock } from './server-clock.js';
import { EventHub } from './server-events.js';
import { dashboardRefusal } from './server-guard.js';
import { linkGraph } from './server-links.js';
import { DashboardError, kindOf, recordCounts, recordDetail, recordPage, type Sims } from './server-records.js';
import { Timeline } from './server-timeline.js';
import { createStories } from './stories/index.js';

/** The guided stories: what each is, and running one with its progress told as it lands (dashboard/stories/). */
export interface StoriesProvider {
  list(): StoryInfo[];
  run(id: string, onProgress: (progress: StoryProgress) => void): Promise<void>;
}

/** Running the shipped scenarios, which the dashboard cannot import (they sit above it): handed in by app/live.ts. */
export interface ScenarioProvider {
  list(): ScenarioInfo[] | Promise<ScenarioInfo[]>;
  /** One scenario file (a ScenarioInfo.file) run in a sandbox of its own; its result, passed or not. */
  run(file: string): Promise<ScenarioRunResult>;
}

/** What the dashboard shows and drives. */
export interface DashboardSource {
  sandbox: Sandbox;
  simulators: Sims;
  /** The guided stories (dashboard/stories/ on this sandbox by default). */
  stories?: StoriesProvider;
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
  /** Stop watching the sandbox, end every event stream, close the server. */
  close(): Promise<void>;
}

const NO_FAULTS: FaultPlanInput = { requests: [], deliveries: [] };
const ASSET_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

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
  const chaosPlan = source.chaos ?? STIFF_PROFILE;
  const stories = source.stories ?? createStories({ ...sims, kit: sandbox });
  const hub = new EventHub();
  const timeline = new Timeline();
  let chaosSet: unknown;
  let storyRunning: string | undefined;

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

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/') && request.url !== '/api') return;
    const queryToken = (request.query as { token?: string } | undefined)?.token;
    const refused = dashboardRefusal(request.headers, typeof queryToken === 'string' ? queryToken : undefined, token, { host, port: request.socket.localPort ?? 0, local: request.socket.localAddress });
    if (refused) {
      if (refused.status === 401) reply.header('www-authenticate', 'Bearer realm="dashboard"');
      return fail(reply, refused.status, refused.error);
    }
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
    try {
      return reply.type(type).send(await readFile(join(assetsDir, file)));
    } catch {
      return fail(reply, 404, `No asset '${file}' in ${assetsDir}: run \`npm run build\` to bundle the dashboard's page`);
    }
  });

  app.get('/api/overview', async (): Promise<Overview> => ({
    clock: { now: sandbox.clock.iso(), live: sandbox.clock.live },
    counts: recordCounts(sims),
    chaos: chaosSet !== undefined && sandbox.faults.current === chaosSet,
    stories: stories.list(),
  }));
  app.get('/api/records/:vendor/:kind', async (request) => {
    const { vendor, kind } = request.params as { vendor: string; kind: string };
    return recordPage(sims, vendor, kind, request.query as Record<string, string>);
  });
  app.get('/api/records/:vendor/:kind/:id', async (request) => {
    const { vendor, kind, id } = request.params as { vendor: string; kind: string; id: string };
    return recordDetail(sims, vendor, kind, id);
  });
  app.get('/api/links/:vendor/:kind/:id', async (request) => {
    const { vendor, kind, id } = request.params as { vendor: string; kind: string; id: string };
    kindOf(vendor, kind);
    const graph = linkGraph(sims, sandbox.outbox, vendor as Vendor, kind, id);
    if (!graph) throw new DashboardError(404, `${vendor} has no ${kind} record '${id}'`);
    return graph;
  });
  app.get('/api/timeline', async (request) => timeline.page(request.query as { after?: string; limit?: string }));
  app.get('/api/events', (request, reply) => {
    reply.hijack();
    hub.attach(reply.raw);
  });
  app.post('/api/clock/advance', async (request) => {
    const answer = await advanceClock(sims, request.body);
    hub.changed('clock');
    return answer;
  });
  app.put('/api/faults/chaos', async (request) => {
    const on = (request.body as { on?: unknown } | null)?.on;
    if (typeof on !== 'boolean') throw new DashboardError(400, `The body must be {"on": true} or {"on": false}; got ${JSON.stringify(request.body)}`);
    sandbox.faults.set(on ? chaosPlan : NO_FAULTS);
    chaosSet = on ? sandbox.faults.current : undefined;
    timeline.add({ at: sandbox.clock.iso(), kind: 'fault', text: on ? 'chaos on: the stiff fault profile applies to every request and delivery' : 'chaos off: no faults', detail: { plan: sandbox.faults.current } });
    hub.changed('faults');
    hub.changed('timeline');
    return { chaos: on, plan: sandbox.faults.current };
  });
  app.post('/api/stories/:id/run', async (request, reply) => {
    const { id } = request.params as { id: string };
    const known = stories.list();
    if (!known.some((s) => s.id === id)) throw new DashboardError(404, `No story '${id}': the stories are ${known.map((s) => s.id).join(', ')}`);
    if (storyRunning) throw new DashboardError(409, `The story '${storyRunning}' is still running; run '${id}' once it is done`);
    storyRunning = id;
    let step = 0;
    const onProgress = (progress: StoryProgress) => {
      step = progress.step;
      timeline.add({ at: sandbox.clock.iso(), kind: 'story', text: `story ${progress.id} step ${progress.step + 1} ${progress.state}: ${progress.text}`, detail: progress });
      hub.send({ type: 'story', progress });
      hub.changed('timeline');
    };
    // the answer goes at once; the page follows the steps on the event stream
    void stories
      .run(id, onProgress)
      .catch((e: Error) => onProgress({ id, step, state: 'failed', text: e.message }))
      .finally(() => (storyRunning = undefined));
    return reply.code(202).send({ started: id });
  });
  app.get('/api/scenarios', async () => (source.scenarios ? await source.scenarios.list() : []));
  app.post('/api/scenarios/run', async (request) => {
    const file = (request.body as { file?: unknown } | null)?.file;
    if (!source.scenarios) throw new DashboardError(404, 'This dashboard was started without scenarios to run');
    const known = await source.scenarios.list();
    if (typeof file !== 'string' || !known.some((s) => s.file === file)) throw new DashboardError(400, `"file" must be one of GET /api/scenarios' files; got ${JSON.stringify(file)}`);
    const result = await source.scenarios.run(file);
    hub.send({ type: 'scenario', result });
    return result;
  });

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
      unwatch();
      hub.close();
      await app.close();
    },
  };
}
