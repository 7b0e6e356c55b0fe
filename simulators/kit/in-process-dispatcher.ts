import { getResponse, type RequestHandler } from 'msw';
import { Dispatcher } from 'undici';

function requestOf(options: Dispatcher.DispatchOptions): Request {
  const url = new URL(options.path, options.origin);
  const headers = new Headers();
  const raw = options.headers;
  if (Array.isArray(raw)) for (let i = 0; i + 1 < raw.length; i += 2) headers.append(String(raw[i]), String(raw[i + 1]));
  else if (raw) for (const [k, v] of Object.entries(raw)) if (v !== undefined) headers.append(k, Array.isArray(v) ? v.join(', ') : String(v));
  const body = options.body;
  // the harness's bodies are text (JSON, forms, CSV); streams and iterables are not needed here.
  // Bytes pass as they are, so the simulator judges their encoding as it does over HTTP
  const payload = typeof body === 'string' ? body : body instanceof Uint8Array ? new Uint8Array(body) : undefined;
  if (body && payload === undefined) throw new Error('the in-process dispatcher takes string or buffer bodies only');
  return new Request(url, { method: options.method, headers, body: payload });
}

/**
 * An undici dispatcher that answers from msw request handlers instead of the network, so code
 * that makes its calls with undici (the connector, the outbox) talks to in-process simulators
 * with no port. A request no handler answers fails as a refused connection would.
 */
export class InProcessDispatcher extends Dispatcher {
  private readonly byMethod = new Map<string, RequestHandler[]>();

  constructor(private readonly handlers: RequestHandler[]) {
    super();
  }

  /**
   * The handlers that can answer `method`, in their order: msw matches every handler's path
   * (and reads cookies) before it looks at the method, which was most of an in-process call.
   */
  private handlersFor(method: string): RequestHandler[] {
    let list = this.byMethod.get(method);
    if (!list) {
      list = this.handlers.filter((h) => {
        const m = (h.info as { method?: unknown }).method;
        return typeof m !== 'string' || m.toUpperCase() === method;
      });
      this.byMethod.set(method, list);
    }
    return list;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    void this.answer(options, handler);
    return true;
  }

  private async answer(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): Promise<void> {
    try {
      let aborted = false;
      handler.onConnect?.(() => (aborted = true));
      const response = await getResponse(this.handlersFor(String(options.method).toUpperCase()), requestOf(options));
      if (!response) throw new Error(`no in-process handler answers ${options.method} ${options.origin}${options.path}`);
      // Response.error(): the connection failed, as a dropped or timed-out one does
      if (response.type === 'error') throw new Error(`connection to ${options.origin} failed before an answer`);
      if (aborted) return;
      const rawHeaders: Buffer[] = [];
      response.headers.forEach((value, name) => rawHeaders.push(Buffer.from(name), Buffer.from(value)));
      handler.onHeaders?.(response.status, rawHeaders, () => undefined, response.statusText);
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length) handler.onData?.(body);
      handler.onComplete?.([]);
    } catch (e) {
      handler.onError?.(e as Error);
    }
  }
}
