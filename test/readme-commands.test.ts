import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, USAGE } from '../scenarios/cli.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { captureIo, printed, startNode, stop, type Child } from './support/cli.js';
import { programFile } from '../scripts/programs.mjs';
import { codeBlocks, programOf, shellCommands, type CodeBlock, type ShellCommand } from './support/readme-blocks.js';

/**
 * Every shell command README.md shows (its ```sh blocks) is run by a test: the curl commands by
 * this file against a live sandbox, the `billing-sim` commands that finish quickly by this file
 * in process, the others by the tests named below. A command added to README without one fails
 * here, saying which.
 */

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const blocks = codeBlocks(README);
const SHELL = new Set(['sh', 'bash', 'shell']);
const commands: (ShellCommand & { block: CodeBlock })[] = blocks.filter((b) => SHELL.has(b.lang)).flatMap((block) => shellCommands(block).map((c) => ({ ...c, block })));
const where = (c: ShellCommand) => `README.md:${c.line}: ${c.text}`;

/**
 * README commands this file does not run, each with the file that does (it must exist) and why.
 * An entry that matches no README command fails, so the list cannot outlive what it excuses.
 */
const COVERED_ELSEWHERE: { command: RegExp; by: string; why: string }[] = [
  { command: /^npm ci$/, by: '.ci/run', why: 'installs the dependencies every test needs; CI runs it before the suite' },
  { command: /^npm test$/, by: '.ci/run', why: 'the suite this file belongs to; CI runs it' },
  { command: /^npm start\b/, by: 'test/cli.test.ts', why: '`billing-sim up` starts the same live sandbox (app/live.ts), as this file does for the curl commands' },
  { command: /^npm run bench\b/, by: 'bench/run.ts', why: 'minutes of load on purpose, not a test; this file checks the script exists' },
  { command: /^npm install --save-dev billing-sim-harness\b/, by: 'test/package.test.ts', why: 'packs the package and installs the tarball, with msw and vitest, into a project of its own' },
  { command: /^npm run lint$/, by: 'test/layers.test.ts', why: 'runs the same eslint rules through its Node API; .ci/run runs npm run lint itself' },
  // the id comes from the answer to the command before it; the flow it shows is tested end to end there
  { command: /\/accounts\/<id>/, by: 'test/connector-process.test.ts', why: 'flow 1 over HTTP: a Zuora account read back from Togai by its ID' },
];

/** Placeholders README asks the reader to fill in, and what this file fills in. */
const ADMIN_TOKEN = 'readme-commands-admin-token';
const SUPPLIED: Record<string, string> = { ADMIN: ADMIN_TOKEN };

/** The live sandbox's fixed ports as README writes them, by the name of the server it prints. */
const README_PORTS: Record<string, string> = { '4010': 'Togai', '4020': 'Zuora', '4030': 'Chargebee', '4040': 'Connector' };
const LIVE_URL = /http:\/\/127\.0\.0\.1:(4010|4020|4030|4040)/g;
const PLACEHOLDER = /<[A-Za-z][^<>]*>/;
/** `billing-sim` commands this file runs: they finish in a second or two (`run` runs suites, `up` serves until stopped). */
const RUN_HERE = new Set(['list', 'validate', 'schema', 'record', 'replay', 'skeleton']);

const elsewhere = (c: ShellCommand) => COVERED_ELSEWHERE.find((e) => e.command.test(c.text));
const assignsSupplied = (c: ShellCommand) => /^(\w+)=/.exec(c.text)?.[1] ?? '';
const isLive = (c: ShellCommand) => programOf(c.text) === 'curl' || (programOf(c.text) === '=' && /\bcurl\b/.test(c.text)) || assignsSupplied(c) in SUPPLIED;
const cliArgs = (c: ShellCommand) => (/^npx billing-sim\b/.test(c.text) ? c.text.split(/\s+/).slice(2) : undefined);
/** A synopsis (`run [files|dirs] [--out FILE]`) rather than a command to type as is. */
const isSynopsis = (args: string[]) => args.some((a) => /[[\]|]|\.\.\.$|^[A-Z]+$/.test(a));
const runsHere = (args: string[]) => RUN_HERE.has(args[0] ?? '') && !isSynopsis(args);

