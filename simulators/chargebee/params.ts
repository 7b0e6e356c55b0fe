import { boundsIssue } from '../kit/body-bounds.js';
import { blank, wrongValue } from './errors.js';

/** One row of a column-wise list parameter, with its index as the client sent it. */
export interface Row {
  index: number;
  fields: Record<string, unknown>;
}

/**
 * The rows of a list parameter decoded column-wise (`{item_price_id: ['a', null], quantity: [2, 3]}`):
 * row i holds the i-th value of every column. Rows with no value at all (gaps) are skipped.
 */
export function rowsOf(group: unknown): Row[] {
  if (!group || typeof group !== 'object') return [];
  const columns = Object.entries(group as Record<string, unknown>).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
  const length = Math.max(0, ...columns.map(([, values]) => values.length));
  const rows: Row[] = [];
  for (let index = 0; index < length; index++) {
    // column names are the client's: fromEntries makes each an own field, `__proto__` included
    const fields = Object.fromEntries(columns.filter(([, values]) => values[index] !== null && values[index] !== undefined).map(([name, values]) => [name, values[index]]));
    if (Object.keys(fields).length) rows.push({ index, fields });
  }
  return rows;
}

/** The value of a row's column, required. */
export function rowValue<T>(row: Row, group: string, column: string): T {
  const value = Object.hasOwn(row.fields, column) ? row.fields[column] : undefined;
  if (value === undefined) throw blank(`${group}[${column}][${row.index}]`);
  return value as T;
}

/** A parameter Chargebee sends as JSON text (meta_data, metadata, exemption_details), parsed. */
export function jsonText(value: unknown, param: string, kind: 'object' | 'array'): unknown {
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(value));
  } catch {
    throw wrongValue(param, `must be a JSON ${kind} sent as text, e.g. ${kind === 'object' ? '{"key":"value"}' : '[{"key":"value"}]'}`);
  }
  const isArray = Array.isArray(parsed);
  if (parsed === null || typeof parsed !== 'object' || isArray !== (kind === 'array')) throw wrongValue(param, `must be a JSON ${kind}`);
  // the text is a body of its own: stored, it must read back, so the kit's limits hold for it too
  const issue = boundsIssue(parsed);
  if (issue) throw wrongValue(param, `holds JSON whose ${issue.field ? `'${issue.field}'` : 'top level'} ${issue.problem}`);
  return parsed;
}

/** Refuse a parameter the simulator does not model rather than silently getting money wrong. */
export function refuseUnmodelled(body: Record<string, unknown>, params: string[]): void {
  for (const param of params) {
    if (body[param] !== undefined) throw wrongValue(param, 'is not supported by this Chargebee simulator; leave it out');
  }
}

/** Chargebee treats an empty value as a missing one: refuse given-but-empty text parameters. */
export function requireText(body: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) if (typeof body[field] === 'string' && body[field].trim() === '') throw blank(field);
}

/** Fields of `body` that were sent, copied onto `target` (for creates and updates). */
export function copyGiven(target: Record<string, unknown>, body: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) if (body[field] !== undefined) target[field] = body[field];
}
