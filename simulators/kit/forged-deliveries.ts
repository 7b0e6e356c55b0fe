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
