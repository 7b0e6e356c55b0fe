/**
 * What the dashboard runs for the page, and its closing: one story at a time (the clock buttons
 * refused meanwhile), one scenario at a time, the shipped scenarios listed and one run, a
 * cross-site story run refused however the path is spelled, close() stopping a story at its next
 * step and waiting for it, and a live sandbox that cannot start its dashboard closing what it had
 * started.
 */
import { createServer, type Server } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSandboxEnv } from '../app/config.js';
import { dashboardScenarios } from '../app/dashboard-scenarios.js';
import { composeLiveSandbox } from '../app/live.js';
import { createSandbox, type HarnessSandbox } from '../app/sandbox.js';
import type { ScenarioInfo, ScenarioRunResult, StoryProgress } from '../dashboard/api-types.js';
import { startDashboard, type DashboardServer, type ScenarioProvider } from '../dashboard/server.js';
import type { Stories } from '../dashboard/stories/index.js';

let sandbox: HarnessSandbox;

beforeAll(() => {
  sandbox = createSandbox({ seed: 16 });
});

afterAll(() => sandbox.close());

const errorOf = async (res: { body: { json(): Promise<unknown> } }) => ((await res.body.json()) as { error: string }).error;

/** A story whose first step waits for `release()`: what runs while it is under way can be watched. */
function gatedStories() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const started: string[] = [];
  const progress: StoryProgress[] = [];
  let stopped: Promise<void> | undefined;
  const stories: Stories = {
    list: () => [{ id: 'slow', title: 'A slow story', steps: ['wait', 'after'] }],
    async run(id, onProgress, signal) {
      started.push(id);
      stopped = new Promise((resolve) => signal?.addEventListener('abort', () => resolve()));
      const tell = (p: StoryProgress) => (progress.push(p), onProgress(p));
      tell({ id, step: 0, state: 'running', text: 'wait' });
      await gate;
      tell({ id, step: 0, state: 'done', text: 'waited' });
      tell(signal?.aborted ? { id, step: 1, state: 'failed', text: String(signal.reason) } : { id, step: 1, state: 'done', text: 'after' });
    },
  };
  return { stories, started, progress, release, stopped: () => stopped! };
}

/** A scenario provider whose run waits for `release()`; `running` resolves once a run started. */
function gatedScenarios(): ScenarioProvider & { release: () => void; running: Promise<void> } {
  let release!: () => void;
  let started!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const running = new Promise<void>((resolve) => (started = resolve));
  const info: ScenarioInfo = { file: 'scenarios/slow.yaml', name: 'slow', tags: [] };
  return {
    release,
    running,
    list: () => [info],
    run: async (file) => {
      started();
      await gate;
      return { file, name: info.name, passed: true, durationMs: 0, steps: [], notes: [] };
    },
  };
}

async function dashboardWith(source: { stories?: Stories; scenarios?: ScenarioProvider }): Promise<DashboardServer> {
  return startDashboard({ sandbox: sandbox.kit, simulators: { togai: sandbox.togai, zuora: sandbox.zuora, chargebee: sandbox.chargebee }, ...source }, { port: 0 });
}

async function post(server: DashboardServer, path: string, body?: unknown) {
  const res = await request(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.statusCode, body: (await res.body.json()) as { error?: string } & Record<string, unknown> };
}

