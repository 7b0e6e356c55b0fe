import type { components } from '../../contracts/types/admin.js';

/** One request a simulator answered, as `/__admin/requests` lists it (contracts/admin.yaml `LoggedRequest`). */
export type LoggedRequest = components['schemas']['LoggedRequest'];

/** An entry as kept: the time stays a number until someone reads the log. */
type Entry = Omit<LoggedRequest, 'at'> & { at: number };

/** What a request log holds, for a sandbox snapshot. */
export interface RequestLogSnapshot {
  entries: Entry[];
  dropped: number;
}

/** The most recent requests a simulator answered; older ones are counted, not kept. */
export class RequestLog {
  private entries: Entry[] = [];
  private dropped = 0;

  /** Told of each request as it is logged (the sandbox's journal, while recording). */
  listener: ((entry: Entry) => void) | undefined;

  constructor(private readonly limit = 10_000) {}

  add(entry: Entry): void {
    this.entries.push(entry);
    this.listener?.(entry);
    // trim in chunks so a busy simulator does not shift the array on every request
    if (this.entries.length > this.limit * 1.1) {
      const excess = this.entries.length - this.limit;
      this.entries.splice(0, excess);
      this.dropped += excess;
    }
  }

  list(): { requests: LoggedRequest[]; dropped: number } {
    return { requests: this.entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })), dropped: this.dropped };
  }

  snapshot(): RequestLogSnapshot {
    return { entries: [...this.entries], dropped: this.dropped };
  }

  restore(snapshot: RequestLogSnapshot): void {
    this.entries = [...snapshot.entries];
    this.dropped = snapshot.dropped;
  }

  clear(): void {
    this.entries = [];
    this.dropped = 0;
  }
}
