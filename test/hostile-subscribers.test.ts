import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serveHttp, type HttpServer as SimServer } from '../simulators/kit/http-transport.js';
import { MAX_IN_FLIGHT_PER_SUBSCRIBER } from '../simulators/kit/limits.js';
import type { Sender } from '../simulators/kit/outbox.js';
import type { Sandbox, SandboxOptions } from '../simulators/kit/sandbox.js';
import { togaiSandbox } from './support/togai.js';

// short, so hung attempts cost little wall time here, yet long enough that a busy machine
// reaches the receiver before it runs out; the default is DEFAULT_DELIVERY_TIMEOUT_MS
const TIMEOUT_MS = 300;
const MINUTE = 60_000;
const T0 = Date.parse('2026-01-01T00:00:00.000Z');
// Togai retries 1, 5, 30, 120 and 480 minutes after each failed attempt
const TOGAI_ATTEMPT_OFFSETS = [0, 1, 6, 36, 156, 636].map((m) => m * MINUTE);

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/**
 * A receiver that accepts connections, reads requests and never answers. It notes, in the
 * order it sees them, when each request arrives and when the client gives up on it.
 */
async function hungReceiver() {
  const sockets = new Set<Socket>();
  const requests: { arrived: number; closed?: number }[] = [];
  let events = 0;
  let onClose = () => undefined as void;
  const server: TcpServer = createTcpServer((socket) => {
    sockets.add(socket);
    let request: { arrived: number; closed?: number } | undefined;
    socket.on('data', () => {
      if (!request) requests.push((request = { arrived: ++events }));
    });
    socket.on('close', () => {
      sockets.delete(socket);
      if (request) request.closed = ++events;
      onClose();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  /** Requests in arrival order, `size` at a time, where each group all arrived before the client gave up on any of them. */
  const concurrentGroups = (size: number) => {
    let groups = 0;
    for (let i = 0; i + size <= requests.length; i += size) {
      const group = requests.slice(i, i + size);
      if (Math.max(...group.map((r) => r.arrived)) < Math.min(...group.map((r) => r.closed ?? Infinity))) groups++;
    }
    return groups;
  };
  /** Resolves once the client has closed every connection it sent a request on. */
  const allClosed = () =>
    new Promise<void>((resolve) => {
      onClose = () => requests.every((r) => r.closed) && resolve();
      onClose();
    });
  return { url: `http://127.0.0.1:${port}/togai`, requests, concurrentGroups, allClosed };
}

/**
 * A receiver answering 200 after `delayMs` of wall time; on `port` when given (to come back
 * where it was). It counts requests open at once: one is closed just before its answer goes,
 * so the count never includes one the client has already heard back from.
 */
async function answeringReceiver(delayMs: number, port = 0) {
  const got: string[] = [];
  const seen = { open: 0, maxOpen: 0 };
  const server: HttpServer = createHttpServer((req, res) => {
    let body = '';
    seen.maxOpen = Math.max(seen.maxOpen, ++seen.open);
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      got.push(body);
      setTimeout(() => {
        seen.open--;
        res.end('ok');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${bound}/togai`, port: bound, got, seen };
}

/** A port nothing listens on (yet): connections to it are refused. */
async function refusingPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function togaiOverHttp(options: SandboxOptions = {}) {
  const { sandbox, sim } = togaiSandbox({ deliveryTimeoutMs: TIMEOUT_MS, ...options });
  const server: SimServer = await serveHttp(sim);
  closers.push(() => server.close());
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/__admin${path}`, {
      method,
      headers: { authorization: `Bearer ${sandbox.adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  let n = 0;
  /** A customer signs up through the vendor API: one account.created notification. */
  const signUp = async () => {
    const id = `hostile-${++n}`;
    const res = await sim.call('createCustomer', { body: { id, name: `Customer ${n}`, primaryEmail: `${id}@example.com`, address: { line1: 'x' }, account: { id, name: `Customer ${n}` } } });
    expect(res.status).toBe(201);
  };
  /**
   * `count` notifications published in one go, as one billing run would, so their first
   * attempts all start together (each API call would first spend wall time on its own work).
   */
  const announce = (count: number) => {
    for (let i = 0; i < count; i++) {
      const id = `burst-${++n}`;
      sandbox.outbox.publish({ source: 'togai', eventType: 'account.created', eventId: id, payload: () => ({ id, type: 'account.created', data: { account: { id } } }) });
    }
  };
  // the first admin call and API call compile their validators: done before any timeout runs
  expect((await admin('GET', '/clock')).status).toBe(200);
  await signUp();
  return { sandbox, sim, admin, signUp, announce };
}

const offsetsOf = (sandbox: Sandbox, i = 0) => sandbox.outbox.list('togai')[i]!.attempts.map((a) => Date.parse(a.at) - T0);

describe('a subscriber that accepts connections and never answers', () => {
  it('cannot stall an advance: attempts due at one instant wait out one timeout together, and retries follow the failure instant', async () => {
    const hung = await hungReceiver();
    const { sandbox, admin, announce } = await togaiOverHttp();
    sandbox.outbox.subscribe({ source: 'togai', url: hung.url });
    announce(5);
    // the first attempts time out together before the advance (its own first request may keep this
    // process busy past the timeout: the advance is measured from there)
    await sandbox.settle();
    expect(sandbox.outbox.list('togai').map((d) => d.nextAttemptAt)).toEqual(Array(5).fill('2026-01-01T00:01:00.000Z'));

    const started = Date.now();
    const advanced = await admin('POST', '/clock/advance', { duration: 'PT10H' });
    const wall = Date.now() - started;
    expect(advanced).toEqual({ status: 200, body: { now: '2026-01-01T10:00:00.000Z' } });

    // five attempts each, at the start and 1, 6, 36 and 156 minutes in; the sixth falls after ten hours
    const deliveries = sandbox.outbox.list('togai');
    expect(deliveries).toHaveLength(5);
    for (const [i, d] of deliveries.entries()) {
      expect(offsetsOf(sandbox, i)).toEqual(TOGAI_ATTEMPT_OFFSETS.slice(0, 5));
      expect(d.attempts.every((a) => a.status === undefined && a.error === `timed out after ${TIMEOUT_MS} ms with no complete answer (the sandbox's deliveryTimeoutMs)`)).toBe(true);
      expect(d).toMatchObject({ state: 'retrying', nextAttemptAt: new Date(T0 + TOGAI_ATTEMPT_OFFSETS[5]!).toISOString() });
    }
    // at each of the five instants all five were open at once, not one after another
    expect(hung.requests).toHaveLength(25);
    expect(hung.concurrentGroups(5)).toBe(5);
    // and the sandbox dropped every connection it gave up on, holding none open
    await hung.allClosed();
    // documented bound: distinct attempt instants in the advance x timeout (1.2 s here), plus
    // generous room for a loaded machine; one attempt after another would take 20 timeouts
    expect(wall).toBeLessThan(4 * TIMEOUT_MS + 4_000);

    // the sandbox still answers, and the log shows what happened
    expect(await admin('GET', '/clock')).toEqual({ status: 200, body: { now: '2026-01-01T10:00:00.000Z' } });
    const logged = await admin('GET', '/deliveries');
    expect(logged.status).toBe(200);
    expect(logged.body).toMatchObject({ dropped: 0 });
    expect(logged.body.deliveries).toHaveLength(5);
  });

  it(`gives attempts past ${MAX_IN_FLIGHT_PER_SUBSCRIBER} waiting for a slot the same timeout, counted from when they were queued: 40 settle in about one`, async () => {
    const hung = await hungReceiver();
    const { sandbox, announce } = await togaiOverHttp();
    sandbox.outbox.subscribe({ source: 'togai', url: hung.url });
    const count = 40;
    const started = Date.now();
    announce(count);
    await sandbox.settle();
    const wall = Date.now() - started;
    const deliveries = sandbox.outbox.list('togai');
    expect(deliveries.map((d) => d.attempts.length)).toEqual(Array(count).fill(1));
    const errors = deliveries.map((d) => d.attempts[0]!.error ?? '');
    // the first eight got a connection and waited out the timeout there; the rest waited it out for a free one
    expect(errors.slice(0, MAX_IN_FLIGHT_PER_SUBSCRIBER)).toEqual(Array(MAX_IN_FLIGHT_PER_SUBSCRIBER).fill(`timed out after ${TIMEOUT_MS} ms with no complete answer (the sandbox's deliveryTimeoutMs)`));
    expect(errors.slice(MAX_IN_FLIGHT_PER_SUBSCRIBER).every((e) => e.startsWith(`timed out after ${TIMEOUT_MS} ms`) && e.includes('waiting for a free connection'))).toBe(true);
    expect(errors).toContain(`timed out after ${TIMEOUT_MS} ms waiting for a free connection to a receiver that is not answering (all ${MAX_IN_FLIGHT_PER_SUBSCRIBER} of its connections stayed busy; the sandbox's deliveryTimeoutMs)`);
    // eight open at once, no more: exactly eight reached the receiver before it heard a connection
    // close. Later arrivals cannot be counted the same way: a slot freed as its attempt ran out may
    // go to a waiter with a few ms left, and the receiver can hear that request before the close
    // of the connection it replaced
    const firstClose = Math.min(...hung.requests.map((r) => r.closed ?? Infinity));
    expect(hung.requests.filter((r) => r.arrived < firstClose)).toHaveLength(MAX_IN_FLIGHT_PER_SUBSCRIBER);
    // waiting is not waiting in virtual time: every attempt is at the instant it was published, retried a minute on
    expect(deliveries.every((d) => d.attempts[0]!.at === '2026-01-01T00:00:00.000Z' && d.nextAttemptAt === '2026-01-01T00:01:00.000Z')).toBe(true);
    // one timeout, not five (40 / 8) in a row; generous room for a loaded machine
    expect(wall).toBeLessThan(4 * TIMEOUT_MS);
    await hung.allClosed();
  });
});

describe('a slow subscriber', () => {
  it(`gets at most ${MAX_IN_FLIGHT_PER_SUBSCRIBER} attempts at once; the rest wait their turn, first in first out`, async () => {
    const slow = await answeringReceiver(50);
    // the default timeout: this subscriber is slow, not hung, and must never be given up on here
    const { sandbox, announce } = await togaiOverHttp({ deliveryTimeoutMs: undefined });
    sandbox.outbox.subscribe({ source: 'togai', url: slow.url });
    announce(20);
    await sandbox.settle();
    expect(slow.seen.maxOpen).toBe(MAX_IN_FLIGHT_PER_SUBSCRIBER);
    // the first eight published are the first eight to arrive (in any order among themselves)
    const arrived = slow.got.map((body) => Number(JSON.parse(body).data.account.id.split('-')[1]));
    expect(arrived).toHaveLength(20);
    expect(arrived.slice(0, 8).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sandbox.outbox.list('togai').every((d) => d.state === 'delivered' && d.attempts.length === 1)).toBe(true);
  });

  it('answering within the timeout gets every delivery once, and still answers afterwards', async () => {
    const slow = await answeringReceiver(50);
    const { sandbox, admin, signUp } = await togaiOverHttp({ deliveryTimeoutMs: undefined });
    sandbox.outbox.subscribe({ source: 'togai', url: slow.url });
    for (let i = 0; i < 5; i++) await signUp();
    expect((await admin('POST', '/clock/advance', { duration: 'PT1H' })).status).toBe(200);
    const deliveries = sandbox.outbox.list('togai');
    expect(deliveries.map((d) => [d.state, d.attempts.length, d.attempts[0]!.status])).toEqual(Array(5).fill(['delivered', 1, 200]));
    expect(slow.got).toHaveLength(5);
    expect((await fetch(slow.url, { method: 'POST', body: '{}' })).status).toBe(200);
  });
});

describe('a refusal whose body is text', () => {
  /** A receiver answering 400 with `parts` as separate chunks, a few ms apart, then ending or (`hold`) keeping the answer open. */
  async function refusing(parts: Buffer[], hold = false) {
    const server: HttpServer = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(400, { 'content-type': 'application/json' });
        const next = (i: number) => {
          if (i === parts.length) return hold ? undefined : void res.end();
          res.write(parts[i]);
          setTimeout(() => next(i + 1), 20);
        };
        next(0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/togai`;
  }

  it('keeps a character split across two chunks whole', async () => {
    const body = Buffer.from(JSON.stringify({ error: 'café au lait' }));
    const split = body.indexOf(0xa9); // the second byte of é
    const { sandbox, announce } = await togaiOverHttp({ deliveryTimeoutMs: undefined });
    sandbox.outbox.subscribe({ source: 'togai', url: await refusing([body.subarray(0, split), body.subarray(split)]) });
    announce(1);
    await sandbox.settle();
    expect(sandbox.outbox.list('togai')[0]!.attempts[0]).toMatchObject({ status: 400, reason: 'café au lait' });
  });

  it('reads at most 16 KiB of it, counted in bytes, and does not wait for the rest', async () => {
    // 18,000 bytes in 9,000 characters, and the answer never ends
    const { sandbox, announce } = await togaiOverHttp({ deliveryTimeoutMs: undefined });
    sandbox.outbox.subscribe({ source: 'togai', url: await refusing([Buffer.from(`{"error": "${'é'.repeat(4_500)}`), Buffer.from('é'.repeat(4_500))], true) });
    announce(1);
    await sandbox.settle();
    const [attempt] = sandbox.outbox.list('togai')[0]!.attempts;
    expect(attempt).toMatchObject({ status: 400, reason: `{"error": "${'é'.repeat(288)}…` });
    expect(attempt!.error).toBeUndefined();
  });
});

describe('a sandbox reset while deliveries are under way', () => {
  it('forgets attempts in flight and waiting for a slot: none is sent, recorded or retried afterwards', async () => {
    const answer: ((status: number) => void)[] = [];
    const sent: string[] = [];
    const sender: Sender = (_url, init) => {
      sent.push(JSON.parse(init.body).data.account.id);
      return new Promise((resolve) => answer.push(resolve));
    };
    const { sandbox, announce } = await togaiOverHttp({ sender, deliveryTimeoutMs: 2_000 });
    const recorded: string[] = [];
    sandbox.outbox.onAttempt = (d) => void recorded.push(d.id);
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai' });
    announce(MAX_IN_FLIGHT_PER_SUBSCRIBER + 2);
    expect(sent).toHaveLength(MAX_IN_FLIGHT_PER_SUBSCRIBER);
    await sandbox.reset();
    // the receiver answers the old attempts only now, refusing them
    for (const a of answer.splice(0)) a(500);
    await sandbox.settle();
    expect(sent).toHaveLength(MAX_IN_FLIGHT_PER_SUBSCRIBER);
    expect(recorded).toEqual([]);
    expect(sandbox.outbox.list()).toEqual([]);
    expect(sandbox.clock.pending()).toEqual([]);
    // the subscriber stays, with every slot free for the fresh run
    announce(MAX_IN_FLIGHT_PER_SUBSCRIBER);
    expect(sent).toHaveLength(2 * MAX_IN_FLIGHT_PER_SUBSCRIBER);
    for (const a of answer.splice(0)) a(200);
    await sandbox.settle();
    expect(sandbox.outbox.list().map((d) => d.state)).toEqual(Array(MAX_IN_FLIGHT_PER_SUBSCRIBER).fill('delivered'));
  });
});

describe('an attempt that throws inside the sandbox', () => {
  it('is logged, not an unhandled rejection, and the outbox still settles', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { sandbox, announce } = await togaiOverHttp({ sender: async () => 200 });
      sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai' });
      sandbox.outbox.onAttempt = () => {
        throw new Error('the journal is full');
      };
      announce(1);
      await expect(sandbox.settle()).resolves.toBeUndefined();
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('outbox'), expect.objectContaining({ message: 'the journal is full' }));
    } finally {
      logged.mockRestore();
    }
  });
});

describe('a subscriber that refuses connections during an advance', () => {
  it('has its later attempts at later instants, and gets the delivery when it comes back', async () => {
    const port = await refusingPort();
    const { sandbox, admin, signUp } = await togaiOverHttp();
    sandbox.outbox.subscribe({ source: 'togai', url: `http://127.0.0.1:${port}/togai` });
    // a customer signs up two hours into the advance
    const signsUpAt = T0 + 120 * MINUTE;
    sandbox.clock.schedule(signsUpAt, 'a customer signs up', signUp);
    expect((await admin('POST', '/clock/advance', { duration: 'PT3H' })).status).toBe(200);

    const [delivery] = sandbox.outbox.list('togai');
    const attempts = offsetsOf(sandbox).map((ms) => ms - (signsUpAt - T0));
    // attempts 1 to 4 fell inside the advance, at Togai's intervals from the sign-up; the fifth waits
    expect(attempts).toEqual(TOGAI_ATTEMPT_OFFSETS.slice(0, 4));
    expect(delivery!.attempts.every((a) => /ECONNREFUSED/.test(a.error ?? ''))).toBe(true);
    const next = Date.parse(delivery!.nextAttemptAt!);
    expect(next).toBe(signsUpAt + TOGAI_ATTEMPT_OFFSETS[4]!);
    expect(next).toBeGreaterThan(sandbox.clock.now());

    const back = await answeringReceiver(0, port);
    expect((await admin('POST', '/clock/advance', { duration: 'PT2H' })).status).toBe(200);
    expect(delivery).toMatchObject({ state: 'delivered', nextAttemptAt: undefined });
    expect(delivery!.attempts.at(-1)).toEqual({ at: new Date(next).toISOString(), status: 200, answer: 'ok' });
    expect(back.got).toHaveLength(1);
  });
});

describe('the delivery log', () => {
  it('keeps its limit by dropping the oldest finished deliveries, never one still retrying, and counts them', async () => {
    const statuses = [500];
    const { sandbox, admin, signUp } = await togaiOverHttp({ deliveryLogLimit: 5, sender: async () => statuses.shift() ?? 200 });
    sandbox.outbox.subscribe({ source: 'togai', url: 'http://receiver.test/togai' });
    for (let i = 0; i < 8; i++) {
      await signUp();
      await sandbox.settle();
    }
    const logged = await admin('GET', '/deliveries');
    expect(logged.status).toBe(200);
    // the first is retrying so it stays; the second to fourth, the oldest finished, went
    expect(logged.body.dropped).toBe(3);
    expect(logged.body.deliveries.map((d: { id: string; state: string }) => `${d.id} ${d.state}`)).toEqual([
      'dlv_1 retrying',
      'dlv_5 delivered',
      'dlv_6 delivered',
      'dlv_7 delivered',
      'dlv_8 delivered',
    ]);
    // once answered it is the oldest finished, and the next to go
    expect((await admin('POST', '/clock/advance', { duration: 'PT1M' })).status).toBe(200);
    await signUp();
    await sandbox.settle();
    expect(sandbox.outbox.list().map((d) => d.id)).toEqual(['dlv_5', 'dlv_6', 'dlv_7', 'dlv_8', 'dlv_9']);
    expect([sandbox.outbox.dropped(), sandbox.outbox.dropped('togai'), sandbox.outbox.dropped('zuora')]).toEqual([4, 4, 0]);
    // a reset forgets deliveries and the count alike
    await sandbox.reset();
    expect([sandbox.outbox.list(), sandbox.outbox.dropped()]).toEqual([[], 0]);
  });

  it('refuses a limit or timeout that is not a positive whole number, naming the option', () => {
    expect(() => togaiSandbox({ deliveryLogLimit: 0 })).toThrow(/deliveryLogLimit must be a whole number of deliveries, at least 1; got 0/);
    expect(() => togaiSandbox({ deliveryTimeoutMs: Number.NaN })).toThrow(/deliveryTimeoutMs must be a whole number of milliseconds, at least 1; got NaN/);
  });
});
