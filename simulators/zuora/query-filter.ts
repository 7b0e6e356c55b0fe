import { Category, statusError } from './errors.js';

/**
 * The `filter[]`, `sort[]` and `fields[]` parameters of Object Query
 * (guide_expand-filter-fields-sort.md), applied to records as the views show them.
 * Field names match without regard to case; filters are ANDed.
 */

export type Operator = 'EQ' | 'NE' | 'LT' | 'GT' | 'SW' | 'IN' | 'GE' | 'LE';
const OPERATORS = new Set<Operator>(['EQ', 'NE', 'LT', 'GT', 'SW', 'IN', 'GE', 'LE']);

export interface Filter {
  /** Lower-case field name. */
  field: string;
  op: Operator;
  /** One value, or the list of an IN; null for the `null` literal. */
  values: (string | null)[];
}

export interface Sort {
  field: string;
  order: 'ASC' | 'DESC';
}

function invalid(message: string): never {
  throw statusError(400, Category.INVALID_PARAMETER, message);
}

function listOf(raw: unknown): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map(String);
}

function isQueryable(field: string, allowed: readonly string[]): boolean {
  return allowed.includes(field) || field.endsWith('__c');
}

/** `%02%03` stands for the empty string and `null` for a null value (guide: Limitations, and the note on null). */
function literal(text: string): string | null {
  if (text === 'null') return null;
  return text === '\u0002\u0003' ? '' : text;
}

export function parseFilters(raw: unknown, filterable: readonly string[]): Filter[] {
  return listOf(raw).map((text) => {
    const m = /^([A-Za-z_]\w*)\.([A-Za-z]{2}):([\s\S]*)$/.exec(text);
    if (!m) invalid(`filter[] '${text}' is not a filter: write <field>.<operator>:<value>, e.g. accountnumber.EQ:A00000001`);
    const field = m[1]!.toLowerCase();
    const op = m[2]!.toUpperCase() as Operator;
    if (!OPERATORS.has(op)) invalid(`filter[] '${text}' uses the operator ${m[2]}; use one of ${[...OPERATORS].join(', ')}`);
    if (!isQueryable(field, filterable)) invalid(`filter[] '${text}': '${m[1]}' cannot be filtered on; filterable fields are ${filterable.join(', ')} and indexed custom fields (__c)`);
    const value = m[3]!;
    if (op === 'IN') {
      const list = /^\[([\s\S]*)\]$/.exec(value);
      if (!list) invalid(`filter[] '${text}': IN takes a bracketed list, e.g. currency.IN:[CAD,GBP]`);
      return { field, op, values: list[1]!.split(',').map((v) => literal(v.trim())) };
    }
    return { field, op, values: [literal(value)] };
  });
}

export function parseSort(raw: unknown, sortable: readonly string[]): Sort | undefined {
  const list = listOf(raw);
  if (list.length === 0) return undefined;
  if (list.length > 1) invalid(`sort[] is given ${list.length} times; Object Query sorts on one field only`);
  const m = /^([A-Za-z_]\w*)\.(ASC|DESC)$/i.exec(list[0]!);
  if (!m) invalid(`sort[] '${list[0]}' is not a sort order: write <field>.ASC or <field>.DESC, e.g. accountnumber.ASC`);
  const field = m[1]!.toLowerCase();
  if (!isQueryable(field, sortable)) invalid(`sort[] '${list[0]}': '${m[1]}' cannot be sorted on; sortable fields are ${sortable.join(', ')}`);
  return { field, order: m[2]!.toUpperCase() as Sort['order'] };
}

/** A view's value for a lower-case field name. */
export function valueOf(view: Record<string, unknown>, field: string): unknown {
  for (const [k, v] of Object.entries(view)) if (k.toLowerCase() === field) return v;
  return undefined;
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Numbers compare as numbers, dates and timestamps as instants; anything else cannot be ordered. */
export function compareValues(a: unknown, b: unknown): number | undefined {
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined && nb !== undefined) return na - nb;
  const da = typeof a === 'string' ? Date.parse(a) : Number.NaN;
  const db = typeof b === 'string' ? Date.parse(b) : Number.NaN;
  if (!Number.isNaN(da) && !Number.isNaN(db)) return da - db;
  return undefined;
}

function equal(v: unknown, wanted: string | null): boolean {
  if (wanted === null) return v === null || v === undefined;
  if (v === null || v === undefined) return false;
  const n = compareValues(v, wanted);
  if (typeof v === 'number' && n !== undefined) return n === 0;
  return String(v).toLowerCase() === wanted.toLowerCase();
}

function holds(view: Record<string, unknown>, f: Filter): boolean {
  const v = valueOf(view, f.field);
  const wanted = f.values[0] ?? null;
  switch (f.op) {
    case 'EQ':
      return equal(v, wanted);
    case 'NE':
      return !equal(v, wanted);
    case 'IN':
      return f.values.some((w) => equal(v, w));
    case 'SW':
      return typeof v === 'string' && wanted !== null && v.toLowerCase().startsWith(wanted.toLowerCase());
    default: {
      if (v === null || v === undefined || wanted === null) return false;
      const c = compareValues(v, wanted);
      if (c === undefined) invalid(`filter[] ${f.field}.${f.op}:${wanted}: ${f.op} compares numbers and dates, and '${String(v)}' or '${wanted}' is neither`);
      return f.op === 'LT' ? c < 0 : f.op === 'GT' ? c > 0 : f.op === 'LE' ? c <= 0 : c >= 0;
    }
  }
}

export function matchesAll(view: Record<string, unknown>, filters: Filter[]): boolean {
  return filters.every((f) => holds(view, f));
}

/** `fields[]=id,name` (or repeated): only those fields, named as the view names them. */
export function selectFields(view: Record<string, unknown>, raw: unknown): Record<string, unknown> {
  const wanted = new Set(listOf(raw).flatMap((s) => s.split(',')).map((f) => f.trim().toLowerCase()).filter(Boolean));
  if (wanted.size === 0) return view;
  return Object.fromEntries(Object.entries(view).filter(([k]) => wanted.has(k.toLowerCase())));
}
