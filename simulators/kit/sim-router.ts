import FindMyWay from 'find-my-way';
import { NOT_UTF8, utf8Text } from './body.js';
import { bodyLimitOf } from './body-bounds.js';
import type { Contract } from './contract.js';
import { adminSimulator, allowedMethods, contractParams, parseQueryString, routesOf, type Route } from './routes.js';
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
  private readonly table: RouteTable;

  constructor(readonly sim: Simulator<any>) {
    this.table = tableOf(sim);
  }

  answer(request: DirectRequest): MaybePromise<WireResponse> {
    const path = request.url.pathname;
    const found = this.table.router.find(request.method as FindMyWay.HTTPMethod, path);
    const entry = (found?.store as { entry?: TableEntry } | undefined)?.entry;
    // the admin surface's simulator is made when a request first needs it
    const route: Route | undefined = entry && { ...entry.route, sim: entry.admin ? adminSimulator(this.sim) : this.sim };
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
    if (!route) {
      // find-my-way finds nothing on a malformed escape; over HTTP Fastify answers that 400 (serveHttp's frameworkErrors)
      const broken = malformedEscape(path);
      if (broken) return this.sim.fail(req, { kind: 'invalid_request', status: 400, message: `The request URL cannot be used: ${broken}` });
      return this.sim.miss(req, this.table.allowed(path));
    }
    if (bytes && text === undefined) return route.sim.fail(req, NOT_UTF8, route.op.operationId);
    const limit = bodyLimitOf(route.op);
    if (req.rawBody && Buffer.byteLength(req.rawBody) > limit) {
      return route.sim.fail(req, { kind: 'payload_too_large', status: 413, message: `Request body is larger than ${limit} bytes` }, route.op.operationId);
    }
    return route.sim.handle(route.op, req);
  }
}

interface TableEntry {
  route: Omit<Route, 'sim'>;
  /** An `/__admin` route, answered by the simulator's admin surface. */
  admin: boolean;
}

interface RouteTable {
  router: FindMyWay.Instance<FindMyWay.HTTPVersion.V1>;
  allowed: (path: string) => string[];
}

// one table per vendor contract: every sandbox's simulator of that vendor has the same routes
const tables = new WeakMap<Contract, RouteTable>();

function tableOf(sim: Simulator<any>): RouteTable {
  let table = tables.get(sim.contract);
  if (!table) {
    const routes = routesOf(sim);
    const router = FindMyWay<FindMyWay.HTTPVersion.V1>({ maxParamLength: 2000 });
    for (const { sim: owner, ...route } of routes) {
      const entry: TableEntry = { route, admin: owner !== sim };
      router.on(route.op.method as FindMyWay.HTTPMethod, route.routePath, () => undefined, { entry });
    }
    table = { router, allowed: allowedMethods(routes) };
    tables.set(sim.contract, table);
  }
  return table;
}

/** Why `path` cannot be decoded, if it cannot. */
function malformedEscape(path: string): string | undefined {
  try {
    decodeURIComponent(path);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
