import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { adminTokenRefusal, foreignCaller } from './admin-guard.js';
import { NOT_UTF8, utf8Text } from './body.js';
import { bodyLimitOf, takesSnapshot } from './body-bounds.js';
import type { KitFailure } from './errors.js';
import { clientErrorHandler, connectionTimeouts } from './http-connection.js';
import { BODY_LIMIT, REQUEST_TIMEOUT_MS } from './limits.js';
import { explainListenError, type ListenVariables } from './listen-errors.js';
import { adminSimulator, allowedMethods, contractParams, parseQueryString, routesOf, type Route } from './routes.js';
import type { Simulator } from './simulator.js';
import { isPromise, type SimRequest, type WireResponse } from './types.js';

export interface HttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function toSimRequest(request: FastifyRequest, route?: Route): SimRequest {
  const url = request.url;
  const q = url.indexOf('?');
  const params = (request.params ?? {}) as Record<string, string>;
  return {
    method: request.method,
    path: q < 0 ? url : url.slice(0, q),
    params: route ? contractParams(route, params) : params,
    query: request.query as SimRequest['query'],
    headers: request.headers,
    rawBody: typeof request.body === 'string' ? request.body : undefined,
  };
}

function send(reply: FastifyReply, res: WireResponse): FastifyReply | Promise<FastifyReply> {
  const fault = res.fault;
  if (fault?.kind === 'drop') {
    reply.raw.socket?.destroy();
    return reply.hijack();
  }
  if (fault?.kind === 'hang') {
    // no answer: the connection is closed when the client gives up, or at the fault's end
    reply.hijack();
    const timer = setTimeout(() => reply.raw.socket?.destroy(), fault.ms).unref();
    reply.raw.socket?.once('close', () => clearTimeout(timer));
    return reply;
  }
  const write = () => reply.code(res.status).headers(res.headers).send(res.body === '' ? undefined : res.body);
  if (fault?.kind === 'latency') return new Promise((resolve) => setTimeout(() => resolve(write()), fault.ms).unref());
  return write();
}

const TRANSPORT_FAILURES: Record<string, Pick<KitFailure, 'kind' | 'status'>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { kind: 'payload_too_large', status: 413 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { kind: 'unsupported_media_type', status: 415 },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { kind: 'malformed_body', status: 400 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { kind: 'malformed_body', status: 400 },
  SIM_NOT_UTF8: { kind: 'malformed_body', status: 400 },
};

/** `portVariable`/`hostVariable` name the settings `port` and `host` came from, for a listen failure's message. */
export interface ServeOptions extends ListenVariables {
  host?: string;
  port?: number;
  /** Time a client has to send a whole request, headers and body; see REQUEST_TIMEOUT_MS (the default). */
  requestTimeoutMs?: number;
}

/**
 * Serve a simulator (and its `/__admin` surface) over HTTP with Fastify: one route per
 * contract operation, registered at start, so Fastify's router does the matching.
 */
export async function serveHttp(sim: Simulator<any>, opts: ServeOptions = {}): Promise<HttpServer> {
  const timeouts = connectionTimeouts(opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS);
  // errors Fastify's router raises before any route runs (a malformed URL, an over-long parameter)
  const frameworkError = (error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) =>
    send(reply, sim.fail(toSimRequest(request), { kind: 'invalid_request', status: 400, message: `The request URL cannot be used: ${error.message}` }));
  const app = Fastify({
    logger: false,
    // closing the server ends connections a hang fault is holding open
    forceCloseConnections: true,
    http: timeouts,
    requestTimeout: timeouts.requestTimeout,
    // requests Node cannot read, or that stall, get the vendor's 400 or a bare 408 and a closed socket
    clientErrorHandler: clientErrorHandler(sim),
    frameworkErrors: (error, request, reply) => frameworkError(error, request, reply),
    bodyLimit: BODY_LIMIT,
    routerOptions: {
      // over-long IDs must reach validation and get the vendor's 400, not Fastify's 404
      maxParamLength: 2000,
      querystringParser: parseQueryString,
    },
  });
  // bodies stay text (bytes that are not UTF-8 are refused): the kit decodes them against the operation, identically on both transports
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    const text = utf8Text(body);
    done(text === undefined ? Object.assign(new Error(NOT_UTF8.message), { code: 'SIM_NOT_UTF8' }) : null, text);
  });

  const routes = routesOf(sim);
  const admin = adminSimulator(sim);
  const host = opts.host ?? '127.0.0.1';
  for (const route of routes) {
    app.route({
      method: route.op.method,
      url: route.routePath,
      // BODY_LIMIT, but for a snapshot load (SNAPSHOT_BODY_LIMIT)
      bodyLimit: bodyLimitOf(route.op),
      // a body that large is read only for a caller with the token, from this machine: refused before it is read
      ...(takesSnapshot(route.op)
        ? {
            onRequest: (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
              const req = toSimRequest(request, route);
              const foreign = foreignCaller(req.headers, { host, port: request.socket.localPort ?? 0, local: request.socket.localAddress });
              if (foreign) return void send(reply, admin.fail(req, { kind: 'invalid_request', status: 403, message: foreign }, route.op.operationId));
              // without the token, the pipeline answers its 401 (and logs it) before it would want the body
              if (adminTokenRefusal(req, admin.sandbox.adminToken)) return void Promise.resolve(route.sim.handle(route.op, req)).then((w) => send(reply, w));
              done();
            },
          }
        : {}),
      // read back by the error handler, which answers body failures as the route's operation
      config: { route },
      handler: (request, reply) => {
        const req = toSimRequest(request, route);
        // the admin surface answers only this machine's own clients, not a web page (admin-guard.ts)
        const foreign = route.sim === admin ? foreignCaller(req.headers, { host, port: request.socket.localPort ?? 0, local: request.socket.localAddress }) : undefined;
        if (foreign) return send(reply, admin.fail(req, { kind: 'invalid_request', status: 403, message: foreign }, route.op.operationId));
        const wire = route.sim.handle(route.op, req);
        return isPromise(wire) ? wire.then((w) => send(reply, w)) : send(reply, wire);
      },
    });
  }
  const allowed = allowedMethods(routes);
  app.setNotFoundHandler((request, reply) => {
    const req = toSimRequest(request);
    send(reply, sim.miss(req, allowed(req.path)));
  });
  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    const known = TRANSPORT_FAILURES[error.code ?? ''];
    const failure: KitFailure = known
      ? { ...known, message: error.message }
      : { kind: 'malformed_body', status: 400, message: `The request could not be read: ${error.message}` };
    const route = (request.routeOptions.config as { route?: Route }).route;
    send(reply, (route?.sim ?? sim).fail(toSimRequest(request, route), failure, route?.op.operationId));
  });

  const port = opts.port ?? 0;
  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (e) {
    // a port in use or a bad host is the user's setting to fix: say which, not Node's errno
    await app.close();
    throw explainListenError(e, { host, port }, opts) ?? e;
  }
  return { url: address, port: Number(new URL(address).port), close: () => app.close() };
}
