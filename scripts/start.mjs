// `npm start`: the live sandbox from dist/, built first only when a source is newer than the build.
import { buildIfStale } from './build-freshness.mjs';

buildIfStale('npm start');
// imported, not spawned: a second node process would add its whole start-up to the wait
await import('../dist/programs/live.mjs');
