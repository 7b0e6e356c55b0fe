/**
 * Raw HTTP/1.1 over node:net, for what fetch and undici would never send: broken framing,
 * bodies shorter than declared, requests that stall. Every exchange ends when the server closes
 * the socket (or, for keep-alive, when a whole answer has arrived), never after a sleep.
 */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body parsed as JSON, or its text when it is not JSON; undefined when empty. */
  body: any;
}

/** The first answer in `text`, if a whole one has arrived (Content-Length framed, as the simulators answer). */
export function firstAnswer(text: string): { answer: RawAnswer; rest: string } | undefined {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  const bodyText = Buffer.from(text.slice(end + 4), 'latin1');
  if (bodyText.length < length) return undefined;
  const raw = bodyText.subarray(0, length).toString('utf8');
  let body: unknown = raw === '' ? undefined : raw;
  try {
    body = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    // not JSON: the text stays
  }
  return { answer: { status: Number(statusLine!.split(' ')[1]), headers, body }, rest: bodyText.subarray(length).toString('latin1') };
}

/** A socket to 127.0.0.1:`port` that collects what it receives, and says when it closed and after how long. */
export class RawConnection {
  private readonly socket: Socket;
  private received = '';
  private waiting: (() => void) | undefined;
  readonly opened = performance.now();
  /** Resolves with the milliseconds from opening to the server closing the socket. */
  readonly closed: Promise<number>;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.setEncoding('latin1');
    this.socket.on('data', (chunk: string) => {
      this.received += chunk;
      this.waiting?.();
    });
    // a reset after the server gave up on us is an ending like any other
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.on('close', () => resolve(performance.now() - this.opened)));
  }

  write(data: string | Buffer): void {
    this.socket.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  /** Everything received so far, as one or more answers. */
  answers(): RawAnswer[] {
    const out: RawAnswer[] = [];
    let text = this.received;
    for (let next = firstAnswer(text); next; next = firstAnswer(text)) {
      out.push(next.answer);
      text = next.rest;
    }
    return out;
  }

  /** Resolves once `count` whole answers have arrived (or the socket closed first). */
  async answered(count: number): Promise<RawAnswer[]> {
    let done = false;
    void this.closed.then(() => ((done = true), this.waiting?.()));
    while (this.answers().length < count && !done) await new Promise<void>((resolve) => (this.waiting = resolve));
    return this.answers();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** Send `request` on a fresh connection and wait for the server to close it. */
export async function sendAndWaitForClose(port: number, request: string | Buffer): Promise<{ ms: number; answers: RawAnswer[] }> {
  const connection = new RawConnection(port);
  connection.write(request);
  const ms = await connection.closed;
  return { ms, answers: connection.answers() };
}

/** A request head (and optional body) in HTTP/1.1 form; `headers` are written as given, repeats and all. */
export function requestText(method: string, path: string, headers: [string, string][], body = ''): string {
  return `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`;
}
