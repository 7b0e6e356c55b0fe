import type { ChargeRecord, SubscriptionRecord } from './records.js';

/** Charge model as subscriptions name it (get_subscriptionsbykey.md shows `FlatFee`, `DiscountFixedAmount`, `Delivery`). */
const MODELS: Record<string, string> = {
  'Flat Fee Pricing': 'FlatFee',
  'Per Unit Pricing': 'PerUnit',
  'Tiered Pricing': 'Tiered',
  'Volume Pricing': 'Volume',
  'Overage Pricing': 'Overage',
  'Tiered with Overage Pricing': 'TieredWithOverage',
  'Discount-Fixed Amount': 'DiscountFixedAmount',
  'Discount-Percentage': 'DiscountPercentage',
  'Delivery Pricing': 'Delivery',
};

export function modelName(chargeModel: string): string {
  return MODELS[chargeModel] ?? chargeModel.replace(/[^A-Za-z]/g, '');
}

const MONTHS_PER_PERIOD: Record<string, number> = { Month: 1, Quarter: 3, 'Semi-Annual': 6, Annual: 12, Week: 12 / 52 };

interface Tier {
  Currency?: string;
  Price?: number;
}

export function tiersOf(charge: ChargeRecord): Tier[] {
  const data = charge.fields.ProductRatePlanChargeTierData as { ProductRatePlanChargeTier?: Tier[] } | undefined;
  return Array.isArray(data?.ProductRatePlanChargeTier) ? data.ProductRatePlanChargeTier : [];
}

/** The list price in a currency: the first tier for it (tiers without a currency count for every currency). */
export function priceOf(charge: ChargeRecord, currency: string): number | null {
  const tier = tiersOf(charge).find((t) => t.Currency === undefined || t.Currency === currency);
  return typeof tier?.Price === 'number' ? tier.Price : null;
}

/**
 * Monthly recurring revenue of one charge: recurring charges only, price × quantity spread over
 * the months of the billing period. An approximation of Zuora's metric for the account and
 * subscription views; the reference does not define the computation.
 */
export function monthlyValue(type: string, model: string, price: number | null, quantity: number | null, billingPeriod: string): number {
  const months = MONTHS_PER_PERIOD[billingPeriod];
  if (type !== 'Recurring' || price === null || months === undefined) return 0;
  const units = model === 'FlatFee' ? 1 : (quantity ?? 1);
  return (price * units) / months;
}

/** Length of a subscription's current term in months; an evergreen subscription is valued over a year. */
export function termMonths(s: Pick<SubscriptionRecord, 'termType' | 'initialTerm' | 'initialTermPeriodType'>): number {
  if (s.termType === 'EVERGREEN') return 12;
  const per = { Month: 1, Year: 12, Week: 12 / 52, Day: 12 / 365 }[s.initialTermPeriodType];
  return s.initialTerm * per;
}
