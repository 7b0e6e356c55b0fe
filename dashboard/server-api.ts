/**
 * The dashboard's API (dashboard/api-types.ts), registered under the `/api` prefix as one
 * encapsulated plugin whose guard runs for every route of it once the route is matched: however
 * the path was spelled (`/%61pi/overview` is `/api/overview` to the router), no API route answers
 * without the token, from a foreign Host, or to another site's page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FaultPlanInput } from '../simulators/kit/faults.js';
import type { Sandbox } from '../simulators/kit/sandbox.js';
import type { Overview, ScenarioInfo, ScenarioRunResult, StoryProgress, Vendor } from './api-types.js';
import { advanceClock } from './server-clock.js';
import type { EventHub } from './server-events.js';
import { dashboardRefusal } from './server-guard.js';
import { linkGraph } from './server-links.js';
import { DashboardError, kindOf, recordCounts, recordDetail, recordPage, type Sims } from './server-records.js';
import type { Runs } from './server-runs.js';
import type { Timeline } from './server-timeline.js';
import type { Stories } from './stories/index.js';

/** Running the shipped scenarios, which the dashboard cannot import (they sit above it): handed in by app/live.ts. */
export interface ScenarioProvider {
  list(): ScenarioInfo[] | Promise<ScenarioInfo[]>;
  /** One scenario file (a ScenarioInfo.file) run in a sandbox of its own; its result, passed or not. */
  run(file: string): Promise<ScenarioRunResult>;
}

/** What the API routes read and drive. */
export interface ApiContext {
  sandbox: Sandbox;
  sims: Sims;
  stories: Stories;
  scenarios: ScenarioProvider | undefined;
  chaosPlan: FaultPlanInput;
  hub: EventHub;
  timeline: Timeline;
  runs: Runs;
  /** The token every API request carries, and the name and address the server answers to. */
  token: string;
  host: string;
}

/** The one route EventSource opens: it cannot send headers, so it alone may carry `?token=`. */
const EVENTS_ROUTE = '/api/events';
const NO_FAULTS: FaultPlanInput = { requests: [], deliveries: [] };

const fail = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });

/** Register the API routes under `/api` (call with `{ prefix: '/api' }`). */
export function apiRoutes(ctx: ApiContext) {
  const { sandbox, sims, stories, scenarios, hub, timeline, runs } = ctx;
  let chaosSet: unknown;

  return async (api: FastifyInstance) => {
    api.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const queryToken = request.routeOptions.url === EVENTS_ROUTE ? (request.query as { token?: unknown }).token : undefined;
      const refused = dashboardRefusal(request.headers, typeof queryToken === 'string' ? queryToken : undefined, ctx.token, { host: ctx.host, port: request.socket.localPort ?? 0, local: request.socket.localAddress });
      if (refused) {
        if (refused.status === 401) reply.header('www-authenticate', 'Bearer realm="dashboard"');
        return fail(reply, refused.status, refused.error);
      }
    });

    api.get('/overview', async (): Promise<Overview> => ({
      clock: { now: sandbox.clock.iso(), live: sandbox.clock.live },
      counts: recordCounts(sims),
      chaos: chaosSet !== undefined && sandbox.faults.current === chaosSet,
      stories: stories.list(),
    }));
    api.get('/records/:vendor/:kind', async (request) => {
      const { vendor, kind } = request.params as { vendor: string; kind: string };
      return recordPage(sims, vendor, kind, request.query as Record<string, unknown>);
    });
    api.get('/records/:vendor/:kind/:id', async (request) => {
      const { vendor, kind, id } = request.params as { vendor: string; kind: string; id: string };
      return recordDetail(sims, vendor, kind, id);
    });
    api.get('/links/:vendor/:kind/:id', async (request) => {
      const { vendor, kind, id } = request.params as { vendor: string; kind: string; id: string };
      kindOf(vendor, kind);
      const graph = linkGraph(sims, sandbox.outbox, vendor as Vendor, kind, id);
      if (!graph) throw new DashboardError(404, `${vendor} has no ${kind} record '${id}'`);
      return graph;
    });
    api.get('/timeline', async (request) => timeline.page(request.query as { after?: string; limit?: string }));
    api.get('/events', (_request, reply) => {
      reply.hijack();
      hub.attach(reply.raw);
    });

    api.post('/clock/advance', async (request) => {
      runs.refuseDuringStory('advance the clock');
      const answer = await advanceClock(sims, request.body);
      hub.changed('clock');
      return answer;
    });
    api.put('/faults/chaos', async (request) => {
      const on = (request.body as { on?: unknown } | null)?.on;
      if (typeof on !== 'boolean') throw new DashboardError(400, `The body must be {"on": true} or {"on": false}; got ${JSON.stringify(request.body)}`);
      sandbox.faults.set(on ? ctx.chaosPlan : NO_FAULTS);
      chaosSet = on ? sandbox.faults.current : undefined;
      timeline.add({ at: sandbox.clock.iso(), kind: 'fault', text: on ? 'chaos on: the stiff fault profile applies to every request and delivery' : 'chaos off: no faults', detail: { plan: sandbox.faults.current } });
      hub.changed('faults');
      hub.changed('timeline');
      return { chaos: on, plan: sandbox.faults.current };
    });

    api.post('/stories/:id/run', async (request, reply) => {
      const { id } = request.params as { id: string };
      const known = stories.list();
      if (!known.some((s) => s.id === id)) throw new DashboardError(404, `No story '${id}': the stories are ${known.map((s) => s.id).join(', ')}`);
      let step = 0;
      const onProgress = (progress: StoryProgress) => {
        step = progress.step;
        timeline.add({ at: sandbox.clock.iso(), kind: 'story', text: `story ${progress.id} step ${progress.step + 1} ${progress.state}: ${progress.text}`, detail: progress });
        hub.send({ type: 'story', progress });
        hub.changed('timeline');
      };
      // the answer goes at once; the page follows the steps on the event stream
      runs.startStory(id, (signal) => stories.run(id, onProgress, signal).catch((e: Error) => onProgress({ id, step, state: 'failed', text: e.message })));
      return reply.code(202).send({ started: id });
    });

    api.get('/scenarios', async () => (scenarios ? await scenarios.list() : []));
    api.post('/scenarios/run', async (request) => {
      const file = (request.body as { file?: unknown } | null)?.file;
      if (!scenarios) throw new DashboardError(404, 'This dashboard was started without scenarios to run');
      const known = await scenarios.list();
      if (typeof file !== 'string' || !known.some((s) => s.file === file)) throw new DashboardError(400, `"file" must be one of GET /api/scenarios' files; got ${JSON.stringify(file)}`);
      const result = await runs.runScenario(file, () => scenarios.run(file));
      hub.send({ type: 'scenario', result });
      return result;
    });
  };
}
