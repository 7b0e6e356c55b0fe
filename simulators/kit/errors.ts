import type { SimResponse } from './types.js';
import type { ValidationIssue } from './validation.js';

/** An answer a handler gives by throwing: a vendor status and the vendor's own error body. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`vendor error ${status}`);
  }

  toResponse(): SimResponse {
    return { status: this.status, body: this.body, headers: this.headers };
  }
}

/**
 * A failure the kit detects before any handler runs. Each vendor turns it into its own
 * error body (and may pick its own status); the message is already written for people.
 */
export interface KitFailure {
  kind:
    | 'invalid_request'
    | 'malformed_body'
    | 'unsupported_media_type'
    | 'route_not_found'
    | 'method_not_allowed'
    | 'payload_too_large'
    | 'rate_limited'
    | 'internal';
  status: number;
  message: string;
  /** The first offending field, dotted (e.g. `account.name`), when one is to blame. */
  field?: string;
  issues?: ValidationIssue[];
}

export type ErrorMapper = (failure: KitFailure) => SimResponse;