const testSources = readdirSync(join(PROJECT_ROOT, 'test'))
  .filter((f) => f.endsWith('.test.ts') && f !== 'readme-commands.test.ts')
  .map((f) => ({ file: `test/${f}`, text: readFileSync(join(PROJECT_ROOT, 'test', f), 'utf8') }));
/**
 * The test files that call the CLI with this subcommand: in process (`main(['run'`), or as a
 * process (`'billing-sim.mjs', 'up'`, `'billing-sim', 'up'`, `[...BILLING_SIM, 'up'`).
 */
const testsCalling = (sub: string) =>
  testSources.filter((t) => new RegExp(`(?:main\\(\\[|billing-sim(?:\\.mjs)?'\\s*,|BILLING_SIM\\s*,)\\s*'${sub}'`).test(t.text)).map((t) => t.file);
const testsPassing = (flag: string) => testSources.filter((t) => t.text.includes(`'${flag}'`)).map((t) => t.file);

/** How a command is covered, or why it is not. */
function coverage(c: ShellCommand): { by: string } | { missing: string } {
  const excused = elsewhere(c);
  if (excused) return { by: excused.by };
  if (isLive(c)) return PLACEHOLDER.test(c.text) && !(assignsSupplied(c) in SUPPLIED) ? { missing: 'a placeholder this file cannot fill in; add it to COVERED_ELSEWHERE with the test that does the same' } : { by: 'this file, against a live sandbox' };
  const args = cliArgs(c);
  if (args) {
    if (runsHere(args)) return { by: 'this file, in process' };
    const sub = args[0] ?? '';
    const flags = args.filter((a) => a.startsWith('--')).map((a) => a.replace(/[=\]].*$/, ''));
    const untested = [...(testsCalling(sub).length ? [] : [`billing-sim ${sub}`]), ...flags.filter((f) => !testsPassing(f).length)];
    return untested.length ? { missing: `no test under test/ runs ${untested.join(', ')}` } : { by: testsCalling(sub).join(', ') };
  }
  return { missing: 'not a command this file knows how to run; run it in a test, or add it to COVERED_ELSEWHERE' };
}

