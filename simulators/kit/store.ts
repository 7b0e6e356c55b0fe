import { snapshotClass } from './snapshot-codec.js';

/**
 * Simulator state: one map per model, keyed by the model's key field, in insertion order
 * (the order every list in the harness pages through). Records are plain objects that
 * handlers read and change in place.
 *
 * This replaced @mswjs/data, which DESIGN.md first chose: its `findFirst` scans every record
 * (60 look-ups/s at 20,000 records), each insert cost ~8 µs, and importing it (it loads msw,
 * graphql and lodash) took ~420 ms of the 1 s cold-start budget.
 */
export class Store<Models extends string> {
  private readonly tables = new Map<Models, Map<string, unknown>>();

  /** `keys` names each model's key field, e.g. `{ customer: 'id', setting: 'key' }`. */
  constructor(private readonly keys: Record<Models, string>) {
    for (const model of Object.keys(keys) as Models[]) this.tables.set(model, new Map());
  }

  private table(model: Models): Map<string, unknown> {
    return this.tables.get(model)!;
  }

  /** Add a record; its key must be new (handlers check first, so a clash here is a bug). */
  insert<T>(model: Models, record: T): T {
    const key = String((record as Record<string, unknown>)[this.keys[model]]);
    const table = this.table(model);
    if (table.has(key)) throw new Error(`${model} '${key}' already exists`);
    table.set(key, record);
    return record;
  }

  get<T>(model: Models, key: string): T | undefined {
    return this.table(model).get(key) as T | undefined;
  }

  has(model: Models, key: string): boolean {
    return this.table(model).has(key);
  }

  /** Delete a record; false when there was none. */
  remove(model: Models, key: string): boolean {
    return this.table(model).delete(key);
  }

  values<T>(model: Models): IterableIterator<T> {
    return this.table(model).values() as IterableIterator<T>;
  }

  /** Every record of every model, for the in-process `Admin.state()`. */
  dump(): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    for (const [model, table] of this.tables) out[model] = [...table.values()];
    return out;
  }

  /** Every model's records, unread, for `/__admin/state` to count and page. */
  collections(): Record<string, Collection> {
    return Object.fromEntries(this.tables);
  }
}

/**
 * Records `/__admin/state` pages through: counted at once, read lazily in their order, and
 * shown through `show` (credentials taken out), which only the records of a page pay for.
 */
export interface Collection<T = unknown> {
  readonly size: number;
  values(): Iterable<T>;
  show?(record: T): unknown;
}

/** A list as a collection. */
export function listed<T>(records: readonly T[]): Collection<T> {
  return { size: records.length, values: () => records.values() };
}

/** A collection whose records are shown changed as they are paged. */
export function mapped<T>(records: Collection<T>, show: (record: T) => unknown): Collection<T> {
  return { size: records.size, values: () => records.values(), show };
}

/** Records `offset` to `offset + limit` of a collection, reading no further than the last of them. */
export function pageOf<T>(records: Collection<T>, offset: number, limit: number): unknown[] {
  const page: unknown[] = [];
  if (limit <= 0) return page;
  let index = 0;
  for (const record of records.values()) {
    if (index++ < offset) continue;
    page.push(records.show ? records.show(record) : record);
    if (page.length === limit) break;
  }
  return page;
}

snapshotClass(Store, 'Store');
