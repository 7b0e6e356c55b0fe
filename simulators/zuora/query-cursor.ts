import { Category, statusError } from './errors.js';
import { compareValues, valueOf, type Sort } from './query-filter.js';

/**
 * Object Query pages: `pageSize` records and, while more remain, a `nextPage` cursor to pass
 * back as `cursor`. Like Zuora's (see the samples of queryaccounts.md), a cursor is base64
 * JSON naming the last record's sort value and ID with their order; without `sort[]` records
 * come newest `updatedDate` first, ties broken by ID in the same direction.
 */

interface CursorKey {
  value: unknown;
  orderBy: { field: string; order: Sort['order'] };
}

const DEFAULT_SORT: Sort = { field: 'updateddate', order: 'DESC' };
const DEFAULT_PAGE_SIZE = 10;

function pascal(field: string, view: Record<string, unknown> | undefined): string {
  const named = Object.keys(view ?? {}).find((k) => k.toLowerCase() === field) ?? field;
  return named.charAt(0).toUpperCase() + named.slice(1);
}

function order(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  return compareValues(a, b) ?? String(a).localeCompare(String(b));
}

function comparer(sort: Sort) {
  const sign = sort.order === 'ASC' ? 1 : -1;
  return (a: Record<string, unknown>, b: Record<string, unknown>) =>
    sign * (order(valueOf(a, sort.field), valueOf(b, sort.field)) || order(String(a.id), String(b.id)));
}

function badCursor(): never {
  throw statusError(400, Category.INVALID_PARAMETER, 'cursor is not one this query issued: pass back the nextPage value of the previous page unchanged, with the same sort[]');
}

function decode(raw: string, sort: Sort): [unknown, string] {
  let keys: CursorKey[];
  try {
    keys = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  } catch {
    badCursor();
  }
  const [first, second] = Array.isArray(keys) ? keys : [];
  const field = first?.orderBy?.field;
  if (typeof field !== 'string' || field.toLowerCase() !== sort.field || first!.orderBy.order !== sort.order || typeof second?.value !== 'string') badCursor();
  return [first!.value, second.value];
}

export function cursorPage(
  views: Record<string, unknown>[],
  query: Record<string, unknown>,
  sort: Sort = DEFAULT_SORT,
): { rows: Record<string, unknown>[]; nextPage?: string } {
  const size = query.pageSize === undefined ? DEFAULT_PAGE_SIZE : Number(query.pageSize);
  const sorted = [...views].sort(comparer(sort));
  let start = 0;
  if (typeof query.cursor === 'string' && query.cursor !== '') {
    const [value, id] = decode(query.cursor, sort);
    const after = comparer(sort);
    const position = { [sort.field]: value, id };
    start = sorted.findIndex((v) => after(v, position) > 0);
    if (start < 0) start = sorted.length;
  }
  const rows = sorted.slice(start, start + size);
  if (start + size >= sorted.length) return { rows };
  const last = rows[rows.length - 1]!;
  const keys: CursorKey[] = [
    { value: valueOf(last, sort.field), orderBy: { field: pascal(sort.field, last), order: sort.order } },
    { value: last.id, orderBy: { field: 'Id', order: sort.order } },
  ];
  return { rows, nextPage: Buffer.from(JSON.stringify(keys)).toString('base64') };
}
