/**
 * Bundles the dashboard's page (Preact, dashboard/client/) into `app.js` and `app.css` with
 * esbuild: scripts/build.mjs writes dist/dashboard/assets/ with it, tests build into a temp dir.
 * Build-time only (esbuild is a devDependency): it is run from source, never shipped in dist/.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./client/main.tsx', import.meta.url));

/** Write `app.js` and `app.css` (minified, ES2022, no source map) into `outdir`, created when missing. */
export async function buildDashboardClient(outdir: string): Promise<void> {
  await build({
    entryPoints: { app: ENTRY },
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}
