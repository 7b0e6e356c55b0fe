import type { ChargebeeHandlers } from './operations.js';
import { addPeriod, billTerm, mrrOf, scheduleNextBilling } from './billing.js';
import { findCustomer } from './customers.js';
import { blank, duplicate, notFound, wrongValue } from './errors.js';
import { emit } from './events.js';
import { findItemPrice } from './item-prices.js';
import { announceInvoice } from './invoicing.js';
import { listAnswer } from './paging.js';
import { copyGiven, jsonText, refuseUnmodelled, requireText, rowsOf, rowValue } from './params.js';
import { chargeFor } from './pricing.js';
import type { CustomerRecord, Fields, InvoiceRecord, ItemPriceRecord, SubscriptionItemRecord, SubscriptionRecord } from './records.js';
import { fieldAt } from './filters.js';
import { nowSec, type ChargebeeContext } from './state.js';

// parameters that change what is billed in ways this simulator does not model: refused, not ignored
const UNMODELLED = [
  'coupon', 'coupon_ids', 'coupons', 'discounts', 'item_tiers', 'payment_source_id', 'setup_fee', 'mandatory_items_to_remove',
  'terms_to_charge', 'billing_alignment_mode', 'free_period', 'free_period_unit', 'contract_term',
  'contract_term_billing_cycle_on_renewal', 'invoice_date',
];
const COPIED = ['po_number', 'invoice_notes', 'offline_payment_method', 'trial_end_action', 'business_entity_id', 'shipping_address', 'billing_override', 'auto_close_invoices', 'net_term_days'] as const;
const ITEM_COLUMNS = new Set(['item_price_id', 'item_type', 'quantity', 'unit_price']);

function findSubscription(ctx: ChargebeeContext, id: string): SubscriptionRecord {
  const sub = ctx.state.get<SubscriptionRecord>('subscription', id);
  if (!sub || sub.deleted) throw notFound('Subscription', id);
  return sub;
}

function readItem(ctx: ChargebeeContext, row: ReturnType<typeof rowsOf>[number]): { item: SubscriptionItemRecord; price: ItemPriceRecord } {
  for (const column of Object.keys(row.fields)) {
    if (!ITEM_COLUMNS.has(column)) throw wrongValue(`subscription_items[${column}][${row.index}]`, 'is not supported by this Chargebee simulator; leave it out');
  }
  const param = `subscription_items[item_price_id][${row.index}]`;
  const price = findItemPrice(ctx, rowValue<string>(row, 'subscription_items', 'item_price_id'), param);
  const type = row.fields.item_type;
  if (type !== undefined && type !== price.item_type) {
    throw wrongValue(`subscription_items[item_type][${row.index}]`, `is ${String(type)}, but '${price.id}' is a ${price.item_type} item price`);
  }
  const quantity = (row.fields.quantity as number | undefined) ?? 1;
  const unitPrice = row.fields.unit_price as number | undefined;
  const charge = chargeFor(price, quantity, unitPrice, `subscription_items[unit_price][${row.index}]`);
  const item: SubscriptionItemRecord = { item_price_id: price.id, item_type: price.item_type, quantity, amount: charge.amount, free_quantity: price.free_quantity };
  if (price.pricing_model === 'flat_fee' || price.pricing_model === 'per_unit') item.unit_price = unitPrice ?? price.price ?? 0;
  if (price.item_type === 'charge') {
    item.charge_once = true;
    item.charge_on_option = 'immediately';
  } else {
    item.billing_period = price.period;
    item.billing_period_unit = price.period_unit;
  }
  return { item, price };
}

/** The subscription's items: exactly one plan, addons billed on the plan's period, all in the plan's currency. */
function readItems(ctx: ChargebeeContext, group: unknown): { items: SubscriptionItemRecord[]; plan: ItemPriceRecord } {
  const rows = rowsOf(group);
  if (rows.length === 0) throw blank('subscription_items[item_price_id][0]');
  const read = rows.map((row) => ({ row, ...readItem(ctx, row) }));
  const plans = read.filter((r) => r.price.item_type === 'plan');
  if (plans.length === 0) throw wrongValue('subscription_items[item_price_id][0]', 'must include a plan item price; a subscription has exactly one plan');
  if (plans.length > 1) throw wrongValue(`subscription_items[item_price_id][${plans[1]!.row.index}]`, 'is a second plan item price; a subscription has exactly one plan');
  const plan = plans[0]!.price;
  const seen = new Set<string>();
  for (const { row, price } of read) {
    const param = `subscription_items[item_price_id][${row.index}]`;
    if (seen.has(price.id)) throw wrongValue(param, `names '${price.id}' a second time; give each item price once`);
    seen.add(price.id);
    if (price.currency_code !== plan.currency_code) throw wrongValue(param, `is priced in ${price.currency_code}, but the plan is in ${plan.currency_code}`);
    if (price.item_type === 'addon' && (price.period !== plan.period || price.period_unit !== plan.period_unit)) {
      throw wrongValue(param, `bills every ${price.period} ${price.period_unit}, but the plan bills every ${plan.period} ${plan.period_unit}`);
    }
  }
  return { items: read.map((r) => r.item), plan };
}

