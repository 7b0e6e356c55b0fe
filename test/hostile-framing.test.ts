/**
 * Requirement (issue 13, items 1 and 7): hostile connections to the three simulators over real
 * HTTP on 127.0.0.1 never get a 5xx or hold a socket past the request timeout; how a request
 * arrives:
 * - framing: a Content-Length longer than the body, headers never finished, a silent
 *   connection get 408 and a closed socket at the request timeout; broken chunking, duplicate
 *   Content-Length and Content-Length with chunking get the vendor's 400 at once;
 * - slow bodies that finish within the timeout are accepted, and idle keep-alive connections
 *   survive it.
 * After each group every server still answers a normal authenticated request correctly.
 * What a body may hold (nesting, sizes, unicode, prototype keys) is in hostile-bodies.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionTimeouts } from '../simulators/kit/http-connection.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { REQUEST_TIMEOUT_MS } from '../simulators/kit/limits.js';
import { RawConnection, requestText, sendAndWaitForClose, type RawAnswer } from './support/hostile-http.js';
import { expectAllHealthy, serveHostileSandboxes, TIMEOUT, vendor, vendors, type Vendor } from './support/hostile-servers.js';
import { TOKEN, togaiSandbox } from './support/togai.js';

serveHostileSandboxes();

// a Togai server with a longer timeout, for a body slower than TIMEOUT that still finishes in time
const patientSim = togaiSandbox({ seed: 134 });
let patient: HttpServer;

beforeAll(async () => {
  patient = await serveHttp(patientSim.sim, { requestTimeoutMs: 5 * TIMEOUT });
});

afterAll(async () => {
  await patient?.close();
  patientSim.sandbox.stop();
});

describe('framing', () => {
  /** A request whose body and headers are whatever the case says, on a raw socket. */
  const post = async (v: Vendor, path: string, headers: [string, string][], body = '') =>
    requestText('POST', path, [...Object.entries(await v.auth()), ['content-type', 'application/json'], ...headers], body);
  const paths: Record<string, string> = { zuora: '/v1/accounts', chargebee: '/api/v2/customers', togai: '/customers' };

  /** Closed by the server at the request timeout (checked every tenth of it), with a 408. */
  function expectTimedOut(result: { ms: number; answers: RawAnswer[] }): void {
    expect(result.answers.map((a) => a.status)).toEqual([408]);
    expect(result.ms).toBeGreaterThanOrEqual(TIMEOUT - 10);
    expect(result.ms).toBeLessThan(TIMEOUT * 1.1 + 1000);
  }

  it('closes a socket whose body is shorter than its Content-Length at the request timeout, with 408', async () => {
    const results = await Promise.all(vendors.map(async (v) => sendAndWaitForClose(v.http.port, await post(v, paths[v.name]!, [['content-length', '100']], '{"name":'))));
    results.forEach(expectTimedOut);
  });

  it('closes a socket whose headers never end, or that sends nothing, at the request timeout', async () => {
    const results = await Promise.all(
      vendors.flatMap((v) => [
        sendAndWaitForClose(v.http.port, `POST ${paths[v.name]} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n`),
        new RawConnection(v.http.port).closed.then((ms) => ({ ms, answers: [{ status: 408, headers: {}, body: undefined }] })),
      ]),
    );
    results.forEach(expectTimedOut);
  });

  it("answers broken chunking, duplicate Content-Length and Content-Length with chunking with the vendor's 400, and closes", async () => {
    const cases: [string, [string, string][], string][] = [
      ['broken chunk size', [['transfer-encoding', 'chunked']], 'ZZ\r\n{}\r\n0\r\n\r\n'],
      ['duplicate Content-Length', [['content-length', '2'], ['content-length', '3']], '{}'],
      ['Content-Length and chunked', [['content-length', '2'], ['transfer-encoding', 'chunked']], '2\r\n{}\r\n0\r\n\r\n'],
      ['chunk longer than sent, then garbage', [['transfer-encoding', 'chunked']], '5\r\n{}\r\nnot a chunk\r\n'],
    ];
    for (const v of vendors) {
      const results = await Promise.all(cases.map(async ([, headers, body]) => sendAndWaitForClose(v.http.port, await post(v, paths[v.name]!, headers, body))));
      results.forEach((r, i) => {
        const label = `${v.name}: ${cases[i]![0]}`;
        expect(r.answers.map((a) => a.status), label).toEqual([400]);
        expect(v.shape(r.answers[0]!, paths[v.name]!), label).toEqual([]);
        expect(JSON.stringify(r.answers[0]!.body), label).toContain('not valid HTTP/1.1');
        expect(r.ms, label).toBeLessThan(TIMEOUT);
      });
    }
  });

  it("answers headers over Node's 16 KB limit with 431 and closes", async () => {
    const results = await Promise.all(vendors.map((v) => sendAndWaitForClose(v.http.port, requestText('GET', paths[v.name]!, [['x-filler', 'x'.repeat(20 * 1024)]]))));
    for (const r of results) {
      expect(r.answers.map((a) => a.status)).toEqual([431]);
      expect(r.ms).toBeLessThan(TIMEOUT);
    }
  });

  it('leaves every server answering', expectAllHealthy);
});

