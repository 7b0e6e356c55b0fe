import { describe, expect, it } from 'vitest';
import { runScenario } from '../scenarios/engine/run.js';
import { failureText, loadAll, referenceWorld, scenarioFiles } from '../scenarios/engine/suite.js';
import { VENDORS } from '../scenarios/engine/vendors.js';
import { expectConformance } from './support/conformance.js';

const scenarios = loadAll(scenarioFiles());

// every scenario is its own test case, each in its own sandbox with its own connector
describe.concurrent('scenarios against the reference connector', () => {
  it('are found', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  for (const scenario of scenarios) {
    it(`${scenario.name} (${scenario.file.split('/scenarios/')[1]})`, async () => {
      const world = referenceWorld(scenario);
      try {
        const result = await runScenario(scenario, world);
        if (!result.passed) expect.fail(failureText(result));
        expect(result.notes).toEqual([]);
        // every answer the connector and the steps got was one the vendor's contract allows
        for (const vendor of VENDORS) expectConformance(world.sim(vendor));
      } finally {
        await world.close();
      }
    });
  }
});
