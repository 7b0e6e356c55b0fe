/** Spans and instants the Togai simulator's billing modules share, defined once. */

export const DAY = 24 * 3600 * 1000;

/**
 * Togai's far end of time: a plan's own pricing schedule runs to it, and an association until it
 * (or any later day) is open-ended.
 */
export const OPEN_END = '9999-01-01T00:00:00.000Z';
export const OPEN_END_MS = Date.parse(OPEN_END);