/** When the subscription starts (now or later) and whether it begins with a trial, in Unix seconds. */
function timing(ctx: ChargebeeContext, body: Record<string, unknown>, plan: ItemPriceRecord): { start?: number; trialEnd?: number } {
  const now = nowSec(ctx);
  const start = body.start_date as number | undefined;
  if (start !== undefined && start < now) throw wrongValue('start_date', 'cannot be in the past: backdating is not enabled on this site');
  let trialEnd = body.trial_end as number | undefined;
  if (trialEnd === 0) trialEnd = undefined; // 0 skips the plan's trial
  else if (trialEnd === undefined && plan.trial_period) {
    trialEnd = Math.floor(addPeriod(ctx.now(), plan.trial_period, plan.trial_period_unit!) / 1000);
  } else if (trialEnd !== undefined && trialEnd <= now) throw wrongValue('trial_end', 'must be in the future (or 0 to skip the trial)');
  const future = start !== undefined && start > now;
  if (future && trialEnd !== undefined) throw wrongValue('start_date', 'a future start together with a trial is not supported by this Chargebee simulator');
  return { start: future ? start : undefined, trialEnd };
}

export const subscriptionHandlers = {
  createSubscriptionWithItems(req, ctx) {
    const customer = findCustomer(ctx, req.params['customer-id']!);
    const body = (req.body ?? {}) as Record<string, unknown>;
    refuseUnmodelled(body, UNMODELLED);
    requireText(body, ['id']);
    for (const flag of ['create_pending_invoices', 'first_invoice_pending'] as const) {
      if (body[flag] === true) throw wrongValue(flag, 'is not supported by this Chargebee simulator; leave it out');
    }
    if (body.invoice_immediately === false) throw wrongValue('invoice_immediately', 'false (unbilled charges) is not supported by this Chargebee simulator');
    if (body.billing_cycles === 0) throw wrongValue('billing_cycles', 'must be at least 1');
    const id = body.id === undefined ? ctx.random.base62(16) : String(body.id);
    if (ctx.state.store.has('subscription', id)) throw duplicate('id', id);
    const { items, plan } = readItems(ctx, body.subscription_items);
    const { start, trialEnd } = timing(ctx, body, plan);
    const meta = jsonText(body.meta_data, 'meta_data', 'object');
    const now = nowSec(ctx);
    const sub: SubscriptionRecord = {
      id,
      object: 'subscription',
      customer_id: customer.id,
      currency_code: plan.currency_code,
      status: start !== undefined ? 'future' : trialEnd !== undefined ? 'in_trial' : 'active',
      subscription_items: items,
      billing_period: plan.period!,
      billing_period_unit: plan.period_unit!,
      auto_collection: (body.auto_collection as string | undefined) ?? customer.auto_collection,
      has_scheduled_changes: false,
      has_scheduled_advance_invoices: false,
      due_invoices_count: 0,
      total_dues: 0,
      mrr: 0,
      channel: 'web',
      created_at: now,
      updated_at: now,
      resource_version: ctx.now(),
      deleted: false,
      decommissioned: false,
    };
    copyGiven(sub, body, COPIED);
    if (meta !== undefined) sub.meta_data = meta;
    if (body.billing_cycles !== undefined) sub.remaining_billing_cycles = body.billing_cycles as number;
    let invoice: InvoiceRecord | undefined;
    if (sub.status === 'future') {
      sub.start_date = start;
      sub.next_billing_at = start;
    } else {
      sub.started_at = now;
      if (sub.status === 'in_trial') {
        Object.assign(sub, { trial_start: now, trial_end: trialEnd, current_term_start: now, current_term_end: trialEnd, next_billing_at: trialEnd });
      } else {
        sub.activated_at = now;
        if (sub.remaining_billing_cycles !== undefined) sub.remaining_billing_cycles--;
        invoice = billTerm(ctx, sub, ctx.now(), true);
        sub.mrr = mrrOf(sub);
      }
    }
    ctx.state.add('subscription', sub);
    const content: Fields = { subscription: sub, customer };
    if (invoice) content.invoice = invoice;
    emit(ctx, 'subscription_created', content);
    if (invoice) announceInvoice(ctx, invoice);
    scheduleNextBilling(ctx, sub);
    return { status: 200, body: content };
  },

  listSubscriptions(req, ctx) {
    const customerOf = (sub: SubscriptionRecord) => ctx.state.get<CustomerRecord>('customer', sub.customer_id)!;
    return listAnswer(ctx.state, ctx.state.store.values<SubscriptionRecord>('subscription'), req.query, {
      entry: (subscription) => ({ subscription, customer: customerOf(subscription) }),
      // a subscription matches an item or item price filter through any of its items
      resolve: (sub, path) =>
        path[0] === 'item_price_id'
          ? sub.subscription_items.map((i) => i.item_price_id)
          : path[0] === 'item_id'
            ? sub.subscription_items.map((i) => ctx.state.get<ItemPriceRecord>('itemPrice', i.item_price_id)?.item_id)
            : fieldAt(sub, path),
      deletable: true,
    });
  },

  retrieveSubscription(req, ctx) {
    const subscription = findSubscription(ctx, req.params['subscription-id']!);
    return { status: 200, body: { subscription, customer: ctx.state.get<CustomerRecord>('customer', subscription.customer_id) } };
  },
} satisfies Partial<ChargebeeHandlers>;
