import { bodyIf, VendorHttp, type HttpDeps, type RetryPolicy, type VendorResponse } from '../http/vendor-http.js';

export interface TogaiSetting {
  id: string;
  namespace: string;
  name: string;
  value: string;
  dataType: 'STRING' | 'NUMERIC' | 'JSON' | 'JSON_LOGIC';
  entityType?: string;
  entityId?: string;
}

export interface TogaiAccount {
  id: string;
  name: string;
  invoiceCurrency: string;
  status: string;
  settings?: TogaiSetting[];
}

export interface TogaiLineItem {
  type: string;
  description: string;
  quantity?: number;
  valuePerQuantity?: number;
  value?: number;
  metadata?: Record<string, unknown>;
  lineItems: TogaiLineItem[];
}

export interface TogaiInvoice {
  id: string;
  customerId: string;
  accountId: string;
  pricePlanId: string;
  status: 'ONGOING' | 'GRACE_PERIOD' | 'GENERATED' | 'PUBLISHED';
  startDate: string;
  endDate: string;
  invoiceDate: string;
  usageInfo?: TogaiLineItem[];
  revenueInfo?: TogaiLineItem;
  invoiceDetails?: { customer?: { name?: string; primaryEmail?: string }; account?: { name?: string; invoiceCurrency?: string }; pricePlanName?: string };
}

export interface NewTogaiCustomer {
  id: string;
  name: string;
  primaryEmail: string;
  billingAddress: string;
  account: { id: string; name: string; invoiceCurrency?: string; settings?: TogaiSetting[] };
}

function expect(res: VendorResponse, label: string, ...ok: number[]): any {
  return bodyIf('togai', label, res, ok);
}

const e = encodeURIComponent;

/** The Togai calls the flows make (contracts/togai.yaml), authenticated with the API token. */
export class TogaiClient {
  private readonly http: VendorHttp;

  constructor(baseUrl: string, private readonly apiToken: string, retry: RetryPolicy, deps: HttpDeps = {}) {
    this.http = new VendorHttp('togai', baseUrl, retry, deps);
  }

  private call(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, query?: Record<string, string | number | undefined>) {
    return this.http.send(
      { method, path, query, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) },
      () => ({ authorization: `Bearer ${this.apiToken}` }),
    );
  }

  /** getAccount; undefined when the customer or account does not exist. */
  async account(customerId: string, accountId: string): Promise<TogaiAccount | undefined> {
    const res = await this.call('GET', `/customers/${e(customerId)}/accounts/${e(accountId)}`);
    return res.status === 404 ? undefined : expect(res, 'getAccount', 200);
  }

  async customer(id: string): Promise<{ id: string; name: string; primaryEmail: string; billingAddress: string } | undefined> {
    const res = await this.call('GET', `/customers/${e(id)}`);
    return res.status === 404 ? undefined : expect(res, 'getCustomer', 200);
  }

  /** createCustomer with its first account; answers the account made. */
  async createCustomer(input: NewTogaiCustomer): Promise<TogaiAccount> {
    return (expect(await this.call('POST', '/customers', input), 'createCustomer', 200, 201) as { account: TogaiAccount }).account;
  }

  /** listSetting, narrowed by any of entity, namespace and setting id. */
  async settings(query: { entity_type?: string; entity_id?: string; namespace?: string; setting_id?: string }): Promise<Required<TogaiSetting>[]> {
    const res = await this.call('GET', '/settings', undefined, query);
    return (expect(res, 'listSetting', 200) as { data: Required<TogaiSetting>[] }).data;
  }

  async insertSetting(setting: TogaiSetting & { entityType: string; entityId: string }): Promise<void> {
    expect(await this.call('POST', '/settings', setting), 'insertSetting', 200, 201, 204);
  }

  async updateSetting(key: string, value: string): Promise<TogaiSetting> {
    return expect(await this.call('PATCH', `/settings/${e(key)}`, { value }), 'updateSetting', 200, 201);
  }

  /** Every invoice in a status, across all pages. */
  async invoices(status: TogaiInvoice['status'], accountId?: string): Promise<TogaiInvoice[]> {
    const all: TogaiInvoice[] = [];
    let nextToken: string | undefined;
    do {
      const res = await this.call('GET', '/invoices', undefined, { status, account_id: accountId, pageSize: 50, nextToken });
      const page = expect(res, 'listInvoices', 200) as { data: TogaiInvoice[]; nextToken?: string };
      all.push(...page.data);
      nextToken = page.nextToken;
    } while (nextToken);
    return all;
  }

  async associatePricePlan(customerId: string, accountId: string, body: { mode: 'ASSOCIATE' | 'DISASSOCIATE'; pricePlanId?: string; effectiveFrom: string; effectiveUntil: string }) {
    return expect(await this.call('POST', `/customers/${e(customerId)}/accounts/${e(accountId)}/price_plans`, body), 'updatePricingSchedule', 200);
  }
}
