import { describe, expect, it } from 'vitest';
import type { FlowNumber } from '../connector/config.js';
import { inProcessConnectorConfig, InProcessWorld } from '../scenarios/engine/in-process-world.js';
import type { LoadedScenario } from '../scenarios/engine/load.js';
import { connectorOverrides, failureText, loadAll, referenceWorld, runAll, scenarioFiles } from '../scenarios/engine/suite.js';
import { reassociatingWorld } from './support/planted-bug.js';

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

describe('a connector that puts the account on the paid plan again on every delivery of a payment', () => {
  it('fails the prepaid scenarios on the credits granted twice', async () => {
    const prepaid = scenarios.filter((s) => /\/flow-7-prepaid-/.test(s.file));
    expect(prepaid.map((s) => s.file.split('/').at(-1)).sort()).toEqual(['flow-7-prepaid-duplicate-payment.yaml', 'flow-7-prepaid-entitlements.yaml']);
    const results = await runAll(prepaid, reassociatingWorld, { concurrency: 2 });
    for (const r of results) {
      expect(r.passed, r.name).toBe(false);
      // the first check to catch it reads the account's feature credits: 300 granted for one payment
      // delivered three times, or a second entry for February's cycle
      expect(r.failure!.expectation, failureText(r)).toMatch(/togai (getFeatureCredits|listFeatureCreditEntries)/);
      expect(r.failure!.found.join('\n')).toMatch(/body\.granted: expected 100, found 300|body\.data: expected 2 items, found 3/);
    }
    // and the reference connector passes them
    expect((await runAll(prepaid, (s) => referenceWorld(s), { concurrency: 2 })).map((r) => [r.name, r.passed])).toEqual(prepaid.map((s) => [s.name, true]));
  }, 60_000);
});
