import type { ChargebeeHandlers } from './operations.js';
import { blank, duplicate, notFound, wrongValue } from './errors.js';
import { addPeriod } from './billing.js';
import { emit } from './events.js';
import { findItem } from './items.js';
import { listAnswer } from './paging.js';
import { copyGiven, jsonText, refuseUnmodelled, requireText, rowsOf, rowValue } from './params.js';
import type { ItemPriceRecord, TierRecord } from './records.js';
import { nowSec, touch, type ChargebeeContext } from './state.js';

const FIELDS = [
  'description', 'invoice_notes', 'proration_type', 'external_name', 'is_taxable', 'free_quantity', 'show_description_in_invoices',
  'show_description_in_quotes', 'usage_accumulation_reset_frequency', 'business_entity_id', 'shipping_period',
  'shipping_period_unit', 'billing_cycles', 'trial_end_action', 'tax_detail', 'accounting_detail',
] as const;
const TIERED = new Set(['tiered', 'volume', 'stairstep']);
const LAST_DAY = Date.UTC(9999, 11, 31);

/** A period must end on a real calendar day, or no term could ever be billed. */
function checkReachable(ctx: ChargebeeContext, param: string, period: number, unit: NonNullable<ItemPriceRecord['period_unit']>): void {
  if (!(addPeriod(ctx.now(), period, unit) <= LAST_DAY)) throw wrongValue(param, 'is too long: the period would end after the year 9999');
}

export function findItemPrice(ctx: ChargebeeContext, id: string, param?: string): ItemPriceRecord {
  const price = ctx.state.get<ItemPriceRecord>('itemPrice', id);
  if (!price || price.deleted) throw notFound('Item price', id, param);
  return price;
}

/** Tiers must start at unit 1 and follow on without gaps; only the last is open-ended. */
function readTiers(group: unknown): TierRecord[] {
  const rows = rowsOf(group);
  if (rows.length === 0) throw blank('tiers[starting_unit][0]');
  let expected = 1;
  return rows.map((row, i) => {
    const tier: TierRecord = {
      starting_unit: rowValue<number>(row, 'tiers', 'starting_unit'),
      price: rowValue<number>(row, 'tiers', 'price'),
    };
    const ending = row.fields.ending_unit as number | undefined;
    if (tier.starting_unit !== expected) throw wrongValue(`tiers[starting_unit][${row.index}]`, `must be ${expected}, following on from the tier before`);
    const last = i === rows.length - 1;
    if (!last && ending === undefined) throw blank(`tiers[ending_unit][${row.index}]`);
    if (last && ending !== undefined) throw wrongValue(`tiers[ending_unit][${row.index}]`, 'must be left out for the last tier, which has no upper bound');
    if (ending !== undefined) {
      if (ending < tier.starting_unit) throw wrongValue(`tiers[ending_unit][${row.index}]`, 'must not be below starting_unit');
      tier.ending_unit = ending;
      expected = ending + 1;
    }
    return tier;
  });
}

/** Plans and addons recur: they need a billing period; charges are one-off and take none. */
function applyPeriods(ctx: ChargebeeContext, price: ItemPriceRecord, body: Record<string, unknown>): void {
  if (price.item_type === 'charge') {
    for (const param of ['period', 'period_unit', 'trial_period', 'trial_period_unit']) {
      if (body[param] !== undefined) throw wrongValue(param, `cannot be given for a charge item price; charges do not recur`);
    }
    return;
  }
  if (body.period_unit === undefined) throw blank('period_unit');
  price.period_unit = body.period_unit as ItemPriceRecord['period_unit'];
  price.period = (body.period as number | undefined) ?? 1;
  if (price.period < 1) throw wrongValue('period', 'must be at least 1');
  checkReachable(ctx, 'period', price.period, price.period_unit!);
  if ((body.trial_period === undefined) !== (body.trial_period_unit === undefined)) {
    throw blank(body.trial_period === undefined ? 'trial_period' : 'trial_period_unit');
  }
  if (body.trial_period !== undefined) {
    if (price.item_type !== 'plan') throw wrongValue('trial_period', 'can only be given for a plan item price');
    price.trial_period = body.trial_period as number;
    price.trial_period_unit = body.trial_period_unit as ItemPriceRecord['trial_period_unit'];
    checkReachable(ctx, 'trial_period', price.trial_period, price.trial_period_unit!);
  }
}

export const itemPriceHandlers = {
  createItemPrice(req, ctx) {
    const body = req.body;
    // decimal prices and price variants need site features this simulator does not model
    refuseUnmodelled(body, ['price_in_decimal', 'free_quantity_in_decimal', 'price_variant_id', 'tax_providers_fields']);
    requireText(body, ['id', 'name', 'item_id']);
    if (ctx.state.store.has('itemPrice', body.id)) throw duplicate('id', body.id);
    const item = findItem(ctx, body.item_id, 'item_id');
    const currency = (body.currency_code as string | undefined) ?? ctx.state.site.baseCurrency;
    if (!/^[A-Z]{3}$/.test(currency)) throw wrongValue('currency_code', 'must be an ISO 4217 code in capitals, e.g. USD');
    const model = (body.pricing_model as ItemPriceRecord['pricing_model'] | undefined) ?? 'flat_fee';
    const now = nowSec(ctx);
    const price: ItemPriceRecord = {
      id: body.id,
      object: 'item_price',
      name: body.name,
      external_name: body.name,
      item_id: item.id,
      item_family_id: item.item_family_id,
      item_type: item.type,
      status: 'active',
      pricing_model: model,
      currency_code: currency,
      free_quantity: 0,
      is_taxable: true,
      show_description_in_invoices: false,
      show_description_in_quotes: false,
      channel: 'web',
      created_at: now,
      deleted: false,
    };
    copyGiven(price, body, FIELDS);
    if (TIERED.has(model)) {
      if (body.price !== undefined) throw wrongValue('price', `cannot be given with pricing_model ${model}; give tiers instead`);
      price.tiers = readTiers(body.tiers);
    } else {
      if (body.tiers !== undefined) throw wrongValue('tiers[starting_unit][0]', `cannot be given with pricing_model ${model}`);
      price.price = (body.price as number | undefined) ?? 0;
    }
    applyPeriods(ctx, price, body);
    if (body.metadata !== undefined) price.metadata = jsonText(body.metadata, 'metadata', 'object');
    touch(ctx, price);
    ctx.state.add('itemPrice', price);
    emit(ctx, 'item_price_created', { item_price: price });
    return { status: 200, body: { item_price: price } };
  },

  listItemPrices(req, ctx) {
    return listAnswer(ctx.state, ctx.state.store.values<ItemPriceRecord>('itemPrice'), req.query, {
      entry: (item_price) => ({ item_price }),
      deletable: true,
    });
  },

  retrieveItemPrice(req, ctx) {
    return { status: 200, body: { item_price: findItemPrice(ctx, req.params['item-price-id']!) } };
  },
} satisfies Partial<ChargebeeHandlers>;
