import type { Contract, ContractOperation } from './contract.js';
import { decodeBody, flatForm, type Decoded, type FormDecoder } from './body.js';
import { SimError, type ErrorMapper, type KitFailure } from './errors.js';
import type { RequestFault } from './faults.js';
import { IdempotencyCache, type IdempotencyPolicy, type IdempotencySnapshot, type IdempotencyUsage } from './idempotency.js';
import type { DeliveryPolicy, Subscriber } from './outbox.js';
import { Random, Sequences } from './random.js';
import { RequestLog, type RequestLogSnapshot } from './request-log.js';
import type { Sandbox } from './sandbox.js';
import { header, isPromise, type MaybePromise, type SimRequest, type SimResponse, type ValidRequest, type WireResponse } from './types.js';
import { formatIssues } from './validation.js';

/** What a handler works with: the simulator's state and the sandbox's shared machinery. */
export interface SimContext<S> {
  readonly state: S;
  readonly sandbox: Sandbox;
  readonly vendor: string;
  /** Seeded per simulator and reset with it, so IDs repeat run after run. */
  readonly random: Random;
  readonly sequences: Sequences;
  now(): number;
  nowIso(): string;
  /**
   * Run the vendor's job `kind` (its definition's `jobs`) with `args` at virtual time `at`: a job
   * as data, which a snapshot can hold, run with the context current then.
   */
  schedule(at: number, label: string, kind: string, ...args: unknown[]): void;
  /** Send a notification; `payload` is only built for subscribers that want the event. */
  publish(eventType: string, eventId: string, payload: (subscriber: Subscriber) => unknown, method?: (subscriber: Subscriber) => string): void;
}

/** One operation's behaviour; `Op` is its generated type (contracts/types/), which types `req`. */
export type Handler<S, Op = unknown> = {
  // method syntax keeps the request parameter bivariant, so a definition typed by its contract's
  // operations is still a VendorDefinition<S> for the kit, which serves every operation alike
  handle(req: ValidRequest<Op>, ctx: SimContext<S>): SimResponse | Promise<SimResponse>;
}['handle'];

/**
 * One handler for each operation of a contract's generated `operations` interface: a handler
 * missing, or named after no operation, does not compile.
 */
export type Handlers<S, Ops> = { [K in keyof Ops]: Handler<S, Ops[K]> };

/**
 * A vendor's behaviour: everything the kit needs to serve its contract. `Ops` is the contract's
 * generated `operations` interface; without it any operation names are accepted (checked at run time).
 */
export interface VendorDefinition<S, Ops = Record<string, unknown>> {
  vendor: string;
  contract: Contract;
  /** Turns kit-detected failures into the vendor's error body and status. */
  toError: ErrorMapper;
  createState(ctx: Omit<SimContext<S>, 'state'>): S;
  /**
   * Objects of a state that are the simulator's configuration, not its records (Zuora's tenant,
   * with its OAuth client): a snapshot names them, and the sandbox loading it keeps its own.
   */
  configuration?(state: S): Record<string, object>;
  /** The work it schedules on the clock (`ctx.schedule`), by name; each reads the state again when it runs. */
  jobs?: Record<string, (ctx: SimContext<S>, ...args: any[]) => void | Promise<void>>;
  /** Answer for an unauthenticated request, or undefined to let it through. */
  authenticate?(req: SimRequest, ctx: SimContext<S>): SimResponse | undefined;
  /** Headers the vendor adds to every answer (trace ids, rate-limit counters). */
  responseHeaders?(req: SimRequest, ctx: SimContext<S>): Record<string, string>;
  handlers: Handlers<S, Ops>;
  /** Why a path of the vendor's real API that the simulator leaves out is not served (for its 404), if it is one. */
  notServed?(path: string): string | undefined;
  decodeForm?: FormDecoder;
  /** Encodes an in-process call's body for form-encoded operations (Chargebee's bracket notation). */
  encodeForm?(body: Record<string, unknown>): string;
  deliveryPolicy?: DeliveryPolicy;
  idempotency?: IdempotencyPolicy;
  /** Operations sent as POST that change nothing (Zuora's OAuth token): a fault rule for writes lets them pass. */
  readsByPost?: readonly string[];
  /**
   * Wraps the answering of each request, operation-matched or not, for vendors whose error
   * shape depends on which API family a request is for (Zuora). It wraps each synchronous part:
   * the request's start, and again each part that runs after the pipeline waited (a multipart
   * body, an asynchronous handler), so the vendor can keep what it knows of the request in a plain
   * variable for the part's length, with no AsyncLocalStorage (whose promise hooks slow every
   * promise of the process, a test runner's and a user's included).
   */
  aroundRequest?<T>(request: { operationId?: string; path: string }, ctx: SimContext<S>, answer: () => T): T;
}

