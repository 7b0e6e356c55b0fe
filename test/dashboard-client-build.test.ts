// The dashboard's page as the build makes it: dashboard/build-client.ts bundles the Preact page
// into app.js and app.css, and the HTML shell (dashboard/index-html.ts) loads only those. Offline
// by construction: neither may name any host to load from.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboardClient } from '../dashboard/build-client.js';
import { indexHtml } from '../dashboard/index-html.js';

/**
 * The XML namespace names Preact passes to createElementNS for SVG and MathML: identifiers that
 * are never fetched, so not a resource from outside.
 */
const NAMESPACES = ['http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml'];
/** What the bundle may weigh: Preact and the views are ~31 kB minified; a library pulled in by mistake is not. */
const MAX_JS_BYTES = 80_000;

const outdir = mkdtempSync(join(tmpdir(), 'dashboard-client-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

let js = '';
let css = '';
beforeAll(async () => {
  await buildDashboardClient(outdir);
  js = readFileSync(join(outdir, 'app.js'), 'utf8');
  css = readFileSync(join(outdir, 'app.css'), 'utf8');
}, 20_000);

/** Every absolute URL in a text, scheme-relative ones included. */
const urls = (text: string) => text.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi) ?? [];

describe('the dashboard page bundle (dashboard/build-client.ts)', () => {
  it('writes app.js and app.css', () => {
    expect(js).toContain('/api/overview');
    expect(css).toContain('.column');
  });

  it('names no host to load anything from, in the script or the styles', () => {
    expect(urls(js).filter((u) => !NAMESPACES.includes(u))).toEqual([]);
    expect(urls(css)).toEqual([]);
    expect(css).not.toMatch(/@import|@font-face|url\(/);
  });

  it('is small enough for a quick first paint', () => {
    const size = statSync(join(outdir, 'app.js')).size;
    expect(size).toBeLessThan(MAX_JS_BYTES);
  });
});

describe('the page HTML (dashboard/index-html.ts)', () => {
  const html = indexHtml();

  it('loads the bundle and nothing else', () => {
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['data:,', '/assets/app.css', '/assets/app.js']);
    expect(urls(html)).toEqual([]);
    expect(html).toContain('<div id="app">');
  });

  it('lets the page run only its own scripts and talk only to its own server', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"]));
    expect(html).not.toMatch(/<script>|<style>|\son[a-z]+=/);
  });
});
