import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { yamlSyntaxError } from '../connector/yaml-positions.js';
import { faultPlanProblems, faultPlanSchema, type FaultPlanInput } from '../simulators/kit/faults.js';
import { entryText, readRecording, record, replay, skeleton } from './engine/recording.js';
import { referenceWorld } from './engine/suite.js';

/** What the recording commands need from the CLI around them. */
export interface RecordingIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** A fault plan from a YAML or JSON file (contracts/admin.yaml FaultPlan), or one message saying what is wrong. */
export function readFaultPlan(io: RecordingIo, file: string): FaultPlanInput | string {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    return `cannot read the fault plan ${file}: ${(e as Error).message}`;
  }
  // one line at the yaml library's own position, not its multi-line excerpt
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = yamlSyntaxError(doc, lines, file);
  if (syntax) return syntax;
  const raw: unknown = doc.toJS();
  const plan = faultPlanSchema.safeParse(raw, { reportInput: true });
  if (plan.success) return plan.data;
  return `${file} is not a fault plan: ${faultPlanProblems(plan.error)}`;
}

/** `record FILE --out REC [--faults PLAN]`: run a scenario with the reference connector, keeping everything. */
export async function recordCommand(io: RecordingIo, file: string, out: string, faults: FaultPlanInput | undefined): Promise<number> {
  const recording = await record(resolve(io.cwd, file), (s) => referenceWorld(s), { connector: 'the reference connector, in process', ...(faults ? { faults } : {}) });
  writeFileSync(resolve(io.cwd, out), `${JSON.stringify(recording, null, 2)}\n`);
  const ended = recording.result.failure ? `failed at ${recording.result.failure.at}: ${recording.result.failure.found.join('; ')}` : 'passed';
  io.out(`recorded ${recording.journal.length} journal entries to ${out}; the run ${ended}\n`);
  return 0;
}

/** `replay REC`: run the recording again and report the first divergence, if any. */
export async function replayCommand(io: RecordingIo, file: string): Promise<number> {
  const recording = readRecording(resolve(io.cwd, file));
  const report = await replay(recording, (s) => referenceWorld(s));
  if (report.divergence) {
    const { index, recorded, replayed } = report.divergence;
    io.out(`the replay parted from the recording at journal entry ${index + 1} of ${recording.journal.length}:\n  recorded: ${entryText(recorded)}\n  replayed: ${entryText(replayed)}\n`);
  } else {
    io.out(`the replay matched all ${recording.journal.length} journal entries\n`);
  }
  const outcome = report.result.failure ? `failed at ${report.result.failure.at}: ${report.result.failure.found.join('; ')}` : 'passed';
  io.out(`the replay ${outcome}${report.sameOutcome ? ', as the recorded run did' : `; the recorded run ${recording.result.passed ? 'passed' : 'failed'}`}\n`);
  return report.divergence || !report.sameOutcome ? 1 : 0;
}

/** `skeleton REC [--out FILE]`: the recording as a scenario for a bug report. */
export function skeletonCommand(io: RecordingIo, file: string, out: string | undefined): number {
  const text = skeleton(readRecording(resolve(io.cwd, file)));
  if (out === undefined) io.out(text);
  else {
    writeFileSync(resolve(io.cwd, out), text);
    io.out(`bug-report scenario written to ${out}\n`);
  }
  return 0;
}
