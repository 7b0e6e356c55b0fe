// `npm run build` (and, when out of date, prepare, prepack and the other callers that
// scripts/build-freshness.mjs lists): compile the sources of tsconfig.build.json to ESM JavaScript
// in dist/ with esbuild, one file per source as tsc would lay them out; write the declaration
// files the package's exports reach (scripts/declarations.mjs); bundle the programs into
// dist/programs/ (scripts/programs.mjs) and the dashboard's page into dist/dashboard/assets/;
// parse the contracts and compile every validator the simulators and the connector use into
// dist/precompiled/ (ahead of time, so a fresh install does neither: app/precompiled.ts); then
// stamp the build for scripts/build-freshness.mjs. Nothing here checks types: that is `npm run
// typecheck`'s job, over tests and all, and CI runs it. The sources compile file by file
// (isolatedModules, verbatimModuleSyntax), which is what lets esbuild emit them: a tenth of the
// time tsc took for the same JavaScript.
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { ROOT, sourceFiles, stampPath } from './build-freshness.mjs';
import { emitDeclarations, ts } from './declarations.mjs';
import { bundlePrograms } from './programs.mjs';

/** Say what failed, then the compiler's own lines (each with its file and line), and stop. */
function fail(message, details = '') {
  console.error(`build failed: ${message}; dist/ counts as out of date until npm run build succeeds${details && `\n${details}`}`);
  process.exit(1);
}

/** An esbuild failure: each of its messages with the file and line it is about. */
function esbuildFailed(message, e) {
  const lines = (e.errors ?? []).map((m) => `${m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ` : ''}${m.text}`);
  fail(message, lines.join('\n') || e.message);
}

// the sources as they are when the build starts: a file saved during the build counts as newer than it
const startedAt = new Date();
const sources = sourceFiles();
const OUT = join(ROOT, 'dist');
const TSCONFIG = join(ROOT, 'tsconfig.build.json');
const config = ts.getParsedCommandLineOfConfigFile(TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail(`${TSCONFIG}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`) });
if (config.errors.length > 0) fail(`${TSCONFIG}: ${config.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
// from empty, so a moved or deleted source leaves no stale module behind to be packed
rmSync(OUT, { recursive: true, force: true, maxRetries: 3 });
try {
  // the tsconfig's target (ES2022); esbuild reads useDefineForClassFields and verbatimModuleSyntax from the file itself
  const target = ts.ScriptTarget[config.options.target].toLowerCase();
  await build({ entryPoints: config.fileNames, outdir: OUT, outbase: ROOT, format: 'esm', platform: 'node', target, tsconfig: TSCONFIG, logLevel: 'silent' });
} catch (e) {
  esbuildFailed('esbuild could not compile the sources', e);
}
try {
  emitDeclarations(ROOT, config.options, OUT);
} catch (e) {
  fail(e.message);
}
try {
  await bundlePrograms(ROOT, join(OUT, 'programs'));
} catch (e) {
  esbuildFailed('esbuild could not bundle the programs (scripts/programs.mjs)', e);
}
try {
  // from its TypeScript source, as tests call it: the bundler is a build tool, not part of dist/
  const { buildDashboardClient } = await tsImport('../dashboard/build-client.ts', import.meta.url);
  await buildDashboardClient(join(OUT, 'dashboard', 'assets'));
} catch (e) {
  fail(`bundling the dashboard page (dashboard/client/) failed: ${e.message}`);
}
try {
  // from the JavaScript just compiled, the code every process of the package runs
  const { writePrecompiled } = await import(pathToFileURL(join(OUT, 'app', 'precompiled.js')).href);
  writePrecompiled();
} catch (e) {
  fail(`parsing the contracts and compiling their validators ahead of time (app/precompiled.ts) failed: ${e.message}`);
}
writeFileSync(stampPath(), `${JSON.stringify({ sources }, null, 1)}\n`);
utimesSync(stampPath(), startedAt, startedAt);
