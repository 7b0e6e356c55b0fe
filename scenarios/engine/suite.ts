import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { FlowNumber } from '../../connector/config.js';
import { PROJECT_ROOT } from '../../simulators/kit/project-root.js';
import { inProcessConnectorConfig, InProcessWorld } from './in-process-world.js';
import { loadScenario, type LoadedScenario } from './load.js';
import { pool } from './pool.js';
import { runScenario, type RunOptions, type ScenarioResult } from './run.js';
import { inShard, shardOf, type Shard } from './shard.js';
import type { World } from './world.js';

export const SCENARIO_DIR = join(PROJECT_ROOT, 'scenarios');

/** Every scenario file under scenarios/ (the engine's own folder aside), sorted. */
export function scenarioFiles(dir = SCENARIO_DIR): string[] {
  const own = resolve(dir) === resolve(SCENARIO_DIR);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !(own && f.split(sep)[0] === 'engine'))
    .sort()
    .map((f) => resolve(dir, f));
}

/** Which of the loaded scenarios to run: any of `tags` (none: all), then the share of `shard` (`'2/3'` or `{ current, total }`). */
export interface Selection {
  tags?: readonly string[];
  shard?: Shard | string;
}

/** The scenarios `selection` picks, in the order given. A bad `shard` throws ShardError. */
export function selectScenarios(scenarios: readonly LoadedScenario[], selection: Selection = {}): LoadedScenario[] {
  const { tags, shard } = selection;
  const tagged = tags?.length ? scenarios.filter((s) => s.tags.some((t) => tags.includes(t))) : [...scenarios];
  return shard === undefined ? tagged : inShard(tagged, shardOf(shard));
}

/** The reference connector's options a scenario asks for in `given.connector`. */
export function connectorOverrides(scenario: LoadedScenario): { flows?: FlowNumber[]; itemPricePlans?: Record<string, string> } {
  const { flows, itemPricePlans } = scenario.given.connector;
  return { ...(flows ? { flows: flows as FlowNumber[] } : {}), ...(itemPricePlans ? { itemPricePlans } : {}) };
}

/** A fresh in-process world for one scenario: its seed, its own reference connector. */
export function referenceWorld(scenario: LoadedScenario): InProcessWorld {
  return new InProcessWorld(inProcessConnectorConfig(connectorOverrides(scenario)), scenario.seed);
}

/** Run scenarios, each in its own world, up to `concurrency` at a time; results in the given order. */
export async function runAll(
  scenarios: LoadedScenario[],
  worldFor: (s: LoadedScenario) => World | Promise<World> = referenceWorld,
  options: RunOptions & { concurrency?: number; onResult?: (r: ScenarioResult) => void } = {},
): Promise<ScenarioResult[]> {
  return pool(
    scenarios.map((scenario) => async () => {
      const world = await worldFor(scenario);
      let result: ScenarioResult;
      try {
        result = await runScenario(scenario, world, options);
      } finally {
        await world.close();
      }
      options.onResult?.(result);
      return result;
    }),
    options.concurrency ?? 4,
  );
}

export function loadAll(files: string[]): LoadedScenario[] {
  return files.map(loadScenario);
}

/** A failed scenario as a reader needs it: where, what was expected, what was found, what happened. */
export function failureText(result: ScenarioResult): string {
  const f = result.failure;
  if (!f) return `${result.name}: passed`;
  return [
    `${result.name} failed at ${f.at}`,
    `  expected: ${f.expectation}`,
    ...f.found.map((line) => `  found:    ${line}`),
    '  trace of requests and deliveries:',
    f.trace,
  ].join('\n');
}
