import { entitlementCardErrors } from './entitlement-cards.js';
import { badRequest } from './errors.js';
import type { TogaiContext } from './notifications.js';
import type { CurrencyRate, FixedFeeRateCard, InvoiceTiming, MinimumCommitment, OpaqueCard, PricingRuleRecord, RateCardDetails, RateCardRecord, RateCardType, RateValue, RatePlan, UsageRateCard } from './plan-records.js';

/**
 * Rate cards in both of Togai's shapes: v2 keeps them as a list of named cards (RateCard), v1
 * as per-kind lists inside PricePlanDetails. The simulator stores the v2 list and converts.
 */

/** PricePlanDetails' per-kind lists, as v1 requests carry them and v1 views show them. */
export interface DetailsCards {
  usageRateCards?: UsageRateCard[];
  fixedFeeRateCards?: FixedFeeRateCard[];
  licenseRateCards?: OpaqueCard[];
  billingEntitlementRateCards?: OpaqueCard[];
  entitlementOverageRateCards?: OpaqueCard[];
  creditGrantRateCards?: OpaqueCard[];
  minimumCommitment?: MinimumCommitment;
}

const DETAIL_KEY: Record<RateCardType, keyof RateCardDetails> = {
  USAGE: 'usageRateCard',
  FIXED_FEE: 'fixedFeeRateCard',
  MINIMUM_COMMITMENT: 'minimumCommitmentRateCard',
  LICENSE: 'licenseRateCard',
  BILLING_ENTITLEMENT: 'billingEntitlementRateCard',
  ENTITLEMENT_OVERAGE: 'entitlementOverageRateCard',
  CREDIT_GRANT: 'creditGrantRateCard',
};

