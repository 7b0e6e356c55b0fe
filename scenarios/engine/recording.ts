import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { FaultPlanInput } from '../../simulators/kit/faults.js';
import type { JournalEntry } from '../../simulators/kit/journal.js';
import { parseScenario, type LoadedScenario } from './load.js';
import { runScenario, type ScenarioResult } from './run.js';
import { requestLine } from './trace.js';
import type { World } from './world.js';

export const RECORDING_FORMAT = 'billing-sim-recording/1';

/**
 * A run, kept: the scenario as it was then, the fault plan in force (with its seed), which
 * connector it ran against, how it ended, and the journal of everything that happened in
 * order (client requests, delivery attempts, clock moves, fault decisions).
 */
export interface Recording {
  format: typeof RECORDING_FORMAT;
  connector: string;
  scenario: { file: string; text: string };
  faults?: FaultPlanInput;
  result: Pick<ScenarioResult, 'name' | 'passed' | 'failure' | 'notes'>;
  journal: JournalEntry[];
}

export type WorldFor = (scenario: LoadedScenario) => World | Promise<World>;

async function journaled(scenario: LoadedScenario, worldFor: WorldFor, faults: FaultPlanInput | undefined): Promise<{ result: ScenarioResult; journal: JournalEntry[] }> {
  const world = await worldFor(scenario);
  world.sandbox.journal.start();
  try {
    const result = await runScenario(scenario, world, faults ? { faults } : {});
    return { result, journal: world.sandbox.journal.stop() };
  } finally {
    await world.close();
  }
}

/** Run the scenario in `file` (under `faults`, if given, instead of its own) and keep everything. */
export async function record(file: string, worldFor: WorldFor, options: { connector: string; faults?: FaultPlanInput }): Promise<Recording> {
  const text = readFileSync(file, 'utf8');
  const scenario = parseScenario(text, file);
  const faults = options.faults ?? scenario.faults;
  const { result, journal } = await journaled(scenario, worldFor, faults);
  const { name, passed, failure, notes } = result;
  return { format: RECORDING_FORMAT, connector: options.connector, scenario: { file, text }, ...(faults ? { faults } : {}), result: { name, passed, ...(failure ? { failure } : {}), notes }, journal };
}

export function readRecording(file: string): Recording {
  const recording = JSON.parse(readFileSync(file, 'utf8')) as Recording;
  if (recording.format !== RECORDING_FORMAT) throw new Error(`${file} is not a billing-sim recording (format ${JSON.stringify(recording.format)}, expected ${RECORDING_FORMAT})`);
  return recording;
}

export interface ReplayReport {
  /** The first journal entry where the replay parted from the recording, if any. */
  divergence?: { index: number; recorded?: JournalEntry; replayed?: JournalEntry };
  /** Whether the replay ended as the recording did: passed, or failed at the same expectation. */
  sameOutcome: boolean;
  result: ScenarioResult;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Run the recording's scenario again, same seed and faults, and compare the journals entry by entry. */
export async function replay(recording: Recording, worldFor: WorldFor): Promise<ReplayReport> {
  const scenario = parseScenario(recording.scenario.text, recording.scenario.file);
  const { result, journal } = await journaled(scenario, worldFor, recording.faults);
  const length = Math.max(journal.length, recording.journal.length);
  let divergence: ReplayReport['divergence'];
  for (let index = 0; index < length; index++) {
    if (!same(journal[index], recording.journal[index])) {
      divergence = { index, recorded: recording.journal[index], replayed: journal[index] };
      break;
    }
  }
  const sameOutcome = result.passed === recording.result.passed && same(result.failure?.expectation, recording.result.failure?.expectation) && same(result.failure?.found, recording.result.failure?.found);
  return { ...(divergence ? { divergence } : {}), sameOutcome, result };
}

/** A journal entry as one line of text. */
export function entryText(entry: JournalEntry | undefined): string {
  if (!entry) return '(nothing: the run had ended)';
  const at = entry.at.slice(0, 19);
  switch (entry.kind) {
    case 'request':
      return `${at} ${requestLine(entry)}`;
    case 'delivery':
      return `${at} delivery ${entry.source} ${entry.eventType}${entry.duplicate ? ' (duplicate)' : ''} -> ${entry.status ?? entry.error}`;
    case 'clock':
      return `${at} clock moved to ${entry.to}`;
    default:
      return `${at} fault ${JSON.stringify(entry.fault)} on ${entry.target}`;
  }
}

/**
 * The recording as a scenario to attach to a bug report: the recorded scenario with the fault
 * plan that was in force (its seed included, so the same faults fall in the same places), and
 * a note of how the recorded run ended.
 */
export function skeleton(recording: Recording): string {
  // the recorded file's own schema line is replaced by the header below
  const doc = parseDocument(recording.scenario.text.replace(/^# yaml-language-server:.*\n/m, ''));
  const failure = recording.result.failure;
  doc.set('name', `Bug report: ${recording.result.name}`);
  const ended = failure ? `failed at ${failure.at}: ${failure.expectation}: ${failure.found.join('; ')}` : 'passed';
  doc.set('description', `Made from a recording of ${recording.scenario.file} against ${recording.connector}, which ${ended}`);
  if (recording.faults) doc.set('faults', doc.createNode(recording.faults));
  doc.commentBefore = ` yaml-language-server: $schema=./scenario.schema.json\n Bug report made by billing-sim skeleton from a recording (${recording.journal.length} journal entries).`;
  return doc.toString();
}
