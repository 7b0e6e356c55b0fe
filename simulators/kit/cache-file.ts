import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Keep `content` in `file` for another process (or thread) to read, whole or not at all: written
 * beside it and renamed into place, so a reader at the same moment finds the old file, the new
 * one, or none, never half of one. False when it cannot be written (a read-only install): the
 * caller then works out again, next time, what it would have kept.
 */
export function keepFile(file: string, content: string | Uint8Array): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(partial, content);
    renameSync(partial, file);
    return true;
  } catch {
    return false;
  }
}
