import { loadContract } from '../kit/contract.js';
import { header, type ValidRequest } from '../kit/types.js';
import { Category, ruleFailure } from './errors.js';

const SERVER = new URL(loadContract('zuora.yaml').serverUrl);

/**
 * The origin the client reached, so a nextPage URL leads back to this simulator: the real host
 * over msw, the local address over HTTP.
 */
export function originOf(req: ValidRequest): string {
  const host = header(req, 'host');
  if (!host) return SERVER.origin;
  const scheme = header(req, 'x-forwarded-proto') ?? (host === SERVER.host ? 'https' : 'http');
  return `${scheme}://${host}`;
}

/** The request's query again, minus `omit`; validation may have turned values into numbers or booleans. */
export function queryOf(req: ValidRequest, omit: string[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) {
    if (v === undefined || omit.includes(k)) continue;
    for (const one of [v].flat()) query.append(k, String(one));
  }
  return query;
}

function whole(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * Page a v1 list the way guide_pagination.md describes: `pageSize` rows (the contract bounds
 * it), a 1-based `page` that needs `pageSize`, and a `nextPage` URL while rows remain.
 */
export function v1Page<T>(items: T[], req: ValidRequest, defaultSize: number): { rows: T[]; nextPage?: string } {
  const pageSize = whole(req.query.pageSize);
  const page = whole(req.query.page) ?? 1;
  if (req.query.page !== undefined && pageSize === undefined) {
    throw ruleFailure(Category.INVALID_PARAMETER, "The query parameter 'page' needs 'pageSize': set pageSize as well (e.g. page=2&pageSize=20)");
  }
  const size = Math.max(1, pageSize ?? defaultSize);
  const start = (page - 1) * size;
  const rows = items.slice(start, start + size);
  if (start + size >= items.length) return { rows };
  const query = queryOf(req, ['page', 'pageSize']);
  query.set('page', String(page + 1));
  query.set('pageSize', String(size));
  return { rows, nextPage: `${originOf(req)}${req.path}?${query}` };
}
