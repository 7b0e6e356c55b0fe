import { describe, expect, it } from 'vitest';
import { runChaos } from '../../scenarios/engine/chaos.js';
import { loadScenario } from '../../scenarios/engine/load.js';
import { scenarioFiles } from '../../scenarios/engine/suite.js';

export const CHAOS_SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

/** The flow scenarios (and the two-cycle usage one) whose file names match, loaded. */
export function chaosScenarios(pattern: RegExp) {
  return scenarioFiles()
    .filter((f) => pattern.test(f.split('/').at(-1)!))
    .map(loadScenario);
}

/** One test per scenario: under the stiff profile, each of 50 seeds ends where the fault-free run ends. */
export function convergesUnderChaos(title: string, pattern: RegExp): void {
  // a file's scenarios run at once, so on a 2-core machine under the whole suite one may take 40 s;
  // the limit only catches a run that no longer ends
  describe.concurrent(title, () => {
    for (const scenario of chaosScenarios(pattern)) {
      it(`${scenario.name}: converges to the fault-free end state for ${CHAOS_SEEDS.length} seeds`, async () => {
        const runs = await runChaos(scenario, CHAOS_SEEDS);
        const diverged = runs.filter((r) => !r.converged).map((r) => `seed ${r.seed} (${r.faults} faults): ${r.differences.join('; ')}`);
        expect(diverged).toEqual([]);
        // the profile did bite: nearly every seed injected faults, and many in all
        expect(runs.filter((r) => r.faults > 0).length).toBeGreaterThanOrEqual(CHAOS_SEEDS.length * 0.8);
      }, 120_000);
    }
  });
}
