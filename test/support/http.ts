import { request, type Dispatcher } from 'undici';

/** What a test client saw: the status, the headers and the body as text. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

export interface SendInit {
  method: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/**
 * One request from a test, over real HTTP when it goes to a server the test started on
 * 127.0.0.1, and through the global fetch otherwise, where msw serves the vendors' real hosts
 * in-process (msw intercepts fetch, not undici's own sockets). Real HTTP goes through undici's
 * request: Node's fetch spent about a millisecond of CPU more on each request (its web
 * streams), two seconds of the fuzz suite's 2,000. A text body without a Content-Type gets the
 * one fetch would have given it, so both send the same request.
 */
export async function send(url: string, { method, headers = {}, body }: SendInit): Promise<Reply> {
  if (!url.startsWith('http://127.0.0.1:')) {
    const res = await fetch(url, { method, headers, body });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  const typed = typeof body === 'string' && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  const res = await request(url, { method: method as Dispatcher.HttpMethod, headers: typed ? { ...headers, 'content-type': 'text/plain;charset=UTF-8' } : headers, body });
  const answer = new Headers();
  for (const [name, value] of Object.entries(res.headers)) for (const one of [value ?? []].flat()) answer.append(name, one);
  return { status: res.statusCode, headers: answer, text: await res.body.text() };
}

/** The body as JSON, or undefined when it is empty. */
export function bodyOf(reply: Reply): any {
  return reply.text ? JSON.parse(reply.text) : undefined;
}
