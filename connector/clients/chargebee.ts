import type { components, operations } from '../../contracts/types/chargebee.js';
import { bodyIf, VendorHttp, type HttpDeps, type RetryPolicy, type VendorResponse } from '../http/vendor-http.js';

type Schemas = components['schemas'];
type FormBody<K extends keyof operations> = operations[K] extends { requestBody?: { content: { 'application/x-www-form-urlencoded': infer B } } } ? B : never;

/** The fields of a Customer the connector reads; it copes without `deleted` and `created_at`, so they are optional here. */
export type ChargebeeCustomer = Pick<Schemas['Customer'], 'id' | 'first_name' | 'last_name' | 'email' | 'phone' | 'company' | 'preferred_currency_code' | 'billing_address' | 'meta_data'> &
  Partial<Pick<Schemas['Customer'], 'deleted' | 'created_at'>>;

/** The fields of an Invoice the connector reads. */
export type ChargebeeInvoice = Pick<Schemas['Invoice'], 'id' | 'customer_id' | 'po_number' | 'total' | 'currency_code' | 'status' | 'line_items'>;

/** createCustomer's body, decoded from the form as contracts/chargebee.yaml declares it. */
export type NewChargebeeCustomer = FormBody<'createCustomer'>;

/**
 * Chargebee's form encoding as its SDKs write it: nested objects in brackets, and lists of
 * objects column by column (`charges[amount][0]`), the shape its API documents.
 */
export function chargebeeForm(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((row, i) => {
        if (row !== null && typeof row === 'object') for (const [k, v] of Object.entries(row)) add(`${name}[${k}][${i}]`, v);
        else add(`${name}[${i}]`, row);
      });
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(`${name}[${k}]`, v);
    } else form.append(name, String(value));
  };
  for (const [k, v] of Object.entries(body)) add(k, v);
  return form.toString();
}

function expect(res: VendorResponse, label: string, ...ok: number[]): any {
  return bodyIf('chargebee', label, res, ok);
}

const e = encodeURIComponent;

/** Chargebee's largest page (limit 1 to 100). */
export const CHARGEBEE_PAGE_SIZE = 100;

/** The Chargebee calls the flows make (contracts/chargebee.yaml), with the API key as Basic auth user name. */
export class ChargebeeClient {
  private readonly http: VendorHttp;
  private readonly auth: string;

  constructor(baseUrl: string, apiKey: string, retry: RetryPolicy, deps: HttpDeps = {}) {
    this.http = new VendorHttp('chargebee', baseUrl, retry, deps);
    this.auth = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
  }

  private get(path: string, query?: Record<string, string | number | undefined>) {
    return this.http.send({ method: 'GET', path, query }, () => ({ authorization: this.auth }));
  }

  private post(path: string, body: Record<string, unknown>, idempotencyKey: string) {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'chargebee-idempotency-key': idempotencyKey };
    return this.http.send({ method: 'POST', path, body: chargebeeForm(body), headers }, () => ({ authorization: this.auth }));
  }

  async customer(id: string): Promise<ChargebeeCustomer | undefined> {
    const res = await this.get(`/customers/${e(id)}`);
    if (res.status === 404) return undefined;
    return (expect(res, 'retrieveCustomer', 200) as { customer: ChargebeeCustomer }).customer;
  }

  /**
   * listCustomers created at or after `since` (Unix seconds; every customer when absent), oldest
   * first, page by page; deleted customers are left out.
   */
  async *customerPages(since: number | undefined): AsyncGenerator<ChargebeeCustomer[]> {
    let offset: string | undefined;
    do {
      // after is strict: one second earlier takes in the customers made in that second
      const query = { 'sort_by[asc]': 'created_at', 'created_at[after]': since === undefined ? undefined : since - 1, limit: CHARGEBEE_PAGE_SIZE, offset };
      const page = expect(await this.get('/customers', query), 'listCustomers', 200) as { list: { customer: ChargebeeCustomer }[]; next_offset?: string };
      yield page.list.map((r) => r.customer);
      offset = page.next_offset;
    } while (offset);
  }

  async createCustomer(body: NewChargebeeCustomer, idempotencyKey: string): Promise<ChargebeeCustomer> {
    const res = await this.post('/customers', body, idempotencyKey);
    return (expect(res, 'createCustomer', 200) as { customer: ChargebeeCustomer }).customer;
  }

  /** The customer's invoice whose PO number is `poNumber`, if any; paging stops at the first. */
  async invoiceWithPo(customerId: string, poNumber: string): Promise<ChargebeeInvoice | undefined> {
    let offset: string | undefined;
    do {
      const res = await this.get('/invoices', { 'customer_id[is]': customerId, limit: CHARGEBEE_PAGE_SIZE, offset });
      const page = expect(res, 'listInvoices', 200) as { list: { invoice: ChargebeeInvoice }[]; next_offset?: string };
      const found = page.list.find((r) => r.invoice.po_number === poNumber);
      if (found) return found.invoice;
      offset = page.next_offset;
    } while (offset);
    return undefined;
  }

  async createInvoice(body: Record<string, unknown>, idempotencyKey: string): Promise<ChargebeeInvoice> {
    const res = await this.post('/invoices/create_for_charge_items_and_charges', body, idempotencyKey);
    return (expect(res, 'createInvoiceForChargeItemsAndCharges', 200) as { invoice: ChargebeeInvoice }).invoice;
  }
}
