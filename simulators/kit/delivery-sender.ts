import { request, type Dispatcher } from 'undici';
import { MAX_IN_FLIGHT_PER_SUBSCRIBER } from './limits.js';

export interface SendInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  /** Aborted when the attempt's time is up; a sender that holds a connection should drop it then. */
  signal?: AbortSignal;
}

/** A receiver's answer: its status, for a refusal what it said was wrong (refusalReason), and its body as text (cut by the outbox). */
export interface SendResult {
  status: number;
  reason?: string;
  answer?: string;
}

/** What actually carries a delivery; undici by default, swappable for in-process receivers. */
export type Sender = (url: string, init: SendInit) => Promise<number | SendResult>;

/** The longest reason an attempt keeps from a refusal: a sentence naming a field, not a body. */
export const MAX_REASON_LENGTH = 300;
/** The most of a receiver's answer body an attempt keeps: a connector's outcomes fit, a page of HTML does not. */
export const MAX_ANSWER_LENGTH = 1_000;
// an answer's body is read this far and no further
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

/** An answer body as an attempt keeps it: at most MAX_ANSWER_LENGTH characters, a cut one ending in `…`. */
export function cutAnswer(text: string): string {
  return text.length <= MAX_ANSWER_LENGTH ? text : `${text.slice(0, MAX_ANSWER_LENGTH - 1)}…`;
}

export const undiciSender: Sender = async (url, init) => {
  const { signal, ...rest } = init;
  const res = await request(url, { ...rest, method: init.method as Dispatcher.HttpMethod, signal });
  // any answer's body is read (a connector's outcomes, a refusal's reason); bytes, not UTF-16 units,
  // bound the read; the streaming decoder keeps a character split across two chunks whole instead
  // of turning each half into U+FFFD
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  let cut = false;
  for await (const chunk of res.body) {
    const part = (chunk as Buffer).subarray(0, MAX_REASON_BYTES - bytes);
    text += decoder.decode(part, { stream: true });
    bytes += part.length;
    if (bytes >= MAX_REASON_BYTES) {
      cut = true;
      break;
    }
  }
  // flushing a cut body would end it with U+FFFD for a character the cap split; leave it off
  if (!cut) text += decoder.decode();
  const answer = text ? { answer: text } : {};
  return res.statusCode < 300 ? { status: res.statusCode, ...answer } : { status: res.statusCode, reason: refusalReason(text), ...answer };
};

export function basicAuth(username: string, password = ''): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** How long an attempt waited for a free connection, and what ends it early (a sandbox reset). */
export interface SendWithinOptions {
  /** Wall time already spent waiting in its subscriber's lane: it counts towards `timeoutMs`. */
  waitedMs?: number;
  /** Aborted when the attempt no longer matters; the attempt rejects with its reason. */
  cancel?: AbortSignal;
}

/**
 * Send once, giving up `timeoutMs` of wall time after the attempt was queued whatever the
 * sender does: the attempt fails with an error naming the limit, and the sender's signal is
 * aborted so its socket goes.
 */
export async function sendWithin(sender: Sender, url: string, init: Omit<SendInit, 'signal'>, timeoutMs: number, options: SendWithinOptions = {}): Promise<number | SendResult> {
  const { waitedMs = 0, cancel } = options;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let stop: (() => void) | undefined;
  const expired = new Promise<never>((_, reject) => {
    // rejected before aborting, so this error, not the sender's abort error, is the attempt's
    const fail = (error: unknown) => {
      reject(error);
      controller.abort(error);
    };
    const waited = waitedMs > 0 ? ` (${waitedMs} of them waiting for a free connection)` : '';
    timer = setTimeout(() => fail(new Error(`timed out after ${timeoutMs} ms${waited} with no complete answer (the sandbox's deliveryTimeoutMs)`)), Math.max(0, timeoutMs - waitedMs));
    // a receiver that never answers must not keep the process alive
    timer.unref();
    if (cancel) {
      stop = () => fail(cancel.reason);
      if (cancel.aborted) stop();
      else cancel.addEventListener('abort', stop, { once: true });
    }
  });
  try {
    return await Promise.race([sender(url, { ...init, signal: controller.signal }), expired]);
  } finally {
    clearTimeout(timer);
    if (stop) cancel?.removeEventListener('abort', stop);
  }
}

interface Waiter {
  queuedAt: number;
  deadline: number;
  timer?: NodeJS.Timeout;
  start(waitedMs: number): void;
  expire(): void;
  cancel(): void;
}

/**
 * Runs work for each subscriber with at most `limit` pieces at once, the rest first in, first
 * out, each waiting no longer than it was given. What waits counts as in flight for whoever
 * awaits the returned promise.
 */
export class SubscriberLanes {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(private readonly limit = MAX_IN_FLIGHT_PER_SUBSCRIBER) {}

  /**
   * Run `work` in a free slot of `key`'s lane, now or as one frees, telling it how long it
   * waited. If none frees within `maxWaitMs` of wall time, `expire` runs instead, holding no
   * slot: a lane blocked by a receiver that does not answer costs its queue one wait, not one
   * per `limit` pieces. Resolves when whichever ran is done.
   */
  run(key: string, maxWaitMs: number, work: (waitedMs: number) => Promise<void>, expire: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const queuedAt = Date.now();
      const finish = (p: () => Promise<void>) => new Promise<void>((r) => r(p())).then(resolve, reject);
      const waiter: Waiter = {
        queuedAt,
        deadline: queuedAt + maxWaitMs,
        start: (waitedMs) => {
          this.running.set(key, (this.running.get(key) ?? 0) + 1);
          void finish(() => work(waitedMs)).finally(() => this.next(key));
        },
        expire: () => void finish(expire),
        cancel: () => resolve(),
      };
      if ((this.running.get(key) ?? 0) < this.limit) return waiter.start(0);
      waiter.timer = setTimeout(() => {
        const queue = this.waiting.get(key) ?? [];
        const i = queue.indexOf(waiter);
        if (i < 0) return;
        queue.splice(i, 1);
        if (!queue.length) this.waiting.delete(key);
        waiter.expire();
      }, maxWaitMs);
      waiter.timer.unref();
      const queue = this.waiting.get(key) ?? [];
      queue.push(waiter);
      this.waiting.set(key, queue);
    });
  }

  /** Forget every piece still waiting, resolving its promise without running it (a sandbox reset). */
  drop(): void {
    for (const queue of this.waiting.values()) {
      for (const waiter of queue) {
        clearTimeout(waiter.timer);
        waiter.cancel();
      }
    }
    this.waiting.clear();
  }

  private next(key: string): void {
    const left = (this.running.get(key) ?? 1) - 1;
    if (left) this.running.set(key, left);
    else this.running.delete(key);
    const queue = this.waiting.get(key);
    // a slot freeing just as a waiter's time ran out: it expires rather than start with none left
    let waiter = queue?.shift();
    while (waiter && waiter.deadline <= Date.now()) {
      clearTimeout(waiter.timer);
      waiter.expire();
      waiter = queue?.shift();
    }
    if (!queue?.length) this.waiting.delete(key);
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.start(Date.now() - waiter.queuedAt);
    }
  }
}
