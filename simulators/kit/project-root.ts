import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The harness's root folder (where `contracts/` and the shipped `scenarios/` live), found by
 * walking up from this module, so paths hold whether it runs from the sources, from the compiled
 * `dist/simulators/kit/`, from a program's bundle in `dist/programs/`, or from an installed
 * `node_modules/billing-sim-harness/dist/`.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'contracts', 'admin.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the harness root (a folder with contracts/admin.yaml) above this module');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();

/** Where the harness keeps what one process works out for the next (parsed contracts, compiled validators, parsed scenarios). */
export const CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'billing-sim-harness');

/**
 * What the build works out ahead of time and the package ships, read where CACHE_DIR has nothing
 * yet: each contract parsed (loadContract), and its validators compiled (ValidatorCache).
 */
export const PRECOMPILED_DIR = join(PROJECT_ROOT, 'dist', 'precompiled');
