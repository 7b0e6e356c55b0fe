import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// files that mostly wait rather than compute: each runs the scenario engine against a connector
// in a process of its own, and every expect step waits out the partner's quiet window
// (PARTNER_QUIET_MS, 300 ms) with nothing to do; about 25 s for some 5 s of CPU on a 2-core
// machine. Among the workers they held one, and so half the machine, idle for that long; here
// they run one after another in a process of their own beside them
const WAITING = ['test/partner-mode.test.ts', 'test/partner-conformance.test.ts', 'test/partner-claims.test.ts'];

// the longest files, started first: vitest orders by the durations of the last run on this machine,
// and with none (a fresh clone, as in CI) by file size, which started the packaging test (npm and
// child processes, the longest file) a third of the way in, and the run ended waiting for it.
// The contracts' test comes second, on the other worker: it loads every validator, and strictly
// checks each contract against the OpenAPI schema
const LONGEST = ['test/package.test.ts', 'test/contracts.test.ts', 'test/chaos-accounts.test.ts', 'test/fuzz.test.ts', 'test/chaos-invoices.test.ts', 'test/contract-types.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((path) => f.moduleId.endsWith(`/${path}`));
      return i < 0 ? LONGEST.length : i;
    };
    // a stable sort: the rest keep vitest's order
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // worker threads, not forks: vitest sends a fork every module it imports, and every result
    // back, as a serialised buffer written out as JSON (an array of numbers) over the IPC pipe;
    // a thread gets them over a MessagePort. Measured on the 2-core machine, three runs each
    // alternating: 55-61 s against 57-64 s
    pool: 'threads',
    // each worker keeps its modules from one file to the next: importing the sources and compiling
    // the contracts' validators afresh for every file was a third of the suite's time. Safe while
    // test files close what they open (msw servers, sandboxes, fake timers) and never vi.mock, the
    // sources keep only caches of files they read, and vitest undoes spies and stubs (below)
    isolate: false,
    // scratch files in memory when the machine allows (test/support/scratch-dir.ts); dist/ built
    // when a source changed, for the tests that start its programs (test/support/fresh-build.ts)
    globalSetup: ['test/support/scratch-dir.ts', 'test/support/fresh-build.ts'],
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // one worker per CPU (vitest 3 leaves one CPU to its main process, which only waits: on a
    // 2-core machine that ran every file one after another), and the waiting files' one process.
    // `npm test` starts vitest with --single-threaded-gc, which its worker threads share (a V8
    // flag, which a thread's own execArgv may not set): with a worker on every CPU, V8's helper
    // threads for collecting garbage only competed with the other workers. The waiting files'
    // process gets it too. Five CPU-bound files, three pairs alternating: 20.5-21.2 s of CPU
    // against 22.1-23.3 s, and 12.5-12.9 s of wall time against 13.4-14.4 s
    poolOptions: {
      threads: { minThreads: availableParallelism(), maxThreads: availableParallelism() },
      forks: { minForks: 1, maxForks: 1, execArgv: ['--single-threaded-gc'] },
    },
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...WAITING] } },
      { extends: true, test: { name: 'waiting', include: WAITING, pool: 'forks' } },
    ],
  },
});
