/**
 * What the Togai simulator keeps of price plans, their rate cards and rules, and account schedules.
 * Field names follow the Togai contract.
 */

export type PricingCycleInterval = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'ANNUALLY';

export interface StartOffset {
  dayOffset: string;
  monthOffset: string;
}

export interface PricingCycleConfig {
  interval: PricingCycleInterval;
  startOffset?: StartOffset;
  gracePeriod: number;
  anniversaryCycle?: boolean;
}

export type InvoiceTiming = 'IN_ADVANCE' | 'IN_ARREARS' | 'PREPAID';

export interface Slab {
  order: number;
  startAfter: number;
  priceType: 'FLAT' | 'PER_UNIT' | 'PACKAGE';
  slabConfig?: Record<string, string>;
}

export interface RatePlan {
  pricingModel: 'TIERED' | 'VOLUME';
  slabs: Slab[];
}

export interface RateValue {
  currency: string;
  slabRates: { order: number; rate: number; slabRateConfig?: Record<string, string> }[];
  rateConfig?: Record<string, string>;
}

export interface UsageRateCard {
  displayName?: string;
  name?: string;
  tag?: string;
  usageMeterId: string;
  ratePlan: RatePlan;
  rateValues: RateValue[];
}

export interface CurrencyRate {
  currency: string;
  rate: number;
}

export interface FixedFeeRateCard {
  id: string;
  displayName?: string;
  name?: string;
  tag?: string;
  invoiceTiming?: InvoiceTiming;
  type?: 'ONE_TIME' | 'RECURRING';
  rateValues: CurrencyRate[];
  enableProration: boolean;
  recurrenceConfig?: { interval?: number; offset?: number };
}

export interface MinimumCommitment {
  displayName: string;
  rateValues: CurrencyRate[];
}

export type RateCardType = 'MINIMUM_COMMITMENT' | 'BILLING_ENTITLEMENT' | 'CREDIT_GRANT' | 'ENTITLEMENT_OVERAGE' | 'FIXED_FEE' | 'LICENSE' | 'USAGE';

/** A card body kept as the client gave it: the kinds the simulator stores and shows but does not price. */
export type OpaqueCard = Record<string, unknown>;

/** A rate card's body under the key RateCardDetails gives its type. */
export interface RateCardDetails {
  usageRateCard?: UsageRateCard;
  fixedFeeRateCard?: FixedFeeRateCard;
  minimumCommitmentRateCard?: MinimumCommitment;
  licenseRateCard?: OpaqueCard;
  billingEntitlementRateCard?: OpaqueCard;
  entitlementOverageRateCard?: OpaqueCard;
  creditGrantRateCard?: OpaqueCard;
}

/** One rate card of a plan version or an account schedule: v2's RateCard; v1 shows it inside PricePlanDetails. */
export interface RateCardRecord {
  /** Unique within its plan version or schedule. */
  name: string;
  type: RateCardType;
  billableId: string;
  displayName: string;
  invoiceTiming: InvoiceTiming;
  tag?: string;
  details: RateCardDetails;
}

export interface PricingRuleAction {
  type: string;
  target?: string;
  id?: string;
  description?: string;
  metadata?: Record<string, string>;
}

export interface PricingRuleRecord {
  id: string;
  name: string;
  version: number;
  invoiceTiming?: 'IN_ADVANCE' | 'IN_ARREARS';
  order: number;
  condition?: string;
  computation: string;
  action: PricingRuleAction;
}

/** One version of a price plan. Only the latest may be a DRAFT; finalised versions never change except by activating currencies. */
export interface PlanVersion {
  version: number;
  /** Togai's id for the version (a plan's pricing schedule), shown as `referenceId` and PricingSchedule.id. */
  referenceId: string;
  status: 'DRAFT' | 'ACTIVE';
  description?: string;
  pricingCycleConfig?: PricingCycleConfig;
  supportedCurrencies: string[];
  /** Currencies accounts may be billed in: set by v1 activation, or every supported one by v2 finalisation. */
  activeCurrencies: string[];
  deferredRevenue?: boolean;
  allowOngoingCycleUpdates?: boolean;
  rateCards: RateCardRecord[];
  pricingRules: PricingRuleRecord[];
  createdAt: string;
  updatedAt: string;
}

/** A price plan, served by both the deprecated v1 and the v2 API. */
export interface PricePlanRecord {
  id: string;
  name: string;
  type: 'BILLING' | 'PURCHASE';
  archived: boolean;
  /** Oldest first; the last may be a DRAFT. */
  versions: PlanVersion[];
  createdAt: string;
  updatedAt: string;
}

/** Schedule-level changes staged by the v2 Schedules API until finalizeAccountSchedules. */
export interface ScheduleDraft {
  rateCards: RateCardRecord[];
  pricingRules: PricingRuleRecord[];
}

/** A span of time in which an account is billed on one plan version (Togai's AccountSchedule). */
export interface Schedule {
  id: string;
  accountId: string;
  pricePlanId: string;
  version: number;
  startDate: string;
  endDate: string;
  /** The cycle this schedule bills on: the plan's, an override, or the account's earlier one; offsets resolved. */
  pricingCycleConfig: PricingCycleConfig;
  /** Overrides of the plan version's rate cards, rules and currencies, when the association gave any. */
  rateCards?: RateCardRecord[];
  pricingRules?: PricingRuleRecord[];
  supportedCurrencies?: string[];
  draft?: ScheduleDraft;
  /** Set once a cycle of it has been opened, so a ONE_TIME fee is charged once, split schedules included. */
  billingStarted: boolean;
  /** The invoice of its latest cycle. */
  currentInvoiceId?: string;
  createdAt: string;
}
