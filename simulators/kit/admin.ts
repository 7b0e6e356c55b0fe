import { adminTokenRefusal } from './admin-guard.js';
import { listedDelivery, listedSubscriber, type ListedSubscriber } from './admin-redaction.js';
import type { components, operations } from '../../contracts/types/admin.js';
import { loadContract } from './contract.js';
import { addDuration } from './duration.js';
import { SimError } from './errors.js';
import { faultPlanProblems, faultPlanSchema, type FaultDecision } from './faults.js';
import { STATE_PAGE_DEFAULT, STATE_PAGE_MAX } from './limits.js';
import type { Delivery } from './outbox.js';
import type { LoggedRequest } from './request-log.js';
import { SnapshotRefused, type SandboxSnapshot } from './sandbox-snapshot.js';
import { Simulator, type VendorDefinition } from './simulator.js';
import { listed, pageOf, type Collection } from './store.js';

// every cycle, retry and expiry that falls due runs during an advance; ten years keeps one
// request's work bounded (a plan billing weekly closes about 520 cycles per account)
const MAX_ADVANCE_DAYS = 3653;
const MAX_ADVANCE_MS = MAX_ADVANCE_DAYS * 24 * 3600 * 1000;

/** What `/__admin/state` reads: a vendor state's records by collection, without copying them. */
interface PagedState {
  collections(): Record<string, Collection>;
}

export interface StatePageQuery {
  collection?: string;
  offset?: string | number;
  limit?: string | number;
}

export interface StateSummary {
  vendor: string;
  now: string;
  collections: Record<string, number>;
}

export interface StatePage {
  vendor: string;
  now: string;
  collection: string;
  total: number;
  offset: number;
  records: unknown[];
}

export type AdvanceInput = NonNullable<operations['adminAdvanceClock']['requestBody']>['content']['application/json'];
export type SubscriberInput = components['schemas']['SubscriberInput'];

function adminError(message: string, field?: string): SimError {
  return new SimError(400, field === undefined ? { error: message } : { error: message, field });
}

/** `sandbox-<takenAt>.json` with the instant's colons as dashes, a name every file system takes. */
export function snapshotFileName(snapshot: Pick<SandboxSnapshot, 'takenAt'>): string {
  return `sandbox-${snapshot.takenAt.replace(/:/g, '-')}.json`;
}

/**
 * The harness's control surface for one simulator, as in-process functions. The `/__admin`
 * routes (contracts/admin.yaml) are these same functions behind the kit's pipeline.
 */
export class Admin {
  constructor(readonly target: Simulator<any>) {}

  private get sandbox() {
    return this.target.sandbox;
  }

  async reset(): Promise<{ now: string }> {
    await this.sandbox.reset();
    return this.clock();
  }

  /**
   * The whole sandbox's snapshot (every simulator, the clock, the outbox, the fault plan), as
   * `GET /__admin/snapshot` answers it; JSON-ready, credentials included.
   */
  snapshot(): Promise<SandboxSnapshot> {
    return this.sandbox.snapshot();
  }

  /**
   * Load `snapshot` into the whole sandbox, in place (`PUT /__admin/snapshot`). One that does not
   * fit is a 400 saying why, with the field at fault (`format`, `version`, `seed`, `vendors` or
   * `data`), and nothing of it is loaded.
   */
  async load(snapshot: unknown): Promise<{ now: string }> {
    try {
      await this.sandbox.restore(snapshot);
    } catch (e) {
      if (!(e instanceof SnapshotRefused)) throw e;
      throw adminError(e.message, e.field);
    }
    return this.clock();
  }

  /** Every record at once, for in-process use (the scenario engine); over HTTP the state is paged. */
  state(): { vendor: string; now: string; state: unknown } {
    const s = this.target.state as { dump?: () => unknown };
    return { vendor: this.target.vendor, now: this.sandbox.clock.iso(), state: s.dump ? s.dump() : s };
  }

  /** The state's collections and how many records each holds, credentials taken out; a state that names none is one record. */
  private collections(): Record<string, Collection> {
    const s = this.target.state as Partial<PagedState>;
    return s.collections ? s.collections() : { state: listed([this.state().state]) };
  }

