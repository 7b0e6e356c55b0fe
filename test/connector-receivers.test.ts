import { afterEach, describe, expect, it } from 'vitest';
import { loadContract } from '../simulators/kit/contract.js';
import { closeChecked, ConnectedWorld } from './support/connected.js';

const contract = loadContract('connector.yaml');
const togaiContract = loadContract('togai.yaml');
const OPERATION: Record<string, string> = {
  '/togai/notifications': 'receiveTogaiNotification',
  '/zuora/callouts': 'receiveZuoraCallout',
  '/chargebee/webhooks': 'receiveChargebeeWebhook',
};

const zuoraAccount = {
  name: 'Mary Somerville',
  currency: 'USD',
  billCycleDay: 1,
  billToContact: { firstName: 'Mary', lastName: 'Somerville', workEmail: 'mary@example.com', country: 'United States', state: 'CA' },
};

function subscriberOf(world: ConnectedWorld, source: string) {
  return world.sandbox.outbox.listSubscribers(source)[0]!;
}

describe('connector receivers', () => {
  let world: ConnectedWorld;
  afterEach(() => closeChecked(world));

  it('act on nothing signed with the wrong Togai secret, and answer 401', async () => {
    world = new ConnectedWorld();
    world.sandbox.outbox.update(subscriberOf(world, 'togai').id, { secret: 'not-the-secret' });
    const created = await world.togaiApi('POST', '/customers', { id: 'c1', name: 'Ada Corp', primaryEmail: 'a@x.test', address: {}, account: { id: 'a1', name: 'Ada main', invoiceCurrency: 'USD' } });
    expect(created.status).toBe(201);
    await world.settle();
    expect(world.answers).toEqual([{ path: '/togai/notifications', status: 401, body: { error: expect.stringContaining('x-togai-signature') } }]);
    expect((await world.zuoraApi('GET', '/object-query/accounts')).body.data).toEqual([]);
    expect((await world.chargebeeApi('GET', '/customers')).body.list).toEqual([]);
    expect((await world.togaiApi('GET', '/settings?entity_type=ACCOUNT&entity_id=a1')).body.data).toEqual([]);
  });

  it('act on no Togai notification without a signature', async () => {
    world = new ConnectedWorld();
    world.sandbox.outbox.update(subscriberOf(world, 'togai').id, { secret: undefined });
    await world.togaiApi('POST', '/customers', { id: 'c1', name: 'Ada Corp', primaryEmail: 'a@x.test', address: {}, account: { id: 'a1', name: 'Ada main', invoiceCurrency: 'USD' } });
    await world.settle();
    expect(world.answers.map((a) => a.status)).toEqual([401]);
    expect((await world.zuoraApi('GET', '/object-query/accounts')).body.data).toEqual([]);
  });

  it('act on no Zuora callout with wrong Basic credentials', async () => {
    world = new ConnectedWorld();
    world.sandbox.outbox.update(subscriberOf(world, 'zuora').id, { password: 'guessed' });
    const id = (await world.zuoraApi('POST', '/v1/accounts', zuoraAccount)).body.accountId;
    await world.settle();
    expect(world.answers).toEqual([{ path: '/zuora/callouts', status: 401, body: { error: expect.stringContaining('Basic credentials') } }]);
    expect((await world.togaiApi('GET', `/customers/${id}`)).status).toBe(404);
    expect((await world.zuoraApi('GET', `/v1/accounts/${id}`)).body.basicInfo.TogaiAccountId__c).toBeUndefined();
  });

  it('act on no Chargebee webhook without credentials', async () => {
    world = new ConnectedWorld();
    world.sandbox.outbox.update(subscriberOf(world, 'chargebee').id, { username: undefined, password: undefined });
    expect((await world.chargebeeApi('POST', '/customers', { id: 'cb1', first_name: 'Ada', email: 'ada@x.test' })).status).toBe(200);
    await world.settle();
    expect(world.answers.map((a) => [a.path, a.status])).toEqual([['/chargebee/webhooks', 401]]);
    expect((await world.togaiApi('GET', '/customers/cb1')).status).toBe(404);
  });

  it('refuse a body that is not what the vendor sends, naming what is expected', async () => {
    world = new ConnectedWorld();
    const { username, password } = subscriberOf(world, 'zuora');
    const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    const res = await world.connector.app.inject({ method: 'POST', url: '/zuora/callouts', headers: { authorization: auth, 'content-type': 'application/json' }, payload: '{"id": 1}' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toContain('{"accountId": "<Account.Id>"}');
    const broken = await world.connector.app.inject({ method: 'POST', url: '/zuora/callouts', headers: { authorization: auth, 'content-type': 'application/json' }, payload: '{"accountId": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toContain('not JSON');
    const cb = subscriberOf(world, 'chargebee');
    const cbAuth = `Basic ${Buffer.from(`${cb.username}:${cb.password}`).toString('base64')}`;
    const empty = await world.connector.app.inject({ method: 'POST', url: '/chargebee/webhooks', headers: { authorization: cbAuth, 'content-type': 'application/json' }, payload: '{"event_type": "customer_created", "content": null}' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toBe('the body must be a Chargebee event with event_type and content');
  });

  it('report health and the flows they run', async () => {
    world = new ConnectedWorld();
    const res = await world.connector.app.inject({ method: 'GET', url: '/health' });
    expect(res.json()).toEqual({ status: 'ok', flows: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(contract.responseViolations('getHealth', 200, res.json())).toEqual([]);
  });

  it('receive deliveries that match contracts/connector.yaml, and answer as it says', async () => {
    world = new ConnectedWorld();
    await world.togaiApi('POST', '/customers', { id: 'c1', name: 'Ada Corp', primaryEmail: 'a@x.test', address: {}, account: { id: 'a1', name: 'Ada main', invoiceCurrency: 'USD' } });
    await world.zuoraApi('POST', '/v1/accounts', zuoraAccount);
    await world.chargebeeApi('POST', '/customers', { id: 'cb1', first_name: 'Ada', email: 'ada@x.test' });
    await world.settle();
    const deliveries = world.deliveries();
    // one of each vendor's own, plus what the connector's writes announced
    expect(new Set(deliveries.map((d) => d.source))).toEqual(new Set(['togai', 'zuora', 'chargebee']));
    for (const d of deliveries) {
      const op = OPERATION[new URL(d.url).pathname]!;
      const issues = contract.validateRequest(contract.operation(op), { path: {}, query: {}, header: d.headers, body: JSON.parse(d.body) });
      expect(issues, `${d.source} ${d.eventType}`).toEqual([]);
    }
    expect(world.answers.length).toBe(deliveries.length);
    for (const a of world.answers) expect(contract.responseViolations(OPERATION[a.path]!, a.status, a.body), a.path).toEqual([]);
  });

  it('acknowledge a Chargebee event no flow starts from, doing nothing', async () => {
    world = new ConnectedWorld();
    await world.chargebeeApi('POST', '/customers', { id: 'cb1', first_name: 'Ada', email: 'ada@x.test' });
    await world.settle();
    const before = (await world.togaiApi('GET', '/customers')).body.data.length;
    await world.chargebeeApi('POST', '/customers/cb1', { first_name: 'Ada B.' });
    await world.settle();
    const changed = world.deliveries('chargebee').find((d) => d.eventType === 'customer_changed')!;
    expect(changed.state).toBe('delivered');
    expect(world.answers.at(-1)).toEqual({ path: '/chargebee/webhooks', status: 200, body: { outcomes: [] } });
    expect((await world.togaiApi('GET', '/customers')).body.data.length).toBe(before);
  });
});

describe('contracts/connector.yaml', () => {
  /** A schema with every reference to another schema renamed as `rename` says. */
  function renamed(schema: unknown, rename: (name: string) => string): unknown {
    if (Array.isArray(schema)) return schema.map((s) => renamed(s, rename));
    if (schema === null || typeof schema !== 'object') return schema;
    return Object.fromEntries(
      Object.entries(schema).map(([k, v]) => [k, k === '$ref' ? `#/components/schemas/${rename(String(v).split('/').pop()!)}` : renamed(v, rename)]),
    );
  }

  // a partner reads connector.yaml on its own, so it carries copies of Togai's models: they must not drift
  it("carries Togai's Account and Invoice, and every model they use, exactly as contracts/togai.yaml has them", () => {
    const mine: Record<string, unknown> = contract.document.components.schemas;
    const togai: Record<string, unknown> = togaiContract.document.components.schemas;
    const copies = Object.keys(mine).filter((name) => name.startsWith('Togai'));
    expect(copies).toEqual(expect.arrayContaining(['TogaiAccount', 'TogaiInvoice', 'TogaiInvoiceLineItem', 'TogaiAddress']));
    for (const name of copies) {
      const original = name.slice('Togai'.length);
      expect(togai[original], `${name} copies togai.yaml's ${original}`).toBeDefined();
      expect(mine[name], name).toEqual(renamed(togai[original], (n) => `Togai${n}`));
    }
    // and every model those copies refer to is copied too
    const referred = JSON.stringify(copies.map((n) => mine[n])).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(referred)) expect(copies, ref).toContain(ref.split('/').pop());
  });
});
