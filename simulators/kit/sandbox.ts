import type { Faker } from '@faker-js/faker';
import { adminTokenOf } from './admin-guard.js';
import { VirtualClock } from './clock.js';
import { FaultPlan, type FaultDecision } from './faults.js';
import { Journal } from './journal.js';
import { Outbox, type Attempt, type Delivery, type Sender } from './outbox.js';
import { Random } from './random.js';
import { decodeSandbox, encodeSandbox, type SandboxSnapshot } from './sandbox-snapshot.js';
import { checkParts } from './snapshot-fit.js';
import type { Simulator } from './simulator.js';

export interface SandboxOptions {
  /** Fixes IDs, demo data and every random decision. */
  seed?: number;
  /** Where virtual time starts; frozen sandboxes default to 2026-01-01T00:00:00Z. */
  startAt?: string | number;
  /** Follow wall time (the live sandbox) instead of moving only when advanced (tests). */
  live?: boolean;
  sender?: Sender;
  /**
   * Wall-time limit of one delivery attempt, connect to last body byte (default
   * DEFAULT_DELIVERY_TIMEOUT_MS, 5 s); an attempt past it fails and is retried as the vendor retries.
   */
  deliveryTimeoutMs?: number;
  /** Wall ms a receiver must be quiet before a forged copy (an `unauthenticated` fault) goes; 0 by default. */
  forgeryQuietMs?: number;
  /** Deliveries kept for `/__admin/deliveries` (default DELIVERY_LOG_LIMIT, 10,000); older finished ones are dropped and counted. */
  deliveryLogLimit?: number;
  /** What `/__admin` requests must send as `Authorization: Bearer …`; random when absent. */
  adminToken?: string;
}

export const DEFAULT_START = '2026-01-01T00:00:00.000Z';

/** What a sandbox tells its watchers (the dashboard), as it happens; `at` is virtual time. */
export type SandboxEvent =
  | { kind: 'request'; at: string; vendor: string; method: string; path: string; operationId?: string; status: number; byHarness: boolean }
  /** A delivery attempt was answered (or failed); the delivery is the outbox's own record, read it, never change it. */
  | { kind: 'attempt'; delivery: Delivery; attempt: Attempt }
  /** An advance was asked for, before it runs. */
  | { kind: 'clock'; at: string; to: string }
  | { kind: 'fault'; decision: FaultDecision }
  /** Every simulator back to its start (`reset()` done), or to a snapshot (`restore()` done). */
  | { kind: 'reset'; at: string };

/** Something beside the simulators whose memory a snapshot carries (the reference connector's). */
export interface SnapshotPart {
  save(): unknown;
  /** Whether `memory` (from a snapshot, maybe damaged) is what load() takes: checked before anything is loaded. */
  fits(memory: unknown): boolean;
  /** `undefined`: the snapshot was taken without it, so it starts afresh. */
  load(memory: unknown): void;
}

export type SandboxWatcher = (event: SandboxEvent) => void;

/**
 * The simulators of one run sharing one clock, outbox and seed. Sandboxes share nothing
 * with each other, so many can live in one process.
 */
export class Sandbox {
  readonly seed: number;
  readonly clock: VirtualClock;
  readonly outbox: Outbox;
  /** Faults to inject into requests and deliveries, decided from the seed. */
  readonly faults: FaultPlan;
  /** What happened, in order, while a recording is being made. */
  readonly journal = new Journal();
  /** The bearer token of this sandbox's `/__admin` routes over HTTP (admin-guard.ts). */
  readonly adminToken: string;
  readonly simulators = new Map<string, Simulator<any>>();
  private fakerInstance: Faker | undefined;
  // the faker's random stream, ours so a snapshot can carry it
  private fakerRandom: Random | undefined;
  private readonly snapshotParts = new Map<string, SnapshotPart>();
  private readonly seeders: (() => Promise<void>)[] = [];
  // requests clients (not the harness) have made of the simulators, ever
  private clientRequests = 0;
  // with none, nothing is built for them: the simulators' hot path pays one size check
  private readonly watchers = new Set<SandboxWatcher>();

