import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenarios/engine/load.js';
import { record, replay, skeleton, entryText } from '../scenarios/engine/recording.js';
import { runScenario } from '../scenarios/engine/run.js';
import { referenceWorld } from '../scenarios/engine/suite.js';
import type { FaultPlanInput } from '../simulators/kit/faults.js';
import { doublePostingWorld } from './support/planted-bug.js';

const FILE = 'test/fixtures/january-usage.yaml';
// the second usage post of a delivery fails four times (every try the connector makes), so
// the delivery fails after the first usage record went in, and Togai delivers it again
const FAULTS: FaultPlanInput = { requests: [{ vendor: 'zuora', operation: 'crudCreateUsage', fault: { kind: 'error', status: 503 }, skip: 1, count: 4 }] };

describe('record and replay', () => {
  it('records a run against a connector that double-posts usage on a retried 503, and replays it to the same failure', async () => {
    const recording = await record(FILE, doublePostingWorld, { connector: 'reference connector with a planted double-posting bug', faults: FAULTS });
    expect(recording.result.passed).toBe(false);
    expect(recording.result.failure!.found).toEqual([expect.stringMatching(/^body\.usage: expected 2 items, found 3: /)]);
    expect(recording.journal.filter((e) => e.kind === 'fault')).toHaveLength(4);
    expect(recording.journal.some((e) => e.kind === 'clock')).toBe(true);

    // written and read back as a file would be
    const again = await replay(JSON.parse(JSON.stringify(recording)), doublePostingWorld);
    expect(again.divergence).toBeUndefined();
    expect(again.sameOutcome).toBe(true);
    expect(again.result.failure!.at).toBe(recording.result.failure!.at);

    // the reference connector parts from the recording where the bug first shows
    const fixed = await replay(recording, (s) => referenceWorld(s));
    expect(fixed.result.passed).toBe(true);
    expect(fixed.sameOutcome).toBe(false);
    // they part where the reference looks up the usage it already sent, which the buggy one never does
    expect(fixed.divergence!.index).toBeGreaterThan(0);
    expect(entryText(fixed.divergence!.replayed)).toContain('(getUsageByAccount) -> 200');
  }, 30_000);

  it('turns a recording into a scenario that fails the same way against the buggy connector and passes against the reference one', async () => {
    const recording = await record(FILE, doublePostingWorld, { connector: 'the planted bug', faults: FAULTS });
    const yaml = skeleton(recording);
    expect(yaml).toContain('name: "Bug report: January usage in both modes reaches Zuora once"');
    expect(yaml).toContain('operation: crudCreateUsage');
    const bugReport = parseScenario(yaml, 'bug-report.yaml');
    expect(bugReport.faults).toMatchObject(FAULTS);

    const buggy = doublePostingWorld(bugReport);
    const failing = await runScenario(bugReport, buggy);
    await buggy.close();
    expect(failing.passed).toBe(false);
    expect(failing.failure!.expectation).toBe(recording.result.failure!.expectation);
    expect(failing.failure!.found).toEqual(recording.result.failure!.found);

    const reference = referenceWorld(bugReport);
    const passing = await runScenario(bugReport, reference);
    await reference.close();
    expect(passing.passed, passing.failure && passing.failure.found.join('\n')).toBe(true);
  }, 30_000);
});
