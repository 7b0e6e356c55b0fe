import type { MeteringSnapshot } from './metering.js';

/** The shapes the Togai simulator keeps. Field names follow the Togai contract. */

export interface SettingInput {
  id: string;
  value: string;
  namespace: string;
  name: string;
  dataType: 'STRING' | 'NUMERIC' | 'JSON' | 'JSON_LOGIC';
}

export interface SettingRecord extends SettingInput {
  key: string;
  entityType: string;
  entityId: string;
}

/** A postal address as Togai's Address model has it; every part optional. */
export interface Address {
  phoneNumber?: string;
  line1?: string;
  line2?: string;
  postalCode?: string;
  city?: string;
  state?: string;
  country?: string;
}

export interface CustomerRecord {
  id: string;
  /** Togai's own id for the customer, fixed at creation. */
  togaiCustomerId: string;
  name: string;
  primaryEmail: string;
  address: Address;
  /** The address on one line, as the Customer model's required `billingAddress` string. */
  billingAddress: string;
  status: 'ACTIVE' | 'ARCHIVED';
  createdAt: string;
  updatedAt: string;
}

/** A contact of a customer, as CreateCustomerContactResponse answers it (plus what is kept private). */
export interface ContactRecord {
  username: string;
  customerId: string;
  preferredUsername?: string;
  name: string;
  email: string;
  phone?: string;
  loginAccess: boolean;
  verified: boolean;
  /** SHA-256 of the password given, never answered back. */
  passwordHash?: string;
  createdAt: string;
}

/**
 * One period in which a value routes events to an account (Togai's AccountAlias). An open
 * start or end is kept as the far-past or far-future instant (see aliases.ts).
 */
export interface AccountAliasRecord {
  id: string;
  value: string;
  effectiveFrom: string;
  effectiveUntil: string;
  createdAt: string;
  updatedAt?: string;
}

/** An alias value known to the organisation (Togai's Alias), and the accounts that have held it. */
export interface AliasRecord {
  value: string;
  createdAt: string;
  accountIds: string[];
}

export interface BillingInformation {
  emailRecipients?: string[];
  additionalEmailRecipients?: string[];
}

export interface AccountRecord {
  id: string;
  /** Togai's own id for the account, fixed at creation. */
  togaiAccountId: string;
  customerId: string;
  name: string;
  invoiceCurrency: string;
  /** DRAFT accounts exist but take no events until made ACTIVE. */
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  /** Days from invoice date to due date; 0 unless the account sets it. */
  netTermDays: number;
  address?: Address;
  primaryEmail?: string;
  billingInformation?: BillingInformation;
  metadata?: Record<string, string>;
  /** Stored lowercase, as Togai does. */
  tags?: string[];
  /** Every alias period, the account's own id first; ended ones stay as history. */
  aliases: AccountAliasRecord[];
  /** Ids of the account's price plan schedules, earliest first. */
  schedules: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
}

export type LifecycleStatus = 'DRAFT' | 'ACTIVE' | 'INACTIVE' | 'ARCHIVED';

/** Derived fields an event schema adds to each event (Togai's Enrichments), kept as given. */
export interface Enrichments {
  dependencies?: { type: string; key: string; name: string }[];
  fields: { name: string; type: string; enrichmentType: string; value: string; order: number }[];
}

