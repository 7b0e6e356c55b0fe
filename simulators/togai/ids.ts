import type { TogaiContext } from './notifications.js';

/**
 * Togai's own unique id for a record (`togaiCustomerId`, plan ids, invoice ids, ...), from the
 * simulator's seeded random stream so a run repeats exactly. `prefix` names the kind of record.
 */
export function togaiId(ctx: TogaiContext, prefix: string): string {
  return flat(`${prefix}.${ctx.random.base62(11)}.${ctx.random.base62(5)}`);
}

/** A version-4-shaped UUID from the seeded stream, for ids the pages document as UUIDs. */
export function uuid(ctx: TogaiContext): string {
  const r = ctx.random;
  return flat(`${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${'89ab'[r.int(4)]}${r.hex(3)}-${r.hex(12)}`);
}

/**
 * One flat copy of a string built by concatenation. An id made from pieces (as `togaiId` and `uuid` make them)
 * is a tree of V8 cons strings; kept as it is, each stored id holds its tree and every piece
 * (a 36-character UUID came to about 300 bytes instead of 56), which for a record kept per
 * customer is a fifth of what the customer costs.
 */
export function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

