import { describe, expect, it } from 'vitest';
import { DEMO_PLAN_PRICE } from '../simulators/chargebee/demo-data.js';
import { seedTogaiDemo } from '../simulators/togai/demo-data.js';
import { expectConformance } from './support/conformance.js';
import { TOKEN, togaiSandbox } from './support/togai.js';

async function makePlan(seed: number) {
  const { sandbox, sim } = togaiSandbox({ seed });
  await sim.call('createEventSchema', { body: { name: 'e', attributes: [{ name: 'n' }], dimensions: [] } });
  const meter = await sim.call('createUsageMeter', { body: { name: 'm', eventSchemaName: 'e', type: 'COUNTER', aggregation: 'COUNT' } });
  return { sandbox, sim, meterId: meter.body.id as string };
}

describe('sandboxes', () => {
  it('give the same IDs for the same seed and different ones for another seed', async () => {
    const a = await makePlan(7);
    const b = await makePlan(7);
    const c = await makePlan(8);
    expect(a.meterId).toMatch(/^um\.[0-9A-Za-z]{11}\.[0-9A-Za-z]{5}$/);
    expect(b.meterId).toBe(a.meterId);
    expect(c.meterId).not.toBe(a.meterId);
  });

  it('share nothing: state, clock and outbox are each their own', async () => {
    const a = await makePlan(1);
    const b = await makePlan(1);
    await a.sim.call('createCustomer', { body: { id: 'only-in-a', name: 'Alpha', primaryEmail: 'a@x', address: { line1: 'x' } } });
    await a.sandbox.clock.advanceBy('P10D');
    a.sandbox.outbox.subscribe({ source: 'togai', url: 'http://127.0.0.1:9/nowhere' });
    expect((await b.sim.call('getCustomer', { params: { customer_id: 'only-in-a' } })).status).toBe(404);
    expect(b.sandbox.clock.iso()).toBe('2026-01-01T00:00:00.000Z');
    expect(b.sandbox.outbox.listSubscribers()).toEqual([]);
  });

  it('seed the same demo data for the same seed, and seed it again after a reset', async () => {
    const names = async () => {
      const { sandbox, sim } = togaiSandbox({ seed: 99 });
      await sandbox.seedWith(async () => seedTogaiDemo(sim, await sandbox.faker()));
      const first = (await sim.call('getCustomers', { headers: { authorization: `Bearer ${TOKEN}` } })).body.data.map((c: { name: string }) => c.name);
      await sim.call('createCustomer', { body: { id: 'extra', name: 'Extra', primaryEmail: 'e@x', address: { line1: 'x' } } });
      await sandbox.reset();
      const again = (await sim.call('getCustomers')).body.data.map((c: { name: string }) => c.name);
      return { first, again };
    };
    const one = await names();
    const two = await names();
    expect(one.first).toHaveLength(3);
    expect(one.again).toEqual(one.first);
    expect(two.first).toEqual(one.first);
  });

  it('seed a prepaid plan mapped to the Chargebee demo item price, entitling an account put on it', async () => {
    const { sandbox, sim } = togaiSandbox({ seed: 5 });
    await sandbox.seedWith(async () => seedTogaiDemo(sim, await sandbox.faker()));
    const mapping = (await sim.call('listSetting', { query: { entity_type: 'PRICE_PLAN', namespace: 'chargebee', setting_id: 'itemPriceId' } })).body.data;
    expect(mapping).toEqual([expect.objectContaining({ value: DEMO_PLAN_PRICE })]);
    const [feature] = (await sim.call('getFeatures')).body.data;
    expect(feature).toMatchObject({ name: 'API calls' });
    await sim.call('createCustomer', { body: { id: 'payer', name: 'Payer', primaryEmail: 'p@x', address: { line1: 'x' }, account: { id: 'payer', name: 'Payer', invoiceCurrency: 'USD' } } });
    const edit = { mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '9999-12-30', associationConfig: { pricePlanId: mapping[0].entityId } };
    expect((await sim.call('bulkEditSchedules', { params: { account_id: 'payer' }, body: { edits: [edit] } })).status).toBe(200);
    expect((await sim.call('getFeatureCredits', { params: { account_id: 'payer', feature_id: feature.id } })).body).toMatchObject({ granted: 1000, balance: 1000 });
    const event = { id: 'p-1', schemaName: 'api_call', timestamp: sandbox.clock.iso(), accountId: 'payer', attributes: [{ name: 'calls', value: '250' }], dimensions: { region: 'eu' } };
    expect((await sim.call('ingestEntitledEvent', { body: { event } })).status).toBe(200);
    expect((await sim.call('getFeatureCredits', { params: { account_id: 'payer', feature_id: feature.id } })).body).toMatchObject({ balance: 750 });
    const advanced = (await sim.call('listInvoices', { query: { owner_id: 'payer' } })).body.data.find((i: { invoiceType: string }) => i.invoiceType === 'STANDARD_ADVANCED');
    expect(advanced).toMatchObject({ status: 'DUE', totalAmount: 49 });
    expectConformance(sim);
  });

  it('announce nothing while seeding demo data, at start or after a reset', async () => {
    const sent: string[] = [];
    const { sandbox, sim } = togaiSandbox({ seed: 3, sender: async (url) => (sent.push(url), 200) });
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai' });
    await sandbox.seedWith(async () => seedTogaiDemo(sim, await sandbox.faker()));
    await sandbox.reset();
    await sandbox.settle();
    expect(sandbox.outbox.list()).toEqual([]);
    expect(sent).toEqual([]);
    // a customer made after seeding is news again
    await sim.call('createCustomer', { body: { id: 'after', name: 'After Seed', primaryEmail: 'a@x', address: { line1: 'x' }, account: { id: 'after', name: 'After Seed' } } });
    await sandbox.settle();
    expect(sent).toEqual(['http://receiver.test/togai']);
  });

  it('answer each delivery at the instant that set it off while time moves, so its retry falls inside the same advance', async () => {
    const statuses = [500, 200];
    const attemptsAt: string[] = [];
    const { sandbox } = togaiSandbox({
      // a receiver that answers a turn of the event loop later, as any real one does
      sender: async () => {
        attemptsAt.push(sandbox.clock.iso());
        await new Promise((resolve) => setImmediate(resolve));
        return statuses.shift()!;
      },
    });
    sandbox.outbox.setPolicy('test', { headers: () => ({}), retryDelay: (retry) => (retry === 1 ? 60_000 : null) });
    sandbox.outbox.subscribe({ source: 'test', url: 'http://receiver.test/' });
    const at = Date.parse('2026-01-10T00:00:00Z');
    sandbox.clock.schedule(at, 'publish', () => void sandbox.outbox.publish({ source: 'test', eventType: 'e', eventId: '1', payload: () => ({}) }));
    await sandbox.clock.advanceBy('P30D');
    expect(attemptsAt).toEqual(['2026-01-10T00:00:00.000Z', '2026-01-10T00:01:00.000Z']);
    expect(sandbox.outbox.list('test')[0]!.state).toBe('delivered');
  });

  it('reset during an advance waits for it, so the advance cannot carry on over the fresh clock', async () => {
    const { sandbox } = togaiSandbox();
    const T0 = sandbox.clock.now();
    const HOUR = 3_600_000;
    let entered!: () => void;
    let release!: () => void;
    const inJob = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const ran: string[] = [];
    sandbox.clock.schedule(T0 + HOUR, 'a slow job', async () => {
      entered();
      await gate;
    });
    sandbox.clock.schedule(T0 + 2 * HOUR, 'a later job', () => void ran.push('later'));
    const advance = sandbox.clock.advanceBy('P1D');
    await inJob;
    const reset = sandbox.reset();
    release();
    // the advance ran its course as asked, then the reset put everything back
    expect(await advance).toBe(T0 + 24 * HOUR);
    await reset;
    expect(ran).toEqual(['later']);
    expect(sandbox.clock.now()).toBe(T0);
    expect(sandbox.clock.pending()).toEqual([]);
    // and the next advance starts from the fresh start
    expect(await sandbox.clock.advanceBy('PT1H')).toBe(T0 + HOUR);
  });
});