const LIST_KEY: Record<Exclude<RateCardType, 'MINIMUM_COMMITMENT'>, keyof DetailsCards> = {
  USAGE: 'usageRateCards',
  FIXED_FEE: 'fixedFeeRateCards',
  LICENSE: 'licenseRateCards',
  BILLING_ENTITLEMENT: 'billingEntitlementRateCards',
  ENTITLEMENT_OVERAGE: 'entitlementOverageRateCards',
  CREDIT_GRANT: 'creditGrantRateCards',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What a card bills against: the usage meter, the add-on or the feature it prices. */
function billableOf(type: RateCardType, body: Record<string, unknown>): string {
  if (type === 'USAGE') return String(body.usageMeterId);
  if (type === 'BILLING_ENTITLEMENT' || type === 'ENTITLEMENT_OVERAGE') return String(body.featureId);
  if (type === 'MINIMUM_COMMITMENT') return 'minimum_commitment';
  return String(body.id);
}

function timingOf(type: RateCardType, body: Record<string, unknown>): InvoiceTiming {
  return (str(body.invoiceTiming) as InvoiceTiming | undefined) ?? (type === 'BILLING_ENTITLEMENT' ? 'IN_ADVANCE' : 'IN_ARREARS');
}

/** A name not yet taken: the card's own, or one made from its kind and what it bills. */
function uniqueName(wanted: string | undefined, type: RateCardType, billableId: string, taken: Set<string>): string {
  const base = wanted ?? (type === 'MINIMUM_COMMITMENT' ? 'minimum_commitment' : `${type.toLowerCase()}_${billableId}`);
  let name = base;
  for (let n = 2; taken.has(name) && !wanted; n++) name = `${base}_${n}`;
  if (taken.has(name)) throw badRequest(`Two rate cards are named '${name}'; rate card names must be unique within a price plan`);
  taken.add(name);
  return name;
}

function card(type: RateCardType, body: Record<string, unknown>, taken: Set<string>): RateCardRecord {
  const billableId = billableOf(type, body);
  const name = uniqueName(str(body.name), type, billableId, taken);
  const details: RateCardDetails = { [DETAIL_KEY[type]]: type === 'MINIMUM_COMMITMENT' ? body : { ...body, name } };
  const tag = str(body.tag);
  return { name, type, billableId, displayName: str(body.displayName) ?? name, invoiceTiming: timingOf(type, body), ...(tag ? { tag } : {}), details };
}

/** The cards of a v1 PricePlanDetails (or override), in the order of its lists. */
export function cardsFromDetails(details: DetailsCards): RateCardRecord[] {
  const taken = new Set<string>();
  const cards: RateCardRecord[] = [];
  for (const [type, key] of Object.entries(LIST_KEY) as [Exclude<RateCardType, 'MINIMUM_COMMITMENT'>, keyof DetailsCards][]) {
    for (const body of (details[key] as Record<string, unknown>[] | undefined) ?? []) cards.push(card(type, body, taken));
  }
  if (details.minimumCommitment) cards.push(card('MINIMUM_COMMITMENT', details.minimumCommitment as unknown as Record<string, unknown>, taken));
  return cards;
}

/** Replace, kind by kind, the cards an override gives lists for (v1 pricePlanDetailsOverride). */
export function overrideCards(base: RateCardRecord[], override: DetailsCards): RateCardRecord[] {
  const replaced = new Set<RateCardType>();
  for (const [type, key] of Object.entries(LIST_KEY) as [RateCardType, keyof DetailsCards][]) if (override[key] !== undefined) replaced.add(type);
  if (override.minimumCommitment) replaced.add('MINIMUM_COMMITMENT');
  const kept = base.filter((c) => !replaced.has(c.type));
  const added = cardsFromDetails(override);
  const taken = new Set(kept.map((c) => c.name));
  for (const c of added) if (taken.has(c.name)) throw badRequest(`pricePlanDetailsOverride: rate card name '${c.name}' is already used by the price plan`);
  return [...kept, ...added];
}

/** The per-kind lists of PricePlanDetails for a card list; empty kinds are left out. */
export function detailsOf(cards: RateCardRecord[]): DetailsCards {
  const out: Record<string, unknown> = {};
  for (const c of cards) {
    const body = c.details[DETAIL_KEY[c.type]];
    if (c.type === 'MINIMUM_COMMITMENT') out.minimumCommitment = body;
    else ((out[LIST_KEY[c.type]] ??= []) as unknown[]).push(body);
  }
  return out as DetailsCards;
}

// The card models that carry their own invoiceTiming; the RateCard's one is copied into them.
const TIMED = new Set<RateCardType>(['FIXED_FEE', 'LICENSE', 'BILLING_ENTITLEMENT', 'CREDIT_GRANT']);

export interface RateCardData {
  billableId: string;
  type: RateCardType;
  displayName?: string;
  invoiceTiming: InvoiceTiming;
  rateCardDetails: RateCardDetails;
  tag?: string;
}

/** A v2 card from a RateCardOperation: its body must be the one its type names, for the billable it names. */
export function cardFromData(name: string, data: RateCardData, at: string): RateCardRecord {
  const key = DETAIL_KEY[data.type];
  const given = Object.keys(data.rateCardDetails);
  const body = data.rateCardDetails[key] as Record<string, unknown> | undefined;
  if (!body || given.length !== 1) throw badRequest(`${at}.rateCardDetails must hold exactly '${key}' for a ${data.type} rate card (it has ${given.join(', ') || 'nothing'})`);
  const billable = billableOf(data.type, body);
  if (data.type !== 'MINIMUM_COMMITMENT' && billable !== data.billableId) {
    throw badRequest(`${at}.billableId is '${data.billableId}' but its ${key} is for '${billable}'; they must be the same`);
  }
  const stored = data.type === 'MINIMUM_COMMITMENT' ? body : { ...body, name, ...(TIMED.has(data.type) ? { invoiceTiming: data.invoiceTiming } : {}) };
  return {
    name,
    type: data.type,
    billableId: data.billableId,
    displayName: data.displayName ?? str(body.displayName) ?? name,
    invoiceTiming: data.invoiceTiming,
    ...(data.tag ? { tag: data.tag } : {}),
    details: { [key]: stored },
  };
}

/** The RateCard model of a stored card; `owner` is the plan version or account schedule holding it. */
export function rateCardView(c: RateCardRecord, owner: { referenceId: string; referenceType: 'PRICE_PLAN' | 'ACCOUNT_SCHEDULE'; pricePlanId: string; accountId?: string }) {
  const currencies = currenciesOf(c);
  return {
    billableId: c.billableId,
    type: c.type,
    displayName: c.displayName,
    invoiceTiming: c.invoiceTiming,
    rateCardDetails: c.details,
    ...(c.tag ? { tag: c.tag } : {}),
    name: c.name,
    referenceId: owner.referenceId,
    referenceType: owner.referenceType,
    ...(currencies.length ? { currencies } : {}),
    pricePlanId: owner.pricePlanId,
    ...(owner.accountId ? { accountId: owner.accountId } : {}),
  };
}

function ratePlanOf(c: RateCardRecord): { ratePlan?: RatePlan; rateValues?: RateValue[] } {
  return (c.details[DETAIL_KEY[c.type]] ?? {}) as { ratePlan?: RatePlan; rateValues?: RateValue[] };
}

/** The currencies a card has rates in. */
function currenciesOf(c: RateCardRecord): string[] {
  const body = c.details[DETAIL_KEY[c.type]] as Record<string, unknown>;
  if (c.type === 'FIXED_FEE' || c.type === 'MINIMUM_COMMITMENT') return ((body.rateValues as CurrencyRate[] | undefined) ?? []).map((r) => r.currency);
  if (c.type === 'CREDIT_GRANT') {
    const details = (body.rateDetails as { currencySlabRateDetails?: { currency: string }[] } | undefined)?.currencySlabRateDetails ?? [];
    return details.map((d) => d.currency);
  }
  return (ratePlanOf(c).rateValues ?? []).map((r) => r.currency);
}

export interface CardError {
  entityId: string;
  entityType: 'RATE_CARD' | 'PRICE_PLAN' | 'PRICING_RULE';
  errorMessage: string;
}

// An invoice line item lists at most 50 children, and a plan's cards sit under one line.
const MAX_CARDS = 50;

/**
 * Why cards cannot bill in `currencies`: unknown meters, slabs out of order, a currency without
 * rates, a rate missing for a slab. Used for v1's 400s and v2's errors list.
 */
export function cardErrors(ctx: TogaiContext, cards: RateCardRecord[], supported: string[], currencies: string[]): CardError[] {
  const errors: CardError[] = [];
  const fail = (c: RateCardRecord, message: string) => errors.push({ entityId: c.name, entityType: 'RATE_CARD', errorMessage: `${c.type} rate card '${c.name}': ${message}` });
  if (cards.length > MAX_CARDS) errors.push({ entityId: 'rateCards', entityType: 'PRICE_PLAN', errorMessage: `a price plan holds at most ${MAX_CARDS} rate cards, this one has ${cards.length}` });
  if (cards.filter((c) => c.type === 'MINIMUM_COMMITMENT').length > 1) errors.push({ entityId: 'minimumCommitment', entityType: 'PRICE_PLAN', errorMessage: 'a price plan has at most one minimum commitment' });
  for (const e of entitlementCardErrors(ctx, cards)) fail(e.card, e.message);
  for (const c of cards) {
    if (c.type === 'USAGE' && !ctx.state.store.has('usageMeter', c.billableId)) fail(c, `usage meter '${c.billableId}' does not exist`);
    for (const currency of currenciesOf(c)) if (!supported.includes(currency)) fail(c, `has rates in ${currency}, which is not among supportedCurrencies (${supported.join(', ')})`);
    for (const currency of currencies) if (!currenciesOf(c).includes(currency)) fail(c, `has no rate values in ${currency}`);
    const { ratePlan, rateValues } = ratePlanOf(c);
    if (!ratePlan) continue;
    const sorted = [...ratePlan.slabs].sort((a, b) => a.order - b.order);
    sorted.forEach((s, j) => {
      const before = sorted[j - 1];
      if (before && s.order === before.order) fail(c, `repeats slab order ${s.order}`);
      else if (before && s.startAfter <= before.startAfter) fail(c, `slab ${s.order} must start after slab ${before.order} (startAfter ${s.startAfter} <= ${before.startAfter})`);
    });
    for (const s of sorted) {
      const size = s.slabConfig?.packageSize;
      if (size !== undefined && !(Number(size) > 0)) fail(c, `slab ${s.order} has packageSize '${size}'; it must be a number above 0`);
    }
    for (const rv of rateValues ?? []) {
      for (const s of sorted) if (!rv.slabRates.some((r) => r.order === s.order)) fail(c, `rate values in ${rv.currency} have no rate for slab ${s.order}`);
      for (const [key, value] of Object.entries(rv.rateConfig ?? {})) {
        if (PRICED_RATE_CONFIG.has(key) && !Number.isFinite(Number(value))) fail(c, `rateConfig ${key} in ${rv.currency} is '${value}'; it must be a number`);
      }
    }
  }
  return errors;
}

const NOT_DEFERRABLE = new Set<RateCardType>(['CREDIT_GRANT', 'BILLING_ENTITLEMENT', 'ENTITLEMENT_OVERAGE']);

/** The pages' limits on a deferredRevenue plan: no grants or entitlements, nothing billed in advance. */
export function deferredErrors(cards: RateCardRecord[], deferredRevenue: boolean | undefined): CardError[] {
  if (!deferredRevenue) return [];
  return cards
    .filter((c) => NOT_DEFERRABLE.has(c.type) || (c.invoiceTiming === 'IN_ADVANCE' && (c.type === 'FIXED_FEE' || c.type === 'LICENSE')))
    .map((c) => ({ entityId: c.name, entityType: 'RATE_CARD', errorMessage: `${c.type} rate card '${c.name}'${c.invoiceTiming === 'IN_ADVANCE' ? ' (IN_ADVANCE)' : ''} is not allowed on a deferredRevenue price plan` }));
}

const PRICED_RATE_CONFIG = new Set(['minimumRate', 'maximumRate']);

/**
 * Why an account cannot be billed on these cards and rules yet: what the simulator would have
 * to ignore, and so charge wrongly. Storing and showing them is fine; billing on them is refused.
 */
export function unsimulated(cards: RateCardRecord[], rules: PricingRuleRecord[]): string | undefined {
  const later = 'comes with prepaid plans, the next step of the harness';
  if (rules.length) return `pricing rules (${rules.map((r) => `'${r.name}'`).join(', ')}) would change invoice amounts and are not simulated yet`;
  for (const c of cards) {
    const what = `${c.type} rate card '${c.name}'`;
    if (c.type === 'LICENSE' || c.type === 'ENTITLEMENT_OVERAGE' || c.type === 'CREDIT_GRANT') return `${what} is not simulated yet: billing it ${later}`;
    // billing entitlements are granted and billed by feature-credits.ts and pricing.ts, in any timing
    if (c.type === 'BILLING_ENTITLEMENT') continue;
    if (c.invoiceTiming === 'PREPAID') return `${what} is PREPAID, which is not simulated yet: it ${later}`;
    if (c.invoiceTiming === 'IN_ADVANCE' && c.type !== 'FIXED_FEE') return `${what} is IN_ADVANCE; only fixed fees are billed in advance in this simulator`;
    const fee = c.details.fixedFeeRateCard;
    if (fee?.recurrenceConfig && (fee.recurrenceConfig.interval !== undefined || fee.recurrenceConfig.offset !== undefined)) return `${what} has a recurrenceConfig, which is not simulated yet`;
    const usage = c.details.usageRateCard;
    for (const rv of usage?.rateValues ?? []) {
      const unknown = Object.keys(rv.rateConfig ?? {}).filter((k) => !PRICED_RATE_CONFIG.has(k));
      if (unknown.length) return `${what} has rateConfig ${unknown.join(', ')} in ${rv.currency}; only minimumRate and maximumRate are simulated`;
      if (rv.slabRates.some((r) => Object.keys(r.slabRateConfig ?? {}).length)) return `${what} has a slabRateConfig in ${rv.currency}, which is not simulated yet`;
    }
    for (const s of usage?.ratePlan.slabs ?? []) {
      const keys = Object.keys(s.slabConfig ?? {}).filter((k) => !(s.priceType === 'PACKAGE' && k === 'packageSize'));
      if (keys.length) return `${what} slab ${s.order} has slabConfig ${keys.join(', ')}; only packageSize (of PACKAGE slabs) is simulated`;
    }
  }
  return undefined;
}
