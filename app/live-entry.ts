import { startLiveSandbox } from './live.js';

// the live sandbox as a process: `npm start` (scripts/run-program.mjs) imports its bundle,
// dist/programs/live.mjs, and tests start that bundle with node
startLiveSandbox().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
