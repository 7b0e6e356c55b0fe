/**
 * Limits every simulator server enforces at the door, whatever the vendor. Each is well above
 * anything a real client of the modelled APIs sends; beyond it the client gets the vendor's own
 * error (or, for a stalled connection, a 408 and a closed socket) instead of a sandbox that
 * stores what it cannot read back or a socket held open forever.
 */

/** Request bodies over this many bytes are refused with the vendor's 413 (Togai's 422), on both transports. */
export const BODY_LIMIT = 1024 * 1024;

/**
 * The body of `PUT /__admin/snapshot` (an operation marked `x-snapshot-body` in its contract) may
 * be this large instead, on both transports; over it, 413. A sandbox of 100,000 Togai customers
 * saves to about 100 MB, twice that with the reference connector's mirror records and deliveries.
 */
export const SNAPSHOT_BODY_LIMIT = 256 * 1024 * 1024;

/**
 * Levels of objects and arrays a request body may nest, the body itself being the first: JSON
 * bodies, form bodies' bracket keys (`a[b][c]` is three levels) and JSON text sent in a form
 * field (Chargebee's meta_data) alike. The deepest body the contracts describe (a Togai
 * pricing-schedule batch edit) nests twelve. Beyond it: the vendor's 400 naming the field where
 * it went too deep.
 */
export const MAX_BODY_DEPTH = 32;

/** The longest string value (in UTF-16 code units) a JSON or form body may carry; beyond it: the vendor's 400 naming the field. */
export const MAX_STRING_LENGTH = 65_536;

/** The longest object key (field name) a JSON or form body may carry; beyond it: the vendor's 400 naming the key (its first 100 characters). */
export const MAX_KEY_LENGTH = 1_024;

/**
 * Keys no body may use: JSON.parse makes `__proto__` an ordinary key, but any handler copying it
 * with assignment would swap the target's prototype. Refused with the vendor's 400.
 */
export const REFUSED_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/**
 * Default time a client has to send a whole request over HTTP, headers and body, from its first
 * byte. A request still incomplete then gets `408 Request Timeout` and its socket is closed.
 * Checked every tenth of the timeout, so it is cut off within 1.1 times this.
 */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Records one `/__admin/state` page holds when the request names no `limit`. */
export const STATE_PAGE_DEFAULT = 100;

/** The most records one `/__admin/state` page holds; a larger `limit` is refused with 400 (contracts/admin.yaml says the same). */
export const STATE_PAGE_MAX = 1000;

/** The shortest admin token a sandbox accepts (SANDBOX_ADMIN_TOKEN, `SandboxOptions.adminToken`); shorter: an error naming it. */
export const ADMIN_TOKEN_MIN_LENGTH = 16;

/**
 * Wall time one delivery attempt may take, connect to last body byte, unless the sandbox sets
 * `deliveryTimeoutMs`. Receivers on loopback answer in milliseconds; five seconds leaves room
 * for a busy machine while a hung receiver holds an advance for one such wait per clock job
 * that sends to it. Past it the attempt fails ("timed out after N ms") and is retried as the vendor retries.
 */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 5_000;

/** Attempts one subscriber has open at once; more wait their turn, first in first out, counted as in flight. */
export const MAX_IN_FLIGHT_PER_SUBSCRIBER = 8;

/**
 * Deliveries a sandbox keeps for `/__admin/deliveries` unless `deliveryLogLimit` says otherwise;
 * beyond it the oldest finished ones are dropped and counted (`dropped`). Pending and retrying
 * deliveries are always kept: the outbox still needs them.
 */
export const DELIVERY_LOG_LIMIT = 10_000;
