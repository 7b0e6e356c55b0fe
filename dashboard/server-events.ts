/**
 * The dashboard's server-sent events (`GET /api/events`): `changed` notices, at most one per
 * kind every COALESCE_MS (a busy sandbox changes many times a millisecond; the page only needs
 * to know it should read again), and each `story` and `scenario` event as it comes.
 */
import type { ServerResponse } from 'node:http';
import type { DashboardEvent } from './api-types.js';

export type ChangedWhat = Extract<DashboardEvent, { type: 'changed' }>['what'];

/** The shortest time between two `changed` notices of one kind, ms. */
export const COALESCE_MS = 250;
// a comment line now and then keeps proxies and idle timeouts from closing a quiet stream
const KEEPALIVE_MS = 15_000;

export class EventHub {
  private readonly streams = new Set<ServerResponse>();
  private readonly lastSent = new Map<ChangedWhat, number>();
  private readonly pending = new Map<ChangedWhat, NodeJS.Timeout>();
  private keepalive: NodeJS.Timeout | undefined;

  /** Hold `res` open as an event stream until the page goes or the hub closes. */
  attach(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    // the page knows it is connected before anything changes
    res.write(': connected\n\n');
    this.streams.add(res);
    res.on('close', () => {
      this.streams.delete(res);
      if (!this.streams.size) this.stopKeepalive();
    });
    this.keepalive ??= setInterval(() => this.write(': keepalive\n\n'), KEEPALIVE_MS).unref();
  }

  /** Something of `what` changed: now if none went within COALESCE_MS, else once that time is up. */
  changed(what: ChangedWhat): void {
    if (!this.streams.size || this.pending.has(what)) return;
    const wait = (this.lastSent.get(what) ?? -Infinity) + COALESCE_MS - Date.now();
    if (wait <= 0) return this.sendChanged(what);
    this.pending.set(what, setTimeout(() => this.sendChanged(what), wait).unref());
  }

  /** An event every page gets at once (a story's progress, a scenario's result). */
  send(event: DashboardEvent): void {
    this.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  }

  /** End every stream (the page's EventSource will try again, and find the server gone). */
  close(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.stopKeepalive();
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private sendChanged(what: ChangedWhat): void {
    this.pending.delete(what);
    this.lastSent.set(what, Date.now());
    this.send({ type: 'changed', what });
  }

  private write(text: string): void {
    for (const res of this.streams) res.write(text);
  }

  private stopKeepalive(): void {
    clearInterval(this.keepalive);
    this.keepalive = undefined;
  }
}
