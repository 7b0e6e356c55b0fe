// `prepare` (npm ci and npm install in a checkout, and an install from git) and `prepack`: build
// dist/ only when a source or build input changed since the last build (scripts/build-freshness.mjs),
// so `npm pack` right after an install, or packing twice, does not compile everything again.
import { buildIfStale } from './build-freshness.mjs';

buildIfStale(`npm ${process.env.npm_lifecycle_event ?? 'run build'}`);
