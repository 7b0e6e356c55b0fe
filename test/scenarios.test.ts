import { describe, expect, it } from 'vitest';
import { scenarioFlows } from '../scenarios/engine/claims.js';
import { runScenario } from '../scenarios/engine/run.js';
import { failureText, loadAll, referenceWorld, scenarioFiles } from '../scenarios/engine/suite.js';
import { VENDORS } from '../scenarios/engine/vendors.js';
import { flowSpecs } from '../scenarios/conformance/flow-spec.js';
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

/** The kinds of check each scenario's expect steps use (a call's `expect` is its answer's status and body). */
const checkKinds = (scenario: (typeof scenarios)[number]) => scenario.steps.flatMap((s) => ('expect' in s && !('call' in s) ? s.expect.map((c) => Object.keys(c)[0]!) : []));
const short = (file: string) => file.split('/scenarios/')[1]!;

// they run against any connector (partner mode, conformance) and under any fault plan
describe('stock scenarios judge outcomes only', () => {
  it('count no requests, configure no connector, and are not reference-only', () => {
    const problems = scenarios.flatMap((s) => [
      ...(checkKinds(s).includes('requests') ? [`${short(s.file)}: counts requests`] : []),
      ...(Object.keys(s.given.connector).length ? [`${short(s.file)}: sets given.connector`] : []),
      ...(s.tags.includes('reference-only') ? [`${short(s.file)}: is tagged reference-only`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it("each flow's own scenario is tagged with that flow alone and checks no deliveries", () => {
    for (const [flow, spec] of flowSpecs()) {
      const scenario = scenarios.find((s) => short(s.file) === spec.scenario);
      expect(scenario, `x-flows.${flow}.scenario ${spec.scenario}`).toBeDefined();
      expect(scenarioFlows(scenario!.tags), spec.scenario).toEqual([flow]);
      expect(checkKinds(scenario!), spec.scenario).not.toContain('deliveries');
    }
  });
});
