import { getResponse, type RequestHandler } from 'msw';
import { Dispatcher } from 'undici';
import { servedBy } from './msw-transport.js';
import { SimRouter } from './sim-router.js';
import type { Simulator } from './simulator.js';
import type { WireResponse } from './types.js';

function requestOf(options: Dispatcher.DispatchOptions): Request {
  const url = new URL(options.path, options.origin);
  const headers = new Headers();
  for (const [k, v] of headerPairs(options.headers)) headers.append(k, v);
  return new Request(url, { method: options.method, headers, body: bodyOf(options) });
}

function headerPairs(raw: Dispatcher.DispatchOptions['headers']): [string, string][] {
  const pairs: [string, string][] = [];
  if (Array.isArray(raw)) for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([String(raw[i]), String(raw[i + 1])]);
  else if (raw) for (const [k, v] of Object.entries(raw)) if (v !== undefined) pairs.push([k, Array.isArray(v) ? v.join(', ') : String(v)]);
  return pairs;
}

/**
 * The harness's bodies are text (JSON, forms, CSV); streams and iterables are not needed here.
 * Bytes pass as they are, so the simulator judges their encoding as it does over HTTP.
 */
function bodyOf(options: Dispatcher.DispatchOptions): string | Uint8Array<ArrayBuffer> | undefined {
  const body = options.body;
  const payload = typeof body === 'string' ? body : body instanceof Uint8Array ? new Uint8Array(body) : undefined;
  if (body && payload === undefined) throw new Error('the in-process dispatcher takes string or buffer bodies only');
  return payload;
}

const routers = new WeakMap<Simulator<any>, SimRouter>();

function routerOf(sim: Simulator<any>): SimRouter {
  let router = routers.get(sim);
  if (!router) routers.set(sim, (router = new SimRouter(sim)));
  return router;
}

/**
 * An undici dispatcher that answers from msw request handlers instead of the network, so code
 * that makes its calls with undici (the connector, the outbox) talks to in-process simulators
 * with no port. A request no handler answers fails as a refused connection would.
 *
 * Handlers made by mswHandlers() are not run through msw: their simulator's routes are matched by
 * Fastify's router and answered directly (SimRouter), the same operation msw would reach. Other
 * handlers before them (a test's faults in front) still go first, through msw.
 */
export class InProcessDispatcher extends Dispatcher {
  private readonly byMethod = new Map<string, RequestHandler[]>();
  // the handlers before the first simulator's, tried first; the simulators', by origin
  private readonly front: RequestHandler[] = [];
  private readonly direct = new Map<string, SimRouter>();

  /** `simulators`: ones to answer directly at their origins, behind `handlers` (which may be none). */
  constructor(
    private readonly handlers: RequestHandler[],
    simulators: ReadonlyMap<string, Simulator<any>> = new Map(),
  ) {
    super();
    const first = handlers.findIndex((h) => servedBy(h));
    const served = first < 0 ? [] : handlers.slice(first).map(servedBy);
    // a handler of someone else's after a simulator's would be shadowed: then msw decides every request
    if (served.some((s) => !s)) return;
    this.front = first < 0 ? handlers : handlers.slice(0, first);
    for (const s of served) if (!this.direct.has(s!.origin)) this.direct.set(s!.origin, routerOf(s!.sim));
    for (const [origin, sim] of simulators) if (!this.direct.has(origin)) this.direct.set(origin, routerOf(sim));
  }

  /**
   * The handlers that can answer `method`, in their order: msw matches every handler's path
   * (and reads cookies) before it looks at the method.
   */
  private handlersFor(list: RequestHandler[], method: string): RequestHandler[] {
    const key = `${list === this.front ? 'front' : 'all'} ${method}`;
    let found = this.byMethod.get(key);
    if (!found) {
      found = list.filter((h) => {
        const m = (h.info as { method?: unknown }).method;
        return typeof m !== 'string' || m.toUpperCase() === method;
      });
      this.byMethod.set(key, found);
    }
    return found;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    void this.answer(options, handler);
    return true;
  }

  private async answer(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): Promise<void> {
    try {
      let aborted = false;
      handler.onConnect?.(() => (aborted = true));
      const method = String(options.method).toUpperCase();
      const url = new URL(options.path, options.origin);
      const router = this.direct.get(url.origin);
      const front = router && this.front.length ? await getResponse(this.handlersFor(this.front, method), requestOf(options)) : undefined;
      if (router && !front) {
        const wire = await router.answer({ method, url, headers: lowerCased(options.headers), body: bodyOf(options) });
        await this.settle(wire, url.origin);
        if (!aborted) this.deliver(handler, wire.status, Object.entries(wire.headers), Buffer.from(wire.body));
        return;
      }
      const response = front ?? (await getResponse(this.handlersFor(this.handlers, method), requestOf(options)));
      if (!response) throw new Error(`no in-process handler answers ${options.method} ${options.origin}${options.path}`);
      // Response.error(): the connection failed, as a dropped or timed-out one does
      if (response.type === 'error') throw new Error(`connection to ${options.origin} failed before an answer`);
      if (aborted) return;
      const headers: [string, string][] = [];
      response.headers.forEach((value, name) => headers.push([name, value]));
      this.deliver(handler, response.status, headers, Buffer.from(await response.arrayBuffer()), response.statusText);
    } catch (e) {
      handler.onError?.(e as Error);
    }
  }

  /** A fault on the answer, as msw-transport plays it: in process a hang is a client timeout at once, and latency is waited out. */
  private async settle(wire: WireResponse, origin: string): Promise<void> {
    const fault = wire.fault;
    if (fault?.kind === 'drop' || fault?.kind === 'hang') throw new Error(`connection to ${origin} failed before an answer`);
    if (fault?.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  }

  private deliver(handler: Dispatcher.DispatchHandlers, status: number, headers: [string, string][], body: Buffer, statusText = ''): void {
    const raw: Buffer[] = [];
    for (const [name, value] of headers) raw.push(Buffer.from(name), Buffer.from(value));
    handler.onHeaders?.(status, raw, () => undefined, statusText);
    if (body.length) handler.onData?.(body);
    handler.onComplete?.([]);
  }
}

function lowerCased(raw: Dispatcher.DispatchOptions['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of headerPairs(raw)) {
    const name = k.toLowerCase();
    out[name] = out[name] === undefined ? v : `${out[name]}, ${v}`;
  }
  return out;
}
