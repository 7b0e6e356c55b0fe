import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSandboxEnv } from '../app/config.js';
import { composeLiveSandbox, type LiveSandbox } from '../app/live.js';
import { buildDashboardClient } from '../dashboard/build-client.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { launchChromium } from './support/browser.js';

/**
 * The dashboard as a sales engineer uses it: the live sandbox with the reference connector, the
 * page in headless Chromium, the Chargebee story run by clicking. `npm run screenshots` sets
 * SCREENSHOTS_DIR=docs/screenshots to refresh the pictures README shows; otherwise they go to a
 * temporary folder.
 */

const STORY = 'chargebee-plan-usage-invoice';
const STEPS = 9;
const TOKEN = 'dashboard-browser-test-token';

const keepShots = process.env.SCREENSHOTS_DIR !== undefined && process.env.SCREENSHOTS_DIR !== '';
const screenshots = keepShots ? resolve(PROJECT_ROOT, process.env.SCREENSHOTS_DIR!) : mkdtempSync(join(tmpdir(), 'dashboard-shots-'));
const assets = mkdtempSync(join(tmpdir(), 'dashboard-assets-'));

const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Type into a vendor column's search box (on tab `kind`) and wait for the row of `id`. */
async function findRow(page: Page, vendor: string, kind: string, query: string, id: string) {
  await page.click(byTestId(`tab-${vendor}-${kind}`));
  await page.fill(byTestId(`search-${vendor}`), query);
  const row = page.locator(byTestId(`row-${vendor}-${kind}-${id}`));
  await row.waitFor({ timeout: 10_000 });
  return row;
}

describe('the dashboard in headless Chromium', () => {
  let live: LiveSandbox;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    await buildDashboardClient(assets);
    const env = readSandboxEnv({ TOGAI_PORT: '0', ZUORA_PORT: '0', CHARGEBEE_PORT: '0', CONNECTOR_PORT: '0', DASHBOARD_PORT: '0', SANDBOX_ADMIN_TOKEN: TOKEN });
    live = await composeLiveSandbox(env, { assetsDir: assets });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await live?.close();
    rmSync(assets, { recursive: true, force: true });
    if (!keepShots) rmSync(screenshots, { recursive: true, force: true });
  });

  it('runs the Chargebee story by clicking, shows the customer in all three systems, the plan and the Chargebee invoice, and advances the clock', async () => {
    await page.goto(live.dashboardLink);
    await page.locator(byTestId('live-status')).filter({ hasText: 'live' }).waitFor();
    // the token left the address bar, and a reload still has it (kept for the tab)
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    await page.locator(byTestId('live-status')).filter({ hasText: 'live' }).waitFor();
    // the demo data is there before anything is clicked
    await page.locator('[data-testid^="row-togai-customers-"]').first().waitFor();
    await page.screenshot({ path: join(screenshots, 'dashboard.png') });

    await page.click(byTestId(`story-run-${STORY}`));
    // each step lands in turn, and says what landed
    for (let i = 0; i < STEPS; i++) {
      const step = page.locator(`${byTestId(`story-step-${STORY}-${i}`)}[data-state="done"]`);
      await step.waitFor({ timeout: 30_000 });
    }
    const texts = await page.locator(`${byTestId(`story-steps-${STORY}`)} .step-text`).allInnerTexts();
    expect(texts).toHaveLength(STEPS);
    const customerId = /Chargebee customer (story-cb-\d+-\w+)/.exec(texts[0]!)?.[1];
    expect(customerId, texts[0]).toBeDefined();
    // flow 7: the paid item price put the Togai account on the plan it is mapped to
    expect(texts[4]).toMatch(/Demo prepaid plan/);
    await page.screenshot({ path: join(screenshots, 'dashboard-story.png') });

    // the customer in all three systems
    await findRow(page, 'chargebee', 'customers', customerId!, customerId!);
    const togaiAccount = await findRow(page, 'togai', 'accounts', customerId!, customerId!);
    expect(await togaiAccount.innerText()).toContain(`chargebee.customerId ${customerId}`);
    const zuoraAccount = page.locator(`${byTestId('rows-zuora')} [data-testid^="row-zuora-accounts-"]`).filter({ hasText: `TogaiAccountId__c ${customerId}` });
    await page.click(byTestId('tab-zuora-accounts'));
    await page.fill(byTestId('search-zuora'), customerId!);
    await zuoraAccount.first().waitFor({ timeout: 10_000 });

    // the invoice in Chargebee, with its amount, raised from Togai's (po_number)
    await page.click(byTestId('tab-chargebee-invoices'));
    await page.fill(byTestId('search-chargebee'), customerId!);
    const invoice = page.locator(`${byTestId('rows-chargebee')} [data-testid^="row-chargebee-invoices-"]`).filter({ hasText: 'po_number' }).first();
    await invoice.waitFor({ timeout: 10_000 });
    expect(await invoice.innerText()).toMatch(/49\.00/);

    // the record's JSON and its links, one click away
    await togaiAccount.click();
    const panel = page.locator(byTestId('record-panel'));
    await panel.waitFor();
    expect(await page.locator(byTestId('record-json')).innerText()).toContain(customerId!);
    await page.locator(byTestId('graph')).locator(`[data-testid^="graph-node-chargebee-customers-${customerId}"]`).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(screenshots, 'dashboard-record.png') });

    // the clock moves on by clicking
    const before = Date.parse((await page.locator(byTestId('clock')).getAttribute('datetime'))!);
    await page.click(byTestId('clock-advance-day'));
    await page.waitForFunction(
      ([selector, from]) => Date.parse(document.querySelector(selector as string)?.getAttribute('datetime') ?? '') >= (from as number) + 86_400_000,
      [byTestId('clock'), before] as const,
      { timeout: 10_000 },
    );

    // everything the page asked for went to the dashboard's own server on loopback
    const origin = new URL(live.urls.dashboard).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(new URL(origin).hostname).toBe('127.0.0.1');
  }, 120_000);
});
