import type { IdempotencyPolicy } from '../kit/idempotency.js';
import { errorBody } from './errors.js';

/**
 * `chargebee-idempotency-key` on POSTs: within the window a repeat of the same request gets the
 * first answer, marked with `chargebee-idempotency-replayed: true`, and changes nothing.
 * Chargebee's idempotency page gives a 30-minute window and replays only a request with the same
 * key *and* parameters; a key reused for a different request is refused rather than replayed.
 * Failed answers are not kept, so a corrected retry under the same key is processed. Keys are up
 * to 100 characters; a longer one is refused.
 */
export const chargebeeIdempotency: IdempotencyPolicy = {
  header: 'chargebee-idempotency-key',
  methods: ['POST'],
  ttlMs: 30 * 60_000,
  keepFailures: false,
  maxKeyLength: 100,
  keyTooLong: (key) => ({
    status: 400,
    body: errorBody(400, 'invalid_request', `The chargebee-idempotency-key header is ${key.length} characters long; an idempotency key can be up to 100 characters`),
  }),
  mismatch: (key) => ({
    status: 400,
    body: errorBody(400, 'invalid_request', `The idempotency key '${key}' was already used for a different request; use a new key for a new request`),
  }),
  inProgress: (key) => ({
    status: 409,
    body: errorBody(409, 'invalid_request', `The request with idempotency key '${key}' is still being processed; retry once it has finished`),
  }),
  replayHeaders: { 'chargebee-idempotency-replayed': 'true' },
};
