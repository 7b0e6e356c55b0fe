// vitest's globalSetup: the tests that start a process start the programs users run, bundled in
// dist/programs/ (scripts/programs.mjs), so dist/ is built first when a source changed since the
// last build, as `npm start` and billing-sim do. Right after `npm ci` (which builds it) this only
// compares dates. A failed build throws, so vitest stops the run and still tears down the other
// setups (the scratch folder).
import { buildIfStale } from '../../scripts/build-freshness.mjs';

export default function setup(): void {
  buildIfStale('npm test', { onFailure: 'throw' });
}
