import type { ChargebeeHandlers } from './operations.js';
import { blank, invalidState, wrongValue } from './errors.js';
import { emit } from './events.js';
import { findInvoice } from './invoices.js';
import { refreshDues } from './invoicing.js';
import type { CustomerRecord, Fields, InvoiceRecord, SubscriptionRecord, TransactionRecord } from './records.js';
import { nowSec, touch, type ChargebeeContext } from './state.js';

interface PaymentInput {
  amount?: number;
  payment_method?: string;
  status?: TransactionRecord['status'];
  date?: number;
  [field: string]: unknown;
}

const PASSED_ON = ['reference_number', 'custom_payment_method_id', 'id_at_gateway', 'error_code', 'error_text'] as const;

function newTransaction(ctx: ChargebeeContext, invoice: InvoiceRecord, input: PaymentInput, amount: number, date: number): TransactionRecord {
  const txn: TransactionRecord = {
    id: `txn_${ctx.random.base62(16)}`,
    object: 'transaction',
    customer_id: invoice.customer_id,
    payment_method: input.payment_method,
    gateway: 'not_applicable',
    type: 'payment',
    date,
    currency_code: invoice.currency_code,
    base_currency_code: invoice.base_currency_code,
    exchange_rate: 1,
    amount,
    amount_unused: 0,
    status: input.status ?? 'success',
    linked_invoices: [],
    linked_credit_notes: [],
    linked_refunds: [],
    deleted: false,
  };
  if (invoice.subscription_id) txn.subscription_id = invoice.subscription_id;
  for (const field of PASSED_ON) if (input[field] !== undefined) txn[field] = input[field];
  touch(ctx, txn);
  return txn;
}

/** Apply a successful payment: the invoice is paid once nothing is due any more. */
function settle(ctx: ChargebeeContext, invoice: InvoiceRecord, txn: TransactionRecord): void {
  invoice.amount_paid += txn.amount;
  invoice.amount_due -= txn.amount;
  invoice.amount_to_collect = invoice.amount_due;
  if (invoice.amount_due === 0) {
    invoice.status = 'paid';
    invoice.paid_at = txn.date;
  }
  invoice.linked_payments.push({
    txn_id: txn.id,
    applied_amount: txn.amount,
    applied_at: nowSec(ctx),
    txn_status: 'success',
    txn_date: txn.date,
    txn_amount: txn.amount,
  });
  touch(ctx, invoice);
}

export const paymentHandlers = {
  /**
   * Record an offline payment against an invoice: a transaction is created and, when it
   * succeeded, applied to the invoice (payment_succeeded); a failed one changes nothing on the
   * invoice (payment_failed).
   */
  recordInvoicePayment(req, ctx) {
    const invoice = findInvoice(ctx, req.params['invoice-id']!);
    const input = ((req.body ?? {}) as { transaction?: PaymentInput }).transaction;
    if (!input?.payment_method) throw blank('transaction[payment_method]');
    if (invoice.status === 'paid' || invoice.status === 'voided' || invoice.amount_due === 0) {
      throw invalidState(`Invoice ${invoice.id} is ${invoice.status} with nothing due; payments can only be recorded against an invoice with an amount due`);
    }
    const now = nowSec(ctx);
    const amount = input.amount ?? invoice.amount_due;
    if (amount < 1 || amount > invoice.amount_due) throw wrongValue('transaction[amount]', `must be from 1 to the amount due, ${invoice.amount_due}`);
    const date = input.date ?? now;
    if (date > now) throw wrongValue('transaction[date]', 'cannot be in the future');
    const txn = newTransaction(ctx, invoice, input, amount, date);
    const succeeded = txn.status === 'success';
    if (succeeded) settle(ctx, invoice, txn);
    (txn.linked_invoices as Fields[]).push({
      invoice_id: invoice.id,
      applied_amount: succeeded ? amount : 0,
      applied_at: now,
      invoice_date: invoice.date,
      invoice_total: invoice.total,
      invoice_status: invoice.status,
    });
    ctx.state.add('transaction', txn);
    const customer = ctx.state.get<CustomerRecord>('customer', invoice.customer_id)!;
    const content: Fields = { transaction: txn, invoice, customer };
    const subscription = invoice.subscription_id ? ctx.state.get<SubscriptionRecord>('subscription', invoice.subscription_id) : undefined;
    if (subscription) {
      refreshDues(ctx, subscription);
      content.subscription = subscription;
    }
    emit(ctx, succeeded ? 'payment_succeeded' : 'payment_failed', content);
    return { status: 200, body: { invoice, transaction: txn } };
  },
} satisfies Partial<ChargebeeHandlers>;
