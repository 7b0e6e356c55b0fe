import type { Random } from '../kit/random.js';
import type { SimContext } from '../kit/simulator.js';

/** A Zuora object ID: 32 lower-case hex characters, from the simulator's seeded stream. */
export function newId(ctx: Pick<SimContext<unknown>, 'random'>): string {
  return ctx.random.hex(32);
}

/**
 * A Zuora-Request-Id: the API reference gives the header 36 characters, a UUID's length with its
 * hyphens. Shaped as a version 4 UUID so that clients that check UUIDs strictly accept it.
 */
export function requestId(random: Random): string {
  return `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${random.chars('89ab', 1)}${random.hex(3)}-${random.hex(12)}`;
}

/** Zuora's generated numbers: a prefix and an eight-digit counter (`A00000001`, `INV00000001`, `C-00000001`). */
export function numbered(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(8, '0')}`;
}

/** Custom fields travel beside the standard ones: `Name__c`, and the connectors' `__NS` and `__QT` fields. */
export function customFieldsOf(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) if (/__(c|NS|QT)$/.test(key)) out[key] = value;
  return out;
}
