import { z } from 'zod';

/**
 * Fitting one vendor's values into another's limits. Each vendor accepts what the other may
 * refuse (Togai names up to 255 characters, Chargebee companies up to 250; Togai takes any
 * text as an email), and a value refused on every retry would leave the record never synced.
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The address if the target would take it as an email, else nothing: a record without email beats no record. */
export function emailOrNothing(text: string | undefined, max: number): string | undefined {
  if (!text) return undefined;
  return z.email().max(max).safeParse(text).success ? text : undefined;
}
