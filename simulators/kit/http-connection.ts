import { STATUS_CODES, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { Simulator } from './simulator.js';
import type { SimRequest, WireResponse } from './types.js';

/**
 * Node's server options that make `requestTimeoutMs` hold: the whole request (headers and body)
 * within it, counted from its first byte. Node only looks every `connectionsCheckingInterval`
 * (30 s by default), so it looks every tenth of the timeout instead.
 */
export function connectionTimeouts(requestTimeoutMs: number): Pick<ServerOptions, 'requestTimeout' | 'headersTimeout' | 'connectionsCheckingInterval'> {
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 1) {
    throw new Error(`requestTimeoutMs must be a whole number of milliseconds above 0, got ${requestTimeoutMs}`);
  }
  return { requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.ceil(requestTimeoutMs / 10) };
}

/** The request line of a packet the parser gave up on, when it got that far: it picks the vendor's error family. */
function requestLineOf(raw: unknown): Pick<SimRequest, 'method' | 'path'> {
  const text = Buffer.isBuffer(raw) ? raw.toString('latin1', 0, 2100) : '';
  const line = /^([A-Z]{1,20}) (\/[^ ?\r\n]{0,2000})[^\r\n]* HTTP\/1\.[01]\r?\n/.exec(text);
  return line ? { method: line[1]!, path: line[2]! } : { method: 'GET', path: '/' };
}

function wire(res: WireResponse): string {
  const headers = Object.entries({ ...res.headers, 'content-length': String(Buffer.byteLength(res.body)), connection: 'close' });
  return `HTTP/1.1 ${res.status} ${STATUS_CODES[res.status] ?? ''}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${res.body}`;
}

const BARE: Record<string, number> = { ERR_HTTP_REQUEST_TIMEOUT: 408, HPE_HEADER_OVERFLOW: 431 };

/**
 * What a connection gets when Node cannot read HTTP from it (a duplicate Content-Length, broken
 * chunking) or it is too slow: the vendor's 400 for requests that cannot be read, a bare 408 or
 * 431 for stalled or oversized headers (the vendors' own front ends answer those, not their
 * APIs); then the socket is closed.
 */
export function clientErrorHandler(sim: Simulator<any>): (error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    // an answer already being written to this socket would be garbled by another (Node's own check)
    const busy = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (socket.writable && !busy) {
      const bare = BARE[error.code ?? ''];
      if (bare) socket.write(`HTTP/1.1 ${bare} ${STATUS_CODES[bare]}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
      else {
        const req: SimRequest = { ...requestLineOf(error.rawPacket), params: {}, query: {}, headers: {}, rawBody: undefined };
        socket.write(wire(sim.fail(req, { kind: 'malformed_body', status: 400, message: `The request is not valid HTTP/1.1 (${error.code ?? error.message}); check its framing headers (Content-Length, Transfer-Encoding)` })));
      }
    }
    socket.destroy();
  };
}
