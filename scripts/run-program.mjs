// `npm start` (the live sandbox) and `npm run connector` (the reference connector): the program
// named by the first argument, from its bundle in dist/programs/ (scripts/programs.mjs), dist/
// built first only when a source is newer than the build.
import { pathToFileURL } from 'node:url';
import { buildIfStale } from './build-freshness.mjs';
import { PROGRAMS, programFile } from './programs.mjs';

const name = process.argv[2];
if (!Object.hasOwn(PROGRAMS, name ?? '')) {
  console.error(`usage: node scripts/run-program.mjs <program>, one of ${Object.keys(PROGRAMS).join(', ')}`);
  process.exit(2);
}
const script = process.env.npm_lifecycle_event;
// npm's pid before a build that may take seconds: the connector watches that its parent stays npm
const launchedBy = process.ppid;
buildIfStale(script === 'start' ? 'npm start' : script ? `npm run ${script}` : `node scripts/run-program.mjs ${name}`);
if (process.ppid !== launchedBy) {
  // whoever started it is gone (npm killed during the build): nobody is left to stop the program
  console.error(`scripts/run-program.mjs: the process that started ${name} exited during the build; not starting it`);
  process.exit(1);
}
// imported, not spawned: a second node process would add its whole start-up to the wait, and the
// connector stays npm's one direct child (README, "Restarts and kill -9")
await import(pathToFileURL(programFile(name)).href);
