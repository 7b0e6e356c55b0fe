import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LoadedScenario } from '../scenarios/engine/load.js';
import { failureText, loadAll, referenceWorld, runAll, scenarioFiles } from '../scenarios/engine/suite.js';
import { faultPlanSchema, type FaultDecision } from '../simulators/kit/faults.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { codeBlocks } from './support/readme-blocks.js';

/**
 * A fault plan changes how the connector gets there, not whether it does: every stock scenario
 * passes against the reference connector under README's example plan, added to its own faults.
 */

const PLAN_HEADER = '# plan.yaml, for billing-sim run --faults plan.yaml';

function readmePlan() {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const blocks = codeBlocks(readme).filter((b) => b.lang === 'yaml' && b.text.startsWith(PLAN_HEADER));
  expect(blocks, `README.md has one yaml block starting "${PLAN_HEADER}"`).toHaveLength(1);
  return faultPlanSchema.parse(parse(blocks[0]!.text));
}

describe("README's example fault plan", () => {
  it('leaves every stock scenario passing against the reference connector', async () => {
    const faults = readmePlan();
    const scenarios = loadAll(scenarioFiles());
    expect(scenarios.length).toBeGreaterThan(0);
    const decisions: FaultDecision[][] = [];
    const worldFor = (s: LoadedScenario) => {
      const world = referenceWorld(s);
      decisions.push(world.sandbox.faults.decisions);
      return world;
    };
    const results = await runAll(scenarios, worldFor, { faults, concurrency: 2 });
    expect(results.filter((r) => !r.passed).map(failureText).join('\n\n')).toBe('');
    // the plan did meet the connector: every kind of fault it names fired somewhere
    const planKinds = [...new Set([...faults.requests, ...faults.deliveries].map((r) => r.fault.kind))].sort();
    const fired = new Set(decisions.flat().map((d) => d.fault.kind));
    expect(planKinds.filter((kind) => !fired.has(kind))).toEqual([]);
  }, 60_000);
});
