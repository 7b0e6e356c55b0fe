// Imports only the package's public entries, as a user's project would: `billing-sim-harness`,
// `billing-sim-harness/msw` and `billing-sim-harness/scenarios`. Each test is a complete example.
import { setupServer } from 'msw/node';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type HarnessSandbox } from '../app/index.js';
import { mswHandlers } from '../app/msw.js';
import { junitReporter, runScenarios, scenarioFiles, type SuiteResult } from '../app/scenarios.js';

let sandbox: HarnessSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('the public API', () => {
  it('msw: a Togai customer made with fetch, a month on, its account and invoice are in Zuora', async () => {
    sandbox = createSandbox({ seed: 7, connector: true });
    const server = setupServer(...mswHandlers(sandbox));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const { apiToken } = sandbox.credentials.togai;
      const togai = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`https://api.togai.com${path}`, {
          method,
          headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
        return res.json();
      };
      // a monthly plan with a fixed fee of 31 USD
      const plan = await togai('POST', '/v2/price_plans', {
        name: 'Platform',
        type: 'BILLING',
        supportedCurrencies: ['USD'],
        pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 },
      });
      await togai('POST', `/v2/price_plans/${plan.id}/rate_cards`, {
        operations: [
          {
            actionType: 'CREATE',
            rateCardName: 'Platform fee',
            rateCard: {
              type: 'FIXED_FEE',
              billableId: 'addon.platform',
              displayName: 'Platform fee',
              invoiceTiming: 'IN_ARREARS',
              rateCardDetails: { fixedFeeRateCard: { id: 'addon.platform', rateValues: [{ currency: 'USD', rate: 31 }], enableProration: true } },
            },
          },
        ],
      });
      await togai('POST', `/v2/price_plans/${plan.id}/finalize`, {});
      // the customer and its account: the connector makes the Zuora account at once (flow 2)
      await togai('POST', '/customers', { id: 'acme', name: 'Ada Byron', primaryEmail: 'ada@acme.test', address: { line1: '1 Main St' }, account: { id: 'acme-main', name: 'Acme', invoiceCurrency: 'USD' } });
      await togai('POST', '/v2/accounts/acme-main/edit_schedules', { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: plan.id } }] });

      // January's cycle closes; the invoice it generates is posted in Zuora (flow 3)
      await sandbox.advance('P32D');

      const { clientId, clientSecret } = sandbox.credentials.zuora;
      const token = await fetch('https://rest.zuora.com/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
      }).then((r) => r.json());
      const zuora = (path: string) => fetch(`https://rest.zuora.com${path}`, { headers: { authorization: `Bearer ${token.access_token}` } }).then((r) => r.json());
      const accounts = await zuora('/object-query/accounts?filter[]=TogaiAccountId__c.EQ:acme-main');
      expect(accounts.data).toMatchObject([{ name: 'Acme', currency: 'USD' }]);
      const invoices = await zuora(`/object-query/invoices?filter[]=accountid.EQ:${accounts.data[0].id}`);
      expect(invoices.data).toMatchObject([{ status: 'Posted', amount: 31 }]);
    } finally {
      server.close();
    }
  });

  it('listen: the simulators and the connector on real ports, until closed', async () => {
    sandbox = createSandbox({ connector: true });
    const { urls, close } = await sandbox.listen();
    const res = await fetch(`${urls.togai}/customers`, { headers: { authorization: `Bearer ${sandbox.credentials.togai.apiToken}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: [] });
    expect((await fetch(`${urls.connector}/health`)).status).toBe(200);
    await close();
    await expect(fetch(`${urls.togai}/customers`)).rejects.toThrow();
  });

  it('faults, deliveries, requests and reset', async () => {
    sandbox = createSandbox({ seed: 3, connector: true });
    const server = setupServer(...mswHandlers(sandbox));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      // faults apply to clients' requests (fetch here), not to the harness's own in-process calls
      sandbox.faults.set({ requests: [{ vendor: 'togai', operation: 'createCustomer', fault: { kind: 'error', status: 503 }, count: 1 }] });
      const createCustomer = () =>
        fetch('https://api.togai.com/customers', {
          method: 'POST',
          headers: { authorization: `Bearer ${sandbox!.credentials.togai.apiToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ id: 'c1', name: 'Ada', primaryEmail: 'ada@example.test', address: { line1: '1 Main St' }, account: { id: 'a1', name: 'Ada', invoiceCurrency: 'USD' } }),
        });

      expect((await createCustomer()).status).toBe(503);
      expect((await createCustomer()).status).toBe(201);
      expect(sandbox.faults.decisions).toMatchObject([{ target: 'togai createCustomer', fault: { kind: 'error', status: 503 } }]);
      await sandbox.advance('PT1M');
      // the account.created notification reached the in-process connector, which made a Zuora account
      expect(sandbox.deliveries('togai')).toMatchObject([{ eventType: 'account.created', state: 'delivered' }]);
      expect(sandbox.requests('togai').slice(0, 2).map((r) => [r.operationId, r.status])).toEqual([['createCustomer', 503], ['createCustomer', 201]]);
      expect(sandbox.requests('zuora').map((r) => r.operationId)).toContain('createAccount');

      await sandbox.reset();
      expect(sandbox.deliveries()).toEqual([]);
      expect(sandbox.requests('zuora')).toEqual([]);
      expect(sandbox.clock.iso()).toBe('2026-01-01T00:00:00.000Z');
      // the plan stays and its decisions start again: the first createCustomer fails once more
      expect((await createCustomer()).status).toBe(503);
    } finally {
      server.close();
    }
  });

  it('runScenarios: one scenario file with a reporter', async () => {
    const file = scenarioFiles().find((f) => f.endsWith(join('scenarios', 'flow-2-togai-account-to-zuora.yaml')))!;
    const seen: SuiteResult[] = [];
    let xml = '';
    const run = await runScenarios({ files: [file], reporter: [{ onResult: (r) => seen.push(r) }, junitReporter((text) => (xml = text))] });
    expect(run.passed).toBe(true);
    expect(run.counts).toEqual({ total: 1, passed: 1, failed: 0, skipped: 0, notClaimed: 0 });
    expect(seen.map((r) => r.name)).toEqual(['Flow 2: a Togai account becomes a Zuora customer account']);
    expect(xml).toContain('<testsuite name="billing-sim scenarios" tests="1" failures="0"');
  });
});
