/** One thing that happened in a sandbox, in the order it happened. */
export type JournalEntry =
  | { kind: 'request'; at: string; vendor: string; method: string; path: string; operationId?: string; status: number }
  | { kind: 'delivery'; at: string; source: string; eventType: string; url: string; status?: number; error?: string; duplicate: boolean }
  | { kind: 'clock'; at: string; to: string }
  | { kind: 'fault'; at: string; target: string; fault: unknown };

/**
 * What a sandbox did, in order, while recording: every client request and its status, every
 * delivery attempt and its answer, every move of the clock, every fault decided. A recording
 * replays a run; the first entry that differs is where two runs parted.
 */
export class Journal {
  private entries: JournalEntry[] | undefined;

  start(): void {
    this.entries = [];
  }

  stop(): JournalEntry[] {
    const entries = this.entries ?? [];
    this.entries = undefined;
    return entries;
  }

  get recording(): boolean {
    return this.entries !== undefined;
  }

  note(entry: JournalEntry): void {
    this.entries?.push(entry);
  }
}
