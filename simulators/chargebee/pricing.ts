import { wrongValue } from './errors.js';
import type { ItemPriceRecord, TierRecord } from './records.js';

/** What an item price charges for a quantity, in minor units, with the tiers it went through. */
export interface Charge {
  quantity: number;
  unitAmount: number;
  amount: number;
  tiers?: { starting_unit: number; ending_unit?: number; quantity_used: number; unit_amount: number }[];
}

function tierOf(tiers: TierRecord[], quantity: number): TierRecord {
  return tiers.find((t) => quantity >= t.starting_unit && (t.ending_unit === undefined || quantity <= t.ending_unit)) ?? tiers[tiers.length - 1]!;
}

/** Graduated: each unit priced by the tier it falls in. */
function graduated(tiers: TierRecord[], quantity: number): Charge {
  let amount = 0;
  const used: NonNullable<Charge['tiers']> = [];
  for (const t of tiers) {
    const top = t.ending_unit ?? Number.POSITIVE_INFINITY;
    const units = Math.max(0, Math.min(quantity, top) - t.starting_unit + 1);
    if (units === 0) continue;
    amount += units * t.price;
    used.push({ starting_unit: t.starting_unit, ending_unit: t.ending_unit, quantity_used: units, unit_amount: t.price });
  }
  return { quantity, unitAmount: quantity ? Math.round(amount / quantity) : 0, amount, tiers: used };
}

/**
 * Chargebee's pricing models: flat_fee (one price whatever the quantity), per_unit (price times
 * the quantity above the free quantity), tiered (graduated), volume (every unit at the rate of the
 * tier the quantity reaches), stairstep (the flat price of that tier). `unitPrice` overrides the
 * item price's price where a request may (flat_fee and per_unit only).
 */
export function chargeFor(price: ItemPriceRecord, quantity: number, unitPrice: number | undefined, param: string): Charge {
  if (unitPrice !== undefined && price.pricing_model !== 'flat_fee' && price.pricing_model !== 'per_unit') {
    throw wrongValue(param, `cannot be given for item price '${price.id}', whose pricing model ${price.pricing_model} prices by tiers`);
  }
  const unit = unitPrice ?? price.price ?? 0;
  switch (price.pricing_model) {
    case 'flat_fee':
      return { quantity: 1, unitAmount: unit, amount: unit };
    case 'per_unit': {
      const billable = Math.max(0, quantity - price.free_quantity);
      return { quantity, unitAmount: unit, amount: unit * billable };
    }
    case 'tiered':
      return graduated(price.tiers ?? [], quantity);
    case 'volume': {
      const t = tierOf(price.tiers ?? [], quantity);
      return { quantity, unitAmount: t.price, amount: t.price * quantity, tiers: [{ starting_unit: t.starting_unit, ending_unit: t.ending_unit, quantity_used: quantity, unit_amount: t.price }] };
    }
    case 'stairstep': {
      const t = tierOf(price.tiers ?? [], quantity);
      return { quantity, unitAmount: t.price, amount: t.price, tiers: [{ starting_unit: t.starting_unit, ending_unit: t.ending_unit, quantity_used: quantity, unit_amount: t.price }] };
    }
  }
}
