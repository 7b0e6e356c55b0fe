import { createHash } from 'node:crypto';
import type { SimRequest, SimResponse, WireResponse } from './types.js';
import { header } from './types.js';

/**
 * Bounds of each simulator's idempotency cache. Keys are also forgotten after the vendor's own
 * lifetime (the policy's `ttlMs`); these bounds only matter to a client sending keys faster than
 * they expire. A key forgotten early behaves as a new key.
 */
/** Keys remembered at once; the oldest is forgotten first beyond it. */
export const MAX_IDEMPOTENCY_KEYS = 10_000;
/** Bytes of remembered keys and answers (UTF-8, approximate); the oldest are forgotten first beyond it. */
export const MAX_IDEMPOTENCY_BYTES = 32 * 1024 * 1024;
/** An answer larger than this is not remembered: a retry with its key is handled as a new request. */
export const MAX_IDEMPOTENT_ANSWER_BYTES = 1024 * 1024;
/** What an entry costs beside its key and answer: the fingerprint hash, the expiry, the map slot. */
const ENTRY_OVERHEAD_BYTES = 160;

/** How a vendor honours idempotency keys. */
export interface IdempotencyPolicy {
  /** Header carrying the key, lower-case (e.g. `idempotency-key`). */
  header: string;
  /** Methods the key applies to; others ignore it. */
  methods: string[];
  /** How long a key is remembered, in virtual milliseconds. */
  ttlMs: number;
  /** Remember failed answers too (Zuora does), or only successes. */
  keepFailures: boolean;
  /** The longest key the vendor documents; a longer one is never remembered. */
  maxKeyLength: number;
  /**
   * The answer to a key over `maxKeyLength`. Absent when the contract already refuses such a
   * header (its maxLength), so the request goes on to be refused there.
   */
  keyTooLong?(key: string): SimResponse;
  /** The answer to a key reused with another method, path or body. */
  mismatch(key: string): SimResponse;
  /** The answer to a key whose first request is still being handled. */
  inProgress(key: string): SimResponse;
  /** Headers added to a replayed answer (Chargebee marks replays). */
  replayHeaders?: Record<string, string>;
}

interface Entry {
  /** sha256 of method, path and body: the request itself is never kept. */
  fingerprint: string;
  expiresAt: number;
  bytes: number;
  response?: WireResponse;
}

export type IdempotencyCheck =
  | { kind: 'none' }
  | { kind: 'answer'; response: SimResponse }
  | { kind: 'first'; save(response: WireResponse): void };

/** What a cache holds now, for tests and the bench. */
export interface IdempotencyUsage {
  keys: number;
  bytes: number;
}

const fingerprintOf = (req: SimRequest) =>
  createHash('sha256').update(`${req.method} ${req.path}\n`).update(req.rawBody ?? '').digest('base64');

const answerBytes = (r: WireResponse) =>
  Buffer.byteLength(r.body) + Object.entries(r.headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0);

/** What a cache holds, for a sandbox snapshot: its keys' entries, oldest first. */
export interface IdempotencySnapshot {
  entries: Map<string, Entry>;
  bytes: number;
}

/**
 * Remembers the answer to each keyed request for the policy's lifetime, so a client's retry
 * gets the first answer and changes nothing. One per simulator; reset with it. Entries sit in
 * insertion order, which is also expiry order, so the oldest and the expired go from the front.
 */
export class IdempotencyCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly policy: IdempotencyPolicy) {}

  usage(): IdempotencyUsage {
    return { keys: this.entries.size, bytes: this.bytes };
  }

  snapshot(): IdempotencySnapshot {
    return { entries: new Map(this.entries), bytes: this.bytes };
  }

  restore(snapshot: IdempotencySnapshot): void {
    this.entries = new Map(snapshot.entries);
    this.bytes = snapshot.bytes;
  }

  check(req: SimRequest, now: number): IdempotencyCheck {
    const key = header(req, this.policy.header);
    if (!key || !this.policy.methods.includes(req.method)) return { kind: 'none' };
    if (key.length > this.policy.maxKeyLength) {
      return this.policy.keyTooLong ? { kind: 'answer', response: this.policy.keyTooLong(key) } : { kind: 'none' };
    }
    this.dropExpired(now);
    const fingerprint = fingerprintOf(req);
    const entry = this.entries.get(key);
    if (entry) {
      if (entry.fingerprint !== fingerprint) return { kind: 'answer', response: this.policy.mismatch(key) };
      if (!entry.response) return { kind: 'answer', response: this.policy.inProgress(key) };
      const { status, headers, body } = entry.response;
      // the stored body is already serialised; its content-type header makes the kit send it as is
      return { kind: 'answer', response: { status, headers: { ...headers, ...this.policy.replayHeaders }, body: body === '' ? undefined : body } };
    }
    const fresh: Entry = { fingerprint, expiresAt: now + this.policy.ttlMs, bytes: Buffer.byteLength(key) + ENTRY_OVERHEAD_BYTES };
    this.add(key, fresh);
    return {
      kind: 'first',
      save: (response) => {
        // evicted while in progress: the key is already new again
        if (this.entries.get(key) !== fresh) return;
        const size = answerBytes(response);
        if ((response.status >= 400 && !this.policy.keepFailures) || size > MAX_IDEMPOTENT_ANSWER_BYTES) {
          this.remove(key, fresh);
          return;
        }
        fresh.response = response;
        fresh.bytes += size;
        this.bytes += size;
        this.evictBeyondBounds();
      },
    };
  }

  private add(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evictBeyondBounds();
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evictBeyondBounds(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= MAX_IDEMPOTENCY_KEYS && this.bytes <= MAX_IDEMPOTENCY_BYTES) return;
      this.remove(key, entry);
    }
  }

  private dropExpired(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.remove(key, entry);
    }
  }
}
