import { Pool, type Dispatcher } from 'undici';
import { ADMIN_TOKEN, API_TOKEN } from './process.js';

export const HEADERS = { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' };
/** For `/__admin` calls: the sandbox's admin token in place of Togai's. */
export const ADMIN_HEADERS = { ...HEADERS, authorization: `Bearer ${ADMIN_TOKEN}` };

/** A status the bench did not expect: the run reports it and exits non-zero. */
export class UnexpectedStatus extends Error {
  constructor(
    readonly what: string,
    readonly status: number,
    body: string,
  ) {
    super(`${what} answered ${status}: ${body.slice(0, 500)}`);
  }
}

/** JSON calls for setting up and checking state; the load phases use their own pools. */
export class Api {
  private readonly pool: Pool;

  constructor(readonly url: string) {
    this.pool = new Pool(url, { connections: 2 });
  }

  /** One call that must answer `expect`; the parsed body comes back. */
  async call<T = any>(method: Dispatcher.HttpMethod, path: string, body: unknown, expect: number, timeoutMs = 30_000, headers: Record<string, string> = HEADERS): Promise<T> {
    const res = await this.pool.request({
      method,
      path,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const text = await res.body.text();
    if (res.statusCode !== expect) throw new UnexpectedStatus(`${method} ${path}`, res.statusCode, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
