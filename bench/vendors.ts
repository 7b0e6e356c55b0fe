import type { LoadRequest } from './load.js';
import { CHARGEBEE_KEY, ZUORA_CLIENT } from './process.js';

const FORM = 'application/x-www-form-urlencoded';

/** POST /oauth/token with the sandbox's demo client, as Zuora clients get their bearer token. */
export function zuoraTokenRequest(): LoadRequest {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: ZUORA_CLIENT.id, client_secret: ZUORA_CLIENT.secret }).toString();
  return { method: 'POST', path: '/oauth/token', body, headers: { 'content-type': FORM } };
}

export async function zuoraToken(url: string): Promise<string> {
  const req = zuoraTokenRequest();
  const res = await fetch(url + req.path, { method: 'POST', headers: req.headers, body: req.body });
  if (res.status !== 200) throw new Error(`Zuora token request answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export function zuoraRequests(token: string) {
  const json = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    create: (i: number): LoadRequest => ({
      method: 'POST',
      path: '/v1/accounts',
      body: JSON.stringify({ name: `Bench account ${i}`, currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'Bench', lastName: `No ${i}` } }),
      headers: json,
    }),
    // accounts are numbered A00000001 onwards in creation order
    get: (i: number, created: number): LoadRequest => ({
      method: 'GET',
      path: `/v1/accounts/A${String((i % created) + 1).padStart(8, '0')}`,
      headers: { authorization: json.authorization },
    }),
  };
}

export function chargebeeRequests() {
  const auth = `Basic ${Buffer.from(`${CHARGEBEE_KEY}:`).toString('base64')}`;
  return {
    create: (i: number): LoadRequest => ({
      method: 'POST',
      path: '/api/v2/customers',
      body: new URLSearchParams({ id: `bench-${i}`, first_name: 'Bench', last_name: `No ${i}`, email: `bench-${i}@example.com` }).toString(),
      headers: { authorization: auth, 'content-type': FORM },
    }),
    retrieve: (i: number, created: number): LoadRequest => ({ method: 'GET', path: `/api/v2/customers/bench-${i % created}`, headers: { authorization: auth } }),
  };
}