/** One version of an event schema, as the EventSchema model answers it. */
export interface EventSchemaVersion {
  name: string;
  version: number;
  status: LifecycleStatus;
  description?: string;
  attributes: { name: string; defaultUnit?: string }[];
  dimensions: { name: string }[];
  filterFields?: string[];
  enrichments?: Enrichments;
  eventIdTemplate?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * An event schema and its history. A version is never changed once events may refer to it: an
 * update of an activated schema adds a version and archives the one before.
 */
export interface EventSchemaRecord {
  name: string;
  /** Oldest first; the last is the current version, the others are ARCHIVED. */
  versions: EventSchemaVersion[];
}

export interface Computation {
  id?: string;
  matcher?: string;
  computation: string;
  order: number;
}

/** A UsageMeterFilterEntry: the meter only sees events whose `varField` equals `value`. */
export interface UsageMeterFilter {
  varField: string;
  value: string;
}

export interface UsageMeterRecord {
  id: string;
  name: string;
  billableName?: string;
  description?: string;
  /** The event schema whose events it meters (optional at creation, required to activate). */
  schemaName?: string;
  type: 'COUNTER';
  status: LifecycleStatus;
  aggregation: 'COUNT' | 'SUM';
  computations: Computation[];
  filters: UsageMeterFilter[];
  /** Not answered (UsageMeter has no version): raised when an ACTIVE meter's rules change, as event pipeline info reports it. */
  version: number;
  createdAt: string;
  updatedAt: string;
  lastActivatedAt?: string;
}

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

export interface LineItem {
  description: string;
  type: string;
  quantity?: number;
  valuePerQuantity?: number;
  value: number;
  metadata?: Record<string, unknown>;
  lineItems: LineItem[];
}

export type InvoiceStatus = 'DRAFT' | 'DUE' | 'PAID' | 'VOID' | 'UN_COLLECTIBLE' | 'REFUND_INITIATED' | 'REFUND_COMPLETED' | 'MERGED' | 'PARTIALLY_PAID';

export interface MiscChargeRecord {
  name: string;
  rate?: number;
  quantity?: number;
  value?: string;
  considerForRevenue?: boolean;
}

export interface CustomLineRecord {
  id?: string;
  description?: string;
  valuePerQuantity?: number;
  quantity?: number;
  value: number;
  billableId?: string;
}

/**
 * An invoice: a billing cycle's (STANDARD), the in-advance fees of a cycle (STANDARD_ADVANCED) or
 * one a client made (CUSTOM). The account is its owner.
 */
export interface InvoiceRecord {
  id: string;
  invoiceType: 'STANDARD' | 'STANDARD_ADVANCED' | 'CUSTOM';
  customerId: string;
  accountId: string;
  currency: string;
  scheduleId?: string;
  pricePlanId?: string;
  planVersion?: number;
  status: InvoiceStatus;
  /** A cycle invoice's stage: metering (OPEN), taking late events (GRACE), then CLOSED once finalised. */
  phase: 'OPEN' | 'GRACE' | 'CLOSED';
  startDate: string;
  endDate: string;
  invoiceDate: string;
  netTermDays: number;
  dueDate?: string;
  generatedAt?: string;
  updatedAt: string;
  /** The share of a full cycle this one spans (a partial first or last cycle), for prorated fees. */
  proration: number;
  /** The first cycle billed under its schedule: ONE_TIME fees are charged on it. */
  firstCycle: boolean;
  /** Metered quantity per usage meter id in this cycle. */
  usage: Record<string, number>;
  miscCharges: MiscChargeRecord[];
  customLines: CustomLineRecord[];
  autoAdvance?: boolean;
  idempotencyKey?: string;
  /** Fixed when the invoice is finalised; worked out live while it is a DRAFT. */
  lines?: { usageInfo: LineItem[]; revenueInfo: LineItem };
}

export type IngestionStatus =
  | 'INGESTION_COMPLETED_EVENT_METERED'
  | 'INGESTION_COMPLETED_NO_MATCHING_METERS'
  | 'INGESTION_COMPLETED_EVENT_NOT_METERED'
  | 'REVERTED';

/** The text of one ingestion request, shared by every event it carried. */
export interface IngestedBody {
  raw: string;
  /** When it was received (virtual clock, ms): the events' `createdAt`. */
  at: number;
  /** The request's number in this sandbox; with the event's position it makes the referenceId. */
  seq: number;
}

/**
 * An accepted event, kept compact: there may be millions. It points into the request text it
 * came in (re-serialising each event cost a sixth of ingestion time); the account id and the
 * metering snapshot are shared references; the customer and each meter's units are worked out
 * when read.
 */
export interface StoredEvent {
  body: IngestedBody;
  /** Position in the batch's `events`, or -1 for the single `event` of POST /ingest or a correction. */
  index: number;
  accountId: string;
  /** The schema version and ACTIVE meters it was checked and metered against. */
  via: MeteringSnapshot;
  status: IngestionStatus;
  invoiceId: string | null;
  /** Set once the event is reverted by a correction. */
  statusBeforeReverting?: IngestionStatus;
}
