// Whether dist/ is older than the TypeScript sources, and the build when it is: used by `npm start`
// and `npm run connector` (scripts/run-program.mjs), by prepare and prepack
// (scripts/build-if-stale.mjs), by the tests' globalSetup, by the bench and, in a repository
// checkout, by bin/billing-sim.mjs. Not shipped in the package (it has no sources).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// what the build compiles and bundles: TypeScript, and the page's views (.tsx) and styles (.css)
// that go into the dashboard's bundle
const CODE = ['.ts', '.tsx', '.css'];
/**
 * The folders the build reads, each with the kinds of file it reads there: contracts/ for the
 * types generated from the contracts, and the contracts themselves, which it parses and compiles
 * validators from (dist/precompiled/); dashboard/ for its server and its bundled page. The
 * scenarios' YAML is read at run time, not built.
 */
const SOURCES = { app: CODE, simulators: CODE, connector: CODE, dashboard: CODE, scenarios: CODE, contracts: [...CODE, '.yaml'] };
/**
 * Files that change the output without being compiled themselves: the compiler's settings, the
 * build's own scripts, and the record npm rewrites at every install in the checkout (the programs
 * in dist/programs/ carry the packages installed; npm writes it before it runs prepare).
 */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/declarations.mjs', 'scripts/programs.mjs', 'node_modules/.package-lock.json'];

/** Written by scripts/build.mjs: the sources it compiled, its mtime the instant the build started. */
export function stampPath(root = ROOT) {
  return join(root, 'dist', '.build-stamp.json');
}

function walk(dir, extensions, found) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, extensions, found);
    else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(path);
  }
  return found;
}

/** Every file the build reads (SOURCES), relative to the root and sorted, so the stamp can list them. */
export function sourceFiles(root = ROOT) {
  const found = [];
  for (const [dir, extensions] of Object.entries(SOURCES)) if (existsSync(join(root, dir))) walk(join(root, dir), extensions, found);
  return found.map((path) => relative(root, path)).sort();
}

/**
 * Why dist/ needs building, or undefined when it is current: no build yet, a source added or
 * removed since (the stamp lists what was compiled), or a source or build input changed after
 * the build started.
 */
export function staleReason(root = ROOT) {
  const stamp = stampPath(root);
  if (!existsSync(stamp)) return 'dist/ has not been built';
  const builtAt = statSync(stamp).mtimeMs;
  const sources = sourceFiles(root);
  const built = JSON.parse(readFileSync(stamp, 'utf8')).sources;
  const added = sources.find((path) => !built.includes(path));
  if (added) return `${added} was added since the last build`;
  const removed = built.find((path) => !sources.includes(path));
  if (removed) return `${removed} was removed since the last build`;
  const inputs = BUILD_INPUTS.filter((path) => existsSync(join(root, path)));
  const changed = [...sources, ...inputs].find((path) => statSync(join(root, path)).mtimeMs > builtAt);
  return changed && `${changed} changed since the last build`;
}

/**
 * Build dist/ when it is stale, saying why on stderr (stdout may be a report another program
 * reads). When the build fails, which it has said why, exit with 1; or, with `onFailure: 'throw'`,
 * throw, for a caller that must clean up first (the tests' globalSetup).
 */
export function buildIfStale(who, { onFailure = 'exit' } = {}) {
  const reason = staleReason();
  if (!reason) return;
  process.stderr.write(`${who}: ${reason}; building dist/ first (npm run build)\n`);
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    if (onFailure === 'throw') throw new Error(`${who}: npm run build failed (its output above says why)`);
    process.exit(1);
  }
}