/** An in-process call of one operation: what a client would put in the path, query and body. */
export interface CallInput {
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SimulatorOptions {
  /** Check every response against the contract and log violations (on by default). */
  checkResponses?: boolean;
}

const MAX_KEPT_VIOLATIONS = 1_000;

/** What a simulator holds, for a sandbox snapshot (written by the snapshot codec, with the outbox's objects it shares). */
export interface SimulatorSnapshot {
  state: unknown;
  random: Random;
  sequences: Sequences;
  idempotency: IdempotencySnapshot | undefined;
  log: RequestLogSnapshot;
  violations: string[];
}

/** In-process calls skip authentication, and may skip validation of inputs known to be valid. */
interface RunMode {
  trusted: boolean;
  validate: boolean;
}

/**
 * One vendor simulator inside a sandbox. Both transports call `handle` with an already-matched
 * operation, so every request takes the same path: authenticate, decode, validate against the
 * contract, run the handler, serialise, log.
 */
export class Simulator<S = unknown> {
  readonly log = new RequestLog();
  readonly violations: string[] = [];
  private ctx!: SimContext<S>;
  private idempotency: IdempotencyCache | undefined;
  private readonly checkResponses: boolean;

  constructor(
    readonly def: VendorDefinition<S>,
    readonly sandbox: Sandbox,
    options: SimulatorOptions = {},
  ) {
    this.checkResponses = options.checkResponses ?? true;
    const ops = new Set(def.contract.operations.map((o) => o.operationId));
    const missing = [...ops].filter((id) => !def.handlers[id]);
    const extra = Object.keys(def.handlers).filter((id) => !ops.has(id));
    if (missing.length || extra.length) {
      throw new Error(
        `${def.vendor}: handlers and contract disagree` +
          (missing.length ? `; no handler for ${missing.join(', ')}` : '') +
          (extra.length ? `; no contract operation for ${extra.join(', ')}` : ''),
      );
    }
    if (def.deliveryPolicy) sandbox.outbox.setPolicy(def.vendor, def.deliveryPolicy);
    sandbox.clock.runJobsOf(def.vendor, Object.keys(def.jobs ?? {}), (kind, args) => this.runJob(kind, args));
    this.reset();
  }

  get vendor(): string {
    return this.def.vendor;
  }

  get contract(): Contract {
    return this.def.contract;
  }

  get state(): S {
    return this.ctx.state;
  }

  get context(): SimContext<S> {
    return this.ctx;
  }

  /** Keys and bytes the idempotency cache holds now (bounded, see kit/idempotency.ts); undefined without a policy. */
  get idempotencyUsage(): IdempotencyUsage | undefined {
    return this.idempotency?.usage();
  }

  /** A fresh state (and demo data, where the vendor seeds some); the log is cleared. */
  reset(): void {
    const base = this.base(new Random(this.sandbox.seed, this.vendor), new Sequences());
    this.sandbox.outbox.dropManaged(this.vendor);
    this.ctx = { ...base, state: this.def.createState(base) };
    this.idempotency = this.def.idempotency && new IdempotencyCache(this.def.idempotency);
    this.log.clear();
    this.violations.length = 0;
  }

  /** Everything the simulator holds, for a sandbox snapshot. */
  snapshot(): SimulatorSnapshot {
    const { state, random, sequences } = this.ctx;
    return { state, random, sequences, idempotency: this.idempotency?.snapshot(), log: this.log.snapshot(), violations: [...this.violations] };
  }

