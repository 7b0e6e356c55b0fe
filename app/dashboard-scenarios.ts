/**
 * The dashboard's scenario panel: the shipped scenarios listed, and one run as `billing-sim run`
 * runs it (its own sandbox and reference connector), its steps marked passed, failed or skipped.
 * The dashboard sits below the scenario engine, so the composition hands this in; the engine is
 * loaded on first use, not at start, and each scenario file is read once, when they are listed.
 */
import { relative, resolve } from 'node:path';
import type { ScenarioInfo, ScenarioRunResult } from '../dashboard/api-types.js';
import type { ScenarioProvider } from '../dashboard/server.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';

/** A shipped scenario as listed, with its steps' labels (read once, when the list is). */
type Listed = ScenarioInfo & { labels: string[] };

/** The shipped scenarios, for the dashboard: listed by their file under the package root. */
export function dashboardScenarios(): ScenarioProvider {
  let listed: Promise<Listed[]> | undefined;
  const engine = () => import('./scenarios.js');
  const list = () => {
    listed ??= engine().then(({ scenarioFiles, loadScenario, stepLabel }) =>
      scenarioFiles().map((file) => {
        const s = loadScenario(file);
        return { file: relative(PROJECT_ROOT, file), name: s.name, tags: s.tags, labels: s.steps.map(stepLabel) };
      }),
    );
    // a list that failed (a scenario file being edited) is read again next time, not kept
    listed.catch(() => (listed = undefined));
    return listed;
  };
  return {
    list: async () => (await list()).map(({ file, name, tags }) => ({ file, name, tags })),
    async run(file) {
      const scenario = (await list()).find((s) => s.file === file);
      if (!scenario) throw new Error(`no shipped scenario '${file}'`);
      const { runScenarios } = await engine();
      const run = await runScenarios({ files: [resolve(PROJECT_ROOT, file)], concurrency: 1 });
      const result = run.results[0]!;
      const failedAt = result.failure?.step;
      const steps = scenario.labels.map((label, index) => {
        const state: ScenarioRunResult['steps'][number]['state'] = failedAt === undefined || index < failedAt ? 'passed' : index === failedAt ? 'failed' : 'skipped';
        return { index, label, state };
      });
      const { at, expectation, found, trace } = result.failure ?? {};
      return {
        file,
        name: result.name,
        passed: result.passed,
        durationMs: result.durationMs,
        steps,
        notes: result.notes,
        ...(result.failure ? { failure: { at: at!, expectation: expectation!, found: found!, trace: trace! } } : {}),
      };
    },
  };
}
