// `npm start` (the live sandbox) and `npm run connector` (the reference connector): the program
// named by the first argument, from its bundle in dist/programs/ (scripts/programs.mjs), dist/
// built first only when a source is newer than the build.
import { buildIfStale } from './build-freshness.mjs';

// package.json's scripts name it: live or connector
const name = process.argv[2];
const script = process.env.npm_lifecycle_event;
buildIfStale(script === 'start' ? 'npm start' : `npm run ${script ?? name}`);
// imported, not spawned: a second node process would add its whole start-up to the wait, and the
// connector stays npm's one direct child (README, "Restarts and kill -9")
await import(`../dist/programs/${name}.mjs`);
