// The harness's programs, each bundled by scripts/build.mjs into one file of dist/programs/ with
// the packages it uses: billing-sim (bin/billing-sim.mjs runs it), the live sandbox (`npm start`)
// and the reference connector as its own process (`npm run connector`). Loading one file instead
// of several hundred modules from dist/ and node_modules/ cuts a process's start (README, "npm run
// build", gives the figures). The rest of dist/ stays one file per source with the packages left
// to Node: the package's exports, which a user's own code imports beside its own copies of msw
// and the rest.
import { join } from 'node:path';
import { ROOT } from './build-freshness.mjs';

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
const LEFT_IN_NODE_MODULES = ['ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*', 'openapi-backend', 'yaml', 'yaml/*'];

/** The file of a program's bundle. */
export function programFile(name, root = ROOT) {
  return join(root, 'dist', 'programs', `${name}.mjs`);
}

/**
 * Bundle every program into `outDir`. Each file is whole, without chunks shared between them:
 * a program never loads another file from dist/programs/ once started, so a rebuild under a
 * running `npm start` cannot take away a part it had not loaded yet.
 */
export async function bundlePrograms(root, outDir) {
  // imported here: `npm start` and `npm run connector` import this module for programFile alone
  const { build } = await import('esbuild');
  await build({
    entryPoints: Object.fromEntries(Object.entries(PROGRAMS).map(([name, source]) => [name, join(root, source)])),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    // what package.json's engines allows: the packages' own syntax is left as Node 20 reads it
    target: 'node20',
    tsconfig: join(root, 'tsconfig.build.json'),
    external: LEFT_IN_NODE_MODULES,
    // the CommonJS packages in a bundle still require Node's own modules: give the file a require of its own
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
}
