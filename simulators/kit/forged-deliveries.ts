import type { Delivery, DeliveryPolicy, OutboundMessage, Subscriber } from './delivery-types.js';

/** The subscriber as a forger would have it: no credential at all, or every credential wrong. */
function forgedSubscriber(sub: Subscriber, kind: 'missing' | 'wrong'): Subscriber {
  if (kind === 'missing') return { ...sub, username: undefined, password: undefined, secret: undefined };
  const wrong = (value: string | undefined) => (value === undefined ? undefined : `${value}-forged`);
  // a subscriber with no credential at all gets one it was never given
  return sub.username === undefined && sub.secret === undefined
    ? { ...sub, username: 'forged', password: 'forged' }
    : { ...sub, password: wrong(sub.password), secret: wrong(sub.secret) };
}

/**
 * The copies an `unauthenticated` fault sends ahead of `delivery`: the same body without the
 * subscriber's credential, then with a wrong one, headers made by the vendor's own policy.
 */
export function forgedCopies(delivery: Delivery, sub: Subscriber, message: OutboundMessage, policy: DeliveryPolicy, nextId: () => string): Delivery[] {
  return (['missing', 'wrong'] as const).map((kind) => ({
    ...delivery,
    id: nextId(),
    headers: { 'content-type': 'application/json', ...policy.headers(delivery.body, forgedSubscriber(sub, kind), message) },
    attempts: [],
    forged: kind,
  }));
}

interface ForgeryIo {
  log(delivery: Delivery): void;
  /** Send one attempt; resolves once it is answered (or the sandbox is reset). */
  sendAndWait(delivery: Delivery): Promise<void>;
}

/**
 * The copies of every `unauthenticated` fault and their deliveries, one after another across the
 * outbox, so the client requests made while a copy is open are that copy's alone.
 */
export class ForgeryQueue {
  private chain: Promise<void> = Promise.resolve();
  // bumped by clear(): a chain of a run that was reset sends nothing more
  private generation = 0;

  constructor(
    private readonly clientRequests: () => number,
    private readonly quietMs: number,
  ) {}

  /** Each copy once (noting the requests made while it was open), then the delivery; after the chains before it. */
  enqueue(copies: Delivery[], delivery: Delivery, io: ForgeryIo): Promise<void> {
    const generation = this.generation;
    const run = async () => {
      for (const copy of copies) {
        await this.quiet();
        if (generation !== this.generation) return;
        io.log(copy);
        const before = this.clientRequests();
        await io.sendAndWait(copy);
        copy.attempts[0]!.clientRequests = this.clientRequests() - before;
      }
      if (generation === this.generation) await io.sendAndWait(delivery);
    };
    const next = this.chain.then(run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Forget the chains under way (a sandbox reset). */
  clear(): void {
    this.generation++;
    this.chain = Promise.resolve();
  }

  /** Until no client request has come for quietMs of wall time (at most ten times that). */
  private async quiet(): Promise<void> {
    for (let i = 0; this.quietMs && i < 10; i++) {
      const seen = this.clientRequests();
      await new Promise((resolve) => setTimeout(resolve, this.quietMs));
      if (this.clientRequests() === seen) return;
    }
  }
}
