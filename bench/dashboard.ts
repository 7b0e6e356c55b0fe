import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/support/browser.js';
import { createCustomers } from './load.js';
import { startServer } from './process.js';
import type { Row } from './report.js';
import { int, median, ms } from './stats.js';

/**
 * The dashboard with 10,000 Togai customers loaded, in Debian's chromium: the first paint (from
 * navigation to the first customer row on screen) and a search (from the last keystroke to the
 * one matching row, the page's 120 ms typing pause included). The server is the compiled live
 * sandbox (connector off, so the customers stay in Togai).
 */

const CUSTOMERS = 10_000;
const CREATE_CONCURRENCY = 8;
const PAINT_TARGET_MS = 1_000;
const SEARCH_TARGET_MS = 200;
const ROUNDS = 5;

type Log = (line: string) => void;

export async function dashboardSuite(log: Log, failures: string[]): Promise<Row[]> {
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    failures.push(`dashboard: ${(e as Error).message}`);
    return [];
  }
  // the browser is closed however the server's start goes
  const server = await startServer().catch(async (e: unknown) => {
    await browser.close();
    throw e;
  });
  try {
    if (!server.dashboardLink) {
      failures.push('dashboard: the server printed no `dashboard:` line; run `npm run build` (the bench runs the compiled live sandbox)');
      return [];
    }
    log(`dashboard: ${int(CUSTOMERS)} Togai customers through POST /customers, then the page in chromium`);
    const created = await createCustomers(server, CUSTOMERS, 'dash-', { concurrency: CREATE_CONCURRENCY, maxMs: 60_000 });
    if (created.requests < CUSTOMERS) failures.push(`dashboard: only ${created.requests} of ${CUSTOMERS} customers were created`);
    const paints: number[] = [];
    const searches: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const started = performance.now();
      await page.goto(server.dashboardLink);
      await page.locator('[data-testid^="row-togai-customers-"]').first().waitFor({ timeout: 10_000 });
      paints.push(performance.now() - started);
      const wanted = `dash-${(round * 1_999) % CUSTOMERS}`;
      await page.fill('[data-testid="search-togai"]', wanted);
      const typed = performance.now();
      await page.waitForFunction((id) => {
        const rows = document.querySelectorAll('[data-testid^="row-togai-customers-"]');
        return rows.length === 1 && rows[0]!.getAttribute('data-testid') === `row-togai-customers-${id}`;
      }, wanted, { timeout: 10_000 });
      searches.push(performance.now() - typed);
      await page.close();
    }
    const paint = median(paints);
    const search = median(searches);
    log(`  first paint ${paints.map(ms).join(', ')}; search ${searches.map(ms).join(', ')}`);
    return [
      { label: `dashboard first paint, ${int(CUSTOMERS)} customers (median)`, measured: ms(paint), checks: [{ name: 'paint', target: `< ${PAINT_TARGET_MS} ms`, pass: paint < PAINT_TARGET_MS }] },
      { label: `dashboard search, ${int(CUSTOMERS)} customers (median)`, measured: ms(search), checks: [{ name: 'search', target: `< ${SEARCH_TARGET_MS} ms`, pass: search < SEARCH_TARGET_MS }] },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
