import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ADMIN_TOKEN_MIN_LENGTH } from './limits.js';
import { header, type SimRequest, type SimResponse } from './types.js';

/** Names every loopback client may address a sandbox server by, whatever host it was bound to. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
/** Bind-everything addresses: no client addresses a server by them, so they never make a Host acceptable. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '[::]']);

/** The token a sandbox's `/__admin` routes require: the one given, checked, or 32 random hex characters. */
export function adminTokenOf(given: string | undefined): string {
  if (given === undefined) return randomBytes(16).toString('hex');
  if (given.length < ADMIN_TOKEN_MIN_LENGTH || /\s/.test(given)) {
    throw new Error(`adminToken must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters with no spaces; got ${given.length} characters`);
  }
  return given;
}

/** Equal strings, compared in time that does not depend on where they differ (digests have one length). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const HOW_TO_GET =
  "send it as 'Authorization: Bearer <token>'. `npm start` (or `billing-sim up`) prints it on its 'admin' line, " +
  'SANDBOX_ADMIN_TOKEN sets it, and in process it is `sandbox.adminToken`';

/** The 401 for an `/__admin` request without this sandbox's bearer token, or undefined when it has it. */
export function adminTokenRefusal(req: SimRequest, token: string): SimResponse | undefined {
  const given = header(req, 'authorization');
  const bearer = given === undefined ? undefined : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(given)?.[1];
  if (bearer !== undefined && sameSecret(bearer, token)) return undefined;
  const problem = given === undefined ? 'The admin routes need the sandbox\'s admin token' : 'The admin token sent is not this sandbox\'s';
  return { status: 401, headers: { 'www-authenticate': 'Bearer realm="__admin"' }, body: { error: `${problem}: ${HOW_TO_GET}` } };
}

/** Where a server is listening, as a client on this machine may address it. */
export interface BoundAddress {
  /** The host it was asked to bind (SANDBOX_HOST, `serveHttp`'s `host`). */
  host: string;
  port: number;
  /** The local address the request's connection arrived at (the interface behind a bind-everything host). */
  local?: string;
}

/** A host as it appears in a Host header or an origin: IPv6 literals in brackets, IPv4-mapped ones as IPv4, lower case. */
function hostForm(host: string): string {
  const plain = host.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
  return plain.includes(':') && !plain.startsWith('[') ? `[${plain}]` : plain;
}

/** The `host:port` values a request to this server may carry: loopback names, the bound host, the arrival address. */
export function boundAuthorities(bound: BoundAddress): string[] {
  const hosts = new Set(LOOPBACK_HOSTS);
  for (const host of [bound.host, bound.local]) {
    if (host !== undefined && !WILDCARD_HOSTS.has(hostForm(host))) hosts.add(hostForm(host));
  }
  // a client leaves out port 80 (HTTP's default) from Host and Origin
  return [...hosts].flatMap((h) => (bound.port === 80 ? [`${h}:80`, h] : [`${h}:${bound.port}`]));
}

/**
 * Why an `/__admin` request over HTTP comes from where it must not, or undefined: its Host is
 * not this server's address (a DNS-rebinding page sends its own name), or it carries the
 * Origin of another site (a web page's cross-site request). A web page must never steer a sandbox.
 */
export function foreignCaller(headers: SimRequest['headers'], bound: BoundAddress): string | undefined {
  const allowed = boundAuthorities(bound);
  const first = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const host = first('host');
  if (host === undefined || !allowed.includes(host.toLowerCase())) {
    const named = host === undefined ? 'no Host header' : `Host '${host}'`;
    return `The admin routes answer only requests addressed to this server itself (Host ${allowed.join(', ')}); ${named} is refused`;
  }
  const origin = first('origin');
  if (origin !== undefined && !allowed.some((a) => origin.toLowerCase() === `http://${a}`)) {
    return `The admin routes refuse cross-site requests: Origin '${origin}' is not this server (${allowed.map((a) => `http://${a}`).join(', ')})`;
  }
  return undefined;
}