  constructor(readonly options: SandboxOptions = {}) {
    this.seed = options.seed ?? 1;
    this.adminToken = adminTokenOf(options.adminToken);
    const start = options.startAt ?? (options.live ? Date.now() : DEFAULT_START);
    this.clock = new VirtualClock(typeof start === 'number' ? start : Date.parse(start), options.live ?? false);
    this.faults = new FaultPlan(this.seed, () => this.clock.iso());
    this.outbox = new Outbox(this.clock, options.sender, this.faults, {
      timeoutMs: options.deliveryTimeoutMs,
      logLimit: options.deliveryLogLimit,
      clientRequests: () => this.clientRequests,
      forgeryQuietMs: options.forgeryQuietMs,
    });
    this.clock.settleWith(() => this.outbox.idle());
    this.outbox.onAttempt = (d, a) => {
      this.journal.note({ kind: 'delivery', at: a.at, source: d.source, eventType: d.eventType, url: d.url, status: a.status, error: a.error, duplicate: d.duplicateOf !== undefined });
      if (this.watchers.size) this.tell({ kind: 'attempt', delivery: d, attempt: a });
    };
    this.faults.onDecision = (d) => {
      this.journal.note({ kind: 'fault', ...d });
      if (this.watchers.size) this.tell({ kind: 'fault', decision: d });
    };
    this.clock.onAdvance = (from, to) => {
      if (!this.journal.recording && !this.watchers.size) return;
      const entry = { kind: 'clock' as const, at: new Date(from).toISOString(), to: new Date(to).toISOString() };
      this.journal.note(entry);
      this.tell(entry);
    };
  }

  /**
   * Be told of every request logged, delivery attempt answered, advance asked for, fault decided
   * and reset, as each happens; returns the call that stops it. A watcher that throws is logged
   * and kept: what it watches must not fail because of it.
   */
  watch(watcher: SandboxWatcher): () => void {
    this.watchers.add(watcher);
    return () => void this.watchers.delete(watcher);
  }

  private tell(event: SandboxEvent): void {
    for (const watcher of this.watchers) {
      try {
        watcher(event);
      } catch (e) {
        console.error(`sandbox: a watcher failed on a ${event.kind} event:`, e);
      }
    }
  }


  add<S>(sim: Simulator<S>): Simulator<S> {
    if (this.simulators.has(sim.vendor)) throw new Error(`this sandbox already has a ${sim.vendor} simulator`);
    this.simulators.set(sim.vendor, sim);
    sim.log.listener = (e) => {
      if (!e.byHarness) this.clientRequests++;
      // the harness's own calls are how a run is driven, not what it did
      if (!e.byHarness && this.journal.recording) {
        this.journal.note({ kind: 'request', at: new Date(e.at).toISOString(), vendor: sim.vendor, method: e.method, path: e.path, operationId: e.operationId, status: e.status });
      }
      if (this.watchers.size) {
        const { at, method, path, operationId, status } = e;
        // a request is logged at the clock's now, whose text the clock keeps
        const iso = at === this.clock.now() ? this.clock.iso() : new Date(at).toISOString();
        this.tell({ kind: 'request', at: iso, vendor: sim.vendor, method, path, operationId, status, byHarness: e.byHarness ?? false });
      }
    };
    return sim;
  }

  simulator<S = unknown>(vendor: string): Simulator<S> {
    const sim = this.simulators.get(vendor);
    if (!sim) throw new Error(`this sandbox has no ${vendor} simulator (it has ${[...this.simulators.keys()].join(', ')})`);
    return sim as Simulator<S>;
  }

  /**
   * This sandbox's own seeded faker, loaded on first use. It is built from the English locale
   * module alone: the package's main entry loads every locale (~220 ms, ~19 MB).
   */
  async faker(): Promise<Faker> {
    if (!this.fakerInstance) {
      const { faker } = await import('@faker-js/faker/locale/en');
      const FakerClass = faker.constructor as typeof Faker;
      this.fakerRandom ??= new Random(this.seed, 'faker');
      const randomizer = {
        next: () => this.fakerRandom!.next(),
        seed: (seed: number | number[]) => void (this.fakerRandom = new Random(Array.isArray(seed) ? seed[0] ?? 0 : seed, 'faker')),
      };
      this.fakerInstance = new FakerClass({ locale: faker.rawDefinitions, randomizer });
    }
    return this.fakerInstance;
  }

