import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readSandboxEnv } from '../app/config.js';
import { loadScenario, ScenarioError, type LoadedScenario } from './engine/load.js';
import { junitMergeCommand } from './cli-junit-merge.js';
import { readFaultPlan, recordCommand, replayCommand, skeletonCommand } from './cli-recording.js';
import { readClaims } from './engine/claims.js';
import { conformCommand } from './cli-conform.js';
import { partnerOptions, reachable, UsageError, writeReport } from './cli-partner.js';
import { runPartnerSuite, type SuiteResult } from './engine/partner-suite.js';
import { partnerBriefing } from './engine/partner-world.js';
import { scenarioJsonSchema } from './engine/schema.js';
import { parseShard, ShardError, shardText, type Shard } from './engine/shard.js';
import { runAll, scenarioFiles, selectScenarios } from './engine/suite.js';
import { jsonReport } from './reporters/json.js';
import { junitReport } from './reporters/junit.js';
import { prettyReporter } from './reporters/pretty.js';
import { counts, type RunReport } from './reporters/report.js';

/** Where the CLI writes and what it reads: the process's, or a test's. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo = (): CliIo => ({
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});

export const USAGE = `Usage: billing-sim <command> [options]

Commands:
  list [files|dirs...] [--tag T]... [--shard K/N]   name, file and tags of each scenario
  validate [files|dirs...]            load every scenario; print each problem as file:line:column: message
  run [files|dirs...] [options]       run scenarios; exit 1 if any fails
      --tag T             only scenarios with this tag (repeatable: any of them)
      --shard K/N         only the K-th of N shares (1 ≤ K ≤ N), for a CI matrix: each scenario
                          is in one shard, by its name, so shards 1/N..N/N run every one once
      --reporter R        pretty (default), junit or json
      --out FILE          write the junit or json report to FILE (progress still printed)
      --concurrency N     scenarios at once in-process (default: the CPU count)
      --connector-url URL partner mode: run against your connector at URL, one scenario at a
                          time, on the sandbox's fixed ports (TOGAI_PORT, ZUORA_PORT, CHARGEBEE_PORT)
      --flows 1,6         partner mode: the flows your connector runs (default: its GET /health);
                          scenarios needing any other flow are reported "not claimed", not run
      --faults PLAN       a fault plan (YAML or JSON, contracts/admin.yaml FaultPlan) for every scenario
      --port-base B       partner mode: the simulators on B+10 (Togai), B+20 (Zuora), B+30 (Chargebee)
                          instead of TOGAI_PORT etc., so a run sits beside npm start or another run
  conform [options]                   judge a connector flow by flow: each flow's scenario under
                          every check (happy path, duplicate, redelivered after a 500, reordered,
                          unauthenticated, vendor 503/429, write failing midway, no loop);
                          a flows x checks matrix; exit 1 if a claimed flow fails
      --connector-url URL your connector (default: the reference connector, in process)
      --flows 1,6         the flows it runs (default: its GET /health); others "not claimed"
      --check ID          only this check (repeatable)
      --port-base B       the simulators on B+10, B+20, B+30 (default TOGAI_PORT etc.)
      --reporter R        pretty (default), json, junit (a testsuite per flow) or html
      --out FILE          write the json, junit or html report to FILE
      --concurrency N     checks at once for the reference connector (default: the CPU count)
  junit-merge FILE... [--out FILE]    the JUnit reports of every shard of a run as one report
  record FILE --out REC [--faults PLAN]  run one scenario, keeping everything that happened, to REC
  replay REC                          run a recording again; report the first divergence (exit 1 if any)
  skeleton REC [--out FILE]           a recording as a scenario for a bug report
  up [options]                        the live sandbox (as npm start; prints the /__admin token)
      --load FILE         start from the snapshot in FILE (GET /__admin/snapshot, --save-on-exit),
                          in place of the demo data; with its seed unless SANDBOX_SEED is set
                          (SANDBOX_LOAD); a file that cannot be loaded exits 2, saying why
      --save-on-exit FILE on SIGINT or SIGTERM, save the sandbox to FILE before closing
                          (SANDBOX_SAVE_ON_EXIT); written whole or not at all
  schema [--out FILE]                 the scenario JSON Schema (scenarios/scenario.schema.json)

Without files, every scenario under scenarios/. Exit codes: 0 success, 1 failure, 2 bad usage.
`;

const REPORTERS = ['pretty', 'junit', 'json'] as const;
type ReporterName = (typeof REPORTERS)[number];

const OPTIONS = {
  tag: { type: 'string', multiple: true },
  shard: { type: 'string' },
  reporter: { type: 'string' },
  out: { type: 'string' },
  concurrency: { type: 'string' },
  'connector-url': { type: 'string' },
  flows: { type: 'string' },
  'port-base': { type: 'string' },
  check: { type: 'string', multiple: true },
  faults: { type: 'string' },
  load: { type: 'string' },
  'save-on-exit': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const ALLOWED: Record<string, (keyof typeof OPTIONS)[]> = {
  list: ['tag', 'shard'],
  validate: [],
  run: ['tag', 'shard', 'reporter', 'out', 'concurrency', 'connector-url', 'flows', 'port-base', 'faults'],
  conform: ['connector-url', 'flows', 'check', 'port-base', 'reporter', 'out', 'concurrency'],
  record: ['out', 'faults'],
  replay: [],
  skeleton: ['out'],
  'junit-merge': ['out'],
  up: ['load', 'save-on-exit'],
  schema: ['out'],
};

function parse(command: string, args: string[]) {
  const options = Object.fromEntries(Object.entries(OPTIONS).filter(([k]) => k === 'help' || ALLOWED[command]!.includes(k as keyof typeof OPTIONS)));
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as { values: { [K in keyof typeof OPTIONS]?: K extends 'tag' | 'check' ? string[] : K extends 'help' ? boolean : string }; positionals: string[] };
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message}`);
  }
}

/** A path as the user should read it: relative to the working directory when inside it. */
function shown(io: CliIo, file: string): string {
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `at` (`/abs/file.yaml:3:5: …`) with its file as the user should read it. */
function showAt(io: CliIo, file: string, text: string): string {
  return text.startsWith(file) ? shown(io, file) + text.slice(file.length) : text;
}

/** The scenario files named (a directory: every scenario under it), or all under scenarios/. */
function filesOf(io: CliIo, args: string[]): string[] {
  if (!args.length) return scenarioFiles();
  const files = args.flatMap((arg) => {
    const path = resolve(io.cwd, arg);
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ? scenarioFiles(path) : [path];
  });
  return [...new Set(files)];
}

/** Load every file; each problem already reads `file:line:column: message`. */
function loadFiles(io: CliIo, files: string[]): { scenarios: LoadedScenario[]; problems: string[]; invalid: number } {
  const scenarios: LoadedScenario[] = [];
  const problems: string[] = [];
  let invalid = 0;
  for (const file of files) {
    try {
      scenarios.push(loadScenario(file));
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      invalid++;
      problems.push(...e.problems.map((p) => showAt(io, file, p)));
    }
  }
  return { scenarios, problems, invalid };
}

function shardOption(command: string, raw: string | undefined): Shard | undefined {
  try {
    return raw === undefined ? undefined : parseShard(raw);
  } catch (e) {
    if (e instanceof ShardError) throw new UsageError(`${command}: ${e.message}`);
    throw e;
  }
}

/** What nothing was selected by, for the message that says so. */
const selectedBy = (tags: string[] | undefined) => (tags?.length ? ` with tag ${tags.join(' or ')}` : '');

function list(io: CliIo, args: string[]): number {
  const { values, positionals } = parse('list', args);
  const shard = shardOption('list', values.shard);
  const { scenarios, problems } = loadFiles(io, filesOf(io, positionals));
  const tagged = selectScenarios(scenarios, values.tag ? { tags: values.tag } : {});
  const rows = (shard ? selectScenarios(tagged, { shard }) : tagged).map((s) => [s.name, shown(io, s.file), s.tags.join(', ')] as const);
  const table = [['NAME', 'FILE', 'TAGS'] as const, ...rows];
  const width = (i: 0 | 1) => Math.max(...table.map((r) => r[i].length));
  for (const [name, file, tags] of table) io.out(`${name.padEnd(width(0))}  ${file.padEnd(width(1))}  ${tags}`.trimEnd() + '\n');
  for (const p of problems) io.err(`${p}\n`);
  // an empty shard (more shards than scenarios) is no error, as in `run`
  if (!tagged.length) io.err(`No scenario found${selectedBy(values.tag)}.\n`);
  return problems.length || !tagged.length ? 1 : 0;
}

function validate(io: CliIo, args: string[]): number {
  const { positionals } = parse('validate', args);
  const files = filesOf(io, positionals);
  if (!files.length) {
    io.err('No scenario files found.\n');
    return 1;
  }
  const { problems, invalid } = loadFiles(io, files);
  for (const p of problems) io.err(`${p}\n`);
  io.out(`${files.length} scenario file${files.length === 1 ? '' : 's'}: ${files.length - invalid} valid, ${invalid} invalid\n`);
  return invalid ? 1 : 0;
}

async function run(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse('run', args);
  const shard = shardOption('run', values.shard);
  const reporter = (values.reporter ?? 'pretty') as ReporterName;
  if (!REPORTERS.includes(reporter)) throw new UsageError(`run: --reporter must be one of ${REPORTERS.join(', ')}; got ${JSON.stringify(values.reporter)}`);
  if (values.out !== undefined && reporter === 'pretty') throw new UsageError('run: --out needs --reporter junit or json (pretty always goes to the console)');
  const { connectorUrl, concurrency, env, flows } = partnerOptions('run', io, values, 'partner mode runs one scenario at a time');
  const faults = values.faults === undefined ? undefined : readFaultPlan(io, values.faults);
  if (typeof faults === 'string') throw new UsageError(`run: ${faults}`);

  const { scenarios, problems } = loadFiles(io, filesOf(io, positionals));
  if (problems.length) {
    for (const p of problems) io.err(`${p}\n`);
    io.err('Some scenario files are invalid (see above); nothing was run.\n');
    return 1;
  }
  const tagged = selectScenarios(scenarios, values.tag ? { tags: values.tag } : {});
  if (!tagged.length) {
    io.err(`No scenario to run${selectedBy(values.tag)}.\n`);
    return 1;
  }
  const selected = shard ? selectScenarios(tagged, { shard }) : tagged;

  // the console gets the progress; when the report itself goes to stdout, progress goes to stderr
  const log = reporter === 'pretty' || values.out !== undefined ? io.out : io.err;
  const pretty = prettyReporter(log);
  const forDisplay = (r: SuiteResult): SuiteResult => ({
    ...r,
    file: shown(io, r.file),
    ...(r.failure ? { failure: { ...r.failure, at: showAt(io, r.file, r.failure.at) } } : {}),
  });
  const onResult = (r: SuiteResult) => pretty.onResult(forDisplay(r));
  const startedAt = new Date();
  const started = performance.now();
  let finished: SuiteResult[] = [];
  // a shard with none of the selected scenarios (more shards than scenarios) passes with an
  // empty report, so a CI matrix sized for a growing suite stays green and its reports merge
  if (!selected.length) {
    log(`shard ${shardText(shard!)} has none of the ${tagged.length} scenario${tagged.length === 1 ? '' : 's'} selected; nothing to run\n`);
  } else if (connectorUrl && env) {
    log(`${partnerBriefing(env, connectorUrl)}\n\n`);
    const unreachable = await reachable(connectorUrl);
    if (unreachable) {
      io.err(`${unreachable}\n`);
      return 1;
    }
    const { claims, note } = await readClaims(connectorUrl, flows);
    log(`${note}\n\n`);
    try {
      finished = await runPartnerSuite(selected, env, connectorUrl, { onResult, ...(claims ? { claims } : {}), ...(faults ? { faults } : {}) });
    } catch (e) {
      io.err(`${(e as Error).message}\n`);
      return 1;
    }
  } else {
    finished = await runAll(selected, undefined, { concurrency: concurrency ?? availableParallelism(), onResult, ...(faults ? { faults } : {}) });
  }
  // progress comes in the order scenarios finish; reports list them in the order given
  const results = finished.map(forDisplay);
  const report: RunReport = { results, mode: connectorUrl ? 'partner' : 'in-process', ...(connectorUrl ? { connectorUrl } : {}), ...(shard ? { shard } : {}), startedAt, durationMs: performance.now() - started };
  pretty.finish(report);
  if (reporter !== 'pretty') {
    const text = reporter === 'junit' ? junitReport(report) : jsonReport(report);
    if (values.out === undefined) io.out(text);
    else if (!writeReport(io, values.out, text)) return 1;
    else log(`${reporter} report written to ${values.out}\n`);
  }
  return counts(results).failed ? 1 : 0;
}

function schema(io: CliIo, args: string[]): number {
  const { values } = parse('schema', args);
  const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (values.out === undefined) io.out(text);
  else if (!writeReport(io, values.out, text)) return 1;
  else io.out(`scenario JSON Schema written to ${values.out}\n`);
  return 0;
}

async function up(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse('up', args);
  if (positionals.length) throw new UsageError(`up: takes no file of its own (got ${positionals.join(' ')}); a snapshot to start from is --load FILE`);
  const { SnapshotFileError, startLiveSandbox } = await import('../app/live.js');
  try {
    const env = readSandboxEnv(io.env);
    // as typed, so messages name the file as the user did, unless io's directory is not the process's
    const file = (f: string | undefined) => (f === undefined || isAbsolute(f) || io.cwd === process.cwd() ? f : resolve(io.cwd, f));
    await startLiveSandbox(env, {
      load: file(values.load ?? env.SANDBOX_LOAD),
      saveOnExit: file(values['save-on-exit'] ?? env.SANDBOX_SAVE_ON_EXIT),
      seedSet: io.env.SANDBOX_SEED !== undefined,
    });
  } catch (e) {
    // a snapshot file that cannot be loaded is a bad argument, as a bad option is
    if (e instanceof SnapshotFileError) {
      io.err(`billing-sim up: ${e.message}\n`);
      return 2;
    }
    io.err(`${(e as Error).message}\n`);
    return 1;
  }
  // serves until SIGINT or SIGTERM, which close the servers and exit the process
  return new Promise<number>(() => {});
}

async function recording(io: CliIo, command: 'record' | 'replay' | 'skeleton', args: string[]): Promise<number> {
  const { values, positionals } = parse(command, args);
  if (positionals.length !== 1) throw new UsageError(`${command}: name exactly one ${command === 'record' ? 'scenario file' : 'recording'}`);
  const file = positionals[0]!;
  if (command === 'record' && values.out === undefined) throw new UsageError('record: --out FILE names where the recording goes');
  const faults = values.faults === undefined ? undefined : readFaultPlan(io, values.faults);
  if (typeof faults === 'string') throw new UsageError(`${command}: ${faults}`);
  try {
    if (command === 'skeleton') return skeletonCommand(io, file, values.out);
    if (command === 'replay') return await replayCommand(io, file);
    return await recordCommand(io, file, values.out!, faults);
  } catch (e) {
    // a scenario that does not load, a recording that is not one, a file that is not there
    if (e instanceof ScenarioError) io.err(`${e.problems.map((p) => showAt(io, e.file, p)).join('\n')}\n`);
    else if (e instanceof Error && /ENOENT|not a billing-sim recording|JSON/.test(e.message)) io.err(`billing-sim ${command}: ${e.message}\n`);
    else throw e;
    return 1;
  }
}

/** The CLI: run one command with `argv` (without node and the script) and answer its exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      (command === undefined ? io.err : io.out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (!(command in ALLOWED)) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    if (parse(command, args).values.help) {
      io.out(USAGE);
      return 0;
    }
    if (command === 'list') return list(io, args);
    if (command === 'validate') return validate(io, args);
    if (command === 'run') return await run(io, args);
    if (command === 'conform') {
      const { values, positionals } = parse(command, args);
      return await conformCommand(io, values, positionals);
    }
    if (command === 'schema') return schema(io, args);
    if (command === 'junit-merge') {
      const { values, positionals } = parse(command, args);
      if (!positionals.length) throw new UsageError('junit-merge: name the JUnit report of every shard, e.g. junit-merge junit-1.xml junit-2.xml');
      return junitMergeCommand(io, positionals, values.out);
    }
    if (command === 'record' || command === 'replay' || command === 'skeleton') return await recording(io, command, args);
    return await up(io, args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`billing-sim: ${e.message}\n\n${USAGE}`);
    return 2;
  }
}
