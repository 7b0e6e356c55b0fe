import type { SandboxEnv } from '../../app/config.js';
import { PARTNER_QUIET_MS, PARTNER_WAIT_MS } from '../engine/partner-suite.js';
import { PartnerWorld } from '../engine/partner-world.js';
import { referenceWorld } from '../engine/suite.js';
import type { LoadedScenario } from '../engine/load.js';
import type { RunOptions } from '../engine/run.js';
import type { World } from '../engine/world.js';

/** What a conformance run judges: where each check's world comes from, and how long to wait for it. */
export interface ConformanceTarget {
  /** The connector's URL, or `reference connector (in process)`. */
  name: string;
  /** A fresh world for one check, its connector subscribed to every delivery (the run narrows it). */
  world(scenario: LoadedScenario): Promise<World>;
  /** How expectations wait for this connector (a partner's over HTTP: `waitMs`, `quietMs`). */
  options: Pick<RunOptions, 'waitMs' | 'quietMs'>;
  /** Checks run at once: one on fixed ports, more in process. */
  concurrency: number;
}

/** The reference connector in process, a fresh one per check, `concurrency` checks at once. */
export function referenceTarget(concurrency: number): ConformanceTarget {
  return { name: 'reference connector (in process)', world: async (scenario) => referenceWorld(scenario), options: {}, concurrency };
}

/**
 * A partner's connector at `connectorUrl`, configured for the simulators on the ports of `env`:
 * one check at a time, each in a fresh sandbox on those ports.
 */
export function partnerTarget(env: SandboxEnv, connectorUrl: string): ConformanceTarget {
  return {
    name: connectorUrl,
    world: (scenario) => PartnerWorld.start(env, connectorUrl, scenario.seed, { forgeryQuietMs: PARTNER_QUIET_MS }),
    options: { waitMs: PARTNER_WAIT_MS, quietMs: PARTNER_QUIET_MS },
    concurrency: 1,
  };
}