describe('stories and scenarios, one at a time', () => {
  it('refuses a cross-site story run (403) however the path is spelled, and starts nothing', async () => {
    const gated = gatedStories();
    const own = await dashboardWith({ stories: gated.stories });
    try {
      for (const path of ['/api/stories/slow/run', '/%61pi/stories/slow/run']) {
        const res = await request(`${own.url}${path}`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: 'x' });
        expect(res.statusCode, path).toBe(403);
        expect(await errorOf(res)).toContain("Origin 'http://evil.example'");
      }
      expect(gated.started).toEqual([]);
    } finally {
      gated.release();
      await own.close();
    }
  });

  it('runs one story at a time, refuses the clock buttons meanwhile (409), and closes only once the story stopped', async () => {
    const gated = gatedStories();
    const own = await dashboardWith({ stories: gated.stories });
    let closed = false;
    try {
      expect(await post(own, '/api/stories/slow/run')).toEqual({ status: 202, body: { started: 'slow' } });
      const again = await post(own, '/api/stories/slow/run');
      expect(again).toEqual({ status: 409, body: { error: "The story 'slow' is still running; run 'slow' once it is done" } });
      const clock = await post(own, '/api/clock/advance', { by: 'P1D' });
      expect(clock.status).toBe(409);
      expect(clock.body.error).toBe("The story 'slow' is running and moves the clock itself: advance the clock once it is done");
      expect(gated.started).toEqual(['slow']);

      const closing = own.close().then(() => (closed = true));
      // close stops the story before its next step, then waits for the step under way
      await gated.stopped();
      expect(closed).toBe(false);
      gated.release();
      await closing;
      expect(gated.progress.at(-1)).toEqual({ id: 'slow', step: 1, state: 'failed', text: 'the dashboard closed' });
    } finally {
      gated.release();
      if (!closed) await own.close();
    }
  });

  it('runs one scenario at a time (409 for a second)', async () => {
    const scenarios = gatedScenarios();
    const own = await dashboardWith({ scenarios });
    try {
      const first = post(own, '/api/scenarios/run', { file: 'scenarios/slow.yaml' });
      await scenarios.running;
      const second = await post(own, '/api/scenarios/run', { file: 'scenarios/slow.yaml' });
      expect(second).toEqual({ status: 409, body: { error: "The scenario 'scenarios/slow.yaml' is still running; run 'scenarios/slow.yaml' once it is done" } });
      scenarios.release();
      expect(await first).toMatchObject({ status: 200, body: { passed: true, notes: [] } });
    } finally {
      scenarios.release();
      await own.close();
    }
  });

  it('lists the shipped scenarios and runs one, step by step', async () => {
    const own = await dashboardWith({ scenarios: dashboardScenarios() });
    try {
      const listed = await request(`${own.url}/api/scenarios`, { headers: { authorization: `Bearer ${sandbox.adminToken}` } });
      const file = 'scenarios/duplicate-webhook.yaml';
      expect(await listed.body.json()).toContainEqual({ file, name: expect.any(String), tags: expect.any(Array) });
      const run = (await post(own, '/api/scenarios/run', { file })) as unknown as { status: number; body: ScenarioRunResult };
      expect(run.status, JSON.stringify(run.body)).toBe(200);
      expect(run.body).toMatchObject({ file, passed: true, notes: [] });
      expect(run.body.steps.length).toBeGreaterThan(0);
      expect(run.body.steps.every((step) => step.state === 'passed')).toBe(true);
      const unknown = await post(own, '/api/scenarios/run', { file: 'scenarios/nope.yaml' });
      expect(unknown.status).toBe(400);
    } finally {
      await own.close();
    }
  });
});

/** A port something else holds, and one free for the sandbox to take. */
async function listening(port = 0): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return server;
}
const portOf = (server: Server) => (server.address() as { port: number }).port;
const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('closing the dashboard', () => {
  it('ends the event streams it has open', async () => {
    const own = await dashboardWith({});
    const res = await fetch(`${own.url}/api/events?token=${sandbox.adminToken}`);
    const reader = res.body!.getReader();
    await reader.read();
    await own.close();
    for (;;) if ((await reader.read()).done) break;
    const refused = await fetch(`${own.url}/api/overview`).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
  });

  it('a live sandbox whose dashboard cannot start closes the servers it had started', async () => {
    const held = await listening();
    const probe = await listening();
    const togaiPort = portOf(probe);
    await closeServer(probe);
    try {
      const env = readSandboxEnv({ TOGAI_PORT: String(togaiPort), ZUORA_PORT: '0', CHARGEBEE_PORT: '0', CONNECTOR_PORT: '0', DASHBOARD_PORT: String(portOf(held)) });
      await expect(composeLiveSandbox(env)).rejects.toThrow('DASHBOARD_PORT');
      // Togai's port is free again: its server was closed
      await closeServer(await listening(togaiPort));
    } finally {
      await closeServer(held);
    }
  });
});
