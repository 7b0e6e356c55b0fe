// The harness's programs, each bundled by scripts/build.mjs into dist/programs/ with the packages
// they use: billing-sim (bin/billing-sim.mjs runs it), the live sandbox (`npm start`) and the
// reference connector as its own process. Loading a few bundled files instead of several hundred
// modules from dist/ and node_modules/ nearly halves a process's start: `billing-sim list` took
// 0.46 s of CPU against 0.79 s, and `billing-sim run` of the 18 stock scenarios 1.1 s against 1.5 s.
// dist/app/ stays one file per source with the packages left to Node: the package's exports,
// which a user's own code imports beside its own copies of msw and the rest.
import { join } from 'node:path';
import { build } from 'esbuild';

/** Each program's name (dist/programs/<name>.mjs) and its TypeScript source. */
export const PROGRAMS = {
  'billing-sim': 'scenarios/cli-entry.ts',
  live: 'app/live-entry.ts',
  connector: 'connector/main.ts',
};

/**
 * Left to Node, from node_modules: packages the sources also load by name while they run
 * (Ajv's standalone generator and the code it wrote, the versions that key the caches, yaml in
 * the contracts' cache). A second, bundled copy would compile with one version and read back
 * with another, or key a cache by a version it is not.
 */
const LOADED_AT_RUN_TIME = ['ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*', 'openapi-backend', 'yaml', 'yaml/*'];

/** Bundle every program into `outDir`, the code they share in chunks of its own (esbuild's splitting). */
export async function bundlePrograms(root, outDir) {
  await build({
    entryPoints: Object.fromEntries(Object.entries(PROGRAMS).map(([name, source]) => [name, join(root, source)])),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // what package.json's engines allows: the packages' own syntax is left as Node 20 reads it
    target: 'node20',
    tsconfig: join(root, 'tsconfig.build.json'),
    external: LOADED_AT_RUN_TIME,
    // the CommonJS packages in a bundle still require Node's own modules: give each file a require of its own
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
}
