import { createHash } from 'node:crypto';

/** One share of a suite split `total` ways: `current` is 1-based, as `--shard 2/3` says it. */
export interface Shard {
  current: number;
  total: number;
}

export class ShardError extends Error {}

/** `--shard K/N` as given: `1/3`, `2/3`, `3/3`. */
export function parseShard(raw: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const current = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!(Number.isSafeInteger(current) && Number.isSafeInteger(total) && total >= 1 && current >= 1 && current <= total)) {
    throw new ShardError(`--shard must be K/N with whole numbers 1 ≤ K ≤ N, e.g. 2/3 for the second of three shards; got ${JSON.stringify(raw)}`);
  }
  return { current, total };
}

/** A shard given either way (`'2/3'` or `{ current: 2, total: 3 }`), checked. */
export function shardOf(shard: Shard | string): Shard {
  return parseShard(typeof shard === 'string' ? shard : `${shard.current}/${shard.total}`);
}

export const shardText = (shard: Shard): string => `${shard.current}/${shard.total}`;

/**
 * The shard (1..total) a scenario belongs to, from a hash of its name alone: not its position
 * in the suite (so adding or removing other scenarios moves no one else) and not its path
 * (which differs between a checkout, node_modules and each CI runner). SHA-256 spreads names
 * evenly, so shards are balanced on average; two scenarios of the same name share a shard.
 */
export function shardNumber(name: string, total: number): number {
  return (createHash('sha256').update(name).digest().readUInt32BE(0) % total) + 1;
}

/** The scenarios of `shard`, in the order given; over all K of N, every scenario exactly once. */
export function inShard<T extends { name: string }>(scenarios: readonly T[], shard: Shard): T[] {
  return scenarios.filter((s) => shardNumber(s.name, shard.total) === shard.current);
}
