import type { TogaiHandlers } from './operations.js';
import { findAccount } from './accounts.js';
import { findInvoice } from './cycle-invoices.js';
import { badRequest, notFound } from './errors.js';
import { togaiId } from './ids.js';
import type { InvoiceRecord } from './invoice-records.js';
import { invoiceLines } from './invoice-views.js';
import type { ExternalPaymentReference, PaymentLineRecord, PaymentRecord } from './money-records.js';
import type { TogaiContext } from './notifications.js';
import { MAX_PAGE_SIZE, page } from './paging.js';
import { amountError, money } from './pricing.js';

/**
 * The Payments API: money an account paid outside Togai, recorded and applied to its invoices.
 * Each line item record of type INVOICE pays `amount` (or, left out, all that is still owed) of
 * the invoice `togaiId`; the lines must add up to the payment's totalAmount, as nothing here
 * would hold an unapplied remainder. An invoice takes payments while DUE or PARTIALLY_PAID, in
 * its own currency, up to what it still owes; its paidAmount follows and it becomes
 * PARTIALLY_PAID, then PAID once paid in full. One source's transaction number is one payment:
 * the same reference again is refused rather than paying twice. A payment is checked whole
 * before any of it is applied. Payments cannot be edited here, so each has version 1.
 */

interface CreatePaymentBody {
  description?: string;
  notes?: string;
  accountId: string;
  externalPaymentReference: ExternalPaymentReference;
  lineItemRecords: PaymentLineRecord[];
  currency: string;
  totalAmount: number;
}

/** What `invoice` still owes. */
export function owed(ctx: TogaiContext, invoice: InvoiceRecord): number {
  return money(invoiceLines(ctx, invoice).revenueInfo.value - (invoice.paidAmount ?? 0));
}

function findPayment(ctx: TogaiContext, id: string): PaymentRecord {
  const payment = ctx.state.store.get<PaymentRecord>('payment', id);
  if (!payment) throw notFound('Payment', id);
  return payment;
}

const view = (p: PaymentRecord) => structuredClone(p);

function sameReference(a: ExternalPaymentReference, b: ExternalPaymentReference): boolean {
  return a.sourceName === b.sourceName && a.sourceType === b.sourceType && a.transactionNumber === b.transactionNumber;
}

/** The invoice lines with their amounts settled, checked against the invoices they pay. */
function allocate(ctx: TogaiContext, body: CreatePaymentBody): { invoice: InvoiceRecord; line: PaymentLineRecord }[] {
  const orders = new Set<number>();
  const claimed = new Map<string, number>();
  const out = body.lineItemRecords.map((l, i) => {
    const at = `lineItemRecords[${i}]`;
    if (orders.has(l.order)) throw badRequest(`${at}.order ${l.order} is given twice; each line has its own order`);
    orders.add(l.order);
    if (l.type !== 'INVOICE') throw badRequest(`${at}.type must be INVOICE (a payment is applied to invoices), got '${l.type}'`);
    if (!l.togaiId) throw badRequest(`${at}.togaiId is required: the id of the invoice the line pays`);
    const invoice = findInvoice(ctx, l.togaiId);
    if (invoice.accountId !== body.accountId) throw badRequest(`${at}: invoice '${invoice.id}' belongs to account '${invoice.accountId}', not '${body.accountId}'`);
    if (invoice.status !== 'DUE' && invoice.status !== 'PARTIALLY_PAID') throw badRequest(`${at}: invoice '${invoice.id}' is ${invoice.status}; only a DUE or PARTIALLY_PAID invoice takes payments`);
    if (invoice.currency !== body.currency) throw badRequest(`${at}: invoice '${invoice.id}' is in ${invoice.currency}; the payment is in ${body.currency}`);
    const left = money(owed(ctx, invoice) - (claimed.get(invoice.id) ?? 0));
    const given = l.amount === undefined ? undefined : amountError(`${at}.amount`, l.amount);
    if (given) throw badRequest(given);
    const amount = l.amount === undefined ? left : money(l.amount);
    if (!(amount > 0)) throw badRequest(`${at}.amount must be more than 0 (invoice '${invoice.id}' owes nothing more)`);
    if (amount > left) throw badRequest(`${at}.amount ${amount} is more than invoice '${invoice.id}' still owes (${left})`);
    claimed.set(invoice.id, money((claimed.get(invoice.id) ?? 0) + amount));
    return { invoice, line: { ...l, amount } };
  });
  const total = money(out.reduce((s, o) => s + o.line.amount!, 0));
  if (total !== money(body.totalAmount)) throw badRequest(`totalAmount ${body.totalAmount} must equal what lineItemRecords apply to invoices (${total})`);
  return out;
}

function pay(ctx: TogaiContext, invoice: InvoiceRecord, amount: number): void {
  invoice.paidAmount = money((invoice.paidAmount ?? 0) + amount);
  invoice.status = owed(ctx, invoice) <= 0 ? 'PAID' : 'PARTIALLY_PAID';
  invoice.updatedAt = ctx.nowIso();
}

export const paymentHandlers = {
  createPayments(req, ctx) {
    const body = req.body;
    const account = findAccount(ctx, body.accountId);
    const total = amountError('totalAmount', body.totalAmount);
    if (total) throw badRequest(total);
    const ref = body.externalPaymentReference;
    const earlier = [...ctx.state.store.values<PaymentRecord>('payment')].find((p) => sameReference(p.externalPaymentReferences, ref));
    if (earlier) throw badRequest(`externalPaymentReference: transaction '${ref.transactionNumber}' of ${ref.sourceName} is already recorded as payment '${earlier.id}'`);
    const lines = allocate(ctx, body);
    for (const { invoice, line } of lines) pay(ctx, invoice, line.amount!);
    const payment = ctx.state.store.insert<PaymentRecord>('payment', {
      id: togaiId(ctx, 'pay'),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
      accountId: account.id,
      externalPaymentReferences: structuredClone(ref),
      lineItemRecords: lines.map((l) => l.line),
      totalAmount: money(body.totalAmount),
      currency: body.currency,
      version: 1,
      createdBy: 'API',
      createdAt: ctx.nowIso(),
    });
    return { status: 201, body: view(payment) };
  },

  /** Oldest first; 50 a page unless asked (the page's default). */
  listPayments(req, ctx) {
    const result = page([...ctx.state.store.values<PaymentRecord>('payment')], (p) => p.id, req.query, { defaultSize: MAX_PAGE_SIZE });
    return { status: 200, body: { ...result, data: result.data.map(view) } };
  },

  /** `version` names a version of the payment; every payment here has only version 1. */
  getPayment(req, ctx) {
    const payment = findPayment(ctx, req.params.payment_id!);
    const version = req.query.version;
    if (version !== undefined && Number(version) !== payment.version) throw notFound(`Version ${String(version)} of payment`, payment.id);
    return { status: 200, body: view(payment) };
  },
} satisfies Partial<TogaiHandlers>;
