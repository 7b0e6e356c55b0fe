import type { SuiteResult } from '../engine/partner-suite.js';
import type { Shard } from '../engine/shard.js';

/** A finished run, as every reporter receives it. */
export interface RunReport {
  results: SuiteResult[];
  /** `in-process`: each scenario with its own reference connector; `partner`: against `connectorUrl`. */
  mode: 'in-process' | 'partner';
  connectorUrl?: string;
  /** The share of the suite this run was (`--shard`); absent when it ran the whole selection. */
  shard?: Shard;
  startedAt: Date;
  /** Wall time of the whole run, loading aside. */
  durationMs: number;
}

export interface Counts {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Not run: it needs a flow the partner's connector does not claim. Not a failure. */
  notClaimed: number;
}

export function counts(results: SuiteResult[]): Counts {
  const skipped = results.filter((r) => r.skipped !== undefined && r.notClaimed === undefined).length;
  const notClaimed = results.filter((r) => r.notClaimed !== undefined).length;
  const passed = results.filter((r) => r.passed).length;
  return { total: results.length, passed, failed: results.length - passed - skipped - notClaimed, skipped, notClaimed };
}

export const isFailure = (r: SuiteResult): boolean => !r.passed && r.skipped === undefined && r.notClaimed === undefined;

/** `passed`, `failed`, `skipped` or `not-claimed`. */
export const statusOf = (r: SuiteResult): 'passed' | 'failed' | 'skipped' | 'not-claimed' =>
  r.notClaimed !== undefined ? 'not-claimed' : r.skipped !== undefined ? 'skipped' : r.passed ? 'passed' : 'failed';

/** `842 ms`, `3.4 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
