/**
 * Work for one key runs one piece at a time, in arrival order; other keys run alongside. Two
 * deliveries about the same record (a redelivery overlapping the first, a callout and a
 * notification about one account) would otherwise read the same "before" and both act on it.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // forget the key once nothing more waits on it, so the map does not grow with history
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
