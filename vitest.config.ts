import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // vitest 3 leaves one CPU to its main process, which only waits: on a 2-core machine that
    // ran every file one after another
    maxWorkers: availableParallelism(),
    // each fork keeps its modules from one file to the next: importing the sources and compiling
    // the contracts' validators afresh for every file was a third of the suite's time. Safe while
    // test files close what they open (msw servers, sandboxes, fake timers) and never vi.mock, the
    // sources keep only caches of files they read, and vitest undoes spies and stubs (below)
    isolate: false,
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
