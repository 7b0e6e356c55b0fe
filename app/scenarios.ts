/**
 * The package's `./scenarios` entry: the scenario runner behind `billing-sim run` as a
 * function, and its reporters.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { loadScenario, ScenarioError, type LoadedScenario } from '../scenarios/engine/load.js';
import { runPartnerSuite, type SuiteResult } from '../scenarios/engine/partner-suite.js';
import { stepLabel } from '../scenarios/engine/run.js';
import { shardOf, type Shard } from '../scenarios/engine/shard.js';
import { runAll, scenarioFiles, selectScenarios } from '../scenarios/engine/suite.js';
import { jsonReport } from '../scenarios/reporters/json.js';
import { junitReport } from '../scenarios/reporters/junit.js';
import { prettyReporter } from '../scenarios/reporters/pretty.js';
import { counts, type Counts, type RunReport } from '../scenarios/reporters/report.js';
import type { FaultPlanInput } from '../simulators/kit/faults.js';
import { readSandboxEnv } from './config.js';

export { loadScenario, ScenarioError, scenarioFiles, stepLabel, prettyReporter, junitReport, jsonReport, counts };
export type { LoadedScenario, SuiteResult, RunReport, Counts, Shard, FaultPlanInput };

/** What hears of a run: each result as it finishes, then the whole report. */
export interface ScenarioReporter {
  onResult?(result: SuiteResult): void;
  finish?(report: RunReport): void;
}

/** The JUnit XML report (the Jenkins/Surefire shape), handed to `write` when the run ends. */
export const junitReporter = (write: (xml: string) => void): ScenarioReporter => ({ finish: (report) => write(junitReport(report)) });

/** The JSON report, handed to `write` when the run ends. */
export const jsonReporter = (write: (json: string) => void): ScenarioReporter => ({ finish: (report) => write(jsonReport(report)) });

export interface RunScenariosOptions {
  /** Scenario files or directories (each: the scenarios under it); default every scenario the package ships. */
  files?: string[];
  /** What relative `files` are relative to (default the working directory). */
  cwd?: string;
  /** Only scenarios with any of these tags. */
  tags?: string[];
  /** Only this share of the selection: `'2/3'` or `{ current: 2, total: 3 }` (as `--shard`). */
  shard?: string | Shard;
  /** Scenarios at once, in process (default the CPU count). */
  concurrency?: number;
  /** A fault plan for every scenario (contracts/admin.yaml FaultPlan). */
  faults?: FaultPlanInput;
  /** Partner mode: run against your connector at this URL, one scenario at a time, on the sandbox's fixed ports. */
  connectorUrl?: string;
  /** Where partner mode reads the ports and credentials (TOGAI_PORT, …; default process.env). */
  env?: NodeJS.ProcessEnv;
  reporter?: ScenarioReporter | ScenarioReporter[];
}

/** A finished run: the report every reporter got, its counts, and whether nothing failed. */
export interface ScenarioRun extends RunReport {
  counts: Counts;
  passed: boolean;
}

/** Scenario files that do not load; `problems` each read `file:line:column: message`. */
export class InvalidScenariosError extends Error {
  override name = 'InvalidScenariosError';
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the scenario files; nothing was run:\n${problems.join('\n')}`);
  }
}

function filesOf(files: string[] | undefined, cwd: string): string[] {
  if (!files?.length) return scenarioFiles();
  const all = files.flatMap((f) => {
    const path = resolve(cwd, f);
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ? scenarioFiles(path) : [path];
  });
  return [...new Set(all)];
}

function loadAllOrThrow(files: string[]): LoadedScenario[] {
  const problems: string[] = [];
  const scenarios = files.flatMap((file) => {
    try {
      return [loadScenario(file)];
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      problems.push(...e.problems);
      return [];
    }
  });
  if (problems.length) throw new InvalidScenariosError(problems);
  return scenarios;
}

/**
 * Run scenarios as `billing-sim run` does: each in its own sandbox with its own reference
 * connector (or, with `connectorUrl`, against yours), results in file order. Files that do not
 * load throw InvalidScenariosError before anything runs; a failing scenario is a result, not a throw.
 */
export async function runScenarios(options: RunScenariosOptions = {}): Promise<ScenarioRun> {
  const reporters = options.reporter === undefined ? [] : Array.isArray(options.reporter) ? options.reporter : [options.reporter];
  const shard = options.shard === undefined ? undefined : shardOf(options.shard);
  const scenarios = loadAllOrThrow(filesOf(options.files, options.cwd ?? process.cwd()));
  const selected = selectScenarios(scenarios, { ...(options.tags ? { tags: options.tags } : {}), ...(shard ? { shard } : {}) });
  const onResult = (r: SuiteResult) => reporters.forEach((rep) => rep.onResult?.(r));
  const faults = options.faults ? { faults: options.faults } : {};
  const startedAt = new Date();
  const started = performance.now();
  const connectorUrl = options.connectorUrl?.replace(/\/+$/, '');
  const results = connectorUrl
    ? await runPartnerSuite(selected, readSandboxEnv(options.env ?? process.env), connectorUrl, { onResult, ...faults })
    : await runAll(selected, undefined, { concurrency: options.concurrency ?? availableParallelism(), onResult, ...faults });
  const report: RunReport = {
    results,
    mode: connectorUrl ? 'partner' : 'in-process',
    ...(connectorUrl ? { connectorUrl } : {}),
    ...(shard ? { shard } : {}),
    startedAt,
    durationMs: performance.now() - started,
  };
  for (const rep of reporters) rep.finish?.(report);
  const c = counts(results);
  return { ...report, counts: c, passed: c.failed === 0 };
}
