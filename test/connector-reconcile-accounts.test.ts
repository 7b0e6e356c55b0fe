import { afterEach, describe, expect, it } from 'vitest';
import { reconcileSource, type AccountSource } from '../connector/reconcile-accounts.js';
import type { ReconcileReport } from '../connector/reconcile.js';
import { VendorError } from '../connector/http/vendor-http.js';
import { loadContract } from '../simulators/kit/contract.js';
import { cbCustomer, cbCustomers, ok, togaiAccountSettings } from './support/chargebee-flows.js';
import { closeChecked, connectorConfig, ConnectedWorld } from './support/connected.js';

let world: ConnectedWorld | undefined;
afterEach(() => closeChecked(world));

const contract = loadContract('connector.yaml');
const HOUR = 3_600_000;

/** A source over fixed records, failing the ones named, recording where each listing started. */
function fakeSource(records: { id: string; at: number }[], fails: Record<string, Error> = {}, listing?: Error) {
  const listedFrom: (number | undefined)[] = [];
  const ran: string[] = [];
  const source: AccountSource<{ id: string; at: number }> = {
    noun: 'Fake record',
    async *pages(since) {
      listedFrom.push(since);
      if (listing) throw listing;
      const wanted = records.filter((r) => since === undefined || r.at >= since);
      yield wanted.slice(0, 2);
      if (wanted.length > 2) yield wanted.slice(2);
    },
    id: (r) => r.id,
    at: (r) => r.at,
    pending: async () => true,
    async run(r) {
      ran.push(r.id);
      if (fails[r.id]) throw fails[r.id];
      return [{ flow: 1, result: 'done', detail: r.id }];
    },
  };
  return { source, listedFrom, ran };
}

const emptyReport = (): ReconcileReport => ({ accounts: 0, invoices: 0, outcomes: [], failures: [] });

describe('a reconciliation source', () => {
  const records = [1, 2, 3, 4, 5].map((n) => ({ id: `r${n}`, at: n * HOUR }));

  it('reads everything the first time, then from the latest record seen, over every page', async () => {
    const { source, listedFrom, ran } = fakeSource(records);
    const report = emptyReport();
    expect(await reconcileSource(source, undefined, report, () => false)).toBe(5 * HOUR);
    expect(ran).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(report).toMatchObject({ accounts: 5, failures: [] });
    expect(await reconcileSource(source, 5 * HOUR, emptyReport(), () => false)).toBe(5 * HOUR);
    expect(listedFrom).toEqual([undefined, 5 * HOUR]);
  });

  it('goes on past a record that fails, lists it, and starts there next time; a refusal that will recur does not hold the mark', async () => {
    const transient = fakeSource(records, { r2: new VendorError('zuora', 'createAccount', 503, {}, 'unavailable') });
    const report = emptyReport();
    expect(await reconcileSource(transient.source, undefined, report, () => false)).toBe(2 * HOUR);
    expect(transient.ran).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(report.failures).toEqual(['Fake record r2: zuora createAccount answered 503: unavailable']);
    expect(report.outcomes.map((o) => o.detail)).toEqual(['r1', 'r3', 'r4', 'r5']);

    const permanent = fakeSource(records, { r2: new VendorError('togai', 'createCustomer', 400, {}, 'name too short') });
    expect(await reconcileSource(permanent.source, undefined, emptyReport(), () => false)).toBe(5 * HOUR);
  });

  it('keeps its mark when the listing fails or the pass is stopped part way', async () => {
    const broken = fakeSource(records, {}, new Error('connect ECONNREFUSED'));
    const report = emptyReport();
    expect(await reconcileSource(broken.source, 3 * HOUR, report, () => false)).toBe(3 * HOUR);
    expect(report.failures).toEqual(['Fake records could not be listed: connect ECONNREFUSED']);

    const stopped = fakeSource(records);
    expect(await reconcileSource(stopped.source, undefined, emptyReport(), () => stopped.ran.length >= 2)).toBeUndefined();
    expect(stopped.ran).toEqual(['r1', 'r2']);
  });
});

/** A world whose deliveries all go nowhere: every notification is lost, as if the connector had been down. */
function deafWorld(config = connectorConfig()): ConnectedWorld {
  const w = new ConnectedWorld(config);
  for (const s of w.sandbox.outbox.listSubscribers()) w.sandbox.outbox.unsubscribe(s.id);
  return w;
}

const byFlow = (report: ReconcileReport) => report.outcomes.map((o) => `${o.flow}:${o.result}`).sort();

