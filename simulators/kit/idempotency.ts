import type { SimRequest, SimResponse, WireResponse } from './types.js';
import { header } from './types.js';

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
  /** The answer to a key reused with another method, path or body. */
  mismatch(key: string): SimResponse;
  /** The answer to a key whose first request is still being handled. */
  inProgress(key: string): SimResponse;
  /** Headers added to a replayed answer (Chargebee marks replays). */
  replayHeaders?: Record<string, string>;
}

interface Entry {
  fingerprint: string;
  expiresAt: number;
  response?: WireResponse;
}

export type IdempotencyCheck =
  | { kind: 'none' }
  | { kind: 'answer'; response: SimResponse }
  | { kind: 'first'; save(response: WireResponse): void };

/**
 * Remembers the answer to each keyed request for the policy's lifetime, so a client's retry
 * gets the first answer and changes nothing. One per simulator; reset with it.
 */
export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly policy: IdempotencyPolicy) {}

  check(req: SimRequest, now: number): IdempotencyCheck {
    const key = header(req, this.policy.header);
    if (!key || !this.policy.methods.includes(req.method)) return { kind: 'none' };
    const fingerprint = `${req.method} ${req.path}\n${req.rawBody ?? ''}`;
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) {
      if (entry.fingerprint !== fingerprint) return { kind: 'answer', response: this.policy.mismatch(key) };
      if (!entry.response) return { kind: 'answer', response: this.policy.inProgress(key) };
      const { status, headers, body } = entry.response;
      // the stored body is already serialised; its content-type header makes the kit send it as is
      return { kind: 'answer', response: { status, headers: { ...headers, ...this.policy.replayHeaders }, body: body === '' ? undefined : body } };
    }
    const fresh: Entry = { fingerprint, expiresAt: now + this.policy.ttlMs };
    this.entries.set(key, fresh);
    return {
      kind: 'first',
      save: (response) => {
        if (response.status < 400 || this.policy.keepFailures) fresh.response = response;
        else this.entries.delete(key);
      },
    };
  }
}