  /** Let snapshots carry `part`'s memory under `name`. */
  keepInSnapshots(name: string, part: SnapshotPart): void {
    this.snapshotParts.set(name, part);
  }

  /**
   * The whole sandbox as JSON-ready data: every simulator's records, ids and logs, the clock and
   * what is due on it, the outbox with pending deliveries and history, subscribers, the fault
   * plan with its random streams, and the parts kept (the reference connector). Taken once no
   * delivery is in flight, between the clock's steps, so nothing half-done is saved.
   */
  snapshot(): Promise<SandboxSnapshot> {
    return this.clock.exclusive(async () => {
      await this.outbox.idle();
      const simulators = Object.fromEntries([...this.simulators].map(([vendor, sim]) => [vendor, sim.snapshot()]));
      const parts = Object.fromEntries([...this.snapshotParts].map(([name, part]) => [name, part.save()]));
      const data = { clock: this.clock.snapshot(), outbox: this.outbox.snapshot(), faults: this.faults.snapshot(), simulators, clientRequests: this.clientRequests, faker: this.fakerRandom, parts };
      return encodeSandbox(data, { takenAt: this.clock.iso(), seed: this.seed }, this.externals());
    });
  }

  /**
   * Become what `snapshot` holds, in place: the same steps then play out as they would have in the
   * sandbox it was taken from. One that does not fit (another format version, seed or set of
   * simulators) is refused whole with SnapshotRefused, and this sandbox is left as it was. Waits for
   * an advance under way, as reset() does; the journal and watchers carry on.
   */
  restore(snapshot: unknown): Promise<void> {
    return this.clock.exclusive(async () => {
      const here = { seed: this.seed, vendors: [...this.simulators.keys()] };
      const data = checkParts(decodeSandbox(snapshot, here, this.externals()), this.clock, this.simulators, this.snapshotParts);
      // work under way (a delivery and the connector's flows behind it) would land on the restored state
      await this.outbox.idle();
      this.outbox.restore(data.outbox);
      this.clock.restore(data.clock);
      this.faults.restore(data.faults);
      for (const [vendor, sim] of this.simulators) sim.restore(data.simulators[vendor]!);
      this.clientRequests = data.clientRequests;
      this.fakerRandom = (data.faker as Random | undefined) ?? new Random(this.seed, 'faker');
      for (const [name, part] of this.snapshotParts) part.load(data.parts[name]);
      if (this.watchers.size) this.tell({ kind: 'reset', at: this.clock.iso() });
    });
  }

  /** Objects of this sandbox that state refers to, written by name. */
  private externals(): Record<string, object> {
    const configuration = [...this.simulators].flatMap(([vendor, sim]) => Object.entries(sim.def.configuration?.(sim.state) ?? {}).map(([name, value]) => [`${vendor}.${name}`, value] as const));
    return { outbox: this.outbox, clock: this.clock, sandbox: this, ...Object.fromEntries(configuration) };
  }

  /** Records every fresh start gets (demo data in the live sandbox); runs now and after each reset, announcing nothing. */
  async seedWith(seeder: () => Promise<void>): Promise<void> {
    this.seeders.push(seeder);
    await this.outbox.silently(seeder);
  }

  /**
   * Every simulator back to its starting state (seeded again), the clock to its start, deliveries
   * forgotten. It waits for an advance under way (at most its jobs and their deliveries'
   * timeouts) so that advance cannot carry on over the fresh state, and an advance asked for
   * meanwhile starts from the fresh state.
   */
  reset(): Promise<void> {
    return this.clock.exclusive(async () => {
      this.clock.reset();
      this.faults.restart();
      for (const sim of this.simulators.values()) sim.reset();
      this.outbox.clear();
      for (const seeder of this.seeders) await this.outbox.silently(seeder);
      if (this.watchers.size) this.tell({ kind: 'reset', at: this.clock.iso() });
    });
  }

  /** Resolves when no notification is in flight. */
  settle(): Promise<void> {
    return this.outbox.idle();
  }

  stop(): void {
    this.clock.stop();
  }
}
