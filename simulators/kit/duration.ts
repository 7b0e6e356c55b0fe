/** ISO-8601 durations (`P1Y2M10DT2H30M`, `P2W`, `PT0.5S`) applied in UTC calendar terms. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(text: string): Duration {
  const m = PATTERN.exec(text);
  if (!m) throw new Error(`'${text}' is not an ISO-8601 duration; write e.g. P31D, PT1H or P1M2DT3H`);
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** Add calendar months, keeping the day of month or, where it does not exist, the month's last day. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const target = new Date(ms);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.getTime();
}

export function addDuration(ms: number, text: string): number {
  return addParsedDuration(ms, parseDuration(text));
}

/** addDuration for a duration parsed once and applied many times. */
export function addParsedDuration(ms: number, d: Duration): number {
  let t = addMonths(ms, d.years * 12 + d.months);
  t += ((d.weeks * 7 + d.days) * 24 * 3600 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return Math.round(t);
}