  /**
   * `/__admin/state`: without `collection`, how many records each collection holds; with it,
   * one page of that collection. A page reads no record past its last, so it costs the same
   * at any state size up to `offset`.
   */
  statePage(query: StatePageQuery): StateSummary | StatePage {
    const collections = this.collections();
    const base = { vendor: this.target.vendor, now: this.sandbox.clock.iso() };
    const names = Object.keys(collections);
    if (query.collection === undefined) {
      if (query.offset !== undefined || query.limit !== undefined) throw adminError(`"offset" and "limit" page one collection: name it with "collection" (one of ${names.join(', ')})`);
      return { ...base, collections: Object.fromEntries(names.map((name) => [name, collections[name]!.size])) };
    }
    if (!Object.hasOwn(collections, query.collection)) throw adminError(`"collection" must be one of ${names.join(', ')}; got '${query.collection}'`);
    const offset = Number(query.offset ?? 0);
    const limit = Number(query.limit ?? STATE_PAGE_DEFAULT);
    if (!Number.isSafeInteger(offset) || offset < 0) throw adminError(`"offset" must be a whole number from 0; got '${query.offset}'`);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > STATE_PAGE_MAX) throw adminError(`"limit" must be a whole number from 1 to ${STATE_PAGE_MAX}; got '${query.limit}'`);
    const records = collections[query.collection]!;
    return { ...base, collection: query.collection, total: records.size, offset, records: pageOf(records, offset, limit) };
  }

  clock(): { now: string } {
    return { now: this.sandbox.clock.iso() };
  }

  async advance(input: AdvanceInput): Promise<{ now: string }> {
    const clock = this.sandbox.clock;
    if ((input.duration === undefined) === (input.to === undefined)) {
      throw adminError('Give exactly one of "duration" (ISO-8601, e.g. "P31D") or "to" (an ISO instant)');
    }
    let target: number;
    if (input.duration !== undefined) {
      try {
        target = addDuration(clock.now(), input.duration);
      } catch (e) {
        throw adminError((e as Error).message);
      }
    } else {
      target = Date.parse(input.to!);
      if (Number.isNaN(target)) throw adminError(`"to" must be an ISO-8601 instant, got '${input.to}'`);
      if (target < clock.now()) throw adminError(`"to" (${input.to}) is before the current instant ${clock.iso()}; time only moves forward`);
    }
    if (!Number.isFinite(target) || target - clock.now() > MAX_ADVANCE_MS) {
      throw adminError(`an advance moves time at most ${MAX_ADVANCE_DAYS} days (ten years) at once; advance in steps`);
    }
    await clock.advanceTo(target);
    await this.sandbox.settle();
    return this.clock();
  }

  requests(): { requests: LoggedRequest[]; dropped: number } {
    return this.target.log.list();
  }

  deliveries(): { deliveries: Delivery[]; dropped: number } {
    return { deliveries: this.sandbox.outbox.list(this.target.vendor).map(listedDelivery), dropped: this.sandbox.outbox.dropped(this.target.vendor) };
  }

  subscribers(): { subscribers: ListedSubscriber[] } {
    return { subscribers: this.sandbox.outbox.listSubscribers(this.target.vendor).map(listedSubscriber) };
  }

  faults(): { plan: unknown; decisions: FaultDecision[] } {
    const faults = this.sandbox.faults;
    return { plan: faults.current, decisions: faults.decisions };
  }

  /** Any input: the plan is checked here against its schema, and a wrong one is a 400 naming what is wrong. */
  setFaults(input: unknown): { plan: unknown; decisions: FaultDecision[] } {
    const result = faultPlanSchema.safeParse(input);
    if (!result.success) throw adminError(faultPlanProblems(result.error));
    this.sandbox.faults.set(result.data);
    return this.faults();
  }

  subscribe(input: SubscriberInput): ListedSubscriber {
    return listedSubscriber(this.sandbox.outbox.subscribe({ ...input, source: this.target.vendor }));
  }
}

/** The admin routes of one simulator, served by the same kit pipeline as vendor operations. */
export function adminDefinition(admin: Admin): VendorDefinition<Admin, operations> {
  const ok = (body: unknown, status = 200) => ({ status, body });
  return {
    vendor: `${admin.target.vendor}-admin`,
    contract: loadContract('admin.yaml'),
    toError: (f) => ({ status: f.status, body: { error: f.message } }),
    createState: () => admin,
    // only requests from outside the process come this way: in-process calls are trusted and skip it
    authenticate: (req) => adminTokenRefusal(req, admin.target.sandbox.adminToken),
    handlers: {
      adminReset: async () => ok(await admin.reset()),
      adminState: (req) => ok(admin.statePage(req.query as StatePageQuery)),
      adminClock: () => ok(admin.clock()),
      adminAdvanceClock: async (req) => ok(await admin.advance(req.body)),
      adminRequests: () => ok(admin.requests()),
      adminDeliveries: () => ok(admin.deliveries()),
      adminListSubscribers: () => ok(admin.subscribers()),
      adminSubscribe: (req) => ok(admin.subscribe(req.body), 201),
      adminFaults: () => ok(admin.faults()),
      adminSetFaults: (req) => ok(admin.setFaults(req.body)),
      adminSnapshot: async () => {
        const snapshot = await admin.snapshot();
        return { status: 200, body: snapshot, headers: { 'content-disposition': `attachment; filename="${snapshotFileName(snapshot)}"` } };
      },
      adminLoadSnapshot: async (req) => ok(await admin.load(req.body)),
    },
  };
}