describe('reconciliation of the account flows', () => {
  it('runs flows 1, 6, 2 and 9 for records whose notification was lost, once; a second pass changes nothing', async () => {
    world = deafWorld();
    const zuoraId = (await ok(world.zuoraApi('POST', '/v1/accounts', { name: 'Zed Zuora', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'Zed', lastName: 'Zuora', country: 'United States', state: 'CA' } }))).accountId;
    await ok(world.chargebeeApi('POST', '/customers', { ...cbCustomer('cb-ada') }));
    await ok(world.togaiApi('POST', '/customers', { id: 'tg-grace', name: 'Grace Hopper', primaryEmail: 'grace@example.com', address: { line1: '1 Main St' }, account: { id: 'tg-grace', name: 'Grace main', invoiceCurrency: 'USD' } }));

    const first = await world.connector.reconcile();
    expect(first.failures).toEqual([]);
    // 1 and 6 bring the Zuora account and the Chargebee customer in; 2 and 9 push every account to the vendor it did not come from
    expect(byFlow(first)).toEqual(['1:done', '2:already-done', '2:done', '2:done', '6:done', '9:already-done', '9:done', '9:done']);
    for (const [account, zuora, chargebee] of [[zuoraId, zuoraId, zuoraId], ['cb-ada', undefined, 'cb-ada'], ['tg-grace', undefined, 'tg-grace']] as const) {
      const mapped = Object.fromEntries((await togaiAccountSettings(world, account)).map((s) => [`${s.namespace}.${s.id}`, s.value]));
      expect(mapped['chargebee.customerId']).toBe(chargebee);
      expect(mapped['zuora.accountId']).toEqual(zuora ?? expect.any(String));
    }
    expect((await cbCustomers(world)).map((c) => c.id).sort()).toEqual(['cb-ada', 'tg-grace', zuoraId].sort());
    expect((await ok(world.zuoraApi('GET', '/object-query/accounts?pageSize=99'))).data).toHaveLength(3);

    const second = await world.connector.reconcile();
    expect(second).toMatchObject({ outcomes: [], failures: [] });
    expect((await cbCustomers(world)).length).toBe(3);
    expect((await ok(world.zuoraApi('GET', '/object-query/accounts?pageSize=99'))).data).toHaveLength(3);
  });

  it('lists a record that fails, syncs the rest, and finishes it on the next pass', async () => {
    world = deafWorld();
    for (const id of ['tg-a', 'tg-b', 'tg-c']) {
      await ok(world.togaiApi('POST', '/customers', { id, name: `Customer ${id}`, primaryEmail: `${id}@example.com`, address: {}, account: { id, name: `Account ${id}`, invoiceCurrency: 'USD' } }));
    }
    // Chargebee answers 503 about one customer for longer than the connector's retries last
    world.failWith503({ method: 'GET', path: /^\/api\/v2\/customers\/tg-a$/ }, connectorConfig().retry.attempts);

    const first = await world.connector.reconcile();
    expect(first.failures).toEqual([expect.stringMatching(/^Togai account tg-a: flow 9: chargebee GET \/customers\/tg-a answered 503: still failing after 4 tries/)]);
    expect(byFlow(first)).toEqual(['2:done', '2:done', '2:done', '9:done', '9:done']);
    expect(world.connector.reconciliation()).toMatchObject({ passes: 1, lastFailureCount: 1 });
    expect((await cbCustomers(world)).map((c) => c.id).sort()).toEqual(['tg-b', 'tg-c']);

    const second = await world.connector.reconcile();
    expect(second.failures).toEqual([]);
    expect(byFlow(second)).toEqual(['2:already-done', '9:done']);
    expect((await cbCustomers(world)).map((c) => c.id).sort()).toEqual(['tg-a', 'tg-b', 'tg-c']);
  });

  it('never runs two passes at once: a pass asked for during another starts when it ends', async () => {
    world = deafWorld();
    await ok(world.togaiApi('POST', '/customers', { id: 'tg-solo', name: 'Solo Co', primaryEmail: 'solo@example.com', address: {}, account: { id: 'tg-solo', name: 'Solo main', invoiceCurrency: 'USD' } }));
    const [a, b] = await Promise.all([world.connector.reconcile(), world.connector.reconcile()]);
    expect(byFlow(a)).toEqual(['2:done', '9:done']);
    // overlapping, the second would have found the account unmapped too
    expect(b.outcomes).toEqual([]);
    expect((await cbCustomers(world)).length).toBe(1);
  });

  it('passes at start and on its timer, and /health shows how they went', async () => {
    world = deafWorld(connectorConfig({ reconcileEverySeconds: 3600 }));
    const before = await world.connector.app.inject({ method: 'GET', url: '/health' });
    // not reconciling on its own yet: nothing to show
    expect(before.json().reconciliation).toBeUndefined();

    const passed = new Promise<number>((resolve) => world!.connector.startReconciling((_report, progress) => resolve(progress.passes)));
    expect(await passed).toBe(1);
    const health = (await world.connector.app.inject({ method: 'GET', url: '/health' })).json();
    expect(health.reconciliation).toEqual({
      everySeconds: 3600,
      passes: 1,
      running: false,
      lastStartedAt: '2026-01-01T00:00:00.000Z',
      lastFinishedAt: '2026-01-01T00:00:00.000Z',
      lastFailures: [],
      lastFailureCount: 0,
    });
    expect(contract.responseViolations('getHealth', 200, health)).toEqual([]);
  });
});
