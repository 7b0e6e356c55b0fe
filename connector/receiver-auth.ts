import { createHmac, timingSafeEqual } from 'node:crypto';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether an Authorization header carries exactly these Basic credentials. */
export function basicAuthMatches(header: string | undefined, expected: { username: string; password: string }): boolean {
  if (!header?.startsWith('Basic ')) return false;
  const given = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return same(given, `${expected.username}:${expected.password}`);
}

/** Whether x-togai-signature is `sha256=` and the hex HMAC-SHA256 of the raw body under the secret. */
export function togaiSignatureMatches(header: string | undefined, rawBody: string, secret: string): boolean {
  if (!header) return false;
  return same(header, `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`);
}
