/**
 * The dashboard's scenario panel: the shipped scenarios listed, and one run as `billing-sim run`
 * runs it (its own sandbox and reference connector), its steps marked passed, failed or skipped.
 * The dashboard sits below the scenario engine, so the composition hands this in; the engine is
 * loaded on first use, not at start.
 */
import { relative, resolve } from 'node:path';
import type { ScenarioInfo, ScenarioRunResult } from '../dashboard/api-types.js';
import type { ScenarioProvider } from '../dashboard/server.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';

/** A step as a person reads it: its kind and what it acts on. */
function stepLabel(step: Record<string, any>): string {
  const kind = Object.keys(step)[0]!;
  const body = step[kind];
  if (kind === 'call') return `call ${body.vendor} ${body.operation}`;
  if (kind === 'advance') return `advance ${body}`;
  if (kind === 'redeliver') return `redeliver ${body.source} ${body.eventType}`;
  return kind;
}

/** The shipped scenarios, for the dashboard: listed by their file under the package root. */
export function dashboardScenarios(): ScenarioProvider {
  let listed: Promise<ScenarioInfo[]> | undefined;
  const engine = () => import('./scenarios.js');
  return {
    list: () =>
      (listed ??= engine().then(({ scenarioFiles, loadScenario }) =>
        scenarioFiles().map((file) => {
          const s = loadScenario(file);
          return { file: relative(PROJECT_ROOT, file), name: s.name, tags: s.tags };
        }),
      )),
    async run(file) {
      const { loadScenario, runScenarios } = await engine();
      const path = resolve(PROJECT_ROOT, file);
      const scenario = loadScenario(path);
      const run = await runScenarios({ files: [path], concurrency: 1 });
      const result = run.results[0]!;
      const failedAt = result.failure?.step;
      const steps = scenario.steps.map((step, index) => {
        const state: ScenarioRunResult['steps'][number]['state'] = failedAt === undefined ? 'passed' : index < failedAt ? 'passed' : index === failedAt ? 'failed' : 'skipped';
        return { index, label: stepLabel(step), state };
      });
      const { at, expectation, found, trace } = result.failure ?? {};
      return {
        file,
        name: result.name,
        passed: result.passed,
        durationMs: result.durationMs,
        steps,
        ...(result.failure ? { failure: { at: at!, expectation: expectation!, found: found!, trace: trace! } } : {}),
      };
    },
  };
}
