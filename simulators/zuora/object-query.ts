import type { ZuoraHandlers } from './operations.js';
import type { Handler } from '../kit/simulator.js';
import type { ValidRequest } from '../kit/types.js';
import type { ZuoraContext } from './auth.js';
import { Category, statusError } from './errors.js';
import { cursorPage } from './query-cursor.js';
import { matchesAll, parseFilters, parseSort, selectFields } from './query-filter.js';
import { accountQueryView, invoiceQueryView, subscriptionQueryView, usageQueryView, withoutNulls } from './query-views.js';
import type { AccountRecord, InvoiceRecord, SubscriptionRecord, UsageRecord } from './records.js';
import type { ZuoraState } from './state.js';

type View = Record<string, unknown>;

interface QueriedObject {
  /** The object's name as `<object>.fields[]` prefixes it. */
  name: string;
  views(ctx: ZuoraContext): View[];
  /** The filterable fields of the operation's reference page; sortable fields are the same list there. */
  fields: readonly string[];
}

const ACCOUNT_FIELDS = ['id', 'updateddate', 'accountnumber', 'balance', 'batch', 'billcycleday', 'billtoid', 'communicationprofileid', 'crmid', 'currency', 'defaultpaymentmethodid', 'invoicetemplateid', 'lastinvoicedate', 'name', 'parentid', 'shiptoid', 'soldtoid', 'status'];
const INVOICE_FIELDS = ['id', 'updateddate', 'accountid', 'amount', 'balance', 'duedate', 'invoicedate', 'invoicenumber', 'reversed', 'sourceid', 'sourcetype', 'status', 'einvoicestatus'];
const SUBSCRIPTION_FIELDS = ['id', 'updateddate', 'accountid', 'contracteffectivedate', 'creatoraccountid', 'creatorinvoiceownerid', 'invoiceownerid', 'name', 'originalid', 'previoussubscriptionid', 'renewalterm', 'status', 'islatestversion', 'subscriptionversionamendmentid', 'termenddate', 'termstartdate', 'version', 'cmrr', 'externallymanagedby', 'invoicescheduleid'];
const USAGE_FIELDS = ['id', 'updateddate', 'accountid', 'accountnumber', 'enddatetime', 'quantity', 'rbestatus', 'startdatetime', 'uom'];

const OBJECTS: Record<'account' | 'invoice' | 'subscription' | 'usage', QueriedObject> = {
  account: { name: 'account', fields: ACCOUNT_FIELDS, views: (ctx) => [...ctx.state.store.values<AccountRecord>('account')].map((a) => accountQueryView(ctx, a)) },
  invoice: { name: 'invoice', fields: INVOICE_FIELDS, views: (ctx) => [...ctx.state.store.values<InvoiceRecord>('invoice')].map((i) => invoiceQueryView(ctx, i)) },
  subscription: {
    name: 'subscription',
    // querysubscriptions.md also lets quotenumber__qt be filtered on
    fields: [...SUBSCRIPTION_FIELDS, 'quotenumber__qt'],
    views: (ctx) => [...ctx.state.store.values<SubscriptionRecord>('subscription')].map((s) => subscriptionQueryView(ctx, s)),
  },
  usage: { name: 'usage', fields: USAGE_FIELDS, views: (ctx) => [...ctx.state.store.values<UsageRecord>('usage')].map((u) => usageQueryView(ctx, u)) },
};

/** expand[] is not served yet: refusing it says so, where ignoring it would return less than was asked for. */
function refuseExpand(req: ValidRequest): void {
  if (req.query['expand[]'] !== undefined) throw statusError(400, Category.INVALID_PARAMETER, 'expand[] is not supported by this Zuora simulator; query the related objects with their own Object Query operations');
}

/** fields[] and `<object>.fields[]` both narrow the base object. */
function shown(req: ValidRequest, object: QueriedObject, view: View): View {
  const fields = [req.query['fields[]'], req.query[`${object.name}.fields[]`]].flat().filter((f) => f !== undefined);
  return withoutNulls(selectFields(view, fields.length ? fields : undefined), req.query.includeNullFields);
}

function list(object: QueriedObject): Handler<ZuoraState> {
  return (req, ctx) => {
    refuseExpand(req);
    const filters = parseFilters(req.query['filter[]'], object.fields);
    const sort = parseSort(req.query['sort[]'], object.fields);
    const matching = object.views(ctx).filter((v) => matchesAll(v, filters));
    const { rows, nextPage } = cursorPage(matching, req.query, sort);
    return { status: 200, body: { ...(nextPage ? { nextPage } : {}), data: rows.map((v) => shown(req, object, v)) } };
  };
}

function byKey(object: QueriedObject, find: (ctx: ZuoraContext, key: string) => View | undefined): Handler<ZuoraState> {
  return (req, ctx) => {
    refuseExpand(req);
    const view = find(ctx, req.params.key!);
    if (!view) throw statusError(404, Category.NOT_FOUND, `No ${object.name} with the ID or number '${req.params.key}' exists`);
    return { status: 200, body: shown(req, object, view) };
  };
}

export const objectQueryHandlers = {
  queryAccounts: list(OBJECTS.account),
  queryAccountByKey: byKey(OBJECTS.account, (ctx, key) => {
    const a = ctx.state.account(key);
    return a && accountQueryView(ctx, a);
  }),
  queryInvoices: list(OBJECTS.invoice),
  queryInvoiceByKey: byKey(OBJECTS.invoice, (ctx, key) => {
    const i = ctx.state.invoice(key);
    return i && invoiceQueryView(ctx, i);
  }),
  querySubscriptions: list(OBJECTS.subscription),
  queryUsages: list(OBJECTS.usage),
  queryUsageByKey: byKey(OBJECTS.usage, (ctx, key) => {
    const u = ctx.state.usage(key);
    return u && usageQueryView(ctx, u);
  }),
} satisfies Partial<ZuoraHandlers>;
