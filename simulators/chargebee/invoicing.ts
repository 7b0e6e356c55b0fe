import { emit } from './events.js';
import type { Charge } from './pricing.js';
import type { CustomerRecord, EventRecord, Fields, InvoiceRecord, LineItemRecord, SubscriptionRecord } from './records.js';
import { nowSec, touch, type ChargebeeContext } from './state.js';

const DAY = 24 * 3600;

/** One line of an invoice before it is numbered: what was charged, for what, over which period. */
export interface LineInput {
  description: string;
  entityType: LineItemRecord['entity_type'];
  entityId?: string;
  pricingModel?: string;
  charge: Charge;
  dateFrom: number;
  dateTo: number;
}

export interface InvoiceInput {
  customer: CustomerRecord;
  subscription?: SubscriptionRecord;
  currency: string;
  lines: LineInput[];
  autoCollection: 'on' | 'off';
  netTermDays: number;
  recurring: boolean;
  firstInvoice?: boolean;
  date?: number;
  extra?: Fields;
}

/**
 * Raise an invoice: lines priced in minor units, no tax configured (so total = sub_total), and
 * the status Chargebee gives a fresh invoice: paid when nothing is due, payment_due when
 * auto-collection is on (there is no card to charge), posted when the customer pays offline.
 */
export function raiseInvoice(ctx: ChargebeeContext, input: InvoiceInput): InvoiceRecord {
  const now = nowSec(ctx);
  const date = input.date ?? now;
  const tiers: Fields[] = [];
  const lines: LineItemRecord[] = input.lines.map((line) => {
    const id = `li_${ctx.random.base62(16)}`;
    for (const t of line.charge.tiers ?? []) tiers.push({ line_item_id: id, ...t });
    const item: LineItemRecord = {
      id,
      date_from: line.dateFrom,
      date_to: line.dateTo,
      unit_amount: line.charge.unitAmount,
      quantity: line.charge.quantity,
      amount: line.charge.amount,
      is_taxed: false,
      tax_amount: 0,
      tax_exempt_reason: 'tax_not_configured',
      discount_amount: 0,
      item_level_discount_amount: 0,
      description: line.description,
      entity_type: line.entityType,
      customer_id: input.customer.id,
    };
    if (line.entityId) item.entity_id = line.entityId;
    if (line.pricingModel) item.pricing_model = line.pricingModel;
    if (input.subscription) item.subscription_id = input.subscription.id;
    return item;
  });
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const invoice: InvoiceRecord = {
    id: String(ctx.sequences.next('invoice')),
    object: 'invoice',
    customer_id: input.customer.id,
    recurring: input.recurring,
    status: total === 0 ? 'paid' : input.autoCollection === 'on' ? 'payment_due' : 'posted',
    price_type: 'tax_exclusive',
    date,
    due_date: date + input.netTermDays * DAY,
    net_term_days: input.netTermDays,
    exchange_rate: 1,
    currency_code: input.currency,
    base_currency_code: ctx.state.site.baseCurrency,
    tax: 0,
    sub_total: total,
    total,
    amount_due: total,
    amount_paid: 0,
    amount_adjusted: 0,
    credits_applied: 0,
    write_off_amount: 0,
    round_off_amount: 0,
    amount_to_collect: total,
    new_sales_amount: input.firstInvoice ? total : 0,
    first_invoice: input.firstInvoice ?? false,
    has_advance_charges: false,
    term_finalized: true,
    is_gifted: false,
    generated_at: now,
    line_items: lines,
    linked_payments: [],
    updated_at: now,
    resource_version: ctx.now(),
    deleted: false,
    ...input.extra,
  };
  if (tiers.length) invoice.line_item_tiers = tiers;
  if (invoice.status === 'paid') invoice.paid_at = now;
  if (input.subscription) invoice.subscription_id = input.subscription.id;
  if (input.customer.billing_address) invoice.billing_address = { ...input.customer.billing_address };
  ctx.state.add('invoice', invoice);
  if (input.subscription) refreshDues(ctx, input.subscription);
  return invoice;
}

export function announceInvoice(ctx: ChargebeeContext, invoice: InvoiceRecord, source: EventRecord['source'] = 'api'): void {
  emit(ctx, 'invoice_generated', { invoice }, source);
}

const UNPAID = new Set(['payment_due', 'posted', 'not_paid']);

/** A subscription's dues: how many of its invoices are unpaid, for how much, since when. */
export function refreshDues(ctx: ChargebeeContext, subscription: SubscriptionRecord): void {
  let count = 0;
  let total = 0;
  let since: number | undefined;
  for (const invoice of ctx.state.store.values<InvoiceRecord>('invoice')) {
    if (invoice.subscription_id !== subscription.id || !UNPAID.has(invoice.status) || invoice.amount_due === 0) continue;
    count++;
    total += invoice.amount_due;
    since = since === undefined ? invoice.date : Math.min(since, invoice.date);
  }
  subscription.due_invoices_count = count;
  subscription.total_dues = total;
  if (since === undefined) delete subscription.due_since;
  else subscription.due_since = since;
  touch(ctx, subscription);
}
