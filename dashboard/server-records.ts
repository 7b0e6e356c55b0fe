/**
 * The vendors' records as the dashboard lists them: read from the simulators' stores the way
 * `/__admin/state` reads them (no copy, no vendor operation per row), each shown as a RecordRow,
 * paged and searched here; a single record is read through the vendor's own read operation.
 */
import type { Simulator } from '../simulators/kit/simulator.js';
import type { Collection } from '../simulators/kit/store.js';
import { RECORD_KINDS, type RecordDetail, type RecordPage, type RecordRow, type Vendor } from './api-types.js';
import { money } from './formats.js';

/** A record as a store keeps it: plain fields, read here, never changed. */
export type Rec = Record<string, any>;

/** The three simulators the dashboard shows. */
export type Sims = { [V in Vendor]: Simulator<any> };

/** At most this many rows in one page of a list. */
export const MAX_PAGE = 100;
const DEFAULT_PAGE = 25;
/** The longest search, in characters: a longer one is no search a person typed. */
export const MAX_QUERY = 200;

/** What the dashboard reads of a vendor's state: its collections, as `/__admin/state` pages them. */
export function collection(sim: Simulator<any>, name: string): Collection<Rec> {
  const state = sim.state as { collections?: () => Record<string, Collection> };
  const found = state.collections?.()[name];
  if (!found) throw new Error(`${sim.vendor}'s state has no '${name}' collection to list`);
  return found as Collection<Rec>;
}

const day = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const dayOf = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');
const amount = (value: number | undefined, currency: string | undefined) => (value === undefined ? '' : money(value, currency ?? ''));
const line = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' · ');

/** A Togai setting's value by `namespace.id` for one entity, from an index built once per request. */
export type SettingsOf = (entityId: string) => Map<string, string>;

/** Every Togai setting by entity: what account rows and the sync graph read mappings from. */
export function togaiSettings(togai: Simulator<any>): SettingsOf {
  const byEntity = new Map<string, Map<string, string>>();
  for (const s of collection(togai, 'setting').values()) {
    let own = byEntity.get(s.entityId);
    if (!own) byEntity.set(s.entityId, (own = new Map()));
    own.set(`${s.namespace}.${s.id}`, String(s.value));
  }
  return (entityId) => byEntity.get(entityId) ?? new Map();
}

/** The Togai account a Chargebee customer's `meta_data.togai` names, if any. */
export function chargebeeTogaiLink(customer: Rec): string | undefined {
  const id = customer.meta_data?.togai?.accountId;
  return typeof id === 'string' ? id : undefined;
}

/** A Togai invoice's total, once its lines are fixed (a DRAFT's are worked out only when read through the API). */
function togaiTotal(invoice: Rec): number | undefined {
  const value = invoice.lines?.revenueInfo?.value;
  return typeof value === 'number' ? value : undefined;
}

export interface KindSpec {
  collection: string;
  /** Records of the collection the list leaves out (deleted ones, transactions that are not payments). */
  keep?: (r: Rec) => boolean;
  row(r: Rec, settings: () => SettingsOf): RecordRow;
  /** The vendor's read operation for one record and the path parameter it takes. */
  read: { operationId: string; param: string };
}

const live = (r: Rec) => !r.deleted;