  /** Hold what a snapshot held instead (a decoded one: its objects become this simulator's). */
  restore(snapshot: SimulatorSnapshot): void {
    this.ctx = { ...this.base(snapshot.random, snapshot.sequences), state: snapshot.state as S };
    this.idempotency = this.def.idempotency && new IdempotencyCache(this.def.idempotency);
    if (snapshot.idempotency) this.idempotency?.restore(snapshot.idempotency);
    this.log.restore(snapshot.log);
    this.violations.splice(0, this.violations.length, ...snapshot.violations);
  }

  private base(random: Random, sequences: Sequences): Omit<SimContext<S>, 'state'> {
    const sandbox = this.sandbox;
    const vendor = this.def.vendor;
    return {
      sandbox,
      vendor,
      random,
      sequences,
      now: () => sandbox.clock.now(),
      nowIso: () => sandbox.clock.iso(),
      schedule: (at, label, kind, ...args) => {
        if (!this.def.jobs || !Object.hasOwn(this.def.jobs, kind)) throw new Error(`${vendor} has no job '${kind}' to schedule (its definition's jobs: ${Object.keys(this.def.jobs ?? {}).join(', ') || 'none'})`);
        sandbox.clock.schedule(at, label, { owner: vendor, kind, args });
      },
      publish: (eventType: string, eventId: string, payload: (subscriber: Subscriber) => unknown, method?: (subscriber: Subscriber) => string) => {
        sandbox.outbox.publish({ source: vendor, eventType, eventId, payload, method });
      },
    };
  }

  private runJob(kind: string, args: unknown[]): void | Promise<void> {
    const job = this.def.jobs && Object.hasOwn(this.def.jobs, kind) ? this.def.jobs[kind] : undefined;
    if (!job) throw new Error(`${this.vendor} has no job '${kind}'`);
    return job(this.ctx, ...args);
  }

  /**
   * The next `times` requests from clients to `operationId` fail with `status` in the vendor's
   * error shape, before anything else is done (the vendor having an outage): a rule of the
   * sandbox's fault plan. The harness's own in-process calls are not failed.
   */
  failNext(operationId: string, status: number, times = 1): void {
    this.contract.operation(operationId);
    this.sandbox.faults.addOneShot({ vendor: this.vendor, operation: operationId, fault: { kind: 'error', status }, count: times });
  }


  /**
   * Call an operation in-process, through the same decoding, validation and handler as a
   * request over a transport, minus authentication. Used for seeding and by scenarios.
   * `validate: false` skips contract validation, for constant inputs the tests already
   * validate (compiling an operation's validators costs tens of milliseconds).
   */
  async call(operationId: string, input: CallInput = {}, options: { validate?: boolean } = {}): Promise<{ status: number; body: any }> {
    const op = this.contract.operation(operationId);
    const params = input.params ?? {};
    const path = this.contract.basePath + op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
    const encoded = input.body === undefined ? undefined : this.encode(op, input.body);
    const res = await this.handle(
      op,
      {
        method: op.method,
        path,
        params,
        query: input.query ?? {},
        headers: { ...(encoded ? { 'content-type': encoded.type } : {}), ...input.headers },
        rawBody: encoded?.text,
      },
      { trusted: true, validate: options.validate ?? true },
    );
    return { status: res.status, body: res.body ? JSON.parse(res.body) : undefined };
  }

  /** Whether a request to `op` may change something, for fault rules that target writes. */
  private writes(op: ContractOperation): boolean {
    return !['GET', 'HEAD'].includes(op.method.toUpperCase()) && !this.def.readsByPost?.includes(op.operationId);
  }

  /** A body in the operation's own media type: JSON, or a form encoded the vendor's way. */
  private encode(op: ContractOperation, body: unknown): { type: string; text: string } {
    const form = 'application/x-www-form-urlencoded';
    if (!op.mediaTypes.includes(form) || op.mediaTypes.includes('application/json')) return { type: 'application/json', text: JSON.stringify(body) };
    const fields = body as Record<string, unknown>;
    const text = this.def.encodeForm ? this.def.encodeForm(fields) : new URLSearchParams(fields as Record<string, string>).toString();
    return { type: form, text };
  }

