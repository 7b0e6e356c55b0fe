import { bodyIf, VendorHttp, type HttpDeps, type RetryPolicy, type VendorResponse } from '../http/vendor-http.js';
import type { components, operations } from '../../contracts/types/togai.js';

type Schemas = components['schemas'];

/** A setting as an entity carries it (CreateEntitySetting). */
export type TogaiEntitySetting = Schemas['CreateEntitySetting'];

/** A setting as /settings lists it: with the entity it belongs to. */
export type TogaiSetting = Schemas['Setting'];

/** Togai's Address; every field optional, country ISO 3166-1 alpha-2. */
export type TogaiAddress = Schemas['Address'];

export type TogaiAccount = Schemas['Account'];

export type TogaiCustomer = Schemas['Customer'];

export type TogaiLineItem = Schemas['InvoiceLineItem'];

export type TogaiInvoiceStatus = Schemas['InvoicesStatus'];

/** The statuses of an invoice whose amounts are final: generated (DUE) and paid since, in part or in full. */
export const FINALISED_STATUSES = ['DUE', 'PARTIALLY_PAID', 'PAID'] as const satisfies readonly TogaiInvoiceStatus[];

/** The fields of an Invoice the connector reads. */
export type TogaiInvoice = Pick<
  Schemas['Invoice'],
  | 'id'
  | 'customerId'
  | 'ownerId'
  | 'pricePlanId'
  | 'status'
  | 'invoiceClass'
  | 'invoiceType'
  | 'startDate'
  | 'endDate'
  | 'endDateInclusive'
  | 'invoiceDate'
  | 'totalAmount'
  | 'paidAmount'
  | 'usageInfo'
  | 'revenueInfo'
  | 'invoiceDetails'
>;

/** One price plan's time on an account (AccountSchedule). */
export type TogaiSchedule = Schemas['AccountSchedule'];

/** One edit of an account's schedules (UpdateAccountScheduleV2Request); dates are yyyy-mm-dd. */
export type TogaiScheduleEdit = Schemas['UpdateAccountScheduleV2Request'];

/** createCustomer's body: the customer with its first account. */
export type NewTogaiCustomer = operations['createCustomer']['requestBody']['content']['application/json'];

function expect(res: VendorResponse, label: string, ...ok: number[]): any {
  return bodyIf('togai', label, res, ok);
}

const e = encodeURIComponent;

type Query = Record<string, string | number | undefined>;

/** Togai's largest page (pageSize 1 to 50). */
export const TOGAI_PAGE_SIZE = 50;

/** The Togai calls the flows make (contracts/togai.yaml), authenticated with the API token. */
export class TogaiClient {
  private readonly http: VendorHttp;

  constructor(baseUrl: string, private readonly apiToken: string, retry: RetryPolicy, deps: HttpDeps = {}) {
    this.http = new VendorHttp('togai', baseUrl, retry, deps);
  }

  private call(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, query?: Query, options?: { retryUnanswered?: boolean }) {
    return this.http.send(
      { method, path, query, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) },
      () => ({ authorization: `Bearer ${this.apiToken}` }),
      options,
    );
  }

  /** A list operation that pages with nextToken, page by page (at most 50 a page). */
  private async *pages<T>(label: string, path: string, query: Query): AsyncGenerator<T[]> {
    let nextToken: string | undefined;
    do {
      const res = await this.call('GET', path, undefined, { ...query, pageSize: TOGAI_PAGE_SIZE, nextToken });
      const page = expect(res, label, 200) as { data?: T[]; nextToken?: string };
      yield page.data ?? [];
      nextToken = page.nextToken;
    } while (nextToken);
  }

  /** Every record of a list operation that pages with nextToken. */
  private async all<T>(label: string, path: string, query: Query): Promise<T[]> {
    const records: T[] = [];
    for await (const page of this.pages<T>(label, path, query)) records.push(...page);
    return records;
  }

  /** getAccounts, page by page: every account of every customer, each with its settings. */
  accountPages(): AsyncGenerator<TogaiAccount[]> {
    return this.pages('getAccounts', '/accounts', {});
  }

  /** getAccount; undefined when the account does not exist. */
  async account(accountId: string): Promise<TogaiAccount | undefined> {
    const res = await this.call('GET', `/accounts/${e(accountId)}`);
    return res.status === 404 ? undefined : expect(res, 'getAccount', 200);
  }

  async customer(id: string): Promise<TogaiCustomer | undefined> {
    const res = await this.call('GET', `/customers/${e(id)}`);
    return res.status === 404 ? undefined : expect(res, 'getCustomer', 200);
  }

  /** createCustomer with its first account; answers the account made. */
  async createCustomer(input: NewTogaiCustomer): Promise<TogaiAccount> {
    return (expect(await this.call('POST', '/customers', input), 'createCustomer', 201) as { account: TogaiAccount }).account;
  }

  /** listSetting, narrowed by any of entity, namespace and setting id, across all pages. */
  settings(query: { entity_type?: string; entity_id?: string; namespace?: string; setting_id?: string }): Promise<TogaiSetting[]> {
    return this.all('listSetting', '/settings', query);
  }

  async insertSetting(setting: TogaiSetting): Promise<void> {
    expect(await this.call('POST', '/settings', setting), 'insertSetting', 201, 204);
  }

  async updateSetting(key: string, value: string): Promise<void> {
    expect(await this.call('PATCH', `/settings/${e(key)}`, { value }), 'updateSetting', 201, 204);
  }

  /** getInvoice: the invoice with its line items; undefined when there is none. */
  async invoice(id: string): Promise<TogaiInvoice | undefined> {
    const res = await this.call('GET', `/invoices/${e(id)}`);
    return res.status === 404 ? undefined : expect(res, 'getInvoice', 200);
  }

  /** listInvoices in one status, optionally of one account: summaries, without line items. */
  invoiceSummaries(status: TogaiInvoiceStatus, ownerId?: string): Promise<Omit<TogaiInvoice, 'usageInfo' | 'revenueInfo'>[]> {
    return this.all('listInvoices', '/invoices', { status, owner_id: ownerId });
  }

  /** listaccountSchedules: the account's ACTIVE schedules, across all pages. */
  schedules(accountId: string): Promise<TogaiSchedule[]> {
    return this.all('listaccountSchedules', `/v2/accounts/${e(accountId)}/schedules`, { mode: 'ACTIVE' });
  }

  /**
   * bulkEditSchedules: apply the edits to the account's schedules, in order, in one request. Togai
   * takes no idempotency key here and an edit made twice is not the same as once (a plan put on
   * again grants its credits again), so a try that got no answer is not repeated: it fails with
   * a VendorError without status, and the caller reads the schedules to see whether it took effect.
   */
  async editSchedules(accountId: string, edits: TogaiScheduleEdit[]): Promise<void> {
    expect(await this.call('POST', `/v2/accounts/${e(accountId)}/edit_schedules`, { edits }, undefined, { retryUnanswered: false }), 'bulkEditSchedules', 200);
  }
}
