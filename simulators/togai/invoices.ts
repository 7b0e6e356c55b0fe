import type { TogaiHandlers } from './operations.js';
import { customInvoiceHandlers, updateCustomFields, type CustomInvoiceUpdate } from './custom-invoices.js';
import { finaliseInvoice, findInvoice, voidInvoice } from './cycle-invoices.js';
import { badRequest } from './errors.js';
import type { InvoiceRecord, InvoiceStatus } from './invoice-records.js';
import { invoiceSummaryView, invoiceView } from './invoice-views.js';
import type { TogaiContext } from './notifications.js';
import { MAX_PAGE_SIZE, page } from './paging.js';
import { queryFlag } from './query-flags.js';

/**
 * Reading invoices, changing their status, and bill runs. Status changes follow the guides:
 * PAID and VOID are final; a DRAFT becomes DUE (cycle invoices only once their cycle has ended),
 * DRAFT or DUE can be voided, DUE marked UN_COLLECTIBLE; neither once anything is paid. PAID and PARTIALLY_PAID follow from payments (payments.ts).
 */

function epochFilter(raw: unknown, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw badRequest(`${name} must be a time in epoch milliseconds, got '${String(raw)}'`);
  return n;
}

/** listInvoices' filters: status, owner (account), customer, and a window (epoch ms) the invoice's period lies in. */
function filtered(ctx: TogaiContext, query: Record<string, unknown>, keep: (i: InvoiceRecord) => boolean = () => true): InvoiceRecord[] {
  const from = epochFilter(query.start_time, 'start_time') ?? -Infinity;
  const to = epochFilter(query.end_time, 'end_time') ?? Infinity;
  return [...ctx.state.store.values<InvoiceRecord>('invoice')].filter(
    (i) =>
      keep(i) &&
      (!query.status || i.status === query.status) &&
      (!query.owner_id || i.accountId === query.owner_id) &&
      (!query.customer_id || i.customerId === query.customer_id) &&
      Date.parse(i.startDate) >= from &&
      Date.parse(i.endDate) <= to,
  );
}

/** Cycle invoices a bill run finalises: DRAFTs whose cycle has ended, waiting out their grace period. */
function billable(i: InvoiceRecord): boolean {
  return i.invoiceType === 'STANDARD' && i.status === 'DRAFT' && i.phase === 'GRACE';
}


function listOf(ctx: TogaiContext, invoices: InvoiceRecord[], query: Record<string, unknown>) {
  // invoice lists default to 50 a page, the most there is (other lists default to 10)
  const result = page(invoices, (i) => i.id, query, { defaultSize: MAX_PAGE_SIZE });
  return { ...result, data: result.data.map((i) => invoiceSummaryView(ctx, i)) };
}

const FINAL: InvoiceStatus[] = ['PAID', 'VOID'];

/** Why `invoice` cannot take status `to`, or undefined when it can. */
function statusError(invoice: InvoiceRecord, to: string): string | undefined {
  if (to === invoice.status) return undefined;
  if (FINAL.includes(invoice.status)) return `Invoice '${invoice.id}' is ${invoice.status}, a final status; it cannot become ${to}`;
  if (to === 'DUE') {
    if (invoice.status !== 'DRAFT') return `Invoice '${invoice.id}' is ${invoice.status}; only a DRAFT invoice becomes DUE`;
    if (invoice.phase === 'OPEN' && invoice.invoiceType === 'STANDARD') return `Invoice '${invoice.id}' is for a cycle open until ${invoice.endDate}; it can be made DUE once the cycle has ended`;
    return undefined;
  }
  // the pages give no refund: once paid in part, what was paid would be stranded
  if ((to === 'VOID' || to === 'UN_COLLECTIBLE') && (invoice.paidAmount ?? 0) > 0) {
    return `Invoice '${invoice.id}' is ${invoice.status} with ${invoice.paidAmount} paid; the payments must be handled first (the simulator serves no refund), so it cannot become ${to}`;
  }
  if (to === 'VOID') return undefined;
  if (to === 'UN_COLLECTIBLE') return invoice.status === 'DRAFT' ? `Invoice '${invoice.id}' is a DRAFT; only an invoice that is due can be marked UN_COLLECTIBLE` : undefined;
  if (to === 'PAID' || to === 'PARTIALLY_PAID') return `status ${to} follows from payments: record one with POST /payments`;
  return `status can be set to DUE, VOID or UN_COLLECTIBLE, not '${to}'`;
}

function changeStatus(ctx: TogaiContext, invoice: InvoiceRecord, to: string): void {
  if (to === invoice.status) return;
  if (to === 'DUE') finaliseInvoice(ctx, invoice);
  else if (to === 'VOID') voidInvoice(ctx, invoice);
  else {
    invoice.status = 'UN_COLLECTIBLE';
    invoice.updatedAt = ctx.nowIso();
  }
}

export const invoiceHandlers = {
  ...customInvoiceHandlers,

  listInvoices(req, ctx) {
    return { status: 200, body: listOf(ctx, filtered(ctx, req.query), req.query) };
  },

  getInvoice(req, ctx) {
    return { status: 200, body: invoiceView(ctx, findInvoice(ctx, req.params.invoice_id!)) };
  },

  /** Status changes for every invoice; the other fields only for a CUSTOM invoice in DRAFT. */
  updateInvoice(req, ctx) {
    const invoice = findInvoice(ctx, req.params.invoice_id!);
    const body = (req.body ?? {}) as CustomInvoiceUpdate & { status?: string };
    const { status, ...fields } = body;
    const refused = status === undefined ? undefined : statusError(invoice, status);
    if (refused) throw badRequest(refused);
    if (Object.keys(fields).length) updateCustomFields(ctx, invoice, fields);
    if (status !== undefined) changeStatus(ctx, invoice, status);
    return { status: 200, body: invoiceView(ctx, invoice) };
  },

  /** A bill run finalises now every cycle invoice waiting out its grace period. */
  createInvoiceBillRun(req, ctx) {
    if (queryFlag(req.query.require_confirmation)) {
      throw badRequest('require_confirmation: confirming a bill run job needs the Jobs API, which this simulator does not serve; leave it out and the bill run happens at once');
    }
    for (const invoice of filtered(ctx, {}, billable)) finaliseInvoice(ctx, invoice);
    return { status: 200, body: { success: true } };
  },

  listInvoicesForBillRun(req, ctx) {
    return { status: 200, body: listOf(ctx, filtered(ctx, req.query, billable), req.query) };
  },

  /** Pricing rules are never applied (accounts cannot be billed on them yet), so no invoice has rule logs. */
  listPricingRuleLogs(req, ctx) {
    findInvoice(ctx, req.params.invoice_id!);
    return { status: 200, body: { data: [] } };
  },
} satisfies Partial<TogaiHandlers>;
