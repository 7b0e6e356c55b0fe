/**
 * Who may use the dashboard's API: a caller with the sandbox's admin token (Bearer header, or
 * `?token=` on the event stream, which EventSource cannot give headers), addressing this server
 * by its own name and not from another site's page: the admin surface's rules (admin-guard.ts).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { adminTokenRefusal, foreignCaller, type BoundAddress } from '../simulators/kit/admin-guard.js';

const HOW_TO_OPEN = 'The dashboard page takes it from its own URL: open the `dashboard:` line `npm start` (or `billing-sim up`) prints, which carries ?token=…';

/** Why a request to `/api/*` is refused (status and message), or undefined when it may go on. */
export function dashboardRefusal(headers: IncomingHttpHeaders, queryToken: string | undefined, token: string, bound: BoundAddress): { status: number; error: string } | undefined {
  const foreign = foreignCaller(headers, bound);
  if (foreign) return { status: 403, error: foreign.replace('The admin routes', 'The dashboard API') };
  const given = queryToken !== undefined && headers.authorization === undefined ? { ...headers, authorization: `Bearer ${queryToken}` } : headers;
  const refused = adminTokenRefusal({ method: 'GET', path: '/api', params: {}, query: {}, headers: given, rawBody: undefined }, token);
  if (!refused) return undefined;
  const said = (refused.body as { error: string }).error.replace('The admin routes need', 'The dashboard API needs');
  return { status: 401, error: `${said}. ${HOW_TO_OPEN}` };
}
