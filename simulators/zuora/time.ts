import { addMonths } from '../kit/duration.js';
import type { TermPeriod } from './records.js';

/**
 * Zuora writes instants differently per API family; each formatter below copies the format
 * of the reference samples for one family. Virtual time is UTC, so offsets are always +00:00.
 */

const DAY = 86_400_000;

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** `2026-01-01` */
export function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Object Query: `2024-11-10T17:35:45-08:00` */
export function queryTime(ms: number): string {
  return `${isoSeconds(ms)}+00:00`;
}

/** CRUD objects: `2016-10-20T05:42:05.000+02:00` */
export function crudTime(ms: number): string {
  return `${isoSeconds(ms)}.${String(new Date(ms).getUTCMilliseconds()).padStart(3, '0')}+00:00`;
}

/** v1 invoices and usage: `2024-07-11 02:31:04` */
export function v1Time(ms: number): string {
  return isoSeconds(ms).replace('T', ' ');
}

/** Notification definitions and callout templates: `2024-06-17T04:07:13.000 UTC` */
export function notificationTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)} UTC`;
}

/** Callout histories: `2015-01-13T03:33:51` */
export function historyTime(ms: number): string {
  return isoSeconds(ms);
}

/** Milliseconds of a real `yyyy-mm-dd` date at UTC midnight, or NaN (`2026-02-30` is not one, though V8 parses it). */
export function parseDate(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.NaN;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && dateOf(ms) === text ? ms : Number.NaN;
}

/** Milliseconds of a date-time whose calendar date is real, or NaN. */
export function parseInstant(text: string): number {
  const ms = Date.parse(text);
  return Number.isNaN(ms) || Number.isNaN(parseDate(text.slice(0, 10))) ? Number.NaN : ms;
}

/**
 * The first of `fields` holding a date (or date-time) that is not a real one. The contract's
 * format check matches the pattern only, so `2026-19-39` reaches the handlers.
 */
export function unrealDate(body: Record<string, unknown>, fields: string[], kind: 'date' | 'date-time'): string | undefined {
  const parse = kind === 'date' ? parseDate : parseInstant;
  return fields.find((f) => typeof body[f] === 'string' && Number.isNaN(parse(body[f] as string)));
}

const LAST = Date.UTC(9999, 11, 31);

/** A date Zuora can write, or undefined when arithmetic ran past year 9999 (a term of a billion months, say). */
function writable(ms: number): string | undefined {
  return Number.isFinite(ms) && ms <= LAST ? dateOf(ms) : undefined;
}

export function addDays(date: string, days: number): string | undefined {
  return writable(parseDate(date) + days * DAY);
}

/** The date `count` periods after `date`, as subscription terms count them; undefined past year 9999. */
export function addPeriods(date: string, count: number, period: TermPeriod): string | undefined {
  const start = parseDate(date);
  if (count > 120_000) return undefined;
  switch (period) {
    case 'Year':
      return writable(addMonths(start, 12 * count));
    case 'Week':
      return writable(start + 7 * count * DAY);
    case 'Day':
      return writable(start + count * DAY);
    default:
      return writable(addMonths(start, count));
  }
}
