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
    // test files undo what they change (close msw servers and sandboxes, restore timers and spies;
    // vitest restores spies itself) and the sources keep only caches of files they read
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
