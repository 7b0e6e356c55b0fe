import { addDuration } from './duration.js';

type Job = () => void | Promise<void>;

/**
 * A job as data: who runs it (`runJobsOf`), which of its jobs, and with what. Unlike a closure it
 * can be saved in a snapshot and run by the sandbox it is restored into.
 */
export interface JobCall {
  owner: string;
  kind: string;
  args: unknown[];
}

type Runner = (kind: string, args: unknown[]) => void | Promise<void>;

interface Scheduled {
  at: number;
  seq: number;
  label: string;
  run: Job | JobCall;
}

/** What a clock holds, for a snapshot: where it is and what is due, each job as data. */
export interface ClockSnapshot {
  now: number;
  seq: number;
  jobs: { at: number; seq: number; label: string; call: JobCall }[];
}

/**
 * One virtual clock per sandbox. Frozen, it moves only when advanced; live, it follows wall
 * time from its start and can still be advanced. Jobs fire in time order (ties in the order
 * they were scheduled) with `now` set to their due time, so anything they schedule in the
 * window also fires.
 */
export class VirtualClock {
  private offset = 0;
  private readonly wallStart = Date.now();
  private jobs: Scheduled[] = [];
  private seq = 0;
  private running: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** While a job runs, `now` is pinned to its instant (a live clock would otherwise drift during it). */
  private pinned: number | undefined;
  private settle: (() => Promise<void>) | undefined;
  // bumped by reset(): a pass begun before it stops at its next step instead of moving the fresh clock
  private generation = 0;
  private isoAt = NaN;
  private isoText = '';
  private readonly runners = new Map<string, { run: Runner; kinds: readonly string[] }>();

  constructor(
    private readonly start: number,
    readonly live = false,
  ) {}

  now(): number {
    if (this.pinned !== undefined) return this.pinned;
    return this.start + this.offset + (this.live ? Date.now() - this.wallStart : 0);
  }

  /** `now` as an ISO string; cached per millisecond, as busy simulators ask many times in one. */
  iso(): string {
    const now = this.now();
    if (now !== this.isoAt) {
      this.isoAt = now;
      this.isoText = new Date(now).toISOString();
    }
    return this.isoText;
  }

  /** Who runs the jobs scheduled as data for `owner` (a simulator, the outbox), and which kinds it has. */
  runJobsOf(owner: string, kinds: readonly string[], runner: Runner): void {
    this.runners.set(owner, { run: runner, kinds });
  }

  /** Whether `call` is a job someone here runs: a snapshot's jobs are checked before any is taken. */
  runs(call: unknown): boolean {
    const c = call as Partial<JobCall> | null;
    const runner = typeof c?.owner === 'string' ? this.runners.get(c.owner) : undefined;
    return Boolean(runner && typeof c!.kind === 'string' && runner.kinds.includes(c!.kind) && Array.isArray(c!.args));
  }

  /**
   * Run `run` at `at`: a closure, or a job as data, which a snapshot can hold. A time that is not
   * a finite number is a caller's bug (it would sort last and stall every later job).
   */
  schedule(at: number, label: string, run: Job | JobCall): void {
    if (!Number.isFinite(at)) throw new Error(`clock.schedule('${label}'): 'at' must be a finite epoch time in milliseconds, got ${at}`);
    const job = { at, seq: this.seq++, label, run };
    let i = this.jobs.length;
    while (i > 0 && this.jobs[i - 1]!.at > at) i--;
    this.jobs.splice(i, 0, job);
    if (this.live) this.armWallTimer();
  }

  pending(): { at: string; label: string }[] {
    return this.jobs.map((j) => ({ at: new Date(j.at).toISOString(), label: j.label }));
  }

  advanceBy(duration: string): Promise<number> {
    return this.advanceTo(addDuration(this.now(), duration));
  }

  /** Told of each move asked for, before it is made (the sandbox's journal, while recording). */
  onAdvance: ((from: number, to: number) => void) | undefined;

  /** Move to `target` (never backwards), firing every job due on the way. Resolves when they are done. */
  advanceTo(target: number): Promise<number> {
    this.onAdvance?.(this.now(), target);
    const step = this.running.then(() => this.runUntil(target, true));
    this.running = step.then(
      () => undefined,
      () => undefined,
    );
    return step.then(() => this.now());
  }

