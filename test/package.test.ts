// The Done-when of issue 14, as a user would meet the package: packed, installed into a project
// of its own outside the repository, and used there through its bin and its public API.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeImports } from '../scripts/declarations.mjs';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { freePorts } from './support/cli.js';
import { scenarioFiles } from '../scenarios/engine/suite.js';
import { loadScenario } from '../scenarios/engine/load.js';

const exec = promisify(execFile);
const own = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

/** README's msw example, as a user copies it into a test file of their own. */
function readmeMswExample(): string {
  const section = README.slice(README.indexOf('### With msw'));
  const block = /```ts\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README has no ts block under "### With msw"');
  return block[1]!;
}

/**
 * Every scenario's name in a `billing-sim run --reporter json` report printed to stdout: through
 * npx, as README says, or straight through the bin link npx runs (npm's own start is 0.4 s of CPU).
 */
async function ranScenarios(dir: string, args: string[], via: 'npx' | 'bin'): Promise<string[]> {
  const run = ['run', '--reporter', 'json', ...args];
  const [file, ...argv] = via === 'npx' ? ['npx', '--no-install', 'billing-sim', ...run] : [join(dir, 'node_modules', '.bin', 'billing-sim'), ...run];
  const { stdout } = await exec(file!, argv, { cwd: dir, maxBuffer: 64 << 20 });
  const report = JSON.parse(stdout) as { results: { name: string; status: string }[] };
  expect(report.results.filter((r) => r.status === 'failed').map((r) => r.name)).toEqual([]);
  return report.results.map((r) => r.name);
}

describe('the packed package, installed in a project of its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'billing-sim-user-'));
  let tarball = '';

  beforeAll(async () => {
    // --ignore-scripts: the suite's globalSetup built dist/ already, and prepack must not rebuild it under the other tests
    const packed = await exec('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { cwd: PROJECT_ROOT, maxBuffer: 16 << 20 });
    tarball = join(dir, packed.stdout.trim().split('\n').at(-1)!);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'a-user-project', private: true, type: 'module' }, null, 2)}\n`);
    // the user's own test tools, at the versions this repository tests with (from npm's cache when it has them)
    const tools = [`vitest@${own.devDependencies.vitest}`, `msw@${own.dependencies.msw}`];
    await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...tools], { cwd: dir, maxBuffer: 16 << 20 });
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds no test files and no TypeScript sources, and carries the contracts and the scenario schema', async () => {
    const { stdout } = await exec('tar', ['-tzf', tarball], { maxBuffer: 16 << 20 });
    const files = stdout.split('\n').filter(Boolean);
    expect(files.filter((f) => /(^package\/test\/|\.test\.)/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(c|m)?ts$/.test(f) && !/\.d\.(c|m)?ts$/.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['package/contracts/togai.yaml', 'package/scenarios/scenario.schema.json', 'package/dist/app/index.js', 'package/dist/programs/billing-sim.mjs', 'package/dist/app/index.d.ts', 'package/dist/app/msw.d.ts', 'package/dist/app/scenarios.d.ts']));
    // each contract parsed and its validators compiled, so that a fresh install does neither
    const contracts = files.filter((f) => /^package\/contracts\/[\w-]+\.yaml$/.test(f)).map((f) => f.split('/').at(-1)!);
    for (const contract of contracts) {
      expect(files.filter((f) => f.startsWith(`package/dist/precompiled/${contract}.`)).map((f) => f.replace(/\.[0-9a-f]{16,20}\./, '.KEY.')).sort()).toEqual([
        `package/dist/precompiled/${contract}.KEY.json`,
        `package/dist/precompiled/${contract}.KEY.validators.json.br`,
      ].sort());
    }
    // the build ships only the declarations the exports reach: each module one of them refers to must be shipped too
    const declarations = files.filter((f) => f.endsWith('.d.ts')).map((f) => f.replace(/^package\//, ''));
    const missing = declarations.flatMap((file) =>
      relativeImports(readFileSync(join(dir, 'node_modules', own.name, file), 'utf8'))
        .map((specifier) => posix.join(posix.dirname(file), specifier).replace(/\.js$/, '.d.ts'))
        .filter((target) => !declarations.includes(target))
        .map((target) => `${file} refers to ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('npx billing-sim up answers on its ports, the dashboard included', async () => {
    const [togai, zuora, chargebee, connector, dashboard] = await freePorts(5);
    const env = { ...process.env, TOGAI_PORT: String(togai), ZUORA_PORT: String(zuora), CHARGEBEE_PORT: String(chargebee), CONNECTOR_PORT: String(connector), DASHBOARD_PORT: String(dashboard) };
    // its own process group, so the sandbox npx starts stops with it
    const up = spawn('npx', ['--no-install', 'billing-sim', 'up'], { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => up.once('exit', () => resolve()));
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        up.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk).includes('sandbox ready') && resolve());
        up.once('exit', (code) => reject(new Error(`billing-sim up exited with ${code}: ${out}`)));
      });
      const customers = await fetch(`http://127.0.0.1:${togai}/customers`, { headers: { authorization: 'Bearer togai-demo-token' } });
      expect(customers.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${connector}/health`)).status).toBe(200);
      // the page and its bundle ship in the package, and the printed link opens the API
      const link = new URL(/^dashboard: (\S+)$/m.exec(out)![1]!);
      expect(link.port).toBe(String(dashboard));
      expect(await (await fetch(new URL('/', link))).text()).toContain('/assets/app.js');
      expect((await fetch(new URL('/assets/app.js', link))).status).toBe(200);
      const overview = await fetch(new URL('/api/overview', link), { headers: { authorization: `Bearer ${link.searchParams.get('token')}` } });
      expect(overview.status).toBe(200);
    } finally {
      process.kill(-up.pid!, 'SIGTERM');
      await exited;
    }
  }, 60_000);

  it("runs README's msw example as the user's own vitest file: a Togai account and its invoice reach Zuora", async () => {
    writeFileSync(join(dir, 'sync.test.ts'), readmeMswExample());
    const plain = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    // the user's own vitest, through its bin link (npx would add npm's start to the run)
    const { stdout } = await exec(join(dir, 'node_modules', '.bin', 'vitest'), ['run', '--reporter', 'verbose'], { cwd: dir, env: plain, maxBuffer: 16 << 20 });
    expect(stdout).toContain('syncs a Togai account and its invoice to Zuora');
    expect(stdout).toMatch(/Tests\s+1 passed/);
  }, 90_000);

  it('npx billing-sim run, and billing-sim run --shard 1/2 with --shard 2/2, each run every scenario the package ships exactly once', async () => {
    const shipped = scenarioFiles().map((f) => loadScenario(f).name).sort();
    const all = await ranScenarios(dir, [], 'npx');
    expect(all.sort()).toEqual(shipped);
    const [first, second] = await Promise.all([ranScenarios(dir, ['--shard', '1/2'], 'bin'), ranScenarios(dir, ['--shard', '2/2'], 'bin')]);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect([...first, ...second].sort()).toEqual(shipped);

    // every process so far (up, the user's vitest, the runs) read the contracts as the build parsed
    // them, and, with the libraries the build compiled with, its validators: it kept neither
    const kept = join(dir, 'node_modules', own.name, 'node_modules', '.cache', own.name);
    expect(readdirSync(kept).filter((name) => /\.yaml\.[0-9a-f]{16}\.json$/.test(name))).toEqual([]);
    const version = (root: string, name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    const sameLibraries = ['ajv', 'ajv-formats', 'openapi-backend'].every((name) => version(dir, name) === version(PROJECT_ROOT, name));
    if (sameLibraries) expect(existsSync(join(kept, 'validators'))).toBe(false);
  }, 120_000);
});
