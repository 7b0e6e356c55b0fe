import type { Delivery, Subscriber } from './outbox.js';

/** What an admin answer shows in place of a credential. */
export const REDACTED = '***';

/** Header names that carry credentials or what stands in for them (Basic auth, signatures, API keys, HMACs). */
const CREDENTIAL_HEADER = /auth|sig|secret|token|key|cookie|pass|hmac|credential/i;

/**
 * Headers with their credentials hidden: an `Authorization` keeps its scheme (`Basic ***`), so
 * a listing still says how a delivery authenticated, without what a replay would need.
 */
export function redactHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_HEADER.test(name)) shown[name] = value;
    else shown[name] = typeof value === 'string' && /^\w+ \S/.test(value) ? `${value.slice(0, value.indexOf(' '))} ${REDACTED}` : REDACTED;
  }
  return shown;
}

export type ListedSubscriber = Omit<Subscriber, 'password' | 'secret'> & { hasPassword?: true; hasSecret?: true };

/** A subscriber as admin listings show it: whether it has a password or a secret, never what they are. */
export function listedSubscriber(subscriber: Subscriber): ListedSubscriber {
  const { password, secret, ...shown } = subscriber;
  return { ...shown, ...(password !== undefined ? { hasPassword: true } : {}), ...(secret !== undefined ? { hasSecret: true } : {}) };
}

/** A delivery as admin listings show it: its credential headers hidden. */
export function listedDelivery(delivery: Delivery): Delivery {
  return { ...delivery, headers: redactHeaders(delivery.headers) as Record<string, string> };
}
