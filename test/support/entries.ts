import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, transform, version as esbuildVersion, type Plugin } from 'esbuild';
import { keepFile } from '../../simulators/kit/cache-file.js';
import { PROJECT_ROOT } from '../../simulators/kit/project-root.js';

/**
 * A program of the project (connector/main.ts, scenarios/cli-entry.ts, app/live.ts) as a process
 * starts it from its current TypeScript sources: bundled by esbuild into one file, the packages
 * left to Node to import from node_modules. It replaces `node --import tsx <source>` for tests
 * that start a process: tsx passes each of the few hundred modules through its loader thread,
 * about 0.8 s of CPU more per process than loading one file (15 processes a suite). No build of
 * dist/ is needed or read, and what runs is the sources as they are now: a bundle is kept (across
 * runs too) only while every file it holds reads as it did when it was made.
 *
 * Each module keeps the `import.meta.url` of its source file, as under tsx (the project's root
 * and packages are found from it), except the entry itself: its `import.meta.url` is the file
 * Node was asked to run, so app/live.ts still knows it is the program (as dist/app/live.js does).
 * `npm run connector` itself, tsx included, is still started by test/connector-process.test.ts.
 */

/** Under node_modules/, so the bundle's imports of packages resolve to the project's own. */
const DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'billing-sim-harness-test-entries');
/** Bundles of other versions of the sources are removed once unused this long, so a run still using one keeps it. */
const KEEP_OLD_MS = 3_600_000;

interface Bundled {
  file: string;
  /** Every project file in the bundle (and tsconfig.json), and the digest of their contents then. */
  inputs: string[];
  digest: string;
}

/** Bumped when how bundles are made changes, so none made the old way is taken. */
const RECIPE = 1;
const bundles = new Map<string, Promise<Bundled>>();

/** What the bundle depends on: how it is made, esbuild's version, and every input's path and contents as they read now. */
function digestOf(inputs: string[]): string {
  const hash = createHash('sha256').update(`${RECIPE} ${esbuildVersion}\n`);
  for (const path of inputs) hash.update(`${path}\n`).update(existsSync(path) ? readFileSync(path) : '(missing)').update('\n');
  return hash.digest('hex');
}

/** The bundle last made for `name` (this run or an earlier one), if it holds the files as they read now. */
function kept(name: string): Bundled | undefined {
  try {
    const bundled = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Bundled;
    if (!existsSync(bundled.file) || digestOf(bundled.inputs) !== bundled.digest) return undefined;
    // in use again: not one to remove as old
    utimesSync(bundled.file, new Date(), new Date());
    return bundled;
  } catch {
    return undefined;
  }
}

/** Each project module transformed as tsx would, with its own `import.meta.url`. */
function sourceUrls(entry: string): Plugin {
  const tsconfigRaw = readFileSync(join(PROJECT_ROOT, 'tsconfig.json'), 'utf8');
  return {
    name: 'source-urls',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const ts = /\.[cm]?tsx?$/.test(args.path);
        const { code } = await transform(await readFile(args.path, 'utf8'), {
          loader: args.path.endsWith('x') ? (ts ? 'tsx' : 'jsx') : ts ? 'ts' : 'js',
          format: 'esm',
          target: 'node20',
          tsconfigRaw,
          sourcefile: args.path,
          ...(args.path === entry ? {} : { define: { 'import.meta.url': JSON.stringify(pathToFileURL(args.path).href) } }),
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

const nameOf = (source: string) => source.replace(/\.[jt]s$/, '').replaceAll('/', '-');

async function bundle(source: string): Promise<Bundled> {
  const name = nameOf(source);
  const reusable = kept(name);
  if (reusable) return reusable;
  const entry = join(PROJECT_ROOT, source);
  const startedAt = Date.now();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    outfile: join(DIR, 'entry.mjs'),
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent',
    plugins: [sourceUrls(entry)],
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = join(DIR, `${name}-${hash}.mjs`);
  if (existsSync(file)) {
    utimesSync(file, new Date(), new Date());
  } else if (!keepFile(file, code)) {
    // whole or not at all (keepFile): another worker may be writing the same bundle
    throw new Error(`cannot write the bundle of ${source} to ${file}`);
  }
  for (const other of readdirSync(DIR).filter((f) => f.startsWith(`${name}-`) && f !== basename(file))) {
    try {
      if (statSync(join(DIR, other)).mtimeMs < startedAt - KEEP_OLD_MS) unlinkSync(join(DIR, other));
    } catch {
      // removed by another worker meanwhile
    }
  }
  const inputs = [...Object.keys(result.metafile.inputs).map((p) => join(PROJECT_ROOT, p)), join(PROJECT_ROOT, 'tsconfig.json')];
  // a file saved while esbuild read it: the bundle may hold either version, so only this call uses it
  if (inputs.some((path) => (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= startedAt)) return { file, inputs, digest: '' };
  const digest = digestOf(inputs);
  const manifest = join(DIR, `${name}.json`);
  keepFile(manifest, JSON.stringify({ file, inputs, digest }));
  return { file, inputs, digest };
}

/** The file to give `node` in place of `--import tsx <source>` (`source` relative to the project). */
export async function bundledEntry(source: string): Promise<string> {
  const known = bundles.get(source);
  if (known) {
    const bundled = await known.catch(() => undefined);
    if (bundled && existsSync(bundled.file) && digestOf(bundled.inputs) === bundled.digest) return bundled.file;
  }
  const fresh = bundle(source);
  bundles.set(source, fresh);
  return (await fresh).file;
}
