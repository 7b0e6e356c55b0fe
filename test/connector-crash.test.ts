import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zuoraInvoiceNumber } from '../connector/flows/togai-invoice-to-zuora.js';
import { subscribeConnector } from '../app/connector-subscribers.js';
import { createChargebeeSimulator } from '../simulators/chargebee/index.js';
import { loadContract } from '../simulators/kit/contract.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { Sandbox } from '../simulators/kit/sandbox.js';
import { createTogaiSimulator } from '../simulators/togai/index.js';
import { createZuoraSimulator } from '../simulators/zuora/index.js';
import { activePlan, associate, event, ok, schemaWithMeters } from './support/billing-fixtures.js';
import { freePorts, printed, startNode, stop, type Child } from './support/cli.js';
import { CALLOUT, connectorEnv, WEBHOOK } from './support/connector-env.js';
import { programFile } from '../scripts/programs.mjs';
import { togaiClient, TOKEN } from './support/togai.js';
import { CLIENT_ID, CLIENT_SECRET, zuoraClient } from './support/zuora.js';

const SECRET = 'crash-test-secret';
const CB_KEY = 'crash-key';
const ACCOUNTS = Array.from({ length: 20 }, (_, i) => `crash-${String(i + 1).padStart(2, '0')}`);
/** The connector dies once it has answered this many account.created deliveries with 2xx. */
const KILL_AFTER = 5;
const contract = loadContract('connector.yaml');

