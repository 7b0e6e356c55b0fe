// `npm run build` (and prepack): compile the sources to dist/ with tsc (ESM JavaScript and
// declaration files, tsconfig.build.json), bundle the dashboard's page into dist/dashboard/assets/
// with esbuild, then stamp the build for scripts/build-freshness.mjs. tsc emits without checking
// types (--noCheck): checking is `npm run typecheck`'s job, over tests and all, and CI runs it;
// here it cost twice the time of the emit itself, in every `npm start` after an edit and every pack.
// The JavaScript is the same either way; a syntax error still stops the build.
import { execFileSync } from 'node:child_process';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { ROOT, sourceFiles, stampPath } from './build-freshness.mjs';

// the sources as they are when the build starts: a file saved during the build counts as newer than it
const startedAt = new Date();
const sources = sourceFiles();
// from empty, so a moved or deleted source leaves no stale module behind to be packed
rmSync(join(ROOT, 'dist'), { recursive: true, force: true, maxRetries: 3 });
try {
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck'], { cwd: ROOT, stdio: 'inherit' });
} catch {
  // tsc has printed each error with its file and line
  console.error('build failed: tsc could not compile the sources (errors above); dist/ counts as out of date until npm run build succeeds');
  process.exit(1);
}
try {
  // from its TypeScript source, as tests call it: the bundler is a build tool, not part of dist/
  const { buildDashboardClient } = await tsImport('../dashboard/build-client.ts', import.meta.url);
  await buildDashboardClient(join(ROOT, 'dist', 'dashboard', 'assets'));
} catch (e) {
  console.error(`build failed: bundling the dashboard page (dashboard/client/) failed: ${e.message}`);
  process.exit(1);
}
writeFileSync(stampPath(), `${JSON.stringify({ sources }, null, 1)}\n`);
utimesSync(stampPath(), startedAt, startedAt);
