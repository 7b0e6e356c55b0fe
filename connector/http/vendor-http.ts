import { request, type Dispatcher } from 'undici';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
  /**
   * Time one call may spend waiting between tries. A receiver answers only once its flows are
   * done, and a vendor that waits too long for that answer delivers again; past this budget the
   * call fails, the receiver answers 500, and the vendor's own redelivery retries later.
   */
  budgetMs: number;
}

/** What the connector's calls run on; tests swap in an in-process dispatcher and a sleep that does not wait. */
export interface HttpDeps {
  dispatcher?: Dispatcher;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface VendorRequest {
  method: Dispatcher.HttpMethod;
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  body?: string;
}

export interface VendorResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/** A vendor answered with an error, or could not be reached within the retry budget. */
export class VendorError extends Error {
  override name = 'VendorError';
  constructor(
    readonly vendor: string,
    readonly request: string,
    readonly status: number | undefined,
    readonly body: unknown,
    detail: string,
  ) {
    super(`${vendor} ${request} ${status === undefined ? 'failed' : `answered ${status}`}: ${detail}`);
  }
}

/** A JSON error body's `message`, or the body itself. */
export function messageOf(body: unknown): string {
  return (body as { message?: string } | undefined)?.message ?? JSON.stringify(body);
}

/** The body of an answer with one of the `ok` statuses; any other answer throws a VendorError saying why. */
export function bodyIf(vendor: string, label: string, res: VendorResponse, ok: number[], detail: (body: unknown) => string | undefined = messageOf): any {
  const failed = (res.body as { success?: boolean; Success?: boolean } | undefined)?.success === false || (res.body as { Success?: boolean } | undefined)?.Success === false;
  if (ok.includes(res.status) && !failed) return res.body;
  throw new VendorError(vendor, label, res.status, res.body, detail(res.body) ?? JSON.stringify(res.body));
}

const RETRIED = new Set([408, 429, 500, 502, 503, 504]);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds or as an HTTP date, in ms from now. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function flatHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function parse(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * One vendor's HTTP calls: undici underneath, a timeout per try, and retries with exponential
 * backoff and full jitter for 408/429/5xx and network errors, waiting at least what
 * Retry-After asks. Writes are safe to retry because every one carries an idempotency key.
 */
export class VendorHttp {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(
    readonly vendor: string,
    private readonly baseUrl: string,
    private readonly retry: RetryPolicy,
    private readonly deps: HttpDeps = {},
  ) {
    this.sleep = deps.sleep ?? realSleep;
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? Date.now;
  }

  private url(path: string, query: VendorRequest['query']): string {
    const url = new URL(this.baseUrl.replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.append(k, String(v));
    return url.toString();
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.random() * ceiling);
  }

  /**
   * Send once per try until a final answer; any status is returned, so callers decide what a 404 means.
   * `retryUnanswered: false` is for a write with no idempotency key: a try that got no answer may
   * have taken effect, so it fails at once and the caller looks before writing again.
   */
  async send(req: VendorRequest, headers: () => Record<string, string> = () => ({}), options: { retryUnanswered?: boolean } = {}): Promise<VendorResponse> {
    const label = `${req.method} ${req.path}`;
    const url = this.url(req.path, req.query);
    const started = this.now();
    let last = '';
    for (let attempt = 1; ; attempt++) {
      let waitAtLeast = 0;
      try {
        const res = await request(url, {
          method: req.method,
          headers: { accept: 'application/json', ...headers(), ...req.headers },
          body: req.body,
          dispatcher: this.deps.dispatcher,
          headersTimeout: this.retry.timeoutMs,
          bodyTimeout: this.retry.timeoutMs,
        });
        const text = await res.body.text();
        const resHeaders = flatHeaders(res.headers);
        const answer = { status: res.statusCode, headers: resHeaders, body: parse(text, resHeaders['content-type']) };
        if (!RETRIED.has(res.statusCode)) return answer;
        last = `${res.statusCode} ${text.slice(0, 300)}`;
        const asked = retryAfterMs(resHeaders['retry-after'], this.now());
        if (asked !== undefined && asked > this.retry.budgetMs) {
          throw new VendorError(this.vendor, label, res.statusCode, answer.body, `Retry-After asks for ${Math.round(asked / 1000)} s, beyond the retry budget of ${this.retry.budgetMs} ms; giving up`);
        }
        waitAtLeast = asked ?? 0;
        if (attempt >= this.retry.attempts) throw new VendorError(this.vendor, label, res.statusCode, answer.body, `still failing after ${attempt} tries: ${last}`);
      } catch (e) {
        if (e instanceof VendorError) throw e;
        last = (e as Error).message;
        if (options.retryUnanswered === false) throw new VendorError(this.vendor, label, undefined, undefined, `no answer (${last}); not sent again, as it may have taken effect`);
        if (attempt >= this.retry.attempts) throw new VendorError(this.vendor, label, undefined, undefined, `no answer after ${attempt} tries: ${last}`);
      }
      const wait = Math.max(waitAtLeast, this.backoff(attempt));
      if (this.now() - started + wait > this.retry.budgetMs) {
        throw new VendorError(this.vendor, label, undefined, undefined, `retry budget of ${this.retry.budgetMs} ms spent after ${attempt} tries: ${last}`);
      }
      await this.sleep(wait);
    }
  }
}
