/**
 * The newest entries of a log kept in a ring of slots that are filled in place: it holds between
 * `limit` and a tenth more, dropping the oldest in one chunk past that, so a busy log neither
 * shifts an array nor keeps an object per entry until thousands of entries later (old-space
 * garbage for every request; issue 17). The request log and the dashboard's timeline keep theirs here.
 */
export class SlotRing<S> {
  private slots: S[] = [];
  // the oldest entry's slot, and how many are held
  private start = 0;
  private held = 0;
  // entries trimmed since the ring was cleared (or the count it was refilled with)
  private trimmed = 0;
  // slots in use: the most it holds, and the one added before a trim (more when refilled with more)
  private capacity: number;

  constructor(
    private readonly limit: number,
    private readonly blank: () => S,
  ) {
    this.capacity = this.fullRing();
  }

  /** How many entries are held. */
  get size(): number {
    return this.held;
  }

  /** How many of the oldest entries trims have dropped. */
  get dropped(): number {
    return this.trimmed;
  }

  /** The slot of a new newest entry, to fill in place (nothing made per entry: this is every request's path). */
  next(): S {
    const slot = this.append();
    if (this.held > this.limit * 1.1) {
      const excess = this.held - this.limit;
      this.start = (this.start + excess) % this.capacity;
      this.held = this.limit;
      this.trimmed += excess;
    }
    return slot;
  }

  /** The entry `n`th from the oldest held. */
  at(n: number): S {
    return this.slots[(this.start + n) % this.capacity]!;
  }

  /** `each` of the entries from `from` (inclusive) to `to` (exclusive), counted from the oldest held. */
  map<T>(each: (slot: S, n: number) => T, from = 0, to = this.held): T[] {
    const out: T[] = [];
    for (let n = Math.max(0, from); n < Math.min(to, this.held); n++) out.push(each(this.at(n), n));
    return out;
  }

  /** Empty, then filled as it was, untrimmed: `fill` writes each of `count` entries into its slot, oldest first; `dropped` of them were dropped before. */
  refill(count: number, fill: (slot: S, n: number) => void, dropped = 0): void {
    this.clear();
    this.trimmed = dropped;
    this.capacity = Math.max(this.fullRing(), count + 1);
    for (let n = 0; n < count; n++) fill(this.append(), n);
  }

  clear(): void {
    this.slots = [];
    this.capacity = this.fullRing();
    this.start = 0;
    this.held = 0;
    this.trimmed = 0;
  }

  private fullRing(): number {
    return Math.floor(this.limit * 1.1) + 1;
  }

  /** The slot after the newest, made the first time the ring gets that far. */
  private append(): S {
    const i = (this.start + this.held) % this.capacity;
    this.held++;
    return (this.slots[i] ??= this.blank());
  }
}