describe('slow bodies and idle connections', () => {
  /** Resolves once a stalled connection to the TIMEOUT server has been cut: at least TIMEOUT has passed. */
  const timeoutPasses = () => sendAndWaitForClose(vendor('togai').http.port, 'POST /customers HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 10\r\n\r\n{');

  it('accepts a body sent in pieces over longer than TIMEOUT by a server whose timeout it is within', async () => {
    const body = JSON.stringify({ id: 'slow', name: 'Slow', primaryEmail: 's@example.com', address: { line1: '1 Main St' } });
    const connection = new RawConnection(patient.port);
    connection.write(requestText('POST', '/customers', [['authorization', `Bearer ${TOKEN}`], ['content-type', 'application/json'], ['content-length', String(Buffer.byteLength(body))]]));
    const pieces = body.match(/.{1,8}/g)!;
    for (const [i, piece] of pieces.entries()) {
      connection.write(piece);
      // halfway through, wait out the short timeout of the other server
      if (i === Math.floor(pieces.length / 2)) expectTimedOutAfter(await timeoutPasses());
    }
    const [answer] = await connection.answered(1);
    expect(performance.now() - connection.opened).toBeGreaterThan(TIMEOUT);
    expect(answer!.status, JSON.stringify(answer!.body)).toBe(201);
    expect(answer!.body).toMatchObject({ id: 'slow', name: 'Slow' });
    connection.destroy();
  });

  it('keeps an idle keep-alive connection past the timeout, and answers its next request', async () => {
    const v = vendor('togai');
    const connection = new RawConnection(v.http.port);
    const get = requestText('GET', '/customers?pageSize=1', Object.entries(await v.auth()));
    connection.write(get);
    expect((await connection.answered(1)).map((a) => a.status)).toEqual([200]);
    expectTimedOutAfter(await timeoutPasses());
    connection.write(get);
    expect((await connection.answered(2)).map((a) => a.status)).toEqual([200, 200]);
    connection.destroy();
  });

  it('uses REQUEST_TIMEOUT_MS by default, checked every tenth of it', () => {
    expect(REQUEST_TIMEOUT_MS).toBe(10_000);
    expect(connectionTimeouts(REQUEST_TIMEOUT_MS)).toEqual({ requestTimeout: 10_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 });
    expect(() => connectionTimeouts(0)).toThrow(/requestTimeoutMs must be a whole number of milliseconds above 0, got 0/);
  });

  it('leaves every server answering', expectAllHealthy);
});

function expectTimedOutAfter(result: { ms: number; answers: RawAnswer[] }): void {
  expect(result.answers.map((a) => a.status)).toEqual([408]);
  expect(result.ms).toBeGreaterThanOrEqual(TIMEOUT - 10);
}
