import { badRequest } from './errors.js';
import type { PricingCycleConfig, PricingCycleInterval, StartOffset } from './plan-records.js';
import { DAY } from './time.js';

/**
 * Where billing cycles start. The rule, from PricingCycleConfigStartOffset and PricingCycleConfig:
 *
 * - Cycle boundaries lie on a fixed calendar grid, at 00:00 UTC: MONTHLY on day `dayOffset` of
 *   every month; QUARTERLY / HALF_YEARLY / ANNUALLY on day `dayOffset` of month `monthOffset` of
 *   every quarter (Jan, Apr, Jul, Oct), half-year (Jan, Jul) or year; WEEKLY on weekday
 *   `dayOffset` (1 = Monday ... 7 = Sunday). `LAST` is the month's last day (Sunday for weeks),
 *   FIRST / LAST months the first / last of the interval. A day the month lacks (30 in February)
 *   is the month's last day, the "closest previous day" of the pages.
 * - A schedule's cycles follow that grid, not the association instant: the first cycle runs from
 *   the schedule's start to the first boundary after it, so it is partial unless the schedule
 *   starts on a boundary; the last one ends with the schedule. Partial cycles prorate fixed fees
 *   that enable proration by the share of their full grid period they span.
 * - `anniversaryCycle: true` makes the grid pass through the association date: the offsets are
 *   worked out from it the way the pages' examples show (the 31st of October is LAST, a 29th of
 *   February LAST in month 2), and kept on the schedule as its own.
 * - Without `startOffset` (optional on today's pages) and without anniversaryCycle, cycles start
 *   on the first day of the calendar period: Monday, the 1st of the month, or the 1st of the
 *   first month of the quarter, half-year or year. Neither today's pages nor the 2023 API (where
 *   startOffset was required) give a default; this is the simulator's choice, and the schedule
 *   shows the offsets it settled on.
 *
 * Only the pages' offsets are accepted.
 */

const WEEK = 7 * DAY;
// 1970-01-05 was a Monday: weeks are counted from it.
const FIRST_MONDAY = Date.UTC(1970, 0, 5);
const SPAN_MONTHS: Record<Exclude<PricingCycleInterval, 'WEEKLY'>, number> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, ANNUALLY: 12 };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function dayNumber(dayOffset: string, last: number): number {
  return dayOffset === 'LAST' ? last : Math.min(Number(dayOffset), last);
}

function monthIndex(monthOffset: string, span: number): number {
  if (monthOffset === 'LAST') return span - 1;
  if (monthOffset === 'FIRST' || monthOffset === 'NIL') return 0;
  return Number(monthOffset) - 1;
}

function offsetOf(config: PricingCycleConfig): StartOffset {
  if (!config.startOffset) throw new Error('a pricing cycle config reached the cycle grid before resolveCycle fixed its offsets');
  return config.startOffset;
}

/** The boundary inside grid period `p` (weeks since FIRST_MONDAY, or interval spans since year 0). */
function boundaryOf(config: PricingCycleConfig, p: number): number {
  const offset = offsetOf(config);
  if (config.interval === 'WEEKLY') return FIRST_MONDAY + p * WEEK + (dayNumber(offset.dayOffset, 7) - 1) * DAY;
  const span = SPAN_MONTHS[config.interval];
  const months = p * span + monthIndex(offset.monthOffset, span);
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  return Date.UTC(year, month, dayNumber(offset.dayOffset, daysIn(year, month)));
}

function periodOf(config: PricingCycleConfig, t: number): number {
  if (config.interval === 'WEEKLY') return Math.floor((t - FIRST_MONDAY) / WEEK);
  const d = new Date(t);
  return Math.floor((d.getUTCFullYear() * 12 + d.getUTCMonth()) / SPAN_MONTHS[config.interval]);
}

/** The first cycle boundary after `t`. */
export function nextBoundary(config: PricingCycleConfig, t: number): number {
  for (let p = periodOf(config, t) - 1; ; p++) {
    const b = boundaryOf(config, p);
    if (b > t) return b;
  }
}

/** The last cycle boundary at or before `t`. */
function previousBoundary(config: PricingCycleConfig, t: number): number {
  for (let p = periodOf(config, t) + 1; ; p--) {
    const b = boundaryOf(config, p);
    if (b <= t) return b;
  }
}

/** The share of its full grid period that the cycle [start, end) spans: 1 for a whole cycle. */
export function cycleShare(config: PricingCycleConfig, start: number, end: number): number {
  const from = previousBoundary(config, start);
  return (end - start) / (nextBoundary(config, start) - from);
}

/** The offsets of an anniversary cycle starting at `t`, as PricingCycleConfig's examples give them. */
function anniversaryOffsets(interval: PricingCycleInterval, t: number): StartOffset {
  const d = new Date(t);
  if (interval === 'WEEKLY') return { dayOffset: String(((d.getUTCDay() + 6) % 7) + 1), monthOffset: 'NIL' };
  const day = d.getUTCDate();
  const dayOffset = day === daysIn(d.getUTCFullYear(), d.getUTCMonth()) ? 'LAST' : String(day);
  if (interval === 'MONTHLY') return { dayOffset, monthOffset: 'NIL' };
  return { dayOffset, monthOffset: String((d.getUTCMonth() % SPAN_MONTHS[interval]) + 1) };
}

/** The offsets of a config that gives none: the first day of each calendar period (see the header). */
function firstDayOffsets(interval: PricingCycleInterval): StartOffset {
  return { dayOffset: '1', monthOffset: interval === 'WEEKLY' || interval === 'MONTHLY' ? 'NIL' : 'FIRST' };
}

/** The config a schedule starting at `start` bills on, its offsets fixed: anniversary ones, those given, or the default. */
export function resolveCycle(config: PricingCycleConfig, start: number): PricingCycleConfig {
  if (config.anniversaryCycle) return { ...config, startOffset: anniversaryOffsets(config.interval, start) };
  return { ...config, startOffset: config.startOffset ?? firstDayOffsets(config.interval) };
}

function inRange(text: string, max: number): boolean {
  return /^[1-9][0-9]?$/.test(text) && Number(text) <= max;
}

/** Refuse a pricing cycle config the pages do not allow; `field` names it in the message. */
export function checkCycleConfig(config: PricingCycleConfig, field: string): void {
  if (config.gracePeriod < 0) throw badRequest(`${field}.gracePeriod must be 0 or more days, got ${config.gracePeriod}`);
  const offset = config.startOffset;
  if (!offset) return;
  const maxDay = config.interval === 'WEEKLY' ? 7 : 31;
  if (offset.dayOffset !== 'LAST' && !inRange(offset.dayOffset, maxDay)) {
    throw badRequest(`${field}.startOffset.dayOffset must be "1" to "${maxDay}" or "LAST" for a ${config.interval} cycle, got '${offset.dayOffset}'`);
  }
  if (config.interval === 'WEEKLY' || config.interval === 'MONTHLY') {
    if (offset.monthOffset !== 'NIL') throw badRequest(`${field}.startOffset.monthOffset must be "NIL" for a ${config.interval} cycle, got '${offset.monthOffset}'`);
    return;
  }
  const span = SPAN_MONTHS[config.interval];
  if (offset.monthOffset !== 'FIRST' && offset.monthOffset !== 'LAST' && !inRange(offset.monthOffset, span)) {
    throw badRequest(`${field}.startOffset.monthOffset must be "1" to "${span}", "FIRST" or "LAST" for a ${config.interval} cycle, got '${offset.monthOffset}'`);
  }
}
