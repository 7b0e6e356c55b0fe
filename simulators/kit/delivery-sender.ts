import { request, type Dispatcher } from 'undici';
import { MAX_IN_FLIGHT_PER_SUBSCRIBER } from './limits.js';

export interface SendInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  /** Aborted when the attempt's time is up; a sender that holds a connection should drop it then. */
  signal?: AbortSignal;
}

/** A receiver's answer: its status and, for a refusal, what it said was wrong (refusalReason). */
export interface SendResult {
  status: number;
  reason?: string;
}

/** What actually carries a delivery; undici by default, swappable for in-process receivers. */
export type Sender = (url: string, init: SendInit) => Promise<number | SendResult>;

/** The longest reason an attempt keeps from a refusal: a sentence naming a field, not a body. */
export const MAX_REASON_LENGTH = 300;
// a refusal's body is read this far and no further
const MAX_REASON_BYTES = 16_384;

/** What a refusal body says was wrong: its JSON `error` (or `message`), else its text, on one line and cut short. */
export function refusalReason(text: string): string | undefined {
  let said: unknown = text;
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown } | null;
    said = body?.error ?? body?.message ?? text;
  } catch {
    // not JSON: the text is the reason
  }
  const line = (typeof said === 'string' ? said : JSON.stringify(said)).replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length <= MAX_REASON_LENGTH ? line : `${line.slice(0, MAX_REASON_LENGTH - 1)}…`;
}

export const undiciSender: Sender = async (url, init) => {
  const { signal, ...rest } = init;
  const res = await request(url, { ...rest, method: init.method as Dispatcher.HttpMethod, signal });
  if (res.statusCode < 300) {
    await res.body.dump();
    return res.statusCode;
  }
  let text = '';
  for await (const chunk of res.body) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length >= MAX_REASON_BYTES) break;
  }
  return { status: res.statusCode, reason: refusalReason(text.slice(0, MAX_REASON_BYTES)) };
};

export function basicAuth(username: string, password = ''): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/**
 * Send once, giving up after `timeoutMs` of wall time whatever the sender does: the attempt
 * fails with an error naming the limit, and the sender's signal is aborted so its socket goes.
 */
export async function sendWithin(sender: Sender, url: string, init: Omit<SendInit, 'signal'>, timeoutMs: number): Promise<number | SendResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`timed out after ${timeoutMs} ms with no complete answer (the sandbox's deliveryTimeoutMs)`);
      // rejected before aborting, so this error, not the sender's abort error, is the attempt's
      reject(error);
      controller.abort(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([sender(url, { ...init, signal: controller.signal }), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs work for each subscriber with at most `limit` pieces at once, the rest first in, first
 * out. What waits counts as in flight for whoever awaits the returned promise.
 */
export class SubscriberLanes {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly limit = MAX_IN_FLIGHT_PER_SUBSCRIBER) {}

  run(key: string, work: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const go = () => {
        this.running.set(key, (this.running.get(key) ?? 0) + 1);
        work()
          .then(resolve, reject)
          .finally(() => this.next(key));
      };
      if ((this.running.get(key) ?? 0) < this.limit) go();
      else {
        const queue = this.waiting.get(key) ?? [];
        queue.push(go);
        this.waiting.set(key, queue);
      }
    });
  }

  private next(key: string): void {
    const left = (this.running.get(key) ?? 1) - 1;
    if (left) this.running.set(key, left);
    else this.running.delete(key);
    const queue = this.waiting.get(key);
    const go = queue?.shift();
    if (!queue?.length) this.waiting.delete(key);
    go?.();
  }
}
