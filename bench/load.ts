import { Pool, type Dispatcher } from 'undici';
import { HEADERS } from './api.js';
import { customer } from './fixtures.js';
import { machineTicks, stealPercent, type CpuTimes } from './process.js';

export interface LoadRequest {
  method: Dispatcher.HttpMethod;
  path: string;
  body?: string;
  /** Togai's bearer token and JSON when absent. */
  headers?: Record<string, string>;
}

/** A stage ends at whichever limit comes first, so no loop runs unbounded. */
export interface Limits {
  maxRequests: number;
  maxMs: number;
}

export interface LoadSpec {
  url: string;
  /** Requests in flight at once: one keep-alive connection each, no pipelining. */
  concurrency: number;
  /** Request number `i` (counted across warm-up and measurement, so ids stay unique). */
  request(i: number): LoadRequest;
  /** The only status a correct answer has; anything else is counted as a failure. */
  expectStatus: number;
  warmup: Limits;
  measure: Limits;
  /** The server's cumulative CPU times, read around the measurement. */
  serverCpu(): CpuTimes;
}

export interface LoadResult {
  /** Requests measured (warm-up excluded) and the wall time they took. */
  requests: number;
  elapsedMs: number;
  /** True when the request limit, not the time limit, ended the measurement. */
  completed: boolean;
  /** Per-request latency, ms, sorted ascending. */
  latenciesMs: Float64Array;
  /** Answers by status over warm-up and measurement; 0 stands for a transport error. */
  statuses: Map<number, number>;
  unexpected: number;
  /** The first unexpected answer, to show what went wrong. */
  firstFailure?: string;
  /** Requests issued in total (warm-up included): the next free request number. */
  issued: number;
  /** hrtime (ns) at the start and end of the measurement, to match it against a CPU profile. */
  window: [bigint, bigint];
  /** Over the measurement: the server main thread's CPU and run-queue wait, and this process's CPU (all threads). */
  server: CpuTimes;
  clientCpuMs: number;
  /** Share of the machine's CPU the hypervisor stole during the measurement. */
  stealPercent: number;
}

const NS_PER_MS = 1_000_000n;

/**
 * Closed-loop load: `concurrency` workers each send a request, wait for the whole answer, and
 * send the next. A transport error stops every worker at once, since it means the server is
 * gone and further requests would only measure connection refusals.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const pool = new Pool(spec.url, { connections: spec.concurrency, pipelining: 1 });
  const statuses = new Map<number, number>();
  let unexpected = 0;
  let firstFailure: string | undefined;
  let issued = 0;
  let broken = false;

  const fail = (description: string) => {
    unexpected++;
    firstFailure ??= description;
  };

  async function stage(limits: Limits, latencies: number[] | undefined): Promise<{ count: number; window: [bigint, bigint] }> {
    const start = process.hrtime.bigint();
    const deadline = start + BigInt(limits.maxMs) * NS_PER_MS;
    let count = 0;
    const worker = async () => {
      while (!broken && count < limits.maxRequests && process.hrtime.bigint() < deadline) {
        count++;
        const req = spec.request(issued++);
        const sent = process.hrtime.bigint();
        try {
          const res = await pool.request({ method: req.method, path: req.path, headers: req.headers ?? HEADERS, body: req.body });
          if (res.statusCode === spec.expectStatus) await res.body.dump();
          else fail(`${req.method} ${req.path} answered ${res.statusCode}: ${(await res.body.text()).slice(0, 300)}`);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        } catch (e) {
          broken = true;
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
          fail(`${req.method} ${req.path} failed: ${(e as Error).message}`);
        }
        latencies?.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
    };
    await Promise.all(Array.from({ length: spec.concurrency }, worker));
    return { count, window: [start, process.hrtime.bigint()] };
  }

  try {
    await stage(spec.warmup, undefined);
    const latencies: number[] = [];
    const serverBefore = spec.serverCpu();
    const clientBefore = process.cpuUsage();
    const ticksBefore = machineTicks();
    const measured = await stage(spec.measure, latencies);
    const client = process.cpuUsage(clientBefore);
    const serverAfter = spec.serverCpu();
    const [from, to] = measured.window;
    return {
      requests: measured.count,
      elapsedMs: Number(to - from) / 1e6,
      completed: measured.count === spec.measure.maxRequests,
      latenciesMs: Float64Array.from(latencies).sort(),
      statuses,
      unexpected,
      firstFailure,
      issued,
      window: measured.window,
      server: { runMs: serverAfter.runMs - serverBefore.runMs, waitMs: serverAfter.waitMs - serverBefore.waitMs },
      clientCpuMs: (client.user + client.system) / 1000,
      stealPercent: stealPercent(ticksBefore),
    };
  } finally {
    await pool.close();
  }
}

/**
 * `count` Togai customers (ids `${prefix}${i}`) through POST /customers, `concurrency` in flight, as
 * one measured load with no warm-up (the bulk the memory and dashboard figures stand on).
 */
export function createCustomers(server: { url: string; cpu: LoadSpec['serverCpu'] }, count: number, prefix: string, limits: { concurrency: number; maxMs: number }): Promise<LoadResult> {
  return runLoad({
    url: server.url,
    concurrency: limits.concurrency,
    request: (i): LoadRequest => ({ method: 'POST', path: '/customers', body: JSON.stringify(customer(`${prefix}${i}`)) }),
    expectStatus: 201,
    serverCpu: server.cpu,
    warmup: { maxRequests: 0, maxMs: 0 },
    measure: { maxRequests: count, maxMs: limits.maxMs },
  });
}
