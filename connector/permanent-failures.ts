import { VendorError } from './http/vendor-http.js';

/** A record the flow can never carry to the other vendor as it stands (an ID too long for the target's field). */
export class UnsyncableRecord extends Error {
  override name = 'UnsyncableRecord';
}

/**
 * Statuses with which a vendor says the request itself is invalid: the same request, built
 * from the same delivery, will get them again. 404 is not among them (a record another
 * delivery makes may appear later), nor 401/403 (the connector's credentials, which an
 * operator fixes), nor 409 (another request on the same record, still running).
 */
const INVALID_REQUEST = new Set([400, 422]);

/**
 * Zuora's error categories (the last two digits of a reason's code, guide_error-codes.md) that
 * its guide says to fix in the payload rather than retry: invalid value, unknown field, missing
 * field or parameter, invalid parameter, malformed JSON. Rule restrictions (30) and not-found
 * (40) can pass as other records change, and locking, limits and internal errors (50-99) do.
 */
const ZUORA_INVALID = new Set([20, 21, 22, 23, 27, 90]);

/** The categories of a Zuora v1 failure's reasons (often under HTTP 200), if it is one. */
function zuoraCategories(body: unknown): number[] | undefined {
  const reasons = (body as { reasons?: unknown } | undefined)?.reasons;
  if (!Array.isArray(reasons) || reasons.length === 0) return undefined;
  return reasons.map((r) => {
    const code = (r as { code?: unknown } | null)?.code;
    return typeof code === 'number' ? code % 100 : -1;
  });
}

/**
 * Whether a flow's failure would come back every time the delivery is sent again: the record
 * cannot be carried as it is, or a vendor refused what the flow asked of it as invalid. Anything else (no answer, a timeout, 5xx,
 * 429, an error of the connector's own) may pass, so the vendor should deliver again.
 */
export function isPermanent(error: Error): boolean {
  if (error instanceof UnsyncableRecord) return true;
  if (!(error instanceof VendorError) || error.status === undefined) return false;
  if (error.status >= 500 || error.status === 429 || error.status === 408) return false;
  const categories = error.vendor === 'zuora' ? zuoraCategories(error.body) : undefined;
  if (categories) return categories.every((c) => ZUORA_INVALID.has(c));
  return INVALID_REQUEST.has(error.status);
}
