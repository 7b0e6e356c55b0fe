/**
 * The page's calls to its server (dashboard/api-types.ts): every one carries the admin token the
 * page was opened with (`/?token=…`, as `npm start` prints it), as a Bearer header; only the
 * event stream carries it in its URL, which EventSource leaves no other way to send.
 */
import type { AdvanceRequest, LinkGraph, Overview, RecordDetail, RecordPage, ScenarioInfo, ScenarioRunResult, TimelinePage, Vendor } from '../api-types.js';

const TOKEN_KEY = 'billing-sim-dashboard-token';
let token: string | undefined;

/**
 * The admin token, or undefined when the page was opened without one. Taken from the page's
 * `?token=` once, kept for this tab (a reload still works), and dropped from the address bar,
 * so it is not left in the history, a bookmark or a screen share.
 */
export function pageToken(): string | undefined {
  if (token !== undefined) return token;
  const url = new URL(location.href);
  const given = url.searchParams.get('token');
  if (given) {
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  try {
    if (given) sessionStorage.setItem(TOKEN_KEY, given);
    token = given || (sessionStorage.getItem(TOKEN_KEY) ?? undefined);
  } catch {
    // storage switched off: the token lasts as long as the page
    token = given || undefined;
  }
  return token;
}

/** A refused or failed call, with what the server said, for the page to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function reason(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    const said = body.message ?? body.error;
    if (typeof said === 'string') return said;
  } catch {
    // not JSON: the text itself, if any, says what went wrong
  }
  return text.slice(0, 300) || res.statusText;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${pageToken() ?? ''}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) {
    const why = await reason(res);
    throw new ApiError(res.status, res.status === 401 ? `${why} (open the dashboard URL that npm start prints again: it carries ?token=…)` : `${method} ${path.split('?')[0]}: ${res.status} ${why}`);
  }
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

const enc = encodeURIComponent;
const query = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${enc(String(v))}`)
    .join('&');

/** What the page needs from the server, one function per route. */
export const api = {
  overview: () => call<Overview>('GET', '/api/overview'),
  records: (vendor: Vendor, kind: string, q: string, offset: number, limit: number) =>
    call<RecordPage>('GET', `/api/records/${vendor}/${enc(kind)}?${query({ q, offset, limit })}`),
  record: (vendor: Vendor, kind: string, id: string) => call<RecordDetail>('GET', `/api/records/${vendor}/${enc(kind)}/${enc(id)}`),
  links: (vendor: Vendor, kind: string, id: string) => call<LinkGraph>('GET', `/api/links/${vendor}/${enc(kind)}/${enc(id)}`),
  timeline: (after: number | undefined, limit: number) => call<TimelinePage>('GET', `/api/timeline?${query({ after, limit })}`),
  advanceClock: (by: AdvanceRequest['by']) => call<unknown>('POST', '/api/clock/advance', { by } satisfies AdvanceRequest),
  setChaos: (on: boolean) => call<unknown>('PUT', '/api/faults/chaos', { on }),
  runStory: (id: string) => call<unknown>('POST', `/api/stories/${enc(id)}/run`),
  scenarios: () => call<ScenarioInfo[]>('GET', '/api/scenarios'),
  runScenario: (file: string) => call<ScenarioRunResult>('POST', '/api/scenarios/run', { file }),
};

/** The server's event stream; EventSource cannot send headers, so the token rides in the query. */
export function openEvents(): EventSource {
  return new EventSource(`/api/events?${query({ token: pageToken() })}`);
}
