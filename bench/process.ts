import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { buildIfStale } from '../scripts/build-freshness.mjs';
import { programFile } from '../scripts/programs.mjs';

/** The project root, so the server resolves `dist/` and `contracts/` wherever the bench is started from. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const API_TOKEN = 'bench-token';
/** The sandbox's admin token (SANDBOX_ADMIN_TOKEN), for `/__admin` calls over HTTP. */
export const ADMIN_TOKEN = 'bench-admin-token';
/** The sandbox's default Zuora OAuth client and Chargebee key (app/config.ts). */
export const ZUORA_CLIENT = { id: '5a1d0e6f-demo-4c1e-9e5a-20260101d3e0', secret: 'zuora-demo-secret' };
export const CHARGEBEE_KEY = 'cb-demo-key';
/**
 * What `npm start` runs once `npm run build` has compiled it, started with node directly: npm
 * adds a wrapper process that would inflate the cold start and hide the server's own pid
 * (bench/npm-start.ts times `npm start` itself).
 */
export const SANDBOX = relative(ROOT, programFile('live'));
/**
 * The same program from the build's one file per source (dist/app/live-entry.js), which a profiled
 * run starts instead: in the bundle every frame would sit in one file, naming neither the module
 * nor the package it comes from (bench/profile.ts).
 */
const SANDBOX_PER_FILE = 'dist/app/live-entry.js';
/** A bare Fastify server with the same routes, to show the ceiling the machine allows. */
export const BASELINE = 'bench/baseline-server.ts';

/** TypeScript sources run through tsx's loader; the compiled sandbox runs as it is. */
export function nodeArgs(script: string): string[] {
  return script.endsWith('.ts') ? ['--import', 'tsx'] : [];
}

/** Build the sandbox when a source is newer than dist/, exactly as `npm start` does, so the bench measures what users run. */
export function buildSandbox(): void {
  buildIfStale('bench');
}

const READY_POLL_MS = 20;
const READY_TIMEOUT_MS = 20_000;
const BANNER_TIMEOUT_MS = 2_000;
const STOP_GRACE_MS = 5_000;

export interface Memory {
  /** Resident set size now, MB. */
  rssMb: number;
  /** Peak resident set size since the process started (VmHWM), MB. */
  peakMb: number;
}

/** The server's main thread, cumulative: time on a CPU and time runnable but waiting for one. */
export interface CpuTimes {
  runMs: number;
  waitMs: number;
}

export interface Server {
  url: string;
  /** The sandbox's Zuora and Chargebee servers (unused by the baseline). */
  zuoraUrl: string;
  chargebeeUrl: string;
  /** The sandbox's dashboard with its token, as its banner printed it (empty for the baseline). */
  dashboardLink: string;
  pid: number;
  /** process.hrtime.bigint() at spawn and at the first 200 from GET /customers. */
  spawnedAt: bigint;
  readyAt: bigint;
  /** Whatever the server wrote to stderr; the bench prints it, since it means trouble. */
  stderr: string[];
  memory(): Memory;
  /** The main thread is what limits a Node server, so its times say whether the server was the bottleneck. */
  cpu(): CpuTimes;
  /**
   * SIGTERM (live.ts closes cleanly, which also lets --cpu-prof write its profile), SIGKILL if it
   * hangs. Rejects when the server had crashed or did not exit cleanly.
   */
  stop(): Promise<void>;
}

// Every child still running, so an early exit of the bench never leaves a server behind.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
// a signal would end the bench without 'exit'; turn it into an exit so the children go too
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));

/** A port nothing listens on right now; passed explicitly so readiness can be polled from the moment of spawn. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function readMemory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(match[1]) / 1024;
  };
  return { rssMb: kb('VmRSS'), peakMb: kb('VmHWM') };
}

function readCpu(pid: number): CpuTimes {
  // schedstat: nanoseconds on a CPU, nanoseconds waiting on a run queue, timeslices
  const [run = '0', wait = '0'] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/);
  return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
}

/** Whole-machine CPU ticks from /proc/stat, total and stolen by the hypervisor. */
export interface MachineTicks {
  total: number;
  steal: number;
}

