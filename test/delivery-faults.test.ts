import { afterEach, describe, expect, it } from 'vitest';
import { ConnectedWorld } from './support/connected.js';

/** Delivery faults the conformance checks stand on, and the request rule for writes. */
describe('delivery faults and write-only request rules', () => {
  let world: ConnectedWorld;
  afterEach(() => world?.close());

  const createCustomer = (id: string) => world.chargebeeApi('POST', '/customers', { id, first_name: 'Grace', last_name: 'Hopper', email: `${id}@navy.test` });

  it('fail-answer: the receiver acts on the first attempt, the vendor sees 500 and delivers again at its retry time', async () => {
    world = new ConnectedWorld();
    world.sandbox.faults.set({ deliveries: [{ source: 'chargebee', eventType: 'customer_created', fault: { kind: 'fail-answer' } }] });
    expect((await createCustomer('cb-a')).status).toBe(200);
    await world.sandbox.settle();
    const [delivery] = world.sandbox.outbox.list('chargebee');
    expect(delivery!.attempts).toEqual([expect.objectContaining({ status: 500, reason: 'the receiver answered 200, but a fail-answer fault had the vendor see 500' })]);
    expect(delivery!.state).toBe('retrying');
    // acted on all the same
    expect((await world.togaiApi('GET', '/accounts/cb-a')).status).toBe(200);
    // Chargebee's first retry is two minutes on, and the outbox says so
    expect(world.sandbox.outbox.nextDue()).toBe(Date.parse(delivery!.nextAttemptAt!));
    expect(world.sandbox.outbox.nextDue()! - world.sandbox.clock.now()).toBe(120_000);
    await world.sandbox.clock.advanceBy('PT2M');
    expect(delivery!.attempts.map((a) => a.status)).toEqual([500, 200]);
    expect(delivery!.state).toBe('delivered');
    expect(world.sandbox.outbox.nextDue()).toBeUndefined();
  });

  it('unauthenticated: a copy without the credential and one with a wrong one go first, never retried, then the delivery', async () => {
    world = new ConnectedWorld();
    world.sandbox.faults.set({ deliveries: [{ source: 'chargebee', fault: { kind: 'unauthenticated' } }] });
    await createCustomer('cb-b');
    await world.sandbox.settle();
    const list = world.sandbox.outbox.list('chargebee');
    const [missing, wrong, genuine] = [list.find((d) => d.forged === 'missing'), list.find((d) => d.forged === 'wrong'), list.find((d) => !d.forged)];
    expect(list).toHaveLength(3);
    // the copies were answered before the delivery itself was sent
    expect(world.harness.connector!.answers.filter((a) => a.path === '/chargebee/webhooks').map((a) => a.status)).toEqual([401, 401, 200]);
    expect(missing!.headers.authorization).toBeUndefined();
    expect(wrong!.headers.authorization).toMatch(/^Basic /);
    expect(wrong!.headers.authorization).not.toBe(genuine!.headers.authorization);
    for (const copy of [missing!, wrong!]) {
      // the reference connector refuses it before calling any vendor
      expect(copy.attempts).toEqual([expect.objectContaining({ status: 401, clientRequests: 0 })]);
      expect(copy.state).toBe('failed');
    }
    expect(genuine!.attempts.map((a) => a.status)).toEqual([200]);
    expect(genuine!.body).toBe(missing!.body);
    // a copy is never retried: nothing is due
    expect(world.sandbox.outbox.nextDue()).toBeUndefined();
  });

  it('unauthenticated: the requests made while a copy was open are counted against it', async () => {
    world = new ConnectedWorld();
    // a receiver that takes the copy as genuine: it acts on it
    const sender = world.harness.connector!.sender;
    world.sandbox.outbox.useSender((url, init) => sender(url, { ...init, headers: world.sandbox.outbox.list('chargebee').find((d) => !d.forged)!.headers }));
    world.sandbox.faults.set({ deliveries: [{ source: 'chargebee', fault: { kind: 'unauthenticated' } }] });
    await createCustomer('cb-c');
    await world.sandbox.settle();
    const missing = world.sandbox.outbox.list('chargebee').find((d) => d.forged === 'missing');
    expect(missing!.attempts[0]!.status).toBe(200);
    expect(missing!.attempts[0]!.clientRequests).toBeGreaterThan(0);
  });

  it('a request rule with writes: true passes reads and Zuora token requests, and fails writes', async () => {
    world = new ConnectedWorld();
    world.sandbox.faults.set({
      requests: [
        { vendor: 'togai', writes: true, fault: { kind: 'error', status: 500 } },
        { vendor: 'zuora', writes: true, fault: { kind: 'error', status: 503 } },
      ],
    });
    expect((await world.togaiApi('GET', '/customers')).status).toBe(200);
    expect((await world.togaiApi('POST', '/customers', { id: 'w1', name: 'Writes', primaryEmail: 'w@x.test', address: {} })).status).toBe(500);
    // zuoraApi fetches its OAuth token first (a POST that changes nothing), then writes
    const zuora = await world.zuoraApi('POST', '/v1/accounts', { name: 'Z', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'A', lastName: 'B' } });
    expect(zuora.status).toBe(503);
    expect(world.sandbox.faults.decisions.map((d) => d.target)).toEqual(['togai createCustomer', 'zuora createAccount']);
  });
});
