import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JunitMergeError, mergeJunitReports, type JunitInput } from './reporters/junit-merge.js';

/** What the merge command needs from the CLI around it. */
export interface MergeIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/**
 * `junit-merge FILE... [--out FILE]`: the shards' JUnit reports as one, to stdout or `out`.
 * Exit 1, writing nothing, when a file cannot be read or the reports are not every shard of
 * one run exactly once; the scenarios' own failures are the shards' exit codes, not this one's.
 */
export function junitMergeCommand(io: MergeIo, files: string[], out: string | undefined): number {
  const inputs: JunitInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: readFileSync(resolve(io.cwd, file), 'utf8') });
    } catch (e) {
      io.err(`billing-sim junit-merge: cannot read ${file}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  let merged;
  try {
    merged = mergeJunitReports(inputs);
  } catch (e) {
    if (!(e instanceof JunitMergeError)) throw e;
    for (const p of e.problems) io.err(`billing-sim junit-merge: ${p}\n`);
    io.err('billing-sim junit-merge: nothing was written\n');
    return 1;
  }
  try {
    if (out === undefined) io.out(merged.xml);
    else writeFileSync(resolve(io.cwd, out), merged.xml);
  } catch (e) {
    io.err(`billing-sim: cannot write ${out}: ${(e as Error).message}\n`);
    return 1;
  }
  // the summary goes where it cannot end up inside the merged report
  const t = merged.totals;
  (out === undefined ? io.err : io.out)(`merged ${inputs.length} report${inputs.length === 1 ? '' : 's'}${out === undefined ? '' : ` into ${out}`}: ${t.tests} scenarios, ${t.failures} failed, ${t.errors} errors, ${t.skipped} skipped\n`);
  return 0;
}
