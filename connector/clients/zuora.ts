import type { components, operations } from '../../contracts/types/zuora.js';
import { bodyIf, VendorHttp, type HttpDeps, type RetryPolicy, type VendorRequest, type VendorResponse } from '../http/vendor-http.js';

type JsonBody<K extends keyof operations> = operations[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The bodies of the Zuora calls the connector makes, as contracts/zuora.yaml declares them. */
export type ZuoraAccountUpdate = JsonBody<'updateAccount'>;
export type NewZuoraUsage = JsonBody<'crudCreateUsage'>;
export type NewZuoraInvoice = JsonBody<'createStandaloneInvoice'>;
export type NewZuoraAccount = JsonBody<'createAccount'>;

/** A contact as getAccount shows it; Zuora answers null for some empty fields (country, county). */
export type ZuoraContact = components['schemas']['Contact'];

export interface ZuoraAccount {
  basicInfo: { id: string; accountNumber: string; name: string; status: string; [k: string]: unknown };
  billingAndPayment?: { currency?: string };
  billToContact?: ZuoraContact;
}

/** An account as an object query lists it, narrowed to the fields asked for. */
export interface ZuoraAccountRow {
  id: string;
  updatedDate: string;
  [field: string]: unknown;
}

/** Object Query's largest page (pageSize 1 to 99). */
export const ZUORA_QUERY_PAGE_SIZE = 99;

/** An instant as Object Query filters take it: `2024-01-01T00:00:00Z`, to the second. */
export function zuoraInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface ZuoraUsageRow {
  id: string;
  uniqueKey?: string;
  quantity: number;
  [k: string]: unknown;
}

// a token is renewed this long before Zuora says it expires, so no call carries a dying one
const EXPIRY_MARGIN_MS = 60_000;
// UniqueKey on usage records needs WSDL 114 or later
const WSDL_VERSION = '114';

type ZuoraFailure = { reasons?: { message: string }[]; Errors?: { Message: string }[]; message?: string } | undefined;

function expect(res: VendorResponse, label: string, ...ok: number[]): any {
  // Zuora's failures come as reasons (v1), Errors (CRUD) or a message, often with status 200
  return bodyIf('zuora', label, res, ok, (b) => {
    const body = b as ZuoraFailure;
    return body?.reasons?.map((r) => r.message).join('; ') ?? body?.Errors?.map((r) => r.Message).join('; ') ?? body?.message;
  });
}

const e = encodeURIComponent;

/**
 * Zuora answers a missing object with 404 on some operations and with 200, success false and
 * a reason whose code ends in 40 (OBJECT_NOT_FOUND, guide_error-codes.md) on others.
 */
function missing(res: VendorResponse): boolean {
  if (res.status === 404) return true;
  const body = res.body as { success?: boolean; reasons?: { code: number }[] } | undefined;
  return body?.success === false && (body.reasons ?? []).some((r) => r.code % 100 === 40);
}

/**
 * The Zuora calls the flows make (contracts/zuora.yaml): an OAuth token cached until shortly
 * before it expires and fetched again when a call is refused with 401.
 */
export class ZuoraClient {
  private readonly http: VendorHttp;
  private token: { value: string; expiresAt: number } | undefined;
  private readonly now: () => number;

  constructor(baseUrl: string, private readonly clientId: string, private readonly clientSecret: string, retry: RetryPolicy, deps: HttpDeps = {}) {
    this.http = new VendorHttp('zuora', baseUrl, retry, deps);
    this.now = deps.now ?? Date.now;
  }

  /** The token held and when it is to be replaced (a sandbox snapshot carries it). */
  get heldToken(): { value: string; expiresAt: number } | undefined {
    return this.token && { ...this.token };
  }

  set heldToken(token: { value: string; expiresAt: number } | undefined) {
    this.token = token && { ...token };
  }

  private async freshToken(): Promise<string> {
    const form = new URLSearchParams({ client_id: this.clientId, client_secret: this.clientSecret, grant_type: 'client_credentials' });
    const res = await this.http.send({ method: 'POST', path: '/oauth/token', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const body = expect(res, 'createToken', 200) as { access_token: string; expires_in: number };
    this.token = { value: body.access_token, expiresAt: this.now() + body.expires_in * 1000 - EXPIRY_MARGIN_MS };
    return body.access_token;
  }

  private async bearer(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now()) return this.token.value;
    return this.freshToken();
  }

  private async call(req: VendorRequest): Promise<VendorResponse> {
    let token = await this.bearer();
    const res = await this.http.send(req, () => ({ authorization: `Bearer ${token}` }));
    if (res.status !== 401) return res;
    // Zuora ended the token early (or our clock disagrees with its clock): fetch one and try once more
    token = await this.freshToken();
    return this.http.send(req, () => ({ authorization: `Bearer ${token}` }));
  }

  private json(method: 'POST' | 'PUT', path: string, body: unknown, idempotencyKey?: string, extra: Record<string, string> = {}): Promise<VendorResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    return this.call({ method, path, body: JSON.stringify(body), headers });
  }

  async account(key: string): Promise<ZuoraAccount | undefined> {
    const res = await this.call({ method: 'GET', path: `/v1/accounts/${e(key)}` });
    if (missing(res)) return undefined;
    return expect(res, 'getAccount', 200);
  }

  /** Accounts whose `field` (a custom field may be queried) equals `value`, by object query. */
  async accountsWhere(field: string, value: string): Promise<{ id: string; accountNumber: string }[]> {
    const res = await this.call({ method: 'GET', path: '/object-query/accounts', query: { 'filter[]': `${field}.EQ:${value}` } });
    return (expect(res, 'queryAccounts', 200) as { data: { id: string; accountNumber: string }[] }).data;
  }

  /**
   * queryAccounts updated at or after `since` (epoch ms, whole seconds as Zuora keeps them; every
   * account when absent), oldest update first, page by page: only the ID, the update time and
   * `fields`. A new account counts as updated when it is created.
   */
  async *accountPages(since: number | undefined, fields: string[] = []): AsyncGenerator<ZuoraAccountRow[]> {
    let cursor: string | undefined;
    do {
      const query = {
        'filter[]': since === undefined ? undefined : `updateddate.GE:${zuoraInstant(since)}`,
        'sort[]': 'updateddate.ASC',
        'fields[]': ['id', 'updateddate', ...fields].join(','),
        pageSize: ZUORA_QUERY_PAGE_SIZE,
        cursor,
      };
      const res = await this.call({ method: 'GET', path: '/object-query/accounts', query });
      const page = expect(res, 'queryAccounts', 200) as { data: ZuoraAccountRow[]; nextPage?: string };
      yield page.data;
      cursor = page.nextPage;
    } while (cursor);
  }

  async createAccount(body: NewZuoraAccount, idempotencyKey: string): Promise<{ accountId: string; accountNumber: string }> {
    return expect(await this.json('POST', '/v1/accounts', body, idempotencyKey), 'createAccount', 200);
  }

  async updateAccount(key: string, body: ZuoraAccountUpdate): Promise<void> {
    expect(await this.json('PUT', `/v1/accounts/${e(key)}`, body), 'updateAccount', 200);
  }

  /** A subscription's charges with their units of measure (getSubscription). */
  async subscriptionCharges(key: string): Promise<{ id: string; number: string; uom?: string }[] | undefined> {
    const res = await this.call({ method: 'GET', path: `/v1/subscriptions/${e(key)}` });
    if (missing(res)) return undefined;
    const body = expect(res, 'getSubscription', 200) as { ratePlans: { ratePlanCharges: { id: string; number: string; uom?: string }[] }[] };
    return body.ratePlans.flatMap((p) => p.ratePlanCharges);
  }

  async invoice(key: string): Promise<{ id: string; invoiceNumber: string; amount: number } | undefined> {
    const res = await this.call({ method: 'GET', path: `/v1/invoices/${e(key)}` });
    if (missing(res)) return undefined;
    return expect(res, 'getInvoice', 200);
  }

  async createStandaloneInvoice(body: NewZuoraInvoice, idempotencyKey: string): Promise<{ id: string; invoiceNumber: string }> {
    return expect(await this.json('POST', '/v1/invoices', body, idempotencyKey), 'createStandaloneInvoice', 200);
  }

  /** Every usage record of an account, following nextPage to the end. */
  async usageOf(accountKey: string): Promise<ZuoraUsageRow[]> {
    const rows: ZuoraUsageRow[] = [];
    let path: string | undefined = `/v1/usage/accounts/${e(accountKey)}`;
    while (path) {
      const res = await this.call({ method: 'GET', path });
      const body = expect(res, 'getUsageByAccount', 200) as { usage?: ZuoraUsageRow[]; nextPage?: string };
      rows.push(...(body.usage ?? []));
      // nextPage is an absolute URL on the host that answered; keep our own base URL
      path = body.nextPage ? new URL(body.nextPage).pathname + new URL(body.nextPage).search : undefined;
    }
    return rows;
  }

  async createUsage(body: NewZuoraUsage, idempotencyKey: string): Promise<{ Id: string }> {
    return expect(await this.json('POST', '/v1/object/usage', body, idempotencyKey, { 'x-zuora-wsdl-version': WSDL_VERSION }), 'crudCreateUsage', 200);
  }
}
