import type { IdempotencyPolicy } from '../kit/idempotency.js';
import { Category, familyBody, reason } from './errors.js';
import { currentScope } from './scope.js';

/**
 * guide_idempotent-requests.md: POST and PATCH accept an `Idempotency-Key`; the status,
 * headers and body of the first request are saved whether it succeeded or failed and
 * returned for repeats for 24 hours; 409 while the first is in progress, 422 when the key
 * comes back with another URL, method or body. Keys are "less than 255 characters": the contract
 * refuses a longer header (maxLength), so no such key is remembered.
 */
export const zuoraIdempotency: IdempotencyPolicy = {
  header: 'idempotency-key',
  methods: ['POST', 'PATCH'],
  ttlMs: 24 * 3600 * 1000,
  keepFailures: true,
  maxKeyLength: 255,
  mismatch: (key) => ({
    status: 422,
    body: familyBody(currentScope().family, [
      reason(Category.RULE, `Idempotency-Key '${key}' was first used with another method, URL or body; reuse a key only to retry the identical request (within 24 hours), and use a new key for a new request`),
    ]),
  }),
  inProgress: (key) => ({
    status: 409,
    body: familyBody(currentScope().family, [reason(Category.LOCKED, `The request with Idempotency-Key '${key}' is still being processed; retry once it has completed`)]),
  }),
};
