import type { LineItem, MiscChargeRecord } from './invoice-records.js';
import { entitlementCard, recursIn, type EntitlementCard } from './entitlement-cards.js';
import type { FixedFeeRateCard, RateCardRecord, Slab, UsageRateCard } from './plan-records.js';

/**
 * The pricing engine: what one cycle's rate cards come to. Only the kinds accounts can be billed
 * on are priced here (usage, fixed fees, minimum commitment, billing entitlements); rate-cards.ts refuses the others
 * before an account is put on them. Line item types and their nesting follow InvoiceLineItem's
 * description: TOTAL_AMOUNT > NET_AMOUNT > GROSS_AMOUNT > PRICE_PLAN_AMOUNT (SUB_TOTAL_AMOUNT of
 * the rate cards, plus TRUE_UP_AMOUNT up to the minimum commitment), the in-advance fees and the
 * miscellaneous charges beside it.
 */

/** Money as Togai shows it: no float noise, at most 6 decimals. */
export function money(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The largest amount taken as input (money or credits): past it sums could overflow to Infinity, sent as null. */
export const MAX_AMOUNT = 1e12;

/** Why `value` is no amount `field` can hold: more than 0 once rounded (or 0 or more with `zero`), at most MAX_AMOUNT. */
export function amountError(field: string, value: number | undefined, zero = false): string | undefined {
  const least = zero ? '0 or more' : 'more than 0';
  if (typeof value !== 'number' || !(zero ? money(value) >= 0 : money(value) > 0)) return `${field} must be ${least} (at most 6 decimals count), got ${value}`;
  if (value > MAX_AMOUNT) return `${field} must be at most ${MAX_AMOUNT}, got ${value}`;
  return undefined;
}

function slabCharge(slab: Slab, rate: number, units: number): number {
  if (units <= 0) return 0;
  switch (slab.priceType) {
    case 'FLAT':
      return rate;
    case 'PACKAGE': {
      const size = Number(slab.slabConfig?.packageSize ?? 1) || 1;
      return Math.ceil(units / size) * rate;
    }
    default:
      return units * rate;
  }
}

interface SlabLine {
  slab: Slab;
  rate: number;
  units: number;
  value: number;
}

/**
 * Price a quantity with a rate card in one currency. TIERED fills each slab in turn
 * (slab n holds what lies above its `startAfter` and up to the next slab's); VOLUME prices
 * the whole quantity at the slab the quantity falls in.
 */
function priceUsage(card: UsageRateCard, currency: string, quantity: number): { value: number; lines: SlabLine[] } {
  const slabs = [...card.ratePlan.slabs].sort((a, b) => a.order - b.order);
  const rates = card.rateValues.find((r) => r.currency === currency)?.slabRates ?? [];
  const rateOf = (order: number) => rates.find((r) => r.order === order)?.rate ?? 0;
  if (card.ratePlan.pricingModel === 'VOLUME') {
    let chosen = slabs[0]!;
    for (const s of slabs) if (quantity > s.startAfter) chosen = s;
    const value = money(slabCharge(chosen, rateOf(chosen.order), quantity));
    return { value, lines: [{ slab: chosen, rate: rateOf(chosen.order), units: quantity, value }] };
  }
  const lines = slabs.map((slab, i) => {
    const upper = slabs[i + 1]?.startAfter ?? Infinity;
    const units = Math.max(0, Math.min(quantity, upper) - slab.startAfter);
    return { slab, rate: rateOf(slab.order), units, value: money(slabCharge(slab, rateOf(slab.order), units)) };
  });
  return { value: money(lines.reduce((sum, l) => sum + l.value, 0)), lines };
}

function sum(lines: LineItem[]): number {
  return money(lines.reduce((total, l) => total + l.value, 0));
}

/** `minimumRate` / `maximumRate` of a rate value bound what the card may come to in a cycle. */
function rateConfigAdjustment(card: UsageRateCard, currency: string, value: number): number {
  const config = card.rateValues.find((r) => r.currency === currency)?.rateConfig ?? {};
  let adjusted = value;
  if (config.minimumRate !== undefined) adjusted = Math.max(adjusted, Number(config.minimumRate));
  if (config.maximumRate !== undefined) adjusted = Math.min(adjusted, Number(config.maximumRate));
  return money(adjusted - value);
}

function usageCardLine(rc: RateCardRecord, card: UsageRateCard, currency: string, quantity: number, meterName: string): LineItem {
  const priced = priceUsage(card, currency, quantity);
  const children: LineItem[] = priced.lines.map((l) => ({
    type: 'USAGE_RATE_CARD_SLAB_AMOUNT',
    description: `${rc.displayName}: slab ${l.slab.order} (${l.slab.priceType}, above ${l.slab.startAfter})`,
    quantity: money(l.units),
    valuePerQuantity: l.rate,
    value: l.value,
    metadata: { order: l.slab.order, startAfter: l.slab.startAfter, priceType: l.slab.priceType },
    lineItems: [],
  }));
  const adjustment = rateConfigAdjustment(card, currency, priced.value);
  if (adjustment !== 0) {
    children.push({ type: 'RATE_CONFIG_ADJUSTMENT_AMOUNT', description: `${rc.displayName}: minimum / maximum rate`, value: adjustment, lineItems: [] });
  }
  const value = money(priced.value + adjustment);
  return {
    type: 'USAGE_RATE_CARD_AMOUNT',
    description: rc.displayName,
    quantity,
    valuePerQuantity: quantity > 0 ? money(value / quantity) : 0,
    value,
    metadata: { rateCardName: rc.name, usageMeterId: card.usageMeterId, usageMeterName: meterName, pricingModel: card.ratePlan.pricingModel, ...(rc.tag ? { tag: rc.tag } : {}) },
    lineItems: children,
  };
}

/** Whether a fixed fee is due in a cycle: a ONE_TIME fee only in the first cycle of its schedule. */
function feeApplies(fee: FixedFeeRateCard, firstCycle: boolean): boolean {
  return fee.type !== 'ONE_TIME' || firstCycle;
}

function feeLine(type: string, rc: RateCardRecord, fee: FixedFeeRateCard, currency: string, proration: number): LineItem {
  const rate = fee.rateValues.find((r) => r.currency === currency)?.rate ?? 0;
  const share = fee.enableProration ? proration : 1;
  return {
    type,
    description: rc.displayName,
    quantity: money(share),
    valuePerQuantity: rate,
    value: money(rate * share),
    metadata: { rateCardName: rc.name, billableId: rc.billableId, invoiceTiming: rc.invoiceTiming, ...(rc.tag ? { tag: rc.tag } : {}) },
    lineItems: [],
  };
}

/**
 * A billing entitlement card's fee in a cycle it grants in (entitlement-cards.ts): its rate plan
 * priced for the credits it grants, never prorated (the whole grant is given).
 */
function entitlementLine(type: string, rc: RateCardRecord, card: EntitlementCard, currency: string): LineItem {
  const quantity = card.featureConfigs[0]?.featureCreditLimit ?? 0;
  const { value } = priceUsage({ usageMeterId: card.featureId, ratePlan: card.ratePlan, rateValues: card.rateValues }, currency, quantity);
  return {
    type,
    description: rc.displayName,
    quantity,
    valuePerQuantity: quantity > 0 ? money(value / quantity) : 0,
    value,
    metadata: { rateCardName: rc.name, featureId: card.featureId, invoiceTiming: rc.invoiceTiming, ...(rc.tag ? { tag: rc.tag } : {}) },
    lineItems: [],
  };
}

interface CycleInput {
  cards: RateCardRecord[];
  currency: string;
  usage: Record<string, number>;
  proration: number;
  firstCycle: boolean;
  /** The cycle's place in its schedule (0 = first), for cards that recur every few cycles. */
  cycleIndex: number;
  meterName(usageMeterId: string): string;
}

/**
 * The in-arrears part of a cycle: its usage (one USAGE_METER_USAGE line per metered meter the
 * cards price; `value` is what its cards made of it) and its PRICE_PLAN_AMOUNT.
 */
export function cycleRevenue(input: CycleInput): { usageInfo: LineItem[]; planAmount: LineItem } {
  const cardLines: LineItem[] = [];
  const byMeter = new Map<string, number>();
  for (const rc of input.cards) {
    const usageCard = rc.details.usageRateCard;
    if (rc.type === 'USAGE' && usageCard) {
      const quantity = money(input.usage[usageCard.usageMeterId] ?? 0);
      const line = usageCardLine(rc, usageCard, input.currency, quantity, input.meterName(usageCard.usageMeterId));
      cardLines.push(line);
      byMeter.set(usageCard.usageMeterId, money((byMeter.get(usageCard.usageMeterId) ?? 0) + line.value));
    }
    const fee = rc.details.fixedFeeRateCard;
    if (rc.type === 'FIXED_FEE' && fee && rc.invoiceTiming === 'IN_ARREARS' && feeApplies(fee, input.firstCycle)) {
      cardLines.push(feeLine('FIXED_FEE_RATE_CARD_AMOUNT', rc, fee, input.currency, input.proration));
    }
    const entitlement = entitlementCard(rc);
    if (entitlement && rc.invoiceTiming === 'IN_ARREARS' && recursIn(entitlement, input.cycleIndex)) {
      cardLines.push(entitlementLine('BILLING_ENTITLEMENT_RATE_CARD_AMOUNT', rc, entitlement, input.currency));
    }
  }
  const usageInfo: LineItem[] = [...byMeter].map(([meterId, value]) => {
    const quantity = money(input.usage[meterId] ?? 0);
    return {
      type: 'USAGE_METER_USAGE',
      description: input.meterName(meterId),
      quantity,
      valuePerQuantity: quantity > 0 ? money(value / quantity) : 0,
      value,
      metadata: { usageMeterId: meterId, usageMeterName: input.meterName(meterId) },
      lineItems: [],
    };
  });
  const subTotal: LineItem = { type: 'SUB_TOTAL_AMOUNT', description: 'Sub total', value: sum(cardLines), lineItems: cardLines };
  const planLines = [subTotal];
  const commitment = input.cards.find((c) => c.type === 'MINIMUM_COMMITMENT')?.details.minimumCommitmentRateCard;
  const minimum = commitment?.rateValues.find((r) => r.currency === input.currency)?.rate;
  if (commitment && minimum !== undefined && minimum > subTotal.value) {
    planLines.push({ type: 'TRUE_UP_AMOUNT', description: commitment.displayName, value: money(minimum - subTotal.value), lineItems: [] });
  }
  return { usageInfo, planAmount: { type: 'PRICE_PLAN_AMOUNT', description: 'Price plan amount', value: sum(planLines), lineItems: planLines } };
}

/**
 * The in-advance fees of a cycle (TOTAL_ADVANCED_FEES), or undefined when it has none: fixed fees
 * billed IN_ADVANCE, and entitlement cards billed IN_ADVANCE or PREPAID (paid before use).
 */
export function advancedFees(cards: RateCardRecord[], currency: string, proration: number, firstCycle: boolean, cycleIndex: number): LineItem | undefined {
  const lines: LineItem[] = [];
  for (const rc of cards) {
    const fee = rc.details.fixedFeeRateCard;
    if (rc.type === 'FIXED_FEE' && fee && rc.invoiceTiming === 'IN_ADVANCE' && feeApplies(fee, firstCycle)) {
      lines.push(feeLine('ADVANCED_FIXED_FEE', rc, fee, currency, proration));
    }
    const entitlement = entitlementCard(rc);
    if (entitlement && rc.invoiceTiming !== 'IN_ARREARS' && recursIn(entitlement, cycleIndex)) {
      lines.push(entitlementLine('ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT', rc, entitlement, currency));
    }
  }
  if (lines.length === 0) return undefined;
  return { type: 'TOTAL_ADVANCED_FEES', description: 'Advanced fees', value: sum(lines), lineItems: lines };
}

/** A miscellaneous charge's amount: rate x quantity, or its fixed value. */
export function miscAmount(charge: MiscChargeRecord): number {
  if (charge.value !== undefined) return money(Number(charge.value));
  return money((charge.rate ?? 0) * (charge.quantity ?? 0));
}

/** The invoice's TOTAL_AMOUNT tree over its parts and miscellaneous charges (no discounts, so net = gross). */
export function invoiceTotal(parts: LineItem[], misc: MiscChargeRecord[]): LineItem {
  const grossLines = [...parts];
  if (misc.length) {
    const charges: LineItem[] = misc.map((c) => ({
      type: 'MISCELLANEOUS_CHARGE',
      description: c.name,
      ...(c.value === undefined ? { quantity: c.quantity ?? 0, valuePerQuantity: c.rate ?? 0 } : {}),
      value: miscAmount(c),
      metadata: { considerForRevenue: c.considerForRevenue ?? false },
      lineItems: [],
    }));
    grossLines.push({ type: 'TOTAL_MISCELLANEOUS_CHARGES', description: 'Miscellaneous charges', value: sum(charges), lineItems: charges });
  }
  const gross: LineItem = { type: 'GROSS_AMOUNT', description: 'Gross amount', value: sum(grossLines), lineItems: grossLines };
  const net: LineItem = { type: 'NET_AMOUNT', description: 'Net amount', value: gross.value, lineItems: [gross] };
  return { type: 'TOTAL_AMOUNT', description: 'Total amount', value: net.value, lineItems: [net] };
}
