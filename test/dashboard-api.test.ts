/**
 * The dashboard's API (dashboard/api-types.ts) against a sandbox with the reference connector in
 * process and the live sandbox's demo data, served on a free port: the token and Host/Origin
 * rules (however the path is spelled), records, the sync graph of a synced record, the timeline,
 * the clock, the event stream and the chaos switch. Stories, scenarios and closing:
 * dashboard-runs.test.ts.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../app/demo.js';
import { createSandbox, type HarnessSandbox } from '../app/sandbox.js';
import type { LinkGraph, Overview, RecordDetail, RecordPage, TimelineEntry, TimelinePage } from '../dashboard/api-types.js';
import { startDashboard, type DashboardServer } from '../dashboard/server.js';

let sandbox: HarnessSandbox;
let dashboard: DashboardServer;

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${dashboard.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${sandbox.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const get = async <T>(path: string): Promise<T> => {
  const res = await api<T>('GET', path);
  expect(res.status, `GET ${path}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

beforeAll(async () => {
  sandbox = createSandbox({ seed: 16, connector: true });
  const { togai, zuora, chargebee, kit } = sandbox;
  const faker = await kit.faker();
  // as app/live.ts seeds the live sandbox: accounts on plans, so a billing cycle is open
  await kit.seedWith(() => seedDemo({ togai, zuora, chargebee }, faker));
  dashboard = await startDashboard({ sandbox: kit, simulators: { togai, zuora, chargebee } }, { port: 0 });
});

const errorOf = async (res: { body: { json(): Promise<unknown> } }) => ((await res.body.json()) as { error: string }).error;

afterAll(async () => {
  await dashboard.close();
  await sandbox.close();
});

describe('the dashboard API', () => {
  it('serves the page without a token and refuses /api without one (401), or from a foreign Host or Origin (403)', async () => {
    const page = await fetch(`${dashboard.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/assets/app.js');

    const bare = await fetch(`${dashboard.url}/api/overview`);
    expect(bare.status).toBe(401);
    expect(((await bare.json()) as { error: string }).error).toMatch(/needs the sandbox's admin token.*\?token=/);
    const wrong = await fetch(`${dashboard.url}/api/overview`, { headers: { authorization: 'Bearer not-the-token-at-all-0000' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toContain("is not this sandbox's");

    const auth = { authorization: `Bearer ${sandbox.adminToken}` };
    const rebound = await request(`${dashboard.url}/api/overview`, { headers: { ...auth, host: 'evil.example' } });
    expect(rebound.statusCode).toBe(403);
    expect(((await rebound.body.json()) as { error: string }).error).toContain("Host 'evil.example' is refused");
    const crossSite = await request(`${dashboard.url}/api/overview`, { headers: { ...auth, origin: 'http://evil.example' } });
    expect(crossSite.statusCode).toBe(403);
    expect(((await crossSite.body.json()) as { error: string }).error).toContain("Origin 'http://evil.example'");
  });

  it('guards every API route however its path is spelled: /%61pi/ is /api/ to the router', async () => {
    const encoded = await request(`${dashboard.url}/%61pi/overview`);
    expect(encoded.statusCode).toBe(401);
    expect(await errorOf(encoded)).toContain("needs the sandbox's admin token");
    const stream = await request(`${dashboard.url}/%61pi/events`);
    expect(stream.statusCode).toBe(401);
    await stream.body.dump();
    const rebound = await request(`${dashboard.url}/%61pi/overview`, { headers: { authorization: `Bearer ${sandbox.adminToken}`, host: 'evil.example' } });
    expect(rebound.statusCode).toBe(403);
    await rebound.body.dump();
  });

  it('takes ?token= on the event stream only: every other route needs the Authorization header', async () => {
    const overview = await request(`${dashboard.url}/api/overview?token=${sandbox.adminToken}`);
    expect(overview.statusCode).toBe(401);
    expect(await errorOf(overview)).toContain("needs the sandbox's admin token");
    const records = await request(`${dashboard.url}/api/records/togai/customers?token=${sandbox.adminToken}`);
    expect(records.statusCode).toBe(401);
    await records.body.dump();
    const controller = new AbortController();
    const events = await fetch(`${dashboard.url}/api/events?token=${encodeURIComponent(sandbox.adminToken)}`, { signal: controller.signal });
    expect(events.status).toBe(200);
    controller.abort();
  });

  it('forbids framing and type sniffing on the page and every other answer', async () => {
    for (const path of ['/', '/assets/app.js', '/api/overview']) {
      const res = await request(`${dashboard.url}${path}`);
      expect(res.headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      await res.body.dump();
    }
  });

  it('refuses a search given twice, one too long, and a page of no rows, saying what is wrong (400)', async () => {
    const twice = await api<{ error: string }>('GET', '/api/records/togai/customers?q=a&q=b');
    expect(twice).toEqual({ status: 400, body: { error: "'q' was given 2 times; give it once" } });
    const long = await api<{ error: string }>('GET', `/api/records/togai/customers?q=${'x'.repeat(201)}`);
    expect(long).toEqual({ status: 400, body: { error: "'q' is 201 characters long; a search is at most 200" } });
    expect((await api('GET', `/api/records/togai/customers?q=${'x'.repeat(200)}`)).status).toBe(200);
    const none = await api<{ error: string }>('GET', '/api/records/togai/customers?limit=0');
    expect(none).toEqual({ status: 400, body: { error: "'limit' must be a whole number from 1 to 100; got '0'" } });
    const offset = await api<{ error: string }>('GET', '/api/records/togai/customers?offset=-1');
    expect(offset.body.error).toBe("'offset' must be a whole number from 0 to 9007199254740991; got '-1'");
  });

  it('counts, pages and searches records, and reads one through the vendor', async () => {
    const before = await get<Overview>('/api/overview');
    for (let i = 1; i <= 12; i++) {
      const body = { id: `dash-c${i}`, name: `Dashboard Customer ${i}`, primaryEmail: `c${i}@dash.test`, address: { line1: '1 Main St' }, account: { id: `dash-a${i}`, name: `Dash ${i}`, invoiceCurrency: 'USD' } };
      expect((await sandbox.togai.call('createCustomer', { body })).status).toBe(201);
    }
    await sandbox.kit.settle();
    const after = await get<Overview>('/api/overview');
    expect(after.counts.togai.customers).toBe(before.counts.togai.customers! + 12);
    expect(after.counts.togai.accounts).toBe(before.counts.togai.accounts! + 12);
    expect(after.clock).toEqual({ now: sandbox.clock.iso(), live: false });
    expect(after.chaos).toBe(false);
    expect(after.stories.length).toBeGreaterThan(0);

    const first = await get<RecordPage>('/api/records/togai/customers?limit=5');
    expect(first).toMatchObject({ vendor: 'togai', kind: 'customers', total: after.counts.togai.customers, offset: 0 });
    expect(first.items).toHaveLength(5);
    const next = await get<RecordPage>('/api/records/togai/customers?limit=5&offset=5');
    expect(next.items.map((r) => r.id)).not.toContain(first.items[0]!.id);

    const found = await get<RecordPage>('/api/records/togai/customers?q=DASHBOARD%20customer%201');
    // 1, 10, 11 and 12
    expect(found.items.map((r) => r.id).sort()).toEqual(['dash-c1', 'dash-c10', 'dash-c11', 'dash-c12']);
    expect(found.total).toBe(4);
    expect(found.items[0]).toMatchObject({ label: expect.stringContaining('Dashboard Customer'), status: 'ACTIVE', summary: expect.stringContaining('@dash.test') });
    // the connector mapped the account to both vendors (flows 2 and 9): the row says so
    const account = (await get<RecordPage>('/api/records/togai/accounts?q=dash-a7')).items[0]!;
    expect(account.summary).toMatch(/zuora\.accountId \S+ · chargebee\.customerId dash-a7/);

    const detail = await get<RecordDetail>('/api/records/togai/customers/dash-c3');
    expect(detail).toMatchObject({ vendor: 'togai', kind: 'customers', id: 'dash-c3', record: { id: 'dash-c3', name: 'Dashboard Customer 3' } });
    const missing = await api<{ error: string }>('GET', '/api/records/togai/customers/nobody');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toContain("no customers record 'nobody'");
    const badKind = await api<{ error: string }>('GET', '/api/records/zuora/customers');
    expect(badKind.status).toBe(404);
    expect(badKind.body.error).toContain('it has accounts, invoices, usage');
  });

  it('links a synced Chargebee customer to its Togai account (flow 6, with the delivery) and on to Zuora (flow 2)', async () => {
    const created = await sandbox.chargebee.call('createCustomer', { body: { id: 'cb-dash-1', first_name: 'Grace', last_name: 'Hopper', email: 'grace@dash.test' } });
    expect(created.status).toBe(200);
    await sandbox.kit.settle();
    const delivery = sandbox.deliveries('chargebee').find((d) => d.eventType === 'customer_created' && d.body.includes('cb-dash-1'))!;
    expect(JSON.parse(delivery.attempts.at(-1)!.answer!)).toMatchObject({ outcomes: expect.arrayContaining([expect.objectContaining({ flow: 6, result: 'done' })]) });

    const graph = await get<LinkGraph>('/api/links/chargebee/customers/cb-dash-1');
    expect(graph.root).toBe('chargebee:customers:cb-dash-1');
    expect(graph.nodes).toContainEqual({ vendor: 'togai', kind: 'accounts', id: 'cb-dash-1', label: expect.any(String) });
    expect(graph.edges).toContainEqual({ from: 'chargebee:customers:cb-dash-1', to: 'togai:accounts:cb-dash-1', via: 'Togai setting chargebee.customerId', flow: 6, deliveryId: delivery.id });
    const zuora = graph.edges.find((e) => e.to.startsWith('zuora:accounts:'))!;
    expect(zuora).toMatchObject({ from: 'togai:accounts:cb-dash-1', flow: 2, deliveryId: expect.stringMatching(/^dlv_/) });
    // the same link seen from the Zuora side
    const back = await get<LinkGraph>(`/api/links/${zuora.to.replace(/:/g, '/')}`);
    expect(back.edges).toContainEqual(expect.objectContaining({ to: 'togai:accounts:cb-dash-1', flow: 2 }));
  });

  it('names no flow for a link the demo data seeded: no delivery made it', async () => {
    const graph = await get<LinkGraph>('/api/links/togai/accounts/demo-customer-1');
    const zuora = graph.edges.find((e) => e.to.startsWith('zuora:accounts:'))!;
    expect(zuora).toEqual({ from: 'togai:accounts:demo-customer-1', to: expect.any(String), via: expect.stringContaining('(no delivery made it: seeded, set directly or reconciled)') });
  });

  it('keeps a timeline of deliveries with their attempts, the flows they set off, and client requests', async () => {
    expect((await sandbox.chargebee.call('createCustomer', { body: { id: 'cb-dash-tl', first_name: 'Ada', email: 'ada@dash.test' } })).status).toBe(200);
    await sandbox.kit.settle();
    const page = await get<TimelinePage>('/api/timeline?limit=500');
    const entries = page.entries;
    expect(page.last).toBe(entries.at(-1)!.seq);
    const made = sandbox.deliveries('chargebee').find((d) => d.eventType === 'customer_created' && d.body.includes('cb-dash-tl'))!;
    const about = (e: TimelineEntry) => (e.detail as { deliveryId?: string }).deliveryId === made.id;
    const delivery = entries.find((e) => e.kind === 'delivery' && about(e));
    expect(delivery).toMatchObject({ vendor: 'chargebee', text: 'chargebee customer_created -> connector.test 200', detail: { attempts: [expect.objectContaining({ status: 200 })] } });
    const outcomes = entries.filter((e) => e.kind === 'outcome' && about(e));
    expect(outcomes).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^flow 6 done: /), detail: expect.objectContaining({ flow: 6, outcome: 'done' }) }));
    // an outcome follows its delivery
    expect(outcomes[0]!.seq).toBeGreaterThan(delivery!.seq);
    // the connector's own calls are client requests; the dashboard's reads are not shown
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'request', vendor: 'togai', text: expect.stringMatching(/^togai POST \/customers -> 201$/) }));
    // only what came after
    const later = await get<TimelinePage>(`/api/timeline?after=${entries.at(-3)!.seq}`);
    expect(later.entries.map((e) => e.seq)).toEqual(entries.slice(-2).map((e) => e.seq));
    await get<RecordDetail>('/api/records/chargebee/customers/cb-dash-tl');
    expect((await get<TimelinePage>(`/api/timeline?after=${page.last}`)).entries).toEqual([]);
  });

  it('advances the clock a day, and to the end of the first open Togai billing cycle', async () => {
    const start = sandbox.clock.now();
    const day = await api<{ now: string }>('POST', '/api/clock/advance', { by: 'P1D' });
    expect(day.status).toBe(200);
    expect(Date.parse(day.body.now)).toBe(start + 24 * 3600 * 1000);

    const drafts = (await sandbox.togai.call('listInvoices', { query: { status: 'DRAFT', pageSize: '50' } })).body.data as { id: string; endDate: string }[];
    const firstEnd = Math.min(...drafts.map((i) => Date.parse(i.endDate)).filter((t) => t > sandbox.clock.now()));
    const cycle = await api<{ now: string; text: string; cycle: { invoiceId: string; endDate: string } }>('POST', '/api/clock/advance', { by: 'cycle' });
    expect(cycle.status).toBe(200);
    expect(Date.parse(cycle.body.now)).toBe(firstEnd);
    expect(cycle.body.cycle.endDate).toBe(new Date(firstEnd).toISOString());
    expect(cycle.body.text).toContain(`Togai invoice ${cycle.body.cycle.invoiceId}`);
    const invoice = (await sandbox.togai.call('getInvoice', { params: { invoice_id: cycle.body.cycle.invoiceId } })).body;
    expect(invoice.status).not.toBe('DRAFT');

    const wrong = await api<{ error: string }>('POST', '/api/clock/advance', { by: 'P1Y' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toContain('"P1D" (a day), "P1M" (a month) or "cycle"');
  });

  it('streams a changed notice after a change', async () => {
    const controller = new AbortController();
    const res = await fetch(`${dashboard.url}/api/events?token=${sandbox.adminToken}`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const until = async (seen: (t: string) => boolean) => {
      while (!seen(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended; it sent:\n${text}`);
        text += value;
      }
    };
    try {
      await until((t) => t.includes(': connected'));
      await sandbox.togai.call('createCustomer', { body: { id: 'dash-sse', name: 'Stream', primaryEmail: 's@dash.test', address: { line1: '1 Main St' } } });
      await until((t) => /event: changed\ndata: \{"type":"changed","what":"records"\}/.test(t));
    } finally {
      controller.abort();
    }
  });

  it('switches the chaos profile on and off', async () => {
    const on = await api<{ chaos: boolean; plan: { requests: unknown[] } }>('PUT', '/api/faults/chaos', { on: true });
    expect(on.status).toBe(200);
    expect(on.body.plan.requests.length).toBeGreaterThan(0);
    expect((await get<Overview>('/api/overview')).chaos).toBe(true);
    expect(sandbox.faults.current.deliveries.length).toBeGreaterThan(0);
    const off = await api<{ chaos: boolean }>('PUT', '/api/faults/chaos', { on: false });
    expect(off.body.chaos).toBe(false);
    expect((await get<Overview>('/api/overview')).chaos).toBe(false);
    expect(sandbox.faults.current).toEqual({ requests: [], deliveries: [] });
    const bad = await api<{ error: string }>('PUT', '/api/faults/chaos', { on: 'yes' });
    expect(bad.status).toBe(400);
  });
});
