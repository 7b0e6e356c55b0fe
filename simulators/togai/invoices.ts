import type { Handler } from '../kit/simulator.js';
import { invoiceView } from './billing.js';
import { notFound } from './errors.js';
import { page } from './paging.js';
import type { InvoiceRecord } from './records.js';
import type { TogaiState } from './state.js';

export const invoiceHandlers: Record<string, Handler<TogaiState>> = {
  /** Filters by status, account, customer, and a window (epoch milliseconds) the cycle lies in. */
  listInvoices(req, ctx) {
    const q = req.query as Record<string, string | undefined>;
    const from = q.start_time === undefined ? -Infinity : Number(q.start_time);
    const to = q.end_time === undefined ? Infinity : Number(q.end_time);
    const invoices = [...ctx.state.store.values<InvoiceRecord>('invoice')].filter(
      (i) =>
        (!q.status || i.status === q.status) &&
        (!q.account_id || i.accountId === q.account_id) &&
        (!q.customer_id || i.customerId === q.customer_id) &&
        Date.parse(i.startDate) >= from &&
        Date.parse(i.endDate) <= to,
    );
    const result = page(invoices, (i) => i.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map((i) => invoiceView(ctx, i)) } };
  },

  getInvoice(req, ctx) {
    const invoice = ctx.state.store.get<InvoiceRecord>('invoice', req.params.invoice_id!);
    if (!invoice) throw notFound('Invoice', req.params.invoice_id!);
    return { status: 200, body: invoiceView(ctx, invoice) };
  },
};
