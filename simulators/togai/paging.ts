import { badRequest } from './errors.js';

export const MAX_PAGE_SIZE = 50;
const DEFAULT_PAGE_SIZE = 10;

interface Token {
  lastItemId: string;
  pageSize: number;
  sortOrder: 'asc';
}

/** The one bound on page sizes, for `pageSize` and for the size a `nextToken` carries. */
const allowedSize = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE;

function readPageSize(raw: unknown, defaultSize = DEFAULT_PAGE_SIZE): number {
  if (raw === undefined) return defaultSize;
  const n = Number(raw);
  if (!allowedSize(n)) {
    throw badRequest(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got '${String(raw)}'`);
  }
  return n;
}

function readToken(raw: string): Token {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as Token;
    if (typeof token.lastItemId === 'string' && allowedSize(token.pageSize)) return token;
  } catch {
    // fall through to the error below
  }
  throw badRequest('nextToken is not one this API issued; pass back the nextToken of the previous page unchanged');
}

/**
 * Page a list the way Togai does: `pageSize` items (at most 50) and, while more remain, a
 * `nextToken` that names the last item sent (base64 JSON, as Togai's tokens are). `defaultSize`
 * is the size when neither is given: 10, unless the list's page documents another.
 */
export function page<T>(items: T[], idOf: (item: T) => string, query: Record<string, unknown>, options: { defaultSize?: number } = {}): { data: T[]; nextToken?: string } {
  let start = 0;
  let size = readPageSize(query.pageSize, options.defaultSize);
  if (typeof query.nextToken === 'string' && query.nextToken) {
    const token = readToken(query.nextToken);
    const at = items.findIndex((i) => idOf(i) === token.lastItemId);
    if (at < 0) throw badRequest('nextToken points at an item that no longer exists; list again from the start');
    start = at + 1;
    if (query.pageSize === undefined) size = token.pageSize;
  }
  const data = items.slice(start, start + size);
  if (start + size >= items.length || data.length === 0) return { data };
  const token: Token = { lastItemId: idOf(data[data.length - 1]!), pageSize: size, sortOrder: 'asc' };
  return { data, nextToken: Buffer.from(JSON.stringify(token)).toString('base64') };
}

/** The `context` of the list models that carry one: the page size a list was read with, and its order. */
export function pageContext(query: Record<string, unknown>): { pageSize: number; sortOrder: 'asc' } {
  const token = query.pageSize === undefined && typeof query.nextToken === 'string' && query.nextToken ? readToken(query.nextToken) : undefined;
  return { pageSize: token?.pageSize ?? readPageSize(query.pageSize), sortOrder: 'asc' };
}
