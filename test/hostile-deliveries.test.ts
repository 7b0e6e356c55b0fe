import { connect } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConnector, type Connector } from '../connector/app.js';
import { FlowFailure } from '../connector/dispatch.js';
import { VendorError } from '../connector/http/vendor-http.js';
import { zuoraInvoiceNumber } from '../connector/flows/togai-invoice-to-zuora.js';
import { isPermanent } from '../connector/permanent-failures.js';
import { RECEIVER_BODY_LIMIT } from '../connector/receiver-limits.js';
import { traceOf } from '../scenarios/engine/trace.js';
import { loadContract } from '../simulators/kit/contract.js';
import { sign } from '../simulators/togai/notifications.js';
import { closeChecked, ConnectedWorld, connectorConfig, NOTIFICATION_SECRET } from './support/connected.js';

const contract = loadContract('connector.yaml');
const VENDORS = ['togai', 'zuora', 'chargebee'] as const;
// a JSON value 10,000 levels deep, as the attacker's report stored
const DEEP = `${'{"a":'.repeat(10_000)}0${'}'.repeat(10_000)}`;
const HUGE_ID = 'x'.repeat(900 * 1024);

type Path = (string | number)[];

/** The error `run` throws (the test fails if it throws none). */
function captured(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

/** A copy of `body` with the value at `path` replaced by raw JSON text (`1e309`, a deep value), or removed when `raw` is undefined. */
function rawWith(body: unknown, path: Path, raw: string | undefined): string {
  const copy = structuredClone(body) as Record<string | number, any>;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const key = path.at(-1)!;
  if (raw === undefined) {
    delete parent[key];
    return JSON.stringify(copy);
  }
  parent[key] = '@@raw@@';
  return JSON.stringify(copy).replace('"@@raw@@"', () => raw);
}

interface Receiver {
  name: string;
  path: string;
  operationId: string;
  /** A delivery the simulator made, parsed: the template every hostile body is cut from. */
  body: any;
  /** Headers the vendor would send with this raw body, credentials included. */
  headers(raw: string): Record<string, string>;
  /** Where each receiver's ID sits, a number and a free-form field; the names the refusal must give. */
  id: Path;
  numeric: Path;
  freeForm: Path;
}

let world: ConnectedWorld;
const receivers: Receiver[] = [];

function deliveryOf(source: string, eventType?: string) {
  const d = world.deliveries(source).find((x) => !eventType || x.eventType === eventType);
  if (!d) throw new Error(`no ${source} delivery`);
  return d;
}

/** What the connector asked of the simulators: a refused delivery must leave this unchanged. */
function connectorCalls(): number {
  return VENDORS.reduce((n, v) => n + world.sim(v).log.list().requests.filter((r) => !r.byHarness).length, 0);
}

async function send(r: Receiver, raw: string, headers = r.headers(raw)) {
  const res = await world.connector.app.inject({ method: 'POST', url: r.path, headers, payload: raw });
  return { status: res.statusCode, body: res.body ? res.json() : undefined };
}

beforeAll(async () => {
  world = new ConnectedWorld();
  // one Togai customer: Togai announces its account, flows 2 and 9 make a Zuora account and a
  // Chargebee customer, and those vendors announce them: one real delivery per receiver
  const made = await world.togaiApi('POST', '/customers', { id: 'c1', name: 'Ada Corp', primaryEmail: 'a@x.test', address: {}, account: { id: 'a1', name: 'Ada main', invoiceCurrency: 'USD' } });
  expect(made.status).toBe(201);
  await world.settle();
  expect(world.answers.map((a) => a.status)).toEqual([200, 200, 200]);

  const togai = deliveryOf('togai', 'account.created');
  const zuora = deliveryOf('zuora');
  const chargebee = deliveryOf('chargebee', 'customer_created');
  const { 'x-togai-signature': _, ...togaiHeaders } = togai.headers;
  receivers.push(
    {
      name: 'Togai (signed)',
      path: '/togai/notifications',
      operationId: 'receiveTogaiNotification',
      body: JSON.parse(togai.body),
      headers: (raw) => ({ ...togaiHeaders, 'x-togai-signature': sign(NOTIFICATION_SECRET, raw) }),
      id: ['data', 'account', 'id'],
      numeric: ['data', 'account', 'netTermDays'],
      freeForm: ['data', 'account', 'metadata'],
    },
    {
      name: 'Zuora (Basic)',
      path: '/zuora/callouts',
      operationId: 'receiveZuoraCallout',
      body: JSON.parse(zuora.body),
      headers: () => zuora.headers,
      id: ['accountId'],
      numeric: ['accountId'],
      freeForm: ['extra'],
    },
    {
      name: 'Chargebee (Basic)',
      path: '/chargebee/webhooks',
      operationId: 'receiveChargebeeWebhook',
      body: JSON.parse(chargebee.body),
      headers: () => chargebee.headers,
      id: ['content', 'customer', 'id'],
      numeric: ['occurred_at'],
      freeForm: ['content', 'customer', 'meta_data'],
    },
  );
});

afterAll(() => closeChecked(world));

const field = (p: Path) => p.join('.');

const HOSTILE: { what: string; body(r: Receiver): string; says(r: Receiver): string[] }[] = [
  { what: 'a missing id', body: (r) => rawWith(r.body, r.id, undefined), says: (r) => [field(r.id)] },
  { what: 'a number JSON.parse makes Infinity (1e309)', body: (r) => rawWith(r.body, r.numeric, '1e309'), says: (r) => [field(r.numeric)] },
  { what: 'an id with a lone surrogate', body: (r) => rawWith(r.body, r.id, '"ab\\ud800cd"'), says: (r) => [field(r.id)] },
  { what: 'a 900 KB id', body: (r) => rawWith(r.body, r.id, JSON.stringify(HUGE_ID)), says: (r) => [field(r.id)] },
  { what: 'a value nested 10,000 levels deep', body: (r) => rawWith(r.body, r.freeForm, DEEP), says: (r) => [field(r.freeForm)] },
  { what: 'an id of the wrong type', body: (r) => rawWith(r.body, r.id, '{"id": 42}'), says: (r) => [field(r.id)] },
];

describe.each(['Togai (signed)', 'Zuora (Basic)', 'Chargebee (Basic)'])('an authenticated delivery to the %s receiver that breaks contracts/connector.yaml', (name) => {
  it.each(HOSTILE)('is refused 400 naming the field, and starts no flow, when it has $what', async ({ body, says }) => {
    const r = receivers.find((x) => x.name === name)!;
    const before = connectorCalls();
    const answer = await send(r, body(r));
    expect(answer.status, r.name).toBe(400);
    for (const s of says(r)) expect(answer.body.error, r.name).toContain(s);
    expect(contract.responseViolations(r.operationId, 400, answer.body)).toEqual([]);
    expect(connectorCalls(), `${r.name}: no vendor call`).toBe(before);
  });
});

describe('the receivers under hostile deliveries', () => {
  it('name what is right: the limit, the type, the pair a surrogate lacks', async () => {
    const [togai, zuora, chargebee] = receivers;
    const inf = await send(chargebee!, rawWith(chargebee!.body, ['occurred_at'], '1e309'));
    expect(inf.body.error).toContain("body field 'occurred_at' is a number too large to store");
    const huge = await send(togai!, rawWith(togai!.body, togai!.id, JSON.stringify(HUGE_ID)));
    expect(huge.body.error).toContain("body field 'data.account.id' is 921600 characters long; strings in a request body may be at most 65536 characters");
    const long = await send(chargebee!, rawWith(chargebee!.body, chargebee!.id, JSON.stringify('c'.repeat(51))));
    expect(long.body.error).toContain("body field 'content.customer.id' must be at most 50 characters long");
    const surrogate = await send(zuora!, rawWith(zuora!.body, zuora!.id, '"\\udc00"'));
    expect(surrogate.body.error).toContain("body field 'accountId' has a lone UTF-16 surrogate");
    const deep = await send(togai!, rawWith(togai!.body, togai!.freeForm, DEEP));
    expect(deep.body.error).toContain('is nested more than 32 levels deep');
    const wrongType = await send(togai!, rawWith(togai!.body, togai!.id, '42'));
    expect(wrongType.body.error).toContain("body field 'data.account.id' must be of type string");
  });

  it('answer 401 to the same bodies without credentials, reading nothing', async () => {
    for (const r of receivers) {
      const { authorization: _, 'x-togai-signature': __, ...bare } = r.headers('');
      for (const hostile of HOSTILE) {
        const answer = await send(r, hostile.body(r), bare);
        expect(answer.status, `${r.name}, ${hostile.what}`).toBe(401);
      }
    }
  });

  it(`refuse a body over ${RECEIVER_BODY_LIMIT} bytes with 413 before reading it`, async () => {
    for (const r of receivers) {
      const raw = rawWith(r.body, r.freeForm, JSON.stringify('y'.repeat(RECEIVER_BODY_LIMIT)));
      const answer = await send(r, raw);
      expect(answer.status, r.name).toBe(413);
      expect(answer.body.error).toContain(`larger than ${RECEIVER_BODY_LIMIT} bytes`);
      expect(contract.responseViolations(r.operationId, 413, answer.body)).toEqual([]);
    }
  });

  it('still act on a valid delivery afterwards', async () => {
    for (const r of receivers) {
      const raw = JSON.stringify(r.body);
      const answer = await send(r, raw);
      expect(answer.status, r.name).toBe(200);
      expect(answer.body.outcomes.length, r.name).toBeGreaterThan(0);
    }
    const more = await world.togaiApi('POST', '/customers', { id: 'c2', name: 'Grace Corp', primaryEmail: 'g@x.test', address: {}, account: { id: 'a2', name: 'Grace main', invoiceCurrency: 'USD' } });
    expect(more.status).toBe(201);
    const answered = world.answers.length;
    await world.settle();
    expect(world.answers.slice(answered).map((a) => [a.path, a.status])).toEqual([
      ['/togai/notifications', 200],
      ['/zuora/callouts', 200],
      ['/chargebee/webhooks', 200],
    ]);
  });
});

describe('a delivery whose flows a vendor refuses as invalid', () => {
  it('answers 400 with the refusal once the other flows are done, and the trace shows why', async () => {
    // Togai takes any ISO 4217 currency; this Zuora tenant bills in seven, CHF not among them
    const answered = world.answers.length;
    const made = await world.togaiApi('POST', '/customers', { id: 'c3', name: 'Franc AG', primaryEmail: 'f@x.test', address: {}, account: { id: 'a3', name: 'Franc main', invoiceCurrency: 'CHF' } });
    expect(made.status).toBe(201);
    await world.settle();
    const answer = world.answers.slice(answered).find((a) => a.path === '/togai/notifications')!;
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/^the delivery cannot be processed, now or on redelivery: flow 2: zuora createAccount answered 200: 'currency' value 'CHF' is not a currency/);
    expect(answer.body.outcomes).toEqual([expect.objectContaining({ flow: 9, result: 'done' })]);
    expect(contract.responseViolations('receiveTogaiNotification', 400, answer.body)).toEqual([]);
    // the scenario trace shows the refusal and why
    expect(traceOf(world)).toMatch(/delivery {2}togai account\.created -> retrying \[\d\d:\d\d:\d\d 400 "the delivery cannot be processed, now or on redelivery: flow 2: zuora createAccount answered 200: 'currency' value 'CHF'/);
  });

  it('answers 500 when another failure may pass (an account Togai does not have yet), so the vendor delivers again', async () => {
    const body = structuredClone(receivers[0]!.body);
    body.id = 'notification-for-a-missing-account';
    body.data.account = { ...body.data.account, id: 'not-in-togai', invoiceCurrency: 'CHF', settings: [] };
    const answer = await send(receivers[0]!, JSON.stringify(body));
    expect(answer.status).toBe(500);
    expect(answer.body.error).toContain("flow 2: zuora createAccount answered 200: 'currency' value 'CHF'");
    expect(answer.body.error).toContain("flow 9: togai insertSetting answered 404: Account with id 'not-in-togai' does not exist");
  });
});

describe('which flow failures are permanent', () => {
  const vendorError = (vendor: string, status: number | undefined, body?: unknown) => new VendorError(vendor, 'POST /x', status, body, 'refused');
  const zuoraReasons = (...codes: number[]) => ({ success: false, reasons: codes.map((code) => ({ code, message: 'm' })) });

  it.each([
    ['a vendor 400', vendorError('chargebee', 400), true],
    ['a vendor 422', vendorError('togai', 422), true],
    ['a Zuora invalid value (category 20) under HTTP 200', vendorError('zuora', 200, zuoraReasons(50000020)), true],
    ['Zuora missing fields and malformed JSON (22, 90)', vendorError('zuora', 400, zuoraReasons(50000022, 50000090)), true],
    ['a Zuora not-found (40), which another delivery may cure', vendorError('zuora', 200, zuoraReasons(50000040)), false],
    ['a Zuora 400 mixing an invalid value with locking contention (50)', vendorError('zuora', 400, zuoraReasons(50000020, 50000050)), false],
    ['an expired Zuora token (401, category 11)', vendorError('zuora', 401, zuoraReasons(90000011)), false],
    ['a 404 (a record not made yet)', vendorError('togai', 404), false],
    ['a 409 (a request still running on the record)', vendorError('chargebee', 409), false],
    ['a 429', vendorError('togai', 429), false],
    ['a 503, even with an invalid-value reason', vendorError('zuora', 503, zuoraReasons(50000020)), false],
    ['no answer', vendorError('togai', undefined), false],
    ['an error of the connector itself', new Error('no Togai account yet'), false],
    ['a Togai invoice ID too long for a Zuora invoice number', captured(() => zuoraInvoiceNumber('inv.'.padEnd(40, 'x'))), true],
  ])('%s: %s', (_, error, permanent) => {
    expect(isPermanent(error)).toBe(permanent);
  });

  it('make the whole delivery permanent only when every failure is', () => {
    const refused = { flows: [2 as const], error: vendorError('zuora', 400) };
    const down = { flows: [9 as const], error: vendorError('chargebee', 503) };
    expect(new FlowFailure([], [refused]).permanent).toBe(true);
    expect(new FlowFailure([], [refused, down]).permanent).toBe(false);
  });
});

describe("the connector's server limits", () => {
  let connector: Connector;
  let port: number;
  beforeAll(async () => {
    connector = buildConnector(connectorConfig({ host: '127.0.0.1', port: 0 }), { requestTimeoutMs: 300 });
    port = Number(new URL(await connector.listen()).port);
  });
  afterAll(() => connector.close());

  it('answer 408 and close a connection whose body never arrives in full, and keep answering others', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.write('POST /togai/notifications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"only":');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    const started = performance.now();
    await new Promise((resolve) => socket.on('close', resolve));
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // the timeout plus the checking interval (a tenth of it), with room for a busy machine
    expect(performance.now() - started).toBeLessThan(3_000);
    const health = await request(`http://127.0.0.1:${port}/health`);
    expect(health.statusCode).toBe(200);
    expect(await health.body.json()).toMatchObject({ status: 'ok' });
  });
});
