import type { ClockSnapshot } from './clock.js';
import type { FaultPlanSnapshot } from './faults.js';
import type { OutboxSnapshot } from './outbox.js';
import type { SimulatorSnapshot } from './simulator.js';
import { decodeSnapshot, encodeSnapshot, type Externals } from './snapshot-codec.js';

export const SNAPSHOT_FORMAT = 'billing-sim-snapshot';
/** Bumped whenever what a snapshot holds changes shape; other versions are refused whole. */
export const SNAPSHOT_VERSION = 1;

/**
 * A whole sandbox, as saved: JSON through and through, so it can be written to a file, shared
 * and loaded by another process. `data` is the snapshot codec's form of `SandboxParts`.
 */
export interface SandboxSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** Virtual time when it was taken. */
  takenAt: string;
  seed: number;
  vendors: string[];
  /** Holders beside the simulators whose memory it carries (the reference connector); a sandbox without one leaves its memory out. */
  parts: string[];
  data: unknown;
}

/** What a sandbox holds, before encoding: one graph, so objects shared between its parts stay shared. */
export interface SandboxParts {
  clock: ClockSnapshot;
  outbox: OutboxSnapshot;
  faults: FaultPlanSnapshot;
  simulators: Record<string, SimulatorSnapshot>;
  clientRequests: number;
  faker: unknown;
  parts: Record<string, unknown>;
}

/** A snapshot that cannot be loaded here, and why (`field`: the part of it at fault); nothing of it was loaded. */
export class SnapshotRefused extends Error {
  override name = 'SnapshotRefused';
  constructor(
    message: string,
    readonly field: 'format' | 'version' | 'seed' | 'vendors' | 'data',
  ) {
    super(message);
  }
}

export function encodeSandbox(parts: SandboxParts, meta: { takenAt: string; seed: number }, externals: Externals): SandboxSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: meta.takenAt,
    seed: meta.seed,
    vendors: Object.keys(parts.simulators),
    parts: Object.keys(parts.parts),
    data: encodeSnapshot(parts, externals),
  };
}

/**
 * The parts of a snapshot for a sandbox with `vendors` and `seed`, or SnapshotRefused saying what
 * does not fit. Decoded whole before anything is changed, so a bad one leaves the sandbox as it was.
 */
export function decodeSandbox(input: unknown, here: { seed: number; vendors: string[] }, externals: Externals): SandboxParts {
  const snapshot = checkSnapshot(input, here);
  try {
    return decodeSnapshot<SandboxParts>(snapshot.data, externals);
  } catch (e) {
    throw new SnapshotRefused(`the snapshot's data cannot be read: ${(e as Error).message}`, 'data');
  }
}

/** `input` as a snapshot that fits a sandbox with `seed` and `vendors` (all three when absent), or SnapshotRefused saying why not. */
export function checkSnapshot(input: unknown, here: { seed: number; vendors?: string[] }): SandboxSnapshot {
  const snapshot = input as Partial<SandboxSnapshot> | null;
  if (!snapshot || typeof snapshot !== 'object' || snapshot.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotRefused(`this is not a sandbox snapshot: its 'format' should be '${SNAPSHOT_FORMAT}' (one written by billing-sim's snapshot), found ${JSON.stringify(snapshot?.format ?? null)}`, 'format');
  }
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new SnapshotRefused(
      `snapshot format version ${JSON.stringify(snapshot.version)} cannot be loaded: this harness reads version ${SNAPSHOT_VERSION} only. Take the snapshot again with this version (load it with the version that wrote it, play the same steps, and save)`,
      'version',
    );
  }
  if (snapshot.seed !== here.seed) {
    throw new SnapshotRefused(
      `the snapshot was taken in a sandbox with seed ${snapshot.seed}; this one has seed ${here.seed}. Start the sandbox with seed ${snapshot.seed} to load it (SANDBOX_SEED=${snapshot.seed} for the live sandbox, \`seed: ${snapshot.seed}\` in a scenario, createSandbox({ seed: ${snapshot.seed} }))`,
      'seed',
    );
  }
  const vendors = [...(snapshot.vendors ?? [])].sort().join(', ');
  const wanted = [...(here.vendors ?? ['chargebee', 'togai', 'zuora'])].sort().join(', ');
  if (vendors !== wanted) throw new SnapshotRefused(`the snapshot holds the simulators ${vendors || 'none'}; this sandbox has ${wanted}`, 'vendors');
  return snapshot as SandboxSnapshot;
}
