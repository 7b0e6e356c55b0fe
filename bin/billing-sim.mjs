#!/usr/bin/env node
// The billing-sim command: the CLI's bundle in dist/programs/ (scripts/programs.mjs), run with Node alone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/programs/billing-sim.mjs', import.meta.url);
// only a repository checkout has tsconfig.build.json (the package ships dist/ built): there, rebuild
// dist/ first when a source changed, so the command never runs code older than the sources
if (existsSync(new URL('../tsconfig.build.json', import.meta.url))) {
  const { buildIfStale } = await import('../scripts/build-freshness.mjs');
  buildIfStale('billing-sim');
}
if (!existsSync(entry)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  console.error(`billing-sim: ${fileURLToPath(entry)} is missing: this copy of billing-sim-harness has not been built; run npm run build in ${root}`);
  process.exit(1);
}
await import(entry.href);
