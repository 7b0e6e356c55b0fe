import { factory } from '@mswjs/data';

type Dictionary = Parameters<typeof factory>[0];

interface Database {
  getModel(name: string): Map<string, any>;
}

/**
 * Simulator state on @mswjs/data. Records are created through the model API, so the
 * dictionary's defaults and its duplicate-key check apply. Look-ups by key read the
 * database's own per-model map: @mswjs/data answers `findFirst` by scanning every record,
 * which at a few thousand records is slower than the whole HTTP round trip.
 */
export class Store<Models extends string> {
  readonly models: Record<Models, any>;
  private readonly database: Database;

  constructor(dictionary: Dictionary) {
    this.models = factory(dictionary) as any;
    const symbol = Object.getOwnPropertySymbols(this.models).find((s) => s.description === 'databaseInstance');
    if (!symbol) throw new Error('@mswjs/data no longer exposes its database instance; pin a compatible version');
    this.database = (this.models as any)[symbol];
  }

  insert<T>(model: Models, record: T): T {
    return this.models[model].create(record) as T;
  }

  get<T>(model: Models, key: string): T | undefined {
    return this.database.getModel(model).get(key) as T | undefined;
  }

  has(model: Models, key: string): boolean {
    return this.database.getModel(model).has(key);
  }

  /** Records in insertion order, the order every list in the harness pages through. */
  values<T>(model: Models): IterableIterator<T> {
    return this.database.getModel(model).values() as IterableIterator<T>;
  }

  /** Every record of every model, for `/__admin/state`. */
  dump(): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    for (const name of Object.keys(this.models)) out[name] = [...this.database.getModel(name).values()];
    return out;
  }
}
