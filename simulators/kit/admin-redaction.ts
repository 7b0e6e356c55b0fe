import type { Delivery, Subscriber } from './outbox.js';

/** What an admin answer shows in place of a credential. */
export const REDACTED = '***';

/**
 * Header names that carry credentials or what stands in for them (Basic auth, signatures, API
 * keys, HMACs): the floor for headers no configuration describes. A header whose name the tenant
 * chose (a Zuora template's `hmacKey`) is hidden because its vendor says so (`secretHeaders`).
 */
const CREDENTIAL_HEADER = /auth|sig|secret|token|key|cookie|pass|hmac|credential/i;

/**
 * Headers with their credentials hidden: those named like credentials and those in `secret`
 * (any case). An `Authorization` keeps its scheme (`Basic ***`), so a listing still says how a
 * delivery authenticated, without what a replay would need.
 */
export function redactHeaders(headers: Record<string, unknown>, secret: Iterable<string> = []): Record<string, unknown> {
  const named = new Set([...secret].map((n) => n.toLowerCase()));
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!CREDENTIAL_HEADER.test(name) && !named.has(name.toLowerCase())) shown[name] = value;
    else shown[name] = typeof value === 'string' && /^\w+ \S/.test(value) ? `${value.slice(0, value.indexOf(' '))} ${REDACTED}` : REDACTED;
  }
  return shown;
}

/**
 * A URL as admin listings show it: a password in its userinfo and the value of every query
 * parameter become `***` (`https://user:***@host/hook?token=***`); scheme, user, host, path and
 * parameter names stay, as written. Every query value is hidden, not only credential-like names:
 * the URL is the receiver's, no configuration says which parameter is its secret, and receivers
 * use names no pattern would catch (`?code=`, `?sig=`). Text that is not a URL is shown as is.
 */
export function redactUrl(url: string): string {
  const m = /^([a-z][a-z\d+.-]*:\/\/)([^/?#\\]*)(.*)$/is.exec(url);
  if (!m) return url;
  const [, scheme, authority, rest] = m as unknown as [string, string, string, string];
  const at = authority.lastIndexOf('@');
  let shownAuthority = authority;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon >= 0 && colon < userinfo.length - 1) shownAuthority = `${userinfo.slice(0, colon)}:${REDACTED}${authority.slice(at)}`;
  }
  // a fragment is never sent to the receiver, and a '?' in it starts no query
  const hash = rest.indexOf('#');
  const q = rest.indexOf('?');
  if (q < 0 || (hash >= 0 && hash < q)) return scheme + shownAuthority + rest;
  const query = rest.slice(q + 1, hash < 0 ? undefined : hash);
  const shownQuery = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 || eq === pair.length - 1 ? pair : `${pair.slice(0, eq)}=${REDACTED}`;
    })
    .join('&');
  return `${scheme}${shownAuthority}${rest.slice(0, q + 1)}${shownQuery}${hash < 0 ? '' : rest.slice(hash)}`;
}

export type ListedSubscriber = Omit<Subscriber, 'password' | 'secret'> & { hasPassword?: true; hasSecret?: true };

/** A subscriber as admin listings show it: whether it has a password or a secret, never what they are; its URL without them either. */
export function listedSubscriber(subscriber: Subscriber): ListedSubscriber {
  const { password, secret, ...shown } = subscriber;
  return {
    ...shown,
    url: redactUrl(subscriber.url),
    ...(password !== undefined ? { hasPassword: true } : {}),
    ...(secret !== undefined ? { hasSecret: true } : {}),
  };
}

/** A delivery as admin listings show it: its credential headers (by name and as its vendor flagged them) and URL credentials hidden. */
export function listedDelivery(delivery: Delivery): Delivery {
  return { ...delivery, url: redactUrl(delivery.url), headers: redactHeaders(delivery.headers, delivery.secretHeaders) as Record<string, string> };
}
