import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSandboxEnv, type SandboxEnv } from '../app/config.js';
import type { CliIo } from './cli.js';
import { FlowsError, parseFlows } from './engine/claims.js';

/** A mistake in how a command was called: said with the usage, exit 2. */
export class UsageError extends Error {}

function connectorUrlOf(command: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${command}: --connector-url must be an http(s) URL, e.g. http://127.0.0.1:4040; got ${JSON.stringify(raw)}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`${command}: --connector-url must be an http(s) URL; got ${JSON.stringify(raw)}`);
  return raw.replace(/\/+$/, '');
}

/** `--flows`, partner mode only: the flows the connector runs, overriding its /health. */
function flowsOption(command: string, raw: string | undefined, connectorUrl: string | undefined): number[] | undefined {
  if (raw === undefined) return undefined;
  if (!connectorUrl) throw new UsageError(`${command}: --flows needs --connector-url (it says which flows your connector runs)`);
  try {
    return parseFlows(raw);
  } catch (e) {
    if (e instanceof FlowsError) throw new UsageError(`${command}: ${e.message}`);
    throw e;
  }
}

// --port-base B puts the simulators at B+10, B+20 and B+30, as 4000 gives the defaults
const PORT_OFFSETS = { TOGAI_PORT: 10, ZUORA_PORT: 20, CHARGEBEE_PORT: 30 } as const;
const HIGHEST_BASE = 65_535 - PORT_OFFSETS.CHARGEBEE_PORT;

/**
 * The sandbox's ports and credentials for partner mode: fixed ports, as the partner configured
 * them: the environment's, or `--port-base`'s, which takes precedence.
 */
function partnerEnv(command: string, io: CliIo, portBase: string | undefined): SandboxEnv {
  let env: SandboxEnv;
  try {
    env = readSandboxEnv(io.env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (portBase !== undefined) {
    const base = Number(portBase);
    if (!/^\d+$/.test(portBase) || base < 1 || base > HIGHEST_BASE) {
      throw new UsageError(`${command}: --port-base must be a whole number from 1 to ${HIGHEST_BASE} (Togai listens on it + 10, Zuora + 20, Chargebee + 30); got ${JSON.stringify(portBase)}`);
    }
    return { ...env, TOGAI_PORT: base + PORT_OFFSETS.TOGAI_PORT, ZUORA_PORT: base + PORT_OFFSETS.ZUORA_PORT, CHARGEBEE_PORT: base + PORT_OFFSETS.CHARGEBEE_PORT };
  }
  const zero = (['TOGAI_PORT', 'ZUORA_PORT', 'CHARGEBEE_PORT'] as const).filter((k) => env[k] === 0);
  if (zero.length) throw new UsageError(`${command}: partner mode needs fixed ports your connector is configured with; ${zero.join(', ')} is 0 (or give --port-base)`);
  return env;
}

/** The options of a command that may judge a partner's connector (`run`, `conform`), as given on its command line. */
export interface PartnerValues {
  'connector-url'?: string;
  concurrency?: string;
  'port-base'?: string;
  flows?: string;
}

/**
 * Read and check the options `run` and `conform` share: the connector's URL, --concurrency (in
 * process only; `oneAtATime` says why a partner's connector takes one at a time), --port-base and
 * the ports it gives, and --flows. Each problem is a UsageError naming the option.
 */
export function partnerOptions(command: string, io: CliIo, values: PartnerValues, oneAtATime: string) {
  const connectorUrl = values['connector-url'] === undefined ? undefined : connectorUrlOf(command, values['connector-url']);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError(`${command}: --concurrency must be a whole number from 1; got ${JSON.stringify(values.concurrency)}`);
  if (connectorUrl && concurrency !== undefined && concurrency !== 1) throw new UsageError(`${command}: ${oneAtATime} (the simulators share fixed ports); leave out --concurrency`);
  if (values['port-base'] !== undefined && !connectorUrl) throw new UsageError(`${command}: --port-base needs --connector-url (it places the simulators for your connector)`);
  const env = connectorUrl ? partnerEnv(command, io, values['port-base']) : undefined;
  const flows = flowsOption(command, values.flows, connectorUrl);
  return { connectorUrl, concurrency, env, flows };
}

/** Fail early, and clearly, when nothing listens at the connector's URL. */
export async function reachable(url: string): Promise<string | undefined> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(3_000) });
    return undefined;
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return `nothing answers at ${url} (${cause?.code ?? cause?.message ?? (e as Error).message}); start your connector first`;
  }
}

/** Write `--out`; a path that cannot be written is the user's to fix, said plainly. */
export function writeReport(io: CliIo, out: string, text: string): boolean {
  try {
    writeFileSync(resolve(io.cwd, out), text);
    return true;
  } catch (e) {
    io.err(`billing-sim: cannot write ${out}: ${(e as Error).message}\n`);
    return false;
  }
}
