import { expect } from 'vitest';
import type { Simulator } from '../../simulators/kit/simulator.js';

/**
 * The conformance check every vendor suite ends with: each response the simulator gave
 * validated against its contract (the kit checks every answer as it sends it).
 */
export function expectConformance(sim: Simulator<any>): void {
  expect(sim.violations, `${sim.vendor} answered outside its contract`).toEqual([]);
}
