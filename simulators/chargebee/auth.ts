import type { SimRequest, SimResponse } from '../kit/types.js';
import { header } from '../kit/types.js';
import { errorBody } from './errors.js';
import type { ChargebeeContext } from './state.js';

export interface AccessOptions {
  site: string;
  apiKey: string;
  /** Requests allowed per sliding minute of virtual time; unlimited when absent (Chargebee test sites allow 150). */
  requestsPerMinute?: number;
}

const MINUTE = 60_000;
const HOST_SUFFIX = '.chargebee.com';

function refuse(status: number, code: string, message: string, headers?: Record<string, string>): SimResponse {
  // authentication and rate-limit errors carry no type
  return { status, body: errorBody(status, code, message, { type: null }), headers };
}

/** The API key from `Authorization: Basic base64(key:)`; Chargebee ignores the password. */
function apiKeyOf(req: SimRequest): string | undefined {
  const auth = header(req, 'authorization');
  if (!auth?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? decoded : decoded.slice(0, colon);
}

/**
 * Chargebee's gate in front of every operation: the site named by the host (when the host is a
 * chargebee.com one; local servers are reached by IP), the API key as Basic user name, and the
 * request-rate limit, counted in virtual time.
 */
export function authenticator(options: AccessOptions) {
  return (req: SimRequest, ctx: ChargebeeContext): SimResponse | undefined => {
    const host = (header(req, 'host') ?? '').split(':')[0]!.toLowerCase();
    if (host.endsWith(HOST_SUFFIX)) {
      const site = host.slice(0, -HOST_SUFFIX.length);
      if (site !== options.site && site !== `${options.site}-test`) return refuse(404, 'site_not_found', `Sorry, we couldn't find the site ${site}`);
    }
    const key = apiKeyOf(req);
    if (key === undefined) {
      return refuse(401, 'api_authentication_failed', 'Sorry, authentication failed. Send the API key as the user name of HTTP Basic authentication, with an empty password');
    }
    if (key !== options.apiKey) return refuse(401, 'api_authentication_failed', 'Sorry, authentication failed. Invalid api key');
    if (options.requestsPerMinute !== undefined) {
      const now = ctx.now();
      const recent = (ctx.state.recentRequests = ctx.state.recentRequests.filter((t) => t > now - MINUTE));
      if (recent.length >= options.requestsPerMinute) {
        const wait = Math.max(1, Math.ceil((recent[0]! + MINUTE - now) / 1000));
        return refuse(
          429,
          'api_request_limit_exceeded',
          'Sorry, access has been blocked temporarily due to request count exceeding acceptable limits. Please try after some time.',
          { 'retry-after': String(wait) },
        );
      }
      recent.push(now);
    }
    return undefined;
  };
}