describe('the connector killed with SIGKILL during an advance, then restarted', () => {
  const sandbox = new Sandbox({ seed: 13 });
  // answers are checked against the contracts elsewhere; here that would only slow the run
  const checkResponses = false;
  const sims = [
    createTogaiSimulator(sandbox, { apiToken: TOKEN, checkResponses }),
    createZuoraSimulator(sandbox, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, checkResponses }),
    createChargebeeSimulator(sandbox, { site: 'crash', apiKey: CB_KEY, checkResponses }),
  ];
  let servers: HttpServer[] = [];
  let env: Record<string, string>;
  let connector: Child | undefined;
  let togai: ReturnType<typeof togaiClient>;
  let zuora: ReturnType<typeof zuoraClient>;
  let chargebee: (path: string) => Promise<any>;

  /** A connector process on the one fixed port, ready and done with its start reconciliation pass. */
  async function startConnector(): Promise<{ child: Child; firstPass: string }> {
    const child = startNode([programFile('connector')], env);
    await printed(child, /^connector ready$/m);
    const [firstPass] = await printed(child, /^reconciliation pass 1: .*$/m);
    return { child, firstPass };
  }

  beforeAll(async () => {
    servers = await Promise.all(sims.map((sim) => serveHttp(sim, { host: '127.0.0.1', port: 0 })));
    const [t, z, c] = servers as [HttpServer, HttpServer, HttpServer];
    togai = togaiClient(t.url);
    zuora = zuoraClient(z.url);
    chargebee = async (path) => (await fetch(`${c.url}/api/v2${path}`, { headers: { authorization: `Basic ${Buffer.from(`${CB_KEY}:`).toString('base64')}` } })).json();
    // one port for both lives of the connector, as the simulators' subscriptions name it; only
    // the reconciliation pass at start and the ones this test waits for run
    const [port] = await freePorts(1);
    env = connectorEnv({ togai: t.url, zuora: z.url, chargebee: c.url }, { port: port!, reconcileSeconds: 3600, notificationSecret: SECRET, chargebeeKey: CB_KEY });
    subscribeConnector(sandbox.outbox, `http://127.0.0.1:${port}`, { togai: { notificationSecret: SECRET }, zuora: { callout: CALLOUT }, chargebee: { webhook: WEBHOOK } });
  }, 20_000);

  afterAll(async () => {
    if (connector) await stop(connector);
    sandbox.stop();
    await Promise.all(servers.map((s) => s.close()));
  });

  it('finds every account and invoice synced exactly once, by the start pass after the restart and the redeliveries', async () => {
    connector = (await startConnector()).child;

    // 20 accounts whose account.created goes out an hour into the advance, each billed at the cycle's end on day 31
    sandbox.faults.set({ deliveries: [{ source: 'togai', eventType: 'account.created', fault: { kind: 'delay', seconds: 3600 } }] });
    const [calls] = await schemaWithMeters(togai, { name: 'api', attributes: ['calls'], dimensions: [] }, [{ name: 'API calls', aggregation: 'SUM', computation: '{"var": "attribute.calls"}' }]);
    const plan = await activePlan(togai, 'Calls', [{ displayName: 'API calls', usageMeterId: calls!, slabs: [[0, 0.5]] }]);
    await Promise.all(
      ACCOUNTS.map(async (id) => {
        await ok(togai('POST', '/customers', { id, name: `Crash Co ${id}`, primaryEmail: `${id}@example.com`, address: { line1: '1 Main St' }, account: { id, name: `Crash Co ${id}`, invoiceCurrency: 'USD' } }));
        await associate(togai, id, plan);
      }),
    );
    expect((await togai('POST', '/ingestBatch', { events: ACCOUNTS.map((id, i) => event('api', id, { calls: 10 + i })) })).status).toBe(202);

    // SIGKILL the moment the connector has answered its KILL_AFTER-th account.created: the rest are mid-flow or not yet sent
    let answered = 0;
    const first = connector;
    const journal = sandbox.outbox.onAttempt;
    sandbox.outbox.onAttempt = (delivery, attempt) => {
      journal?.(delivery, attempt);
      const accepted = attempt.status !== undefined && attempt.status < 300;
      if (delivery.eventType === 'account.created' && accepted && ++answered === KILL_AFTER) first.child.kill('SIGKILL');
    };
    await sandbox.clock.advanceBy('P32D');
    await sandbox.settle();
    sandbox.outbox.onAttempt = journal;
    expect(answered).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(await first.exit).toBe(-1);
    expect(first.child.signalCode).toBe('SIGKILL');

    // what the first life left: some accounts synced, none of the invoices, all 20 invoices generated
    const generated = (await togai('GET', '/invoices?status=DUE&pageSize=50')).body.data as { id: string; ownerId: string }[];
    expect(generated.map((i) => i.ownerId).sort()).toEqual(ACCOUNTS);
    const delivered = (eventType: string) => sandbox.outbox.list('togai').filter((d) => d.eventType === eventType && d.state === 'delivered').length;
    expect(delivered('account.created')).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(delivered('account.created')).toBeLessThan(ACCOUNTS.length);
    expect(delivered('invoice.generated')).toBe(0);

    // a new process on the same port: its start pass catches up on what the dead one and the spent retries left
    const second = await startConnector();
    connector = second.child;
    expect(second.firstPass).toMatch(/^reconciliation pass 1: \d+ accounts and 20 invoices looked at, [1-9]\d* flow runs made changes, 0 failures$/);
    const health = await (await fetch(`http://127.0.0.1:${env.CONNECTOR_PORT}/health`)).json();
    expect(health.reconciliation).toMatchObject({ everySeconds: 3600, passes: 1, running: false, lastFailures: [], lastFailureCount: 0 });
    expect(contract.responseViolations('getHealth', 200, health)).toEqual([]);

    // redeliveries still scheduled reach the new process and change nothing
    await sandbox.clock.advanceBy('P1D');
    await sandbox.settle();

    // exactly once: one Zuora account and one Chargebee customer per Togai account, both mapped
    zuora.forget();
    const zuoraAccounts = (await zuora('GET', '/object-query/accounts?pageSize=99')).body.data as { id: string; TogaiAccountId__c?: string }[];
    expect(zuoraAccounts.map((a) => a.TogaiAccountId__c).sort()).toEqual(ACCOUNTS);
    const customers = ((await chargebee('/customers?limit=100')).list as { customer: { id: string; meta_data?: { togai?: { accountId?: string } } } }[]).map((r) => r.customer);
    expect(customers.map((c) => c.id).sort()).toEqual(ACCOUNTS);
    expect(customers.every((c) => c.meta_data?.togai?.accountId === c.id)).toBe(true);
    const togaiAccounts = (await togai('GET', '/accounts?pageSize=50')).body.data as { id: string; settings: { namespace: string; id: string; value: string }[] }[];
    expect(togaiAccounts.map((a) => a.id).sort()).toEqual(ACCOUNTS);
    for (const account of togaiAccounts) {
      const mapped = Object.fromEntries(account.settings.map((s) => [`${s.namespace}.${s.id}`, s.value]));
      expect(mapped).toEqual({ 'zuora.accountId': zuoraAccounts.find((z) => z.TogaiAccountId__c === account.id)!.id, 'chargebee.customerId': account.id });
    }

    // and one Zuora invoice and one Chargebee invoice per Togai invoice, found by the numbers the flows give them
    const zuoraInvoices = (await zuora('GET', '/object-query/invoices?pageSize=99')).body.data as { invoiceNumber: string }[];
    expect(zuoraInvoices.map((i) => i.invoiceNumber).sort()).toEqual(generated.map((i) => zuoraInvoiceNumber(i.id)).sort());
    const cbInvoices = ((await chargebee('/invoices?limit=100')).list as { invoice: { po_number?: string } }[]).map((r) => r.invoice.po_number);
    expect(cbInvoices.sort()).toEqual(generated.map((i) => i.id).sort());

    expect(await stop(second.child)).toBe(0);
    connector = undefined;
  }, 40_000);
});