  /**
   * Answer one request. The pipeline stays synchronous unless a step waits (a multipart body,
   * an asynchronous handler): a promise per layer cost more than the simulator's own work.
   */
  handle(op: ContractOperation, req: SimRequest, mode: RunMode = { trusted: false, validate: true }): MaybePromise<WireResponse> {
    return this.around({ operationId: op.operationId, path: req.path }, () => {
      const fault = mode.trusted ? undefined : this.sandbox.faults.forRequest(this.vendor, op.operationId, this.writes(op));
      if (fault?.kind === 'error' || fault?.kind === 'rate-limit' || fault?.kind === 'drop') return this.faulted(op, req, fault);
      // authentication comes first: a stored answer is no one's without credentials
      // a hang or latency decided here applies to whatever answer comes, a refusal or a replay too
      const late = (w: WireResponse): WireResponse => (fault ? { ...w, fault } : w);
      const denied = mode.trusted ? undefined : this.def.authenticate?.(req, this.ctx);
      if (denied) return late(this.finish(req, denied, op.operationId, []));
      const keyed = this.idempotency?.check(req, this.ctx.now()) ?? { kind: 'none' as const };
      if (keyed.kind === 'answer') return late(this.finish(req, keyed.response, op.operationId, []));
      const wire = this.answer(op, req, mode);
      const done = (w: WireResponse) => {
        if (keyed.kind === 'first') keyed.save(w);
        // latency and hangs come after the work is done: the effect stands, the answer is late or lost
        return late(w);
      };
      return isPromise(wire) ? wire.then(done) : done(wire);
    });
  }

  /** A fault that answers before anything is done: the vendor's error, 429, or no answer at all. */
  private faulted(op: ContractOperation, req: SimRequest, fault: RequestFault): WireResponse {
    const note = `(a fault the harness's fault plan injected into ${op.operationId})`;
    if (fault.kind === 'drop') {
      this.log.add({ at: this.ctx.now(), method: req.method, path: req.path, operationId: op.operationId, status: 0, violations: [`connection dropped ${note}`] });
      return { status: 0, headers: {}, body: '', fault: { kind: 'drop' } };
    }
    if (fault.kind === 'rate-limit') {
      const res = this.def.toError({ kind: 'rate_limited', status: 429, message: `Too many requests ${note}; retry after ${fault.retryAfterSeconds} s` });
      return this.finish(req, { ...res, headers: { ...res.headers, 'retry-after': String(fault.retryAfterSeconds) } }, op.operationId, []);
    }
    return this.finish(req, this.def.toError({ kind: 'internal', status: (fault as { status: number }).status, message: `Service unavailable ${note}` }), op.operationId, []);
  }

  private around<T>(request: { operationId?: string; path: string }, answer: () => T): T {
    return this.def.aroundRequest ? this.def.aroundRequest(request, this.ctx, answer) : answer();
  }

  private answer(op: ContractOperation, req: SimRequest, mode: RunMode): MaybePromise<WireResponse> {
    let issues: string[] = [];
    const complete = (res: SimResponse) => this.complete(op, req, res, issues, mode.trusted);
    const failed = (e: unknown): WireResponse => {
      if (e instanceof SimError) return complete(e.toResponse());
      console.error(`${this.vendor} ${op.operationId} failed:`, e);
      issues = [...issues, `internal error: ${(e as Error).message}`];
      return complete(this.def.toError({ kind: 'internal', status: 500, message: `Internal simulator error: ${(e as Error).message}` }));
    };
    try {
      const res = this.run(op, req, mode, (found) => (issues = found));
      return isPromise(res) ? this.resumed(op, req, res, complete, failed) : complete(res);
    } catch (e) {
      return failed(e);
    }
  }

  private complete(op: ContractOperation, req: SimRequest, res: SimResponse, issues: string[], trusted: boolean): WireResponse {
    if (this.checkResponses) {
      const found = this.contract.responseViolations(op.operationId, res.status, res.body);
      if (found.length) this.recordViolations(found);
      issues = issues.concat(found);
    }
    return this.finish(req, res, op.operationId, issues, trusted);
  }

