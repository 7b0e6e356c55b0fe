import type { TogaiContext } from './notifications.js';

/**
 * Togai's own unique id for a record (`togaiCustomerId`, plan ids, invoice ids, ...), from the
 * simulator's seeded random stream so a run repeats exactly. `prefix` names the kind of record.
 */
export function togaiId(ctx: TogaiContext, prefix: string): string {
  return `${prefix}.${ctx.random.base62(11)}.${ctx.random.base62(5)}`;
}

/** A version-4-shaped UUID from the seeded stream, for ids the pages document as UUIDs. */
export function uuid(ctx: TogaiContext): string {
  const r = ctx.random;
  return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${'89ab'[r.int(4)]}${r.hex(3)}-${r.hex(12)}`;
}
