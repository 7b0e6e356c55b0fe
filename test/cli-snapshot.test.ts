import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../scenarios/cli.js';
import { captureIo, printed, startNode, stop, type Child } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';

/**
 * `billing-sim up --save-on-exit FILE` and `up --load FILE` as processes: the live sandbox saved
 * on SIGTERM and started again from the file, its seed coming along; a file that cannot be
 * loaded stops the start with exit code 2, naming the file and why.
 */

// billing-sim's bundle, as bin/billing-sim.mjs runs it (scripts/programs.mjs)
const BILLING_SIM = [programFile('billing-sim')];
const ADMIN_TOKEN = 'cli-snapshot-admin-token';
const TOGAI_TOKEN = 'togai-demo-token';

const tmp = mkdtempSync(join(tmpdir(), 'billing-sim-snapshot-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every server on a free port; `extra` on top (SANDBOX_SEED, SANDBOX_LOAD). */
function liveEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', TOGAI_PORT: '0', ZUORA_PORT: '0', CHARGEBEE_PORT: '0', CONNECTOR_PORT: '0', DASHBOARD_PORT: '0', SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN, ...extra };
}

async function togaiUrl(child: Child): Promise<string> {
  const [, url] = await printed(child, /^Togai +(http:\/\/\S+)$/m);
  await printed(child, /^sandbox ready$/m);
  return url!;
}

const customer = (togai: string, id: string) => fetch(`${togai}/customers/${id}`, { headers: { authorization: `Bearer ${TOGAI_TOKEN}` } });

describe('billing-sim up --save-on-exit and --load', () => {
  const file = join(tmp, 'saved.json');

  it('saves the sandbox on SIGTERM, and starts from it again with its seed', async () => {
    const saving = startNode([...BILLING_SIM, 'up', '--save-on-exit', file], liveEnv({ SANDBOX_SEED: '7' }));
    let togai: string;
    try {
      togai = await togaiUrl(saving);
      expect(saving.stdout).toContain(`save       to ${file} on SIGINT or SIGTERM`);
      const created = await fetch(`${togai}/customers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOGAI_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'kept-1', name: 'Kept Across Starts', primaryEmail: 'kept@example.test', address: { line1: '1 Main St' } }),
      });
      expect(created.status).toBe(201);
    } finally {
      expect(await stop(saving), saving.stderr).toBe(0);
    }
    expect(saving.stdout).toContain(`saved sandbox to ${file}\n`);
    expect(existsSync(`${file}.tmp`)).toBe(false);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'billing-sim-snapshot', version: 1, seed: 7, vendors: expect.arrayContaining(['togai', 'zuora', 'chargebee']) });
    expect(text).toContain('Kept Across Starts');

    // SANDBOX_SEED unset: the sandbox takes the snapshot's seed
    const loading = startNode([...BILLING_SIM, 'up', '--load', file], liveEnv());
    try {
      const again = await togaiUrl(loading);
      expect(loading.stdout).toContain(`loaded     ${file}`);
      expect(loading.stdout).toMatch(/^seed 7 \(the snapshot's; SANDBOX_SEED is unset\)/m);
      const res = await customer(again, 'kept-1');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: 'kept-1', name: 'Kept Across Starts' });
      // the demo data came along too: it was in the sandbox saved
      expect((await customer(again, 'demo-customer-1')).status).toBe(200);
    } finally {
      expect(await stop(loading), loading.stderr).toBe(0);
    }
  }, 60_000);

  it('exits 2 naming the file and why when it cannot be loaded: missing, not JSON, not a snapshot, another seed', async () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"format": "billing-sim-snapshot", "vers');
    const other = join(tmp, 'other.json');
    writeFileSync(other, JSON.stringify({ customers: [] }));
    const seven = join(tmp, 'seven.json');
    writeFileSync(seven, JSON.stringify({ format: 'billing-sim-snapshot', version: 1, seed: 7, vendors: ['togai', 'zuora', 'chargebee'], parts: [], data: null }));
    const missing = join(tmp, 'missing.json');
    const cases: [string, Record<string, string>, RegExp][] = [
      [missing, {}, /no such file/],
      [broken, {}, /it is not JSON/],
      [other, {}, /not a sandbox snapshot/],
      [seven, { SANDBOX_SEED: '42' }, /saved by a sandbox with seed 7, and SANDBOX_SEED is 42; set SANDBOX_SEED=7, or leave SANDBOX_SEED unset/],
    ];
    // in this process: the file is refused before any server starts, so nothing is left listening
    for (const [path, env, reason] of cases) {
      const io = captureIo(liveEnv(env));
      expect(await main(['up', '--load', path], io), io.stdout + io.stderr).toBe(2);
      expect(io.stderr).toContain(`billing-sim up: cannot load ${path}: `);
      expect(io.stderr).toMatch(reason);
      expect(io.stdout).not.toMatch(/sandbox ready/);
    }
  }, 60_000);
});
