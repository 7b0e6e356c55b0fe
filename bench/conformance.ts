import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readSandboxEnv } from '../app/config.js';
import { runConformance } from '../scenarios/conformance/run-conformance.js';
import { partnerTarget, referenceTarget } from '../scenarios/conformance/targets.js';
import { readClaims } from '../scenarios/engine/claims.js';
import { partnerSettings } from '../scenarios/engine/partner-world.js';
import { programFile } from '../scripts/programs.mjs';
import { freePort, ROOT } from './process.js';
import type { Row } from './report.js';
import { seconds } from './stats.js';

// the issue's target for a connector that runs one flow: its whole conformance run
const ONE_FLOW_TARGET_MS = 15_000;
const READY_TIMEOUT_MS = 20_000;

type Log = (line: string) => void;

/** A connector of its own process running flow 6 alone, on free ports; resolves with its URL and a stop that waits for its exit. */
async function flowSixConnector(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [programFile('connector')], {
    cwd: ROOT,
    env: { ...process.env, ...partnerSettings(readSandboxEnv(env)), CONNECTOR_PORT: String(port), CONNECTOR_FLOWS: '6' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let seen = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the flow-6 connector did not say "connector ready" within 20 s')), READY_TIMEOUT_MS);
      child.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/^connector ready$/m.test(seen)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the flow-6 connector exited with ${code} before it was ready`));
      });
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}

/**
 * `billing-sim conform` as a partner meets it: the reference connector judged in process on every
 * flow (no target: a figure to watch), and a connector of its own process that runs flow 6
 * alone, judged over HTTP with the other flows not claimed (target: under 15 s in all).
 */
export async function conformanceSuite(log: Log): Promise<Row[]> {
  const started = performance.now();
  const reference = await runConformance(referenceTarget(availableParallelism()));
  const referenceMs = performance.now() - started;
  const referenceFailed = reference.flows.filter((f) => f.status === 'fail').length;
  log(`conformance, reference connector in process: ${seconds(referenceMs)}${referenceFailed ? `, ${referenceFailed} flows FAILED` : ''}`);

  const ports = { TOGAI_PORT: String(await freePort()), ZUORA_PORT: String(await freePort()), CHARGEBEE_PORT: String(await freePort()) };
  const connector = await flowSixConnector(ports);
  try {
    const t = performance.now();
    const { claims } = await readClaims(connector.url, undefined);
    const report = await runConformance(partnerTarget(readSandboxEnv(ports), connector.url), claims ? { claims } : {});
    const wall = performance.now() - t;
    const six = report.flows.find((f) => f.flow === 6)!;
    const othersUnclaimed = report.flows.every((f) => f.flow === 6 || f.status === 'not-claimed');
    log(`conformance, flow-6 connector over HTTP: ${seconds(wall)}, flow 6 ${six.status}, others ${othersUnclaimed ? 'not claimed' : 'JUDGED'}`);
    return [
      {
        label: 'conform: reference, in process (wall)',
        measured: `${seconds(referenceMs)}, ${reference.flows.length - referenceFailed}/${reference.flows.length} flows pass`,
        checks: [{ name: 'all pass', target: 'every flow passes', pass: referenceFailed === 0 }],
      },
      {
        label: 'conform: flow-6-only connector process (wall)',
        measured: `${seconds(wall)}, flow 6 ${six.status}`,
        checks: [
          { name: 'time', target: `< ${ONE_FLOW_TARGET_MS / 1000} s`, pass: wall < ONE_FLOW_TARGET_MS },
          { name: 'verdict', target: 'flow 6 passes, 1-5 and 7-9 not claimed', pass: six.status === 'pass' && othersUnclaimed },
        ],
      },
    ];
  } finally {
    await connector.stop();
  }
}
