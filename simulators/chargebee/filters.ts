import { wrongValue } from './errors.js';

/**
 * List filters as Chargebee takes them: `field[operator]=value`, with nested fields written the
 * same way (`relationship[parent_id][is]=x`); `in`, `not_in` and `between` take a JSON array.
 */
const OPERATORS = new Set(['is', 'is_not', 'starts_with', 'in', 'not_in', 'after', 'before', 'on', 'between', 'lt', 'lte', 'gt', 'gte', 'is_present']);
const LIST_OPERATORS = new Set(['in', 'not_in', 'between']);
const NEGATIVE = new Set(['is_not', 'not_in']);
const FILTER_KEY = /^(.+)\[([a-z_]+)\]$/;
const DAY = 24 * 3600;

export interface Filter {
  param: string;
  path: string[];
  op: string;
  value: string;
  list?: unknown[];
}

/** Reads a field of a record for a filter; may return several values (any may match). */
export type Resolver<T> = (record: T, path: string[]) => unknown;

function listOf(text: string, param: string, op: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) throw wrongValue(param, 'must be a JSON array, e.g. ["a","b"]');
  if (op === 'between' && parsed.length !== 2) throw wrongValue(param, 'must be a JSON array of two values, e.g. [1767225600,1769904000]');
  return parsed;
}

export function filtersOf(query: Record<string, unknown>): Filter[] {
  const filters: Filter[] = [];
  for (const [param, raw] of Object.entries(query)) {
    const m = FILTER_KEY.exec(param);
    if (!m || !OPERATORS.has(m[2]!) || param.startsWith('sort_by[')) continue;
    const value = String(Array.isArray(raw) ? raw[0] : raw);
    // the contract admits only the filters it names, so the key is well formed: `a[b]` is ['a', 'b']
    const filter: Filter = { param, path: m[1]!.replace(/\]/g, '').split('['), op: m[2]!, value };
    if (LIST_OPERATORS.has(filter.op)) filter.list = listOf(value, param, filter.op);
    filters.push(filter);
  }
  return filters;
}

const present = (v: unknown) => v !== undefined && v !== null;

function matchOne(value: unknown, f: Filter): boolean {
  const has = present(value);
  const n = Number(value);
  switch (f.op) {
    case 'is':
      return has && String(value) === f.value;
    case 'is_not':
      return !has || String(value) !== f.value;
    case 'starts_with':
      return has && String(value).startsWith(f.value);
    case 'in':
      return has && f.list!.some((x) => String(x) === String(value));
    case 'not_in':
      return !has || !f.list!.some((x) => String(x) === String(value));
    case 'after':
    case 'gt':
      return has && n > Number(f.value);
    case 'before':
    case 'lt':
      return has && n < Number(f.value);
    case 'gte':
      return has && n >= Number(f.value);
    case 'lte':
      return has && n <= Number(f.value);
    case 'on':
      return has && Math.floor(n / DAY) === Math.floor(Number(f.value) / DAY);
    case 'between':
      return has && n >= Number(f.list![0]) && n <= Number(f.list![1]);
    default:
      return true;
  }
}

export function matches(value: unknown, f: Filter): boolean {
  const values = Array.isArray(value) ? value : [value];
  if (f.op === 'is_present') return (f.value === 'true') === values.some(present);
  if (values.length === 0) return NEGATIVE.has(f.op);
  return NEGATIVE.has(f.op) ? values.every((v) => matchOne(v, f)) : values.some((v) => matchOne(v, f));
}

/** A record's field by path (`relationship.parent_id`); the default resolver. Only own fields count: the path is the client's. */
export function fieldAt(record: unknown, path: string[]): unknown {
  let value: unknown = record;
  for (const segment of path) value = value && typeof value === 'object' && Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}
