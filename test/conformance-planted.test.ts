import { describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../scenarios/engine/load.js';
import type { InProcessWorld } from '../scenarios/engine/in-process-world.js';
import { runConformance } from '../scenarios/conformance/run-conformance.js';
import { AnyCredentialWorld, DuplicatingWorld, NoRetryWorld, PushBackWorld, SecondWriteWorld } from './support/planted-conformance.js';

const target = (name: string, make: (s: LoadedScenario) => InProcessWorld) => ({ name, world: async (s: LoadedScenario) => make(s), options: {}, concurrency: 2 });

/** Each planted bug, the flow it is planted in, the checks that must catch it, and what the failure must say. */
const BUGS = [
  { bug: 'accepts any credential', flow: 6, make: (s: LoadedScenario) => new AnyCredentialWorld(s), caughtBy: ['unauthenticated'], says: /without a credential was answered 200; expected 401/ },
  // a redelivery after a lost answer is a redelivery too: a connector that never looks for its earlier work fails both
  { bug: 'creates duplicates on a redelivery', flow: 8, make: (s: LoadedScenario) => new DuplicatingWorld(s), caughtBy: ['duplicate-delivery', 'redelivery-after-500'], says: /chargebee listInvoices|expected 1 items?, found 2/ },
  { bug: 'writes the mapping in a second request and gives up when it fails', flow: 6, make: (s: LoadedScenario) => new SecondWriteWorld(s), caughtBy: ['failed-midway-write'], says: /settings: expected exactly one item matching \{"namespace":"chargebee","id":"customerId"/ },
  { bug: 'skips the retry after a 503', flow: 6, make: (s: LoadedScenario) => new NoRetryWorld(s), caughtBy: ['vendor-429-503'], says: /took \d attempts; the first was answered 500/ },
  { bug: 'pushes a record back to the vendor it came from', flow: 2, make: (s: LoadedScenario) => new PushBackWorld(s), caughtBy: ['loop-prevention'], says: /TogaiAccountId__c: expected "hopper-main"|pushed back to togai/ },
];

describe.concurrent('a connector with a planted bug', () => {
  for (const { bug, flow, make, caughtBy, says } of BUGS) {
    it(`that ${bug} fails flow ${flow} on exactly ${caughtBy.join(' and ')}`, async () => {
      const report = await runConformance(target(bug, make), { flows: [flow] });
      const [verdict] = report.flows;
      expect(verdict!.status).toBe('fail');
      const failed = verdict!.checks.filter((c) => c.status === 'fail');
      const shown = failed.map((c) => `${c.check}: ${c.failure!.expected}\n${c.failure!.found.join('\n')}`).join('\n\n');
      expect(failed.map((c) => c.check), shown).toEqual(caughtBy);
      for (const c of failed) {
        expect(c.failure!.found.join('\n'), shown).toMatch(says);
        // the delivery trace comes with it
        expect(c.failure!.trace).toMatch(/delivery {2}\w+ /);
      }
      // every other check of the flow passes (or does not apply): the bug is caught where it lives
      expect(verdict!.checks.filter((c) => !caughtBy.includes(c.check)).every((c) => c.status === 'pass' || c.status === 'not-applicable')).toBe(true);
    }, 60_000);
  }
});
