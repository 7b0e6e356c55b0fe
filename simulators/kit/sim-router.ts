import FindMyWay from 'find-my-way';
import { NOT_UTF8, utf8Text } from './body.js';
import { bodyLimitOf } from './body-bounds.js';
import { allowedMethods, contractParams, parseQueryString, routesOf, type Route } from './routes.js';
import type { Simulator } from './simulator.js';
import type { MaybePromise, SimRequest, WireResponse } from './types.js';

/** One request as an in-process client sends it: the URL's path and query, lower-case headers, the body's bytes or text. */
export interface DirectRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

/**
 * A simulator's routes matched by Fastify's own router (find-my-way, as `serveHttp` registers
 * them), for in-process clients: a request reaches the same operation, with the same parameters,
 * as it would over HTTP, without building fetch Requests and Responses or trying msw's handlers
 * one by one (which was most of what an in-process call cost).
 */
export class SimRouter {
  private readonly router = FindMyWay<FindMyWay.HTTPVersion.V1>({ maxParamLength: 2000 });
  private readonly allowed: (path: string) => string[];

  constructor(readonly sim: Simulator<any>) {
    const routes = routesOf(sim);
    for (const route of routes) this.router.on(route.op.method as FindMyWay.HTTPMethod, route.routePath, () => undefined, { route });
    this.allowed = allowedMethods(routes);
  }

  answer(request: DirectRequest): MaybePromise<WireResponse> {
    const path = request.url.pathname;
    const found = this.router.find(request.method as FindMyWay.HTTPMethod, path);
    const route = (found?.store as { route?: Route } | undefined)?.route;
    const body = request.body;
    const bytes = typeof body === 'string' ? undefined : body;
    const text = typeof body === 'string' ? body : body && utf8Text(body);
    const req: SimRequest = {
      method: request.method,
      path,
      params: route ? contractParams(route, found!.params) : {},
      query: parseQueryString(request.url.search),
      headers: { host: request.url.host, ...request.headers },
      rawBody: (text ?? '') === '' && request.method === 'GET' ? undefined : (text ?? ''),
    };
    if (!route) return this.sim.miss(req, this.allowed(path));
    if (bytes && text === undefined) return route.sim.fail(req, NOT_UTF8, route.op.operationId);
    const limit = bodyLimitOf(route.op);
    if (req.rawBody && Buffer.byteLength(req.rawBody) > limit) {
      return route.sim.fail(req, { kind: 'payload_too_large', status: 413, message: `Request body is larger than ${limit} bytes` }, route.op.operationId);
    }
    return route.sim.handle(route.op, req);
  }
}
