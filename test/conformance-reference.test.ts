import { describe, expect, it } from 'vitest';
import { main } from '../scenarios/cli.js';
import { captureIo } from './support/cli.js';

interface JsonCheck {
  check: string;
  status: string;
  reason: string | null;
  failure: { at: string; expected: string; found: string[]; trace: string } | null;
}
interface JsonFlow {
  flow: number;
  status: string;
  checks: JsonCheck[];
}

// flows with a way back to where their record came from: 1 <-> 2 and 6 <-> 9
const LOOPS = [1, 2, 6, 9];

describe('billing-sim conform against the reference connector, in process', () => {
  it('passes every check of every flow; the loop check applies to flows 1, 2, 6 and 9 only', async () => {
    const io = captureIo();
    const code = await main(['conform', '--reporter', 'json', '--concurrency', '2'], io);
    const report = JSON.parse(io.stdout) as { verdict: string; claims: { flows: number[] }; flows: JsonFlow[] };
    const failures = report.flows.flatMap((f) => f.checks.filter((c) => c.status === 'fail').map((c) => `flow ${f.flow} ${c.check}: ${c.failure!.expected}\n${c.failure!.found.join('\n')}\n${c.failure!.trace}`));
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(code).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(report.flows.map((f) => [f.flow, f.status])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((f) => [f, 'pass']));
    for (const flow of report.flows) {
      expect(flow.checks).toHaveLength(8);
      for (const c of flow.checks) {
        const applies = c.check !== 'loop-prevention' || LOOPS.includes(flow.flow);
        expect([flow.flow, c.check, c.status]).toEqual([flow.flow, c.check, applies ? 'pass' : 'not-applicable']);
      }
    }
    // each check's progress line came as it was judged
    expect(io.stderr).toMatch(/^✓ flow 6 unauthenticated {2}\d/m);
  }, 120_000);
});
