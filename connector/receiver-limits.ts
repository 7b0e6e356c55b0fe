import type { FastifyServerOptions } from 'fastify';
import { connectionTimeouts } from '../simulators/kit/http-connection.js';
import { BODY_LIMIT, REQUEST_TIMEOUT_MS } from '../simulators/kit/limits.js';

/**
 * The receivers' door is the simulators' door: the largest vendor delivery (a Togai invoice
 * with its line trees, a Chargebee event carrying an invoice) is tens of KB, so a body over the
 * kit's 1 MiB is refused with 413 before it is read further, and nothing vendors send nests
 * deeper, or has longer strings, than the kit allows (simulators/kit/limits.ts).
 */
export const RECEIVER_BODY_LIMIT = BODY_LIMIT;

/**
 * Time a sender has to send one whole request, headers and body, from its first byte; after
 * it, 408 and a closed socket. Only the sending is timed: a delivery whose flows run longer is
 * answered when they end.
 */
export const RECEIVER_REQUEST_TIMEOUT_MS = REQUEST_TIMEOUT_MS;

/** Limits a test may tighten (a stalled sender is then cut off in a fraction of a second). */
export interface ReceiverLimits {
  requestTimeoutMs?: number;
}

/** The Fastify options that enforce the receivers' limits. */
export function receiverServerOptions(limits: ReceiverLimits = {}): Pick<FastifyServerOptions, 'bodyLimit' | 'requestTimeout'> & { http: ReturnType<typeof connectionTimeouts> } {
  const timeouts = connectionTimeouts(limits.requestTimeoutMs ?? RECEIVER_REQUEST_TIMEOUT_MS);
  // Fastify sets requestTimeout on the server after creating it, so it is given at both levels
  return { bodyLimit: RECEIVER_BODY_LIMIT, requestTimeout: timeouts.requestTimeout, http: timeouts };
}
