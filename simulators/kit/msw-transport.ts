import { http, HttpResponse, type HttpHandler, type RequestHandler } from 'msw';
import { NOT_UTF8, utf8Text } from './body.js';
import { bodyLimitOf } from './body-bounds.js';
import { allowedMethods, contractParams, parseQueryString, routesOf, type Route } from './routes.js';
import type { Simulator } from './simulator.js';
import type { SimRequest, WireResponse } from './types.js';

async function toSimRequest(request: Request, params: Record<string, unknown>, route?: Route): Promise<SimRequest & { notUtf8?: true }> {
  const url = new URL(request.url);
  const decodedText = utf8Text(new Uint8Array(await request.arrayBuffer()));
  const text = decodedText ?? '';
  const decoded = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, decodeURIComponent(String(v))]));
  return {
    method: request.method,
    path: url.pathname,
    params: route ? contractParams(route, decoded) : decoded,
    query: parseQueryString(url.search),
    // fetch keeps Host out of its headers; an HTTP server would see it
    headers: { host: url.host, ...Object.fromEntries(request.headers.entries()) },
    rawBody: text === '' && request.method === 'GET' ? undefined : text,
    ...(decodedText === undefined && { notUtf8: true }),
  };
}

async function respond(res: WireResponse): Promise<Response> {
  const fault = res.fault;
  // in process a hang is a client timeout at once: the effect stands, the answer is lost
  if (fault?.kind === 'drop' || fault?.kind === 'hang') return HttpResponse.error();
  if (fault?.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  return new HttpResponse(res.body === '' ? null : res.body, { status: res.status, headers: res.headers });
}

const servers = new WeakMap<RequestHandler, { sim: Simulator<any>; origin: string }>();

/** The simulator an msw handler of mswHandlers() serves, and the origin it answers at; undefined for any other handler. */
export function servedBy(handler: RequestHandler): { sim: Simulator<any>; origin: string } | undefined {
  return servers.get(handler);
}

/**
 * The same simulator as msw request handlers, for in-process use with no port. Requests to
 * `origin` (the vendor's own host by default) reach exactly the handlers the HTTP server runs.
 */
export function mswHandlers(sim: Simulator<any>, origin = new URL(sim.contract.serverUrl).origin): HttpHandler[] {
  // msw takes a stack trace for every handler it makes, to show where it was declared: for these,
  // always this file. Under a test runner that source-maps traces (vitest) those traces were most
  // of what setting up a sandbox's handlers cost, so none is taken
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return handlersOf(sim, origin);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function handlersOf(sim: Simulator<any>, origin: string): HttpHandler[] {
  const routes = routesOf(sim);
  const allowed = allowedMethods(routes);
  const handlers = routes.map((route) =>
    http[route.op.method.toLowerCase() as 'get'](`${origin}${route.routePath}`, async ({ request, params }) => {
      const req = await toSimRequest(request, params, route);
      if (req.notUtf8) return respond(route.sim.fail(req, NOT_UTF8, route.op.operationId));
      const limit = bodyLimitOf(route.op);
      if (req.rawBody && Buffer.byteLength(req.rawBody) > limit) {
        return respond(
          route.sim.fail(
            req,
            { kind: 'payload_too_large', status: 413, message: `Request body is larger than ${limit} bytes` },
            route.op.operationId,
          ),
        );
      }
      return respond(await route.sim.handle(route.op, req));
    }),
  );
  handlers.push(
    http.all(`${origin}/*`, async ({ request }) => {
      const req = await toSimRequest(request, {});
      return respond(sim.miss(req, allowed(req.path)));
    }),
  );
  for (const handler of handlers) servers.set(handler, { sim, origin });
  return handlers;
}
