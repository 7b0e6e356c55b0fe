/** How the page writes times, counts and errors. */

/** `2025-01-31T00:00:00.000Z` as `2025-01-31 00:00:00 UTC`: virtual time reads as a date, not an instant of this browser. */
export function formatTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** What a failed call said, for the page to show. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
