import type { LineItem, PricePlanDetails, Slab, UsageRateCard } from './records.js';

/** Money as Togai shows it: no float noise, at most 6 decimals. */
export function money(n: number): number {
  return Math.round(n * 1e6) / 1e6;
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

export interface SlabLine {
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
export function priceUsage(card: UsageRateCard, currency: string, quantity: number): { value: number; lines: SlabLine[] } {
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

export interface MeterNames {
  (usageMeterId: string): string;
}

/** The invoice's usage and revenue lines for the usage of one cycle. */
export function invoiceLines(
  details: PricePlanDetails,
  currency: string,
  usage: Record<string, number>,
  meterName: MeterNames,
): { usageInfo: LineItem[]; revenueInfo: LineItem } {
  const usageInfo: LineItem[] = [];
  const revenueLines: LineItem[] = [];
  for (const card of details.usageRateCards ?? []) {
    const quantity = money(usage[card.usageMeterId] ?? 0);
    const priced = priceUsage(card, currency, quantity);
    const meta = { usageMeterId: card.usageMeterId, usageMeterName: meterName(card.usageMeterId), pricingModel: card.ratePlan.pricingModel };
    const slabLines: LineItem[] = priced.lines.map((l) => ({
      type: 'USAGE_RATE_CARD_SLAB_REVENUE',
      description: `${card.displayName}: slab ${l.slab.order} (${l.slab.priceType}, above ${l.slab.startAfter})`,
      quantity: money(l.units),
      valuePerQuantity: l.rate,
      value: l.value,
      metadata: { order: l.slab.order, startAfter: l.slab.startAfter, priceType: l.slab.priceType },
      lineItems: [],
    }));
    const perUnit = quantity > 0 ? money(priced.value / quantity) : 0;
    const line = { description: card.displayName, quantity, valuePerQuantity: perUnit, value: priced.value, metadata: meta, lineItems: slabLines };
    usageInfo.push({ type: 'USAGE_METER_USAGE', ...line });
    revenueLines.push({ type: 'USAGE_RATE_CARD_REVENUE', ...line });
  }
  for (const fee of details.fixedFeeRateCards ?? []) {
    const rate = fee.rateValues.find((r) => r.currency === currency)?.rate ?? 0;
    revenueLines.push({
      type: 'FIXED_FEE_REVENUE',
      description: fee.displayName ?? fee.id,
      quantity: 1,
      valuePerQuantity: rate,
      value: money(rate),
      metadata: { fixedFeeId: fee.id, invoiceTiming: fee.invoiceTiming ?? 'IN_ARREARS' },
      lineItems: [],
    });
  }
  const gross = money(revenueLines.reduce((sum, l) => sum + (l.value ?? 0), 0));
  const minimum = details.minimumCommitment?.rateValues.find((r) => r.currency === currency)?.rate;
  const net = minimum !== undefined && gross < minimum ? money(minimum) : gross;
  const grossLine: LineItem = { type: 'GROSS_REVENUE', description: 'Gross revenue', value: gross, lineItems: revenueLines };
  const netLines = [grossLine];
  if (net !== gross) {
    netLines.push({
      type: 'MINIMUM_COMMITMENT',
      description: details.minimumCommitment!.displayName,
      value: money(net - gross),
      lineItems: [],
    });
  }
  return { usageInfo, revenueInfo: { type: 'NET_REVENUE', description: 'Net revenue', value: net, lineItems: netLines } };
}