/** How each vendor's kinds are listed and read. */
export const KINDS: { [V in Vendor]: Record<string, KindSpec> } = {
  togai: {
    customers: {
      collection: 'customer',
      row: (c) => ({ id: c.id, label: c.name, status: c.status, summary: line(c.primaryEmail) }),
      read: { operationId: 'getCustomer', param: 'customer_id' },
    },
    accounts: {
      collection: 'account',
      row: (a, settings) => {
        const own = settings()(a.id);
        const zuora = own.get('zuora.accountId');
        const chargebee = own.get('chargebee.customerId');
        return { id: a.id, label: a.name, status: a.status, summary: line(`customer ${a.customerId}`, a.invoiceCurrency, zuora && `zuora.accountId ${zuora}`, chargebee && `chargebee.customerId ${chargebee}`) };
      },
      read: { operationId: 'getAccount', param: 'account_id' },
    },
    invoices: {
      collection: 'invoice',
      row: (i) => ({ id: i.id, label: i.id, status: i.status, summary: line(`account ${i.accountId}`, `${dayOf(i.startDate)} to ${dayOf(i.endDate)}`, amount(togaiTotal(i), i.currency)) }),
      read: { operationId: 'getInvoice', param: 'invoice_id' },
    },
  },
  zuora: {
    accounts: {
      collection: 'account',
      row: (a) => ({ id: a.id, label: a.name, status: a.status, summary: line(a.accountNumber, a.currency, a.custom?.TogaiAccountId__c && `TogaiAccountId__c ${a.custom.TogaiAccountId__c}`) }),
      read: { operationId: 'queryAccountByKey', param: 'key' },
    },
    invoices: {
      collection: 'invoice',
      row: (i) => ({ id: i.id, label: i.invoiceNumber, status: i.status, summary: line(`account ${i.accountId}`, i.invoiceDate, amount(i.amount, i.currency)) }),
      read: { operationId: 'queryInvoiceByKey', param: 'key' },
    },
    usage: {
      collection: 'usage',
      row: (u) => ({ id: u.id, label: u.uniqueKey ?? u.id, status: u.rbeStatus, summary: line(u.accountNumber, `${u.quantity} ${u.uom}`, day(u.startDateTime), u.custom?.UnitAmount__c !== undefined && `UnitAmount__c ${u.custom.UnitAmount__c}`) }),
      read: { operationId: 'queryUsageByKey', param: 'key' },
    },
  },
  chargebee: {
    customers: {
      collection: 'customer',
      keep: live,
      row: (c) => {
        const name = [c.first_name, c.last_name].filter(Boolean).join(' ');
        const togai = chargebeeTogaiLink(c);
        return { id: c.id, label: name || c.email || c.company || c.id, summary: line(c.email, c.company, c.preferred_currency_code, togai && `meta_data.togai ${togai}`) };
      },
      read: { operationId: 'retrieveCustomer', param: 'customer-id' },
    },
    subscriptions: {
      collection: 'subscription',
      keep: live,
      row: (s) => ({ id: s.id, label: (s.subscription_items as Rec[] | undefined)?.map((i) => i.item_price_id).join(', ') || s.id, status: s.status, summary: line(`customer ${s.customer_id}`, s.currency_code, s.next_billing_at && `next billing ${day(s.next_billing_at * 1000)}`) }),
      read: { operationId: 'retrieveSubscription', param: 'subscription-id' },
    },
    invoices: {
      collection: 'invoice',
      keep: live,
      row: (i) => ({ id: i.id, label: i.id, status: i.status, summary: line(`customer ${i.customer_id}`, day(i.date * 1000), amount(i.total / 100, i.currency_code), i.po_number && `po_number ${i.po_number}`) }),
      read: { operationId: 'retrieveInvoice', param: 'invoice-id' },
    },
    payments: {
      collection: 'transaction',
      keep: (t) => live(t) && (t.type ?? 'payment') === 'payment',
      row: (t) => ({ id: t.id, label: t.id, status: t.status, summary: line(`customer ${t.customer_id}`, day(t.date * 1000), amount(t.amount / 100, t.currency_code)) }),
      read: { operationId: 'retrieveTransaction', param: 'transaction-id' },
    },
  },
};

/** A request the dashboard refuses, with the status to answer and what to do instead. */
export class DashboardError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The spec of a vendor's kind, or a 404 naming the ones there are. */
export function kindOf(vendor: string, kind: string): KindSpec {
  if (!Object.hasOwn(KINDS, vendor)) throw new DashboardError(404, `no vendor '${vendor}': the vendors are ${Object.keys(KINDS).join(', ')}`);
  const kinds = RECORD_KINDS[vendor as Vendor] as readonly string[];
  if (!kinds.includes(kind)) throw new DashboardError(404, `${vendor} has no record kind '${kind}': it has ${kinds.join(', ')}`);
  return KINDS[vendor as Vendor][kind]!;
}

