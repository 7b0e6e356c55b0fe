import { addMonths } from '../kit/duration.js';
import { emit } from './events.js';
import { announceInvoice, raiseInvoice, type LineInput } from './invoicing.js';
import { chargeFor } from './pricing.js';
import type { CustomerRecord, InvoiceRecord, ItemPriceRecord, PeriodUnit, SubscriptionItemRecord, SubscriptionRecord } from './records.js';
import { nowSec, touch, type ChargebeeContext } from './state.js';

const DAY_MS = 24 * 3600 * 1000;

/** The instant (ms) one billing period after `ms`, in UTC calendar terms. */
export function addPeriod(ms: number, period: number, unit: PeriodUnit | 'day' | 'month'): number {
  switch (unit) {
    case 'day':
      return ms + period * DAY_MS;
    case 'week':
      return ms + period * 7 * DAY_MS;
    case 'month':
      return addMonths(ms, period);
    case 'year':
      return addMonths(ms, 12 * period);
  }
}

const MONTHS_PER: Record<PeriodUnit, number> = { day: 12 / 365, week: 12 / 52, month: 1, year: 12 };

/** Monthly recurring revenue of a subscription's recurring items, in minor units. */
export function mrrOf(sub: SubscriptionRecord): number {
  const months = sub.billing_period * MONTHS_PER[sub.billing_period_unit];
  const recurring = sub.subscription_items.filter((i) => i.item_type !== 'charge').reduce((sum, i) => sum + i.amount, 0);
  return Math.round(recurring / months);
}

function price(ctx: ChargebeeContext, id: string): ItemPriceRecord {
  return ctx.state.get<ItemPriceRecord>('itemPrice', id)!;
}

function lineFor(ctx: ChargebeeContext, item: SubscriptionItemRecord, from: number, to: number): LineInput {
  const p = price(ctx, item.item_price_id);
  return {
    description: String(p.external_name ?? p.name),
    entityType: `${item.item_type}_item_price`,
    entityId: p.id,
    pricingModel: p.pricing_model,
    charge: chargeFor(p, item.quantity, item.unit_price, 'subscription_items[unit_price]'),
    dateFrom: from,
    dateTo: to,
  };
}

/**
 * Open a new term starting at `startMs` and invoice it: the recurring items for the term, plus the
 * one-off charges when this is the subscription's first invoice.
 */
export function billTerm(ctx: ChargebeeContext, sub: SubscriptionRecord, startMs: number, first: boolean): InvoiceRecord {
  const start = Math.floor(startMs / 1000);
  const end = Math.floor(addPeriod(startMs, sub.billing_period, sub.billing_period_unit) / 1000);
  sub.current_term_start = start;
  sub.current_term_end = end;
  sub.next_billing_at = end;
  const items = sub.subscription_items.filter((i) => first || i.item_type !== 'charge');
  const customer = ctx.state.get<CustomerRecord>('customer', sub.customer_id)!;
  const invoice = raiseInvoice(ctx, {
    customer,
    subscription: sub,
    currency: sub.currency_code,
    lines: items.map((i) => lineFor(ctx, i, start, i.item_type === 'charge' ? start : end)),
    autoCollection: sub.auto_collection as 'on' | 'off',
    netTermDays: (sub.net_term_days as number | undefined) ?? customer.net_term_days,
    recurring: true,
    firstInvoice: first,
  });
  if (first) {
    const charged = items.filter((i) => i.item_type === 'charge').map((i) => ({ item_price_id: i.item_price_id, last_charged_at: start }));
    if (charged.length) sub.charged_items = charged;
  }
  touch(ctx, sub);
  return invoice;
}

/** Run `onDue` when the subscription's next billing time comes, unless it has moved on by then. */
export function scheduleNextBilling(ctx: ChargebeeContext, sub: SubscriptionRecord): void {
  const due = sub.next_billing_at;
  if (due === undefined) return;
  ctx.schedule(due * 1000, `chargebee: bill subscription ${sub.id}`, 'billSubscription', sub.id, due);
}

function cancelAtTermEnd(ctx: ChargebeeContext, sub: SubscriptionRecord): void {
  sub.status = 'cancelled';
  sub.cancelled_at = nowSec(ctx);
  delete sub.next_billing_at;
  sub.mrr = 0;
  touch(ctx, sub);
  emit(ctx, 'subscription_cancelled', { subscription: sub, customer: ctx.state.get('customer', sub.customer_id) }, 'scheduled_job');
}

/**
 * What falls due at a subscription's next billing time: a future subscription starts, a trial
 * ends and the subscription activates, an active one renews (or is cancelled when its billing
 * cycles are used up). Each opens a term and raises its invoice.
 */
function onDue(ctx: ChargebeeContext, id: string, due: number): void {
  const sub = ctx.state.get<SubscriptionRecord>('subscription', id);
  if (!sub || sub.deleted || sub.next_billing_at !== due) return;
  const customer = ctx.state.get<CustomerRecord>('customer', sub.customer_id);
  const at = due * 1000;
  let eventType: string;
  let first = false;
  if (sub.status === 'future' || sub.status === 'in_trial') {
    eventType = sub.status === 'future' ? 'subscription_started' : 'subscription_activated';
    if (sub.status === 'future') sub.started_at = due;
    sub.status = 'active';
    sub.activated_at = due;
    first = true;
  } else if (sub.status === 'active') {
    if (sub.remaining_billing_cycles === 0) return cancelAtTermEnd(ctx, sub);
    eventType = 'subscription_renewed';
  } else {
    return;
  }
  // each term opened uses up one of the billing cycles asked for
  if (sub.remaining_billing_cycles !== undefined) sub.remaining_billing_cycles--;
  const invoice = billTerm(ctx, sub, at, first);
  sub.mrr = mrrOf(sub);
  emit(ctx, eventType, { subscription: sub, customer, invoice }, 'scheduled_job');
  announceInvoice(ctx, invoice, 'scheduled_job');
  scheduleNextBilling(ctx, sub);
}

/** The clock jobs billing schedules. */
export const billingJobs = { billSubscription: onDue };
