import { describe, expect, it } from 'vitest';
import { businessState, runChaos, stateDiff } from '../scenarios/engine/chaos.js';
import { loadScenario } from '../scenarios/engine/load.js';
import { runScenario } from '../scenarios/engine/run.js';
import { referenceWorld, SCENARIO_DIR } from '../scenarios/engine/suite.js';
import { doublePostingWorld, reassociatingWorld } from './support/planted-bug.js';

describe('the chaos comparison', () => {
  it('counts each record: a duplicate and a missing one do not cancel out', () => {
    expect(stateDiff({ usage: ['A', 'A', 'B'] }, { usage: ['A', 'B', 'B'] })).toEqual(['usage: missing 1 x A', 'usage: 1 extra x B']);
    expect(stateDiff({ usage: ['A', 'B'] }, { usage: ['B', 'A'] })).toEqual([]);
  });

  it("sees the price plan flow 7 links, and an account left without it", async () => {
    const scenario = loadScenario(`${SCENARIO_DIR}/flow-7-chargebee-payment-to-togai-plan.yaml`);
    const world = referenceWorld(scenario);
    try {
      expect((await runScenario(scenario, world)).passed).toBe(true);
      const linked = await businessState(world);
      const today = world.sandbox.clock.iso().slice(0, 10);
      // the plan taken off the account from today on, for good
      const left = await world.togai.call('bulkEditSchedules', { params: { account_id: 'acme-main' }, body: { edits: [{ mode: 'DISASSOCIATE', effectiveFrom: today, effectiveUntil: '9999-12-31' }] } });
      expect(left.status).toBe(200);
      expect(stateDiff(linked, await businessState(world)).join('\n')).toMatch(/togaiInvoices: missing 1 x .*"status":"DRAFT"/);
    } finally {
      await world.close();
    }
  });

  it('sees feature credits granted twice for one payment', async () => {
    const scenario = loadScenario(`${SCENARIO_DIR}/flow-7-prepaid-duplicate-payment.yaml`);
    const stateAfter = async (world: ReturnType<typeof referenceWorld>) => {
      try {
        await runScenario(scenario, world, { skipExpectations: true });
        return await businessState(world);
      } finally {
        await world.close();
      }
    };
    const right = await stateAfter(referenceWorld(scenario));
    expect(right.togaiFeatureCredits).toEqual([expect.stringContaining('"granted":100,"balance":100')]);
    // the broken run stops where its steps first see the extra credits (an event taken that should be refused)
    const diff = stateDiff(right, await stateAfter(reassociatingWorld(scenario)));
    expect(diff).toContainEqual(expect.stringMatching(/^togaiFeatureCredits: 1 extra x .*"granted":300/));
    expect(diff.filter((d) => /^togaiFeatureCreditEntries: 1 extra x .*"from":"2026-01-10"/.test(d)).length).toBe(3);
  });

  it('catches a connector that double-posts usage when a delivery comes again', async () => {
    const scenario = loadScenario(`${SCENARIO_DIR}/flow-4-usage-quantity-mode.yaml`);
    const runs = await runChaos(scenario, [1, 2, 3, 4, 5, 6, 7, 8], undefined, doublePostingWorld);
    const diverged = runs.filter((r) => !r.converged);
    expect(diverged.length).toBeGreaterThan(0);
    expect(diverged[0]!.differences.join('\n')).toMatch(/zuoraUsage: \d+ extra x/);
  }, 30_000);
});
