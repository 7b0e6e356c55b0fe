import type { SandboxEnv } from '../../app/config.js';
import { FLOWS } from '../../connector/config.js';
import type { LoadedScenario } from './load.js';
import type { FaultPlanInput } from '../../simulators/kit/faults.js';
import { notClaimedReason, notClaimedResult, type Claims } from './claims.js';
import { PartnerWorld } from './partner-world.js';
import { runScenario, type ScenarioResult } from './run.js';

/**
 * A scenario's result, or why it was not run (`skipped`, with `passed` false), or that it needs
 * a flow the partner's connector does not claim (`notClaimed`, with `passed` false; no failure).
 */
export interface SuiteResult extends ScenarioResult {
  skipped?: string;
  notClaimed?: string;
}

/**
 * How long an expectation waits for a partner's connector by default, in wall ms: it may do
 * its work after answering a delivery. A passing expectation does not wait at all.
 */
export const PARTNER_WAIT_MS = 5_000;
/** How long a partner's connector must make no request before a passing expectation counts. */
export const PARTNER_QUIET_MS = 300;

/**
 * Why a scenario cannot be run against a partner's connector, or undefined when it can.
 * `given.connector` configures the reference connector per scenario; a partner's connector
 * is configured once, by the partner, so a scenario that turns flows off (and so expects
 * them not to act) or that maps item prices to plans in configuration is not run, and says so.
 */
export function partnerUnsupported(scenario: LoadedScenario): string | undefined {
  const { flows, itemPricePlans } = scenario.given.connector;
  const reasons: string[] = [];
  const off = flows ? FLOWS.filter((f) => !flows.includes(f)) : [];
  if (off.length) reasons.push(`given.connector.flows turns off flow${off.length > 1 ? 's' : ''} ${off.join(', ')}`);
  if (itemPricePlans && Object.keys(itemPricePlans).length) reasons.push('given.connector.itemPricePlans configures the connector');
  if (!reasons.length) return undefined;
  return `not run: ${reasons.join(' and ')}, which a partner's connector cannot be made to do per scenario`;
}

export function skippedResult(scenario: LoadedScenario, reason: string): SuiteResult {
  return { name: scenario.name, file: scenario.file, tags: scenario.tags, passed: false, durationMs: 0, notes: [], skipped: reason };
}

/**
 * Run scenarios against a partner's connector at `connectorUrl`, one at a time, each in a
 * fresh sandbox served on the fixed ports of `env` (the ones the partner configured); results
 * in the given order, each also handed to `onResult` as it is known.
 */
export async function runPartnerSuite(
  scenarios: LoadedScenario[],
  env: SandboxEnv,
  connectorUrl: string,
  options: { waitMs?: number; faults?: FaultPlanInput; claims?: Claims; onResult?: (r: SuiteResult) => void } = {},
): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  for (const scenario of scenarios) {
    const unclaimed = notClaimedReason(scenario, options.claims);
    const reason = partnerUnsupported(scenario);
    let result: SuiteResult;
    if (unclaimed) {
      result = notClaimedResult(scenario, unclaimed);
    } else if (reason) {
      result = skippedResult(scenario, reason);
    } else {
      const world = await PartnerWorld.start(env, connectorUrl, scenario.seed);
      try {
        result = await runScenario(scenario, world, { waitMs: options.waitMs ?? PARTNER_WAIT_MS, quietMs: PARTNER_QUIET_MS, ...(options.faults ? { faults: options.faults } : {}) });
      } finally {
        await world.close();
      }
    }
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}
