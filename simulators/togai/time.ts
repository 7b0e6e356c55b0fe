/** Spans and instants the Togai simulator's modules share, defined once. */

export const DAY = 24 * 3600 * 1000;

/**
 * Togai's far end of time: a plan's own pricing schedule runs to it, and an association until it
 * (or any later day) is open-ended.
 */
export const OPEN_END = '9999-01-01T00:00:00.000Z';
export const OPEN_END_MS = Date.parse(OPEN_END);

/**
 * The bounds of alias periods: their open ends. Most periods are open at both ends, so their
 * text and instant are known without building or parsing a Date (that had been a fifth of
 * creating a customer). FAR_FUTURE is also the last instant a date-time with a 4-digit year names.
 */
/** The open ends of a period ("-infinity" and "+infinity" on Togai's pages) as instants the wire can carry. */
export const FAR_PAST = '0001-01-01T00:00:00.000Z';
export const FAR_FUTURE = '9999-12-31T23:59:59.999Z';
export const FAR_PAST_MS = Date.parse(FAR_PAST);
export const FAR_FUTURE_MS = Date.parse(FAR_FUTURE);

export const iso = (ms: number) => (ms === FAR_PAST_MS ? FAR_PAST : ms === FAR_FUTURE_MS ? FAR_FUTURE : new Date(ms).toISOString());

/** A period bound as an instant. */
export const instant = (text: string) => (text === FAR_PAST ? FAR_PAST_MS : text === FAR_FUTURE ? FAR_FUTURE_MS : Date.parse(text));