describe('README.md shell commands', () => {
  let live: Child;
  // started first, so it boots while the in-process commands run
  beforeAll(async () => {
    live = startNode([programFile('live')], {
      PATH: process.env.PATH ?? '',
      TOGAI_PORT: '0',
      ZUORA_PORT: '0',
      CHARGEBEE_PORT: '0',
      CONNECTOR_PORT: '0',
      DASHBOARD_PORT: '0',
      SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN,
    });
  });
  afterAll(async () => {
    if (live) expect(await stop(live)).toBe(0);
  });

  it('are found, each covered by a test, and every excuse still names a README command and a file that exists', () => {
    expect(commands.length).toBeGreaterThan(10);
    const uncovered = commands.flatMap((c) => {
      const cov = coverage(c);
      return 'missing' in cov ? [`${where(c)}\n    ${cov.missing}`] : [];
    });
    expect(uncovered, 'README commands no test runs').toEqual([]);
    const stale = COVERED_ELSEWHERE.filter((e) => !commands.some((c) => e.command.test(c.text))).map((e) => `${e.command}: matches no README command; remove it`);
    const missingFiles = COVERED_ELSEWHERE.filter((e) => !existsSync(join(PROJECT_ROOT, e.by))).map((e) => `${e.command}: ${e.by} does not exist`);
    expect([...stale, ...missingFiles]).toEqual([]);
  });

  it('npm: every script README runs is in package.json', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const npm = commands.filter((c) => programOf(c.text) === 'npm');
    const missing = npm.flatMap((c) => {
      const [verb, name] = c.text.split(/\s+/).slice(1);
      // npm's own commands need no script; start, test and run/run-script do
      const script = verb === 'run' || verb === 'run-script' ? name : verb === 'start' || verb === 'test' ? verb : undefined;
      return script === undefined || script in scripts ? [] : [`${where(c)}: no "${script}" script in package.json`];
    });
    expect(missing).toEqual([]);
  });

  it('billing-sim: every subcommand and flag README shows is one the CLI has', () => {
    const known = new Set([...USAGE.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!));
    const problems = commands.flatMap((c) => {
      const args = cliArgs(c);
      if (!args) return [];
      const flags = args.filter((a) => a.startsWith('--')).map((a) => a.replace(/[=\]].*$/, ''));
      return [...(known.has(args[0] ?? '') ? [] : [`${where(c)}: no subcommand ${args[0]}`]), ...flags.filter((f) => !USAGE.includes(f)).map((f) => `${where(c)}: no flag ${f}`)];
    });
    expect(problems).toEqual([]);
  });

  it('billing-sim: the quick commands run as README writes them, in order, in a directory holding the files they name', async () => {
    const quick = commands.filter((c) => runsHere(cliArgs(c) ?? []));
    expect(quick.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'readme-commands-'));
    // a file README shows in a yaml block headed `# plan.yaml` is one the reader has written
    const shown = new Map(blocks.filter((b) => b.lang === 'yaml').flatMap((b) => {
      const name = /^#\s*([\w./-]+\.ya?ml)\b/.exec(b.text)?.[1];
      return name ? [[name, b.text] as const] : [];
    }));
    const made = new Set<string>();
    for (const c of quick) {
      const args = cliArgs(c)!;
      for (const [i, arg] of args.entries()) {
        const inRepo = join(PROJECT_ROOT, arg);
        mkdirSync(dirname(join(dir, arg)), { recursive: true });
        if (args[i - 1] === '--out' || made.has(arg)) made.add(arg);
        else if (shown.has(arg)) writeFileSync(join(dir, arg), shown.get(arg)!);
        else if (/\.(ya?ml|json)$/.test(arg) && existsSync(inRepo) && statSync(inRepo).isFile()) copyFileSync(inRepo, join(dir, arg));
      }
      const io = captureIo({}, dir);
      const code = await main(args, io);
      expect(code, `${where(c)}\n${io.stdout}${io.stderr}`).toBe(0);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  describe('curl, against a live sandbox on free ports (README port numbers swapped for them)', () => {
    const urls: Record<string, string> = {};
    beforeAll(async () => {
      await printed(live, /^sandbox ready$/m);
      for (const name of Object.values(README_PORTS)) {
        const url = new RegExp(`^${name} +(http://[^\\s/]+)`, 'm').exec(live.stdout)?.[1];
        if (!url) throw new Error(`the live sandbox printed no ${name} URL:\n${live.stdout}`);
        urls[name] = url;
      }
    });

    const liveBlocks = [...new Set(commands.filter(isLive).map((c) => c.block))];
    it.each(liveBlocks.map((b) => [b.line, b] as const))('README.md:%i runs, every curl answered 2xx', async (_line, block) => {
      const lines = ['set -eo pipefail', 'curl() { command curl --fail-with-body --silent --show-error --max-time 10 "$@"; }'];
      for (const c of commands.filter((x) => x.block === block && isLive(x) && !elsewhere(x))) {
        const name = assignsSupplied(c);
        const source = name in SUPPLIED ? `${name}=${JSON.stringify(SUPPLIED[name])}` : c.source.replace(LIVE_URL, (_m, port: string) => urls[README_PORTS[port]!]!);
        lines.push(`echo ${JSON.stringify(`README.md:${c.line}`)} >&2`, source, 'echo >&2');
      }
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile('bash', ['--norc', '--noprofile', '-c', lines.join('\n')], { env: { PATH: process.env.PATH ?? '', ADMIN: ADMIN_TOKEN }, timeout: 20_000 }, (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        ),
      );
      // on failure the last README.md:N on stderr is the command that failed
      expect(result.code, `${result.stderr}\n${result.stdout}`).toBe(0);
    });
  });
});
