import type { SimResponse } from '../kit/types.js';
import { wrongValue } from './errors.js';
import { fieldAt, filtersOf, matches, type Resolver } from './filters.js';
import type { ChargebeeState } from './state.js';

/** Chargebee's page size: 10 unless `limit` says otherwise, at most 100 (the contract enforces the range). */
const DEFAULT_LIMIT = 10;

export interface ListOptions<T> {
  /** One entry of the list, each resource under its name: `{customer: {...}}`. */
  entry(record: T): Record<string, unknown>;
  /** How filters read a field; by path into the record unless a resource says otherwise. */
  resolve?: Resolver<T>;
  /** The resource's own filters that are not `field[operator]` (start_time, paid_on_after, ...). */
  accept?(record: T, query: Record<string, unknown>): boolean;
  /** Records with `deleted: true` are left out unless `include_deleted=true`. */
  deletable?: boolean;
}

type Key = [unknown, number];

function compareValues(a: unknown, b: unknown): number {
  // a cursor carries an absent value as null
  const aNone = a === undefined || a === null;
  const bNone = b === undefined || b === null;
  if (aNone || bNone) return aNone && bNone ? 0 : aNone ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function compareKeys(a: Key, b: Key, direction: number): number {
  return direction * (compareValues(a[0], b[0]) || a[1] - b[1]);
}

/** `sort_by[asc]=field` or `sort_by[desc]=field`; newest first when absent. */
function sortOf(query: Record<string, unknown>): { field?: string; direction: number } {
  const asc = query['sort_by[asc]'];
  const desc = query['sort_by[desc]'];
  if (asc !== undefined && desc !== undefined) throw wrongValue('sort_by', 'give either sort_by[asc] or sort_by[desc], not both');
  if (asc !== undefined) return { field: String(asc), direction: 1 };
  if (desc !== undefined) return { field: String(desc), direction: -1 };
  return { direction: -1 };
}

/** The key a `next_offset` carries: the sort value and insertion number of the last record sent. */
function readOffset(raw: unknown): Key {
  try {
    const parsed = JSON.parse(String(raw)) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && /^\d+$/.test(String(parsed[1]))) return [parsed[0], Number(parsed[1])];
  } catch {
    // answered below
  }
  throw wrongValue('offset', 'is not a next_offset this site returned; pass back next_offset unchanged');
}

/**
 * Filter, sort and page a resource's records as Chargebee lists do: `limit` records from
 * `offset`, and `next_offset` while more remain. The cursor names a position in the sort order,
 * not an index, so records added between pages neither repeat nor go missing.
 */
export function listAnswer<T extends Record<string, unknown>>(
  state: ChargebeeState,
  records: Iterable<T>,
  query: Record<string, unknown>,
  options: ListOptions<T>,
): SimResponse {
  const filters = filtersOf(query);
  const resolve = options.resolve ?? fieldAt;
  const withDeleted = String(query.include_deleted) === 'true';
  const { field, direction } = sortOf(query);
  // the sort field is the client's: only a record's own field sorts, never one of Object.prototype's
  const keyOf = (record: T): Key => [field && Object.hasOwn(record, field) ? record[field] : undefined, state.seqOf(record)];
  const kept: T[] = [];
  for (const record of records) {
    if (options.deletable && record.deleted === true && !withDeleted) continue;
    if (options.accept && !options.accept(record, query)) continue;
    if (filters.every((f) => matches(resolve(record, f.path), f))) kept.push(record);
  }
  kept.sort((a, b) => compareKeys(keyOf(a), keyOf(b), direction));
  let start = 0;
  if (query.offset !== undefined && query.offset !== '') {
    const after = readOffset(query.offset);
    start = kept.findIndex((r) => compareKeys(keyOf(r), after, direction) > 0);
    if (start < 0) start = kept.length;
  }
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  const page = kept.slice(start, start + limit);
  const body: { list: Record<string, unknown>[]; next_offset?: string } = { list: page.map(options.entry) };
  const last = page[page.length - 1];
  if (last && start + limit < kept.length) {
    const [value, seq] = keyOf(last);
    body.next_offset = JSON.stringify([value ?? null, String(seq)]);
  }
  return { status: 200, body };
}