export function machineTicks(): MachineTicks {
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/** Share of the machine's CPU time the hypervisor took since `before`: high values make every figure noisy. */
export function stealPercent(before: MachineTicks, after: MachineTicks = machineTicks()): number {
  const total = after.total - before.total;
  return total > 0 ? (100 * (after.steal - before.steal)) / total : 0;
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await request(`${url}/customers`, {
      headers: { authorization: `Bearer ${API_TOKEN}` },
      headersTimeout: 1_000,
      bodyTimeout: 1_000,
    });
    await res.body.dump();
    return res.statusCode === 200;
  } catch {
    return false; // not listening yet
  }
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const pause = (msValue: number) => new Promise((resolve) => setTimeout(resolve, msValue));

/**
 * Poll GET /customers from the moment of spawn; then check the banner names this URL (else
 * another process owns the port) and the pid is the script itself (else RSS would describe a
 * wrapper). Resolves with the instant of the first 200.
 */
async function waitUntilServing(
  child: ChildProcess,
  script: string,
  url: string,
  spawnedAt: bigint,
  output: { stdout: string; stderr: string[] },
): Promise<bigint> {
  const deadline = spawnedAt + BigInt(READY_TIMEOUT_MS) * 1_000_000n;
  while (!(await answers(url))) {
    if (!alive(child)) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.stderr.join('')}`);
    if (process.hrtime.bigint() > deadline) {
      throw new Error(`the server did not answer GET /customers within ${READY_TIMEOUT_MS} ms:\n${output.stdout}${output.stderr.join('')}`);
    }
    await pause(READY_POLL_MS);
  }
  const readyAt = process.hrtime.bigint();

  const bannerDeadline = Date.now() + BANNER_TIMEOUT_MS;
  while (!/\bready\n/.test(output.stdout) && Date.now() < bannerDeadline) await pause(READY_POLL_MS);
  if (!output.stdout.includes(` ${url}\n`)) throw new Error(`the server's banner does not name ${url}:\n${output.stdout}`);
  const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
  if (!cmdline.includes(script)) throw new Error(`pid ${child.pid} is not the server: ${cmdline.join(' ')}`);
  return readyAt;
}

/**
 * Start `script` (the sandbox by default) on a free port and resolve once it answers GET /customers.
 * The reference connector is off unless asked for: load phases measure the simulators, and with
 * it on every created customer would also be synced to the other two.
 */
export async function startServer(options: { script?: string; cpuProfDir?: string; connector?: boolean } = {}): Promise<Server> {
  const asked = options.script ?? SANDBOX;
  const script = options.cpuProfDir && asked === SANDBOX ? SANDBOX_PER_FILE : asked;
  const [port, zuoraPort, chargebeePort, connectorPort, dashboardPort] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const profiling = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const spawnedAt = process.hrtime.bigint();
  const child = spawn(process.execPath, [...profiling, ...nodeArgs(script), script], {
    cwd: ROOT,
    env: {
      ...process.env,
      TOGAI_PORT: String(port),
      ZUORA_PORT: String(zuoraPort),
      CHARGEBEE_PORT: String(chargebeePort),
      CONNECTOR_PORT: String(connectorPort),
      DASHBOARD_PORT: String(dashboardPort),
      SANDBOX_CONNECTOR: options.connector ? 'on' : 'off',
      TOGAI_API_TOKEN: API_TOKEN,
      SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN,
      SANDBOX_SEED: '42',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => children.delete(child));

  const output = { stdout: '', stderr: [] as string[] };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.stderr.push(chunk));

  let readyAt: bigint;
  try {
    readyAt = await waitUntilServing(child, script, url, spawnedAt, output);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  const pid = child.pid!;
  return {
    url,
    zuoraUrl: `http://127.0.0.1:${zuoraPort}`,
    chargebeeUrl: `http://127.0.0.1:${chargebeePort}`,
    dashboardLink: /^dashboard: (\S+)$/m.exec(output.stdout)?.[1] ?? '',
    pid,
    spawnedAt,
    readyAt,
    stderr: output.stderr,
    memory: () => readMemory(pid),
    cpu: () => readCpu(pid),
    async stop() {
      if (!alive(child)) throw new Error(`the server had already exited by itself (${child.exitCode ?? child.signalCode})`);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      if (child.exitCode !== 0) throw new Error(`the server did not stop cleanly on SIGTERM (${child.exitCode ?? child.signalCode})`);
    },
  };
}