/** One row of a record, as its list shows it. */
export function rowOf(sims: Sims, vendor: Vendor, kind: string, record: Rec): RecordRow {
  let settings: SettingsOf | undefined;
  return kindOf(vendor, kind).row(record, () => (settings ??= togaiSettings(sims.togai)));
}

/** A query parameter given at most once: `?q=a&q=b` is a 400, not a guess at which was meant. */
function single(query: Record<string, unknown>, name: string): string | undefined {
  const raw = query[name];
  if (Array.isArray(raw)) throw new DashboardError(400, `'${name}' was given ${raw.length} times; give it once`);
  return raw === undefined ? undefined : String(raw);
}

function whole(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new DashboardError(400, `'${name}' must be a whole number from ${min} to ${max}; got '${raw}'`);
  return n;
}

/**
 * One page of a vendor's kind, rows whose id, label or summary contain `q` (any case) when it is
 * given. Without `q` a page reads no record past its last; with it every record is shown once.
 */
export function recordPage(sims: Sims, vendor: string, kind: string, query: Record<string, unknown>): RecordPage {
  const spec = kindOf(vendor, kind);
  const offset = whole(single(query, 'offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = whole(single(query, 'limit'), 'limit', DEFAULT_PAGE, 1, MAX_PAGE);
  const q = single(query, 'q') ?? '';
  if (q.length > MAX_QUERY) throw new DashboardError(400, `'q' is ${q.length} characters long; a search is at most ${MAX_QUERY}`);
  const records = collection(sims[vendor as Vendor], spec.collection);
  const needle = q.trim().toLowerCase();
  let settings: SettingsOf | undefined;
  const row = (r: Rec) => spec.row(r, () => (settings ??= togaiSettings(sims.togai)));
  const matches = (r: RecordRow) => !needle || [r.id, r.label, r.summary ?? ''].some((text) => text.toLowerCase().includes(needle));
  const items: RecordRow[] = [];
  let total = 0;
  const counting = Boolean(needle || spec.keep);
  for (const record of records.values()) {
    if (spec.keep && !spec.keep(record)) continue;
    if (!needle && total >= offset + limit) break;
    const shown = needle || total >= offset ? row(record) : undefined;
    if (shown && !matches(shown)) continue;
    if (total >= offset && items.length < limit) items.push(shown!);
    total++;
  }
  // a list with nothing to leave out is counted by its size, not by reading it to the end
  if (!counting) total = records.size;
  else if (!needle && total >= offset + limit) total = countKept(records, spec);
  return { vendor: vendor as Vendor, kind, total, offset, items };
}

function countKept(records: Collection<Rec>, spec: KindSpec): number {
  if (!spec.keep) return records.size;
  let n = 0;
  for (const r of records.values()) if (spec.keep(r)) n++;
  return n;
}

/** How many records each kind of each vendor lists. */
export function recordCounts(sims: Sims): { [V in Vendor]: Record<string, number> } {
  const counts = {} as { [V in Vendor]: Record<string, number> };
  for (const vendor of Object.keys(KINDS) as Vendor[]) {
    counts[vendor] = {};
    for (const kind of RECORD_KINDS[vendor]) {
      const spec = KINDS[vendor][kind]!;
      counts[vendor][kind] = countKept(collection(sims[vendor], spec.collection), spec);
    }
  }
  return counts;
}

/** One record as the vendor's own read operation answers it (a trusted in-process call). */
export async function recordDetail(sims: Sims, vendor: string, kind: string, id: string): Promise<RecordDetail> {
  const spec = kindOf(vendor, kind);
  const res = await sims[vendor as Vendor].call(spec.read.operationId, { params: { [spec.read.param]: id } }, { validate: false });
  if (res.status === 404) throw new DashboardError(404, `${vendor} has no ${kind} record '${id}' (${spec.read.operationId} answered 404)`);
  if (res.status >= 300) throw new DashboardError(502, `${vendor} ${spec.read.operationId} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  return { vendor: vendor as Vendor, kind, id, record: res.body };
}