  /** For requests no operation matched: the vendor's answer to an unknown route or a wrong method. */
  miss(req: SimRequest, allowed: string[]): WireResponse {
    return this.around({ path: req.path }, () => this.answerMiss(req, allowed));
  }

  private answerMiss(req: SimRequest, allowed: string[]): WireResponse {
    const failure: KitFailure = allowed.length
      ? {
          kind: 'method_not_allowed',
          status: 405,
          message: `${req.method} is not supported on ${req.path}; use ${allowed.join(' or ')}`,
        }
      : {
          kind: 'route_not_found',
          status: 404,
          message: this.def.notServed?.(req.path.slice(this.contract.basePath.length)) ?? `No such endpoint: ${req.method} ${req.path}`,
        };
    return this.finish(req, this.def.toError(failure), undefined, []);
  }

  /**
   * Failures found by a transport before the kit sees a request (e.g. an oversized body). When a
   * route had matched, `operationId` names its operation, so the vendor answers in that
   * operation's error shape (Zuora's resend operation has its own).
   */
  fail(req: SimRequest, failure: KitFailure, operationId?: string): WireResponse {
    return this.around({ operationId, path: req.path }, () => this.finish(req, this.def.toError(failure), operationId, []));
  }

  private run(op: ContractOperation, req: SimRequest, mode: RunMode, report: (issues: string[]) => void): MaybePromise<SimResponse> {
    const decoded = decodeBody(op, header(req, 'content-type'), req.rawBody, this.def.decodeForm ?? flatForm);
    const next = (d: Decoded) => this.decoded(op, req, mode, report, d);
    return isPromise(decoded) ? this.resumed(op, req, decoded, next) : next(decoded);
  }

  /** `next` (or `failed`) once the pipeline's wait is over, inside the vendor's aroundRequest again, as the request's start was. */
  private resumed<T, R>(
    op: ContractOperation,
    req: SimRequest,
    waited: Promise<T>,
    next: (value: T) => R | PromiseLike<R>,
    failed?: (e: unknown) => R,
  ): Promise<R> {
    const request = { operationId: op.operationId, path: req.path };
    return waited.then(
      (value) => this.around(request, () => next(value)),
      failed && ((e: unknown) => this.around(request, () => failed(e))),
    );
  }

  private decoded(op: ContractOperation, req: SimRequest, mode: RunMode, report: (issues: string[]) => void, decoded: Decoded): MaybePromise<SimResponse> {
    if ('failure' in decoded) {
      report([decoded.failure.message]);
      return this.def.toError(decoded.failure);
    }
    const found = mode.validate ? this.contract.validateRequest(op, { path: req.params, query: req.query, header: req.headers, body: decoded.body }) : [];
    if (found.length) {
      const message = formatIssues(found);
      report([message]);
      return this.def.toError({ kind: 'invalid_request', status: 400, message, field: found[0]!.field, issues: found });
    }
    // every field named: `{ ...req, ... }` made V8 build a new hidden class for each request (about
    // 800 bytes of maps in old space per request, a third of the RSS of a bulk load; issue 17)
    const valid: ValidRequest = {
      method: req.method,
      path: req.path,
      params: req.params,
      query: req.query,
      headers: req.headers,
      rawBody: req.rawBody,
      operationId: op.operationId,
      body: decoded.body,
      files: decoded.files ?? {},
    };
    return this.def.handlers[op.operationId]!(valid, this.ctx);
  }

  private finish(req: SimRequest, res: SimResponse, operationId: string | undefined, violations: string[], trusted = false): WireResponse {
    const extra = this.def.responseHeaders?.(req, this.ctx);
    const headers: Record<string, string> = extra || res.headers ? { ...extra, ...res.headers } : {};
    let body = '';
    if (res.body !== undefined) {
      body = typeof res.body === 'string' && headers['content-type'] ? res.body : JSON.stringify(res.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    this.log.add({ at: this.ctx.now(), method: req.method, path: req.path, operationId, status: res.status, violations, ...(trusted ? { byHarness: true } : {}) });
    return { status: res.status, headers, body };
  }

  private recordViolations(found: string[]): void {
    if (this.violations.length < MAX_KEPT_VIOLATIONS) this.violations.push(...found);
  }
}
