import type { VirtualClock } from './clock.js';
import { faultPlanSchema } from './faults.js';
import { Random, Sequences } from './random.js';
import { SnapshotRefused, type SandboxParts } from './sandbox-snapshot.js';
import type { SnapshotPart } from './sandbox.js';
import type { Simulator } from './simulator.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/**
 * What is wrong with decoded snapshot parts for a sandbox with this clock and these simulators,
 * or undefined when every part has the shape restoring it needs. Checked before anything is
 * changed, so a damaged file is refused whole instead of half loaded: each simulator's state
 * must be its vendor's class, each job one that is run here at a finite time, the fault plan a
 * valid plan, the outbox's parts lists and maps of the kinds it keeps, and each memory kept
 * beside them (the in-process connector's) what its part loads.
 */
function unfitPart(parts: SandboxParts, clock: VirtualClock, simulators: ReadonlyMap<string, Simulator<any>>, beside: ReadonlyMap<string, SnapshotPart>): string | undefined {
  if (!isObject(parts)) return 'it holds no parts';
  const c = parts.clock as unknown;
  if (!isObject(c) || !finite(c.now) || !Number.isInteger(c.seq) || !Array.isArray(c.jobs)) return "the clock's time or jobs";
  for (const job of c.jobs as unknown[]) {
    if (!isObject(job) || !finite(job.at) || !Number.isInteger(job.seq) || typeof job.label !== 'string' || !clock.runs(job.call)) return `a clock job (${JSON.stringify(isObject(job) ? job.label : job)})`;
  }
  const f = parts.faults as unknown;
  if (!isObject(f) || !faultPlanSchema.safeParse(f.plan).success || !Array.isArray(f.oneShots) || !finite(f.seed) || !Array.isArray(f.decisions)) return 'the fault plan';
  if (![f.fired, f.seen, f.streams].every((m) => m instanceof Map) || ![...(f.streams as Map<unknown, unknown>).values()].every((r) => r instanceof Random)) return "the fault plan's counts";
  const o = parts.outbox as unknown;
  if (!isObject(o) || !Array.isArray(o.subscribers) || !Number.isInteger(o.managedCount) || !(o.waves instanceof Map) || !(o.held instanceof Map) || !(o.answerLost instanceof Map)) return 'the outbox';
  if (!o.subscribers.every((s: unknown) => isObject(s) && typeof s.id === 'string' && typeof s.url === 'string' && s.managed === true && simulators.has(String(s.source)))) return "the outbox's subscribers";
  if (!isObject(o.log) || !Array.isArray(o.log.deliveries) || !(o.log.drops instanceof Map)) return "the outbox's deliveries";
  if (!finite(parts.clientRequests) || (parts.faker !== undefined && !(parts.faker instanceof Random))) return 'the request count or the faker stream';
  for (const [vendor, sim] of simulators) {
    const s = (parts.simulators as Record<string, unknown> | undefined)?.[vendor];
    if (!isObject(s) || !isObject(s.state) || Object.getPrototypeOf(s.state) !== Object.getPrototypeOf(sim.state)) return `${vendor}'s state`;
    if (!(s.random instanceof Random) || !(s.sequences instanceof Sequences) || !Array.isArray(s.violations)) return `${vendor}'s id streams`;
    if (!isObject(s.log) || !Array.isArray(s.log.entries) || !finite(s.log.dropped)) return `${vendor}'s request log`;
    if (s.idempotency !== undefined && (!isObject(s.idempotency) || !(s.idempotency.entries instanceof Map) || !finite(s.idempotency.bytes))) return `${vendor}'s idempotency keys`;
  }
  for (const [name, part] of beside) if (!part.fits(parts.parts?.[name])) return `the memory of ${name}`;
  return undefined;
}

/** SnapshotRefused for decoded parts that do not fit, naming the part. */
export function checkParts(parts: SandboxParts, clock: VirtualClock, simulators: ReadonlyMap<string, Simulator<any>>, beside: ReadonlyMap<string, SnapshotPart>): SandboxParts {
  const unfit = unfitPart(parts, clock, simulators, beside);
  if (unfit) throw new SnapshotRefused(`the snapshot's data cannot be loaded: ${unfit} is not what a sandbox holds (a damaged or hand-edited file); nothing was loaded`, 'data');
  return parts;
}
