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
}

export function counts(results: SuiteResult[]): Counts {
  const skipped = results.filter((r) => r.skipped !== undefined).length;
  const passed = results.filter((r) => r.passed).length;
  return { total: results.length, passed, failed: results.length - passed - skipped, skipped };
}

export const isFailure = (r: SuiteResult): boolean => !r.passed && r.skipped === undefined;

/** `842 ms`, `3.4 s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