  /**
   * What to wait for before and after each job while time moves: the sandbox's deliveries in
   * flight, so each is answered at the instant that set it off, and a retry it asks for is
   * scheduled from then, not from wherever the clock was going.
   */
  settleWith(settle: () => Promise<void>): void {
    this.settle = settle;
  }

  /**
   * Run `work` after the clock's running work (advances, live passes) and before any asked
   * for later, so nothing moves time while it runs (a sandbox reset). `work` must not wait
   * for an advance itself: that advance would wait for it.
   */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    const step = this.running.then(work);
    this.running = step.then(
      () => undefined,
      () => undefined,
    );
    return step;
  }

  /**
   * Back to the start instant with nothing scheduled. A pass still running (called outside
   * exclusive()) stops at its next step and leaves time where the reset put it.
   */
  reset(): void {
    this.generation++;
    this.jobs = [];
    this.pinned = undefined;
    this.offset = this.live ? -(Date.now() - this.wallStart) : 0;
  }

  /** Where the clock is and its jobs; refused while a job is a closure, which no snapshot can hold. */
  snapshot(): ClockSnapshot {
    const closures = this.jobs.filter((j) => typeof j.run === 'function').map((j) => `'${j.label}'`);
    if (closures.length) throw new Error(`the clock holds jobs scheduled as closures (${closures.join(', ')}), which a snapshot cannot hold; schedule them as a JobCall`);
    return { now: this.now(), seq: this.seq, jobs: this.jobs.map((j) => ({ at: j.at, seq: j.seq, label: j.label, call: j.run as JobCall })) };
  }

  /**
   * To where a snapshot left the clock, with its jobs and nothing else (call inside exclusive(),
   * as a reset is). A live clock goes on following wall time from there.
   */
  restore(snapshot: ClockSnapshot): void {
    this.generation++;
    this.pinned = undefined;
    this.jobs = snapshot.jobs.map((j) => ({ at: j.at, seq: j.seq, label: j.label, run: j.call }));
    this.seq = snapshot.seq;
    this.offset = snapshot.now - this.start - (this.live ? Date.now() - this.wallStart : 0);
    if (this.live) {
      this.stop();
      this.armWallTimer();
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async runUntil(target: number, move: boolean): Promise<void> {
    const generation = this.generation;
    await this.quietly('clock: waiting for deliveries in flight', () => this.settle?.());
    while (this.generation === generation && this.jobs.length && this.jobs[0]!.at <= target) {
      const job = this.jobs.shift()!;
      // time reaches the job's instant for everyone, not only the job: a request served or a
      // delivery failing mid-advance is at the instant reached, never back at the advance's start
      this.reach(job.at);
      this.pinned = this.now();
      try {
        await this.quietly(`clock job '${job.label}'`, () => this.run(job.run));
        await this.quietly(`clock: waiting for deliveries after job '${job.label}'`, () => this.settle?.());
      } finally {
        if (this.generation === generation) this.pinned = undefined;
      }
    }
    if (move && this.generation === generation) this.reach(target);
  }

  private run(job: Job | JobCall): void | Promise<void> {
    if (typeof job === 'function') return job();
    const runner = this.runners.get(job.owner);
    if (!runner) throw new Error(`no one runs jobs of '${job.owner}' in this sandbox`);
    return runner.run(job.kind, job.args);
  }

  /**
   * Jobs are the harness's own work: one that throws is a bug to report, not a reason to stop
   * time, so the error is logged and the next job runs (and a live clock's timer is re-armed).
   */
  private async quietly(what: string, run: () => unknown): Promise<void> {
    try {
      await run();
    } catch (e) {
      console.error(`${what} failed at ${new Date(this.now()).toISOString()}:`, e);
    }
  }

  /** Move the offset so that `now` is at least `at`; time never goes back. */
  private reach(at: number): void {
    const now = this.now();
    if (at > now) this.offset += at - now;
  }

  private armWallTimer(): void {
    if (this.timer || !this.jobs.length) return;
    const wait = Math.max(0, Math.min(this.jobs[0]!.at - this.now(), 60_000));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // runUntil never rejects (quietly), and the timer is re-armed whatever happened
      this.running = this.running
        .then(() => this.runUntil(this.now(), false))
        .catch((e: unknown) => console.error('clock: a live pass failed:', e))
        .finally(() => this.armWallTimer());
    }, wait);
    this.timer.unref();
  }
}
