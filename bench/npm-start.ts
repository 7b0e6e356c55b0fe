import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort, ROOT } from './process.js';
import type { Row } from './report.js';
import { elapsedMs, median, ms } from './stats.js';

/**
 * `npm start` as a user types it, with dist/ current (the bench builds first when a source
 * changed): from spawning npm to the "sandbox ready" line, the reference connector on as by
 * default. npm's own start-up counts, since the user waits for it too.
 */

const RUNS = 3;
const TARGET_MS = 800;
const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;

type Log = (line: string) => void;

interface Timed {
  wallMs: number;
  /** CPU time npm, its shell and node had used by then: unlike wall time, not inflated by other work on the machine. */
  cpuMs: number;
}

/** User plus system CPU time of every live process in the group, from /proc (clock ticks of 10 ms). */
function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // after "pid (comm) ": state ppid pgrp ... with utime and stime the 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

/** One `npm start` in its own process group (npm, its shell and node), timed to "sandbox ready", then stopped. */
async function timeOneStart(): Promise<Timed> {
  const ports = { TOGAI_PORT: await freePort(), ZUORA_PORT: await freePort(), CHARGEBEE_PORT: await freePort(), CONNECTOR_PORT: await freePort(), DASHBOARD_PORT: await freePort() };
  const spawnedAt = process.hrtime.bigint();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // a group of its own, so stopping it reaches the node process under npm and its shell
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group has already gone
    }
  };
  // an early exit of the bench must not leave the sandbox behind
  const onExit = () => stopGroup('SIGKILL');
  process.once('exit', onExit);
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  try {
    const ready = await new Promise<Timed>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start printed no "sandbox ready" within ${READY_TIMEOUT_MS} ms:\n${stdout}${stderr}`)), READY_TIMEOUT_MS);
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (/^sandbox ready$/m.test(stdout)) {
          clearTimeout(timer);
          resolve({ wallMs: elapsedMs(spawnedAt), cpuMs: groupCpuMs(child.pid!) });
        }
      });
      void exited.then((code) => reject(new Error(`npm start exited (${code}) before "sandbox ready":\n${stdout}${stderr}`)));
    });
    // a build inside the timed start would make the figure about tsc, not about starting
    if (/building dist\//.test(stderr)) throw new Error(`npm start built first, so dist/ was not current:\n${stderr}`);
    return ready;
  } finally {
    stopGroup('SIGTERM');
    const timer = setTimeout(() => stopGroup('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    process.removeListener('exit', onExit);
  }
}

export async function npmStartSuite(log: Log): Promise<Row> {
  log(`npm start (build current): spawn \`npm start\` until it prints "sandbox ready", connector on, ${RUNS} times`);
  const runs: Timed[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeOneStart());
  log(`  ${runs.map((r) => `${ms(r.wallMs)} (CPU ${ms(r.cpuMs)})`).join(', ')}`);
  const times = runs.map((r) => r.wallMs);
  const startMs = median(times);
  return {
    label: 'npm start to sandbox ready (min / median)',
    measured: `${ms(Math.min(...times))} / ${ms(startMs)}`,
    checks: [{ name: 'median', target: `< ${TARGET_MS} ms`, pass: startMs < TARGET_MS }],
  };
}
