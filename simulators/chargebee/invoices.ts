import type { ChargebeeHandlers } from './operations.js';
import { findCustomer } from './customers.js';
import { blank, notFound, wrongValue } from './errors.js';
import { findItemPrice } from './item-prices.js';
import { announceInvoice, raiseInvoice, type LineInput } from './invoicing.js';
import { listAnswer } from './paging.js';
import { refuseUnmodelled, requireText, rowsOf, rowValue, type Row } from './params.js';
import { chargeFor } from './pricing.js';
import type { CustomerRecord, Fields, InvoiceRecord, SubscriptionRecord } from './records.js';
import { nowSec, type ChargebeeContext } from './state.js';

export function findInvoice(ctx: ChargebeeContext, id: string): InvoiceRecord {
  const invoice = ctx.state.get<InvoiceRecord>('invoice', id);
  if (!invoice || invoice.deleted) throw notFound('Invoice', id);
  return invoice;
}

/** The customer an invoice is for: named directly, through a subscription, or both (then they must agree). */
function billedParty(ctx: ChargebeeContext, body: Record<string, unknown>): { customer: CustomerRecord; subscription?: SubscriptionRecord } {
  let subscription: SubscriptionRecord | undefined;
  if (body.subscription_id !== undefined) {
    const id = String(body.subscription_id);
    subscription = ctx.state.get<SubscriptionRecord>('subscription', id);
    if (!subscription || subscription.deleted) throw notFound('Subscription', id, 'subscription_id');
  }
  if (body.customer_id === undefined && !subscription) throw blank('customer_id');
  const customerId = body.customer_id === undefined ? subscription!.customer_id : String(body.customer_id);
  if (subscription && subscription.customer_id !== customerId) {
    throw wrongValue('subscription_id', `belongs to customer '${subscription.customer_id}', not to '${customerId}'`);
  }
  return { customer: findCustomer(ctx, customerId, 'customer_id'), subscription };
}

function itemPriceLine(ctx: ChargebeeContext, row: Row, currency: string, now: number): LineInput {
  const param = `item_prices[item_price_id][${row.index}]`;
  const price = findItemPrice(ctx, rowValue<string>(row, 'item_prices', 'item_price_id'), param);
  if (price.item_type !== 'charge') throw wrongValue(param, `must be a charge item price; '${price.id}' is a ${price.item_type} item price`);
  if (price.currency_code !== currency) throw wrongValue(param, `is priced in ${price.currency_code}, but the invoice is in ${currency}`);
  for (const column of ['quantity_in_decimal', 'unit_price_in_decimal']) {
    if (row.fields[column] !== undefined) throw wrongValue(`item_prices[${column}][${row.index}]`, 'is not supported by this Chargebee simulator; leave it out');
  }
  const quantity = (row.fields.quantity as number | undefined) ?? 1;
  return {
    description: String(row.fields.description ?? price.external_name ?? price.name),
    entityType: 'charge_item_price',
    entityId: price.id,
    pricingModel: price.pricing_model,
    charge: chargeFor(price, quantity, row.fields.unit_price as number | undefined, `item_prices[unit_price][${row.index}]`),
    dateFrom: (row.fields.date_from as number | undefined) ?? now,
    dateTo: (row.fields.date_to as number | undefined) ?? now,
  };
}

function adhocLine(row: Row, now: number): LineInput {
  if (row.fields.amount_in_decimal !== undefined) throw wrongValue(`charges[amount_in_decimal][${row.index}]`, 'is not supported by this Chargebee simulator; leave it out');
  const amount = rowValue<number>(row, 'charges', 'amount');
  if (amount < 1) throw wrongValue(`charges[amount][${row.index}]`, 'must be at least 1 (minor units)');
  return {
    description: rowValue<string>(row, 'charges', 'description'),
    entityType: 'adhoc',
    charge: { quantity: 1, unitAmount: amount, amount },
    dateFrom: (row.fields.date_from as number | undefined) ?? now,
    dateTo: (row.fields.date_to as number | undefined) ?? now,
  };
}

export const invoiceHandlers = {
  createInvoiceForChargeItemsAndCharges(req, ctx) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    refuseUnmodelled(body, ['coupon', 'coupon_ids', 'discounts', 'item_tiers', 'authorization_transaction_id', 'payment_source_id', 'token_id', 'tax_providers_fields']);
    requireText(body, ['customer_id', 'subscription_id']);
    if (body.create_pending_invoice === true) throw wrongValue('create_pending_invoice', 'is not supported by this Chargebee simulator; leave it out');
    const { customer, subscription } = billedParty(ctx, body);
    const currency = String(body.currency_code ?? subscription?.currency_code ?? customer.preferred_currency_code ?? ctx.state.site.baseCurrency);
    const now = nowSec(ctx);
    const lines = [...rowsOf(body.item_prices).map((row) => itemPriceLine(ctx, row, currency, now)), ...rowsOf(body.charges).map((row) => adhocLine(row, now))];
    if (lines.length === 0) throw wrongValue('item_prices[item_price_id][0]', 'cannot be blank: give at least one charge item price (item_prices) or one charge (charges)');
    const date = body.invoice_date as number | undefined;
    if (date !== undefined && date > now) throw wrongValue('invoice_date', 'cannot be in the future');
    const extra: Fields = {};
    for (const field of ['po_number', 'shipping_address', 'statement_descriptor'] as const) if (body[field] !== undefined) extra[field] = body[field];
    const invoice = raiseInvoice(ctx, {
      customer,
      subscription,
      currency,
      lines,
      autoCollection: (body.auto_collection as 'on' | 'off' | undefined) ?? customer.auto_collection,
      netTermDays: (body.net_term_days as number | undefined) ?? customer.net_term_days,
      recurring: false,
      date,
      extra,
    });
    announceInvoice(ctx, invoice);
    return { status: 200, body: { invoice } };
  },

  listInvoices(req, ctx) {
    return listAnswer(ctx.state, ctx.state.store.values<InvoiceRecord>('invoice'), req.query, {
      entry: (invoice) => ({ invoice }),
      accept: (invoice, q) => q.paid_on_after === undefined || (invoice.paid_at !== undefined && invoice.paid_at > Number(q.paid_on_after)),
      deletable: true,
    });
  },

  retrieveInvoice(req, ctx) {
    return { status: 200, body: { invoice: findInvoice(ctx, req.params['invoice-id']!) } };
  },
} satisfies Partial<ChargebeeHandlers>;
