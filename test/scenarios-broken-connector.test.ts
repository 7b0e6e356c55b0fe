import { describe, expect, it } from 'vitest';
import type { FlowNumber } from '../connector/config.js';
import { inProcessConnectorConfig, InProcessWorld } from '../scenarios/engine/in-process-world.js';
import type { LoadedScenario } from '../scenarios/engine/load.js';
import { connectorOverrides, failureText, loadAll, runAll, scenarioFiles } from '../scenarios/engine/suite.js';

const scenarios = loadAll(scenarioFiles());
const ALL: FlowNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The reference connector with one flow skipped: a stand-in for a connector that forgot it. */
function withoutFlow(flow: FlowNumber) {
  return (scenario: LoadedScenario) => {
    const overrides = connectorOverrides(scenario) as { flows?: FlowNumber[] };
    const flows = (overrides.flows ?? ALL).filter((f) => f !== flow);
    return new InProcessWorld(inProcessConnectorConfig({ ...overrides, flows }), scenario.seed);
  };
}

describe.concurrent('a connector that skips one flow', () => {
  for (const flow of [3, 7] as FlowNumber[]) {
    it(`fails exactly the scenarios of flow ${flow}, naming the missing effect`, async () => {
      const results = await runAll(scenarios, withoutFlow(flow), { concurrency: 2 });
      const tagged = scenarios.filter((s) => s.tags.includes(`flow-${flow}`)).map((s) => s.name);
      expect(tagged.length).toBeGreaterThan(0);
      const failed = results.filter((r) => !r.passed);
      expect(failed.map((r) => r.name).sort()).toEqual([...tagged].sort());
      for (const r of failed) {
        // the failure says which check of which step found what instead
        expect(r.failure!.expectation, failureText(r)).toMatch(/^step \d+ \(expect\): (togai|zuora|chargebee) /);
        expect(r.failure!.found.length).toBeGreaterThan(0);
        expect(failureText(r)).toContain('trace of requests and deliveries');
      }
    }, 60_000);
  }
});
