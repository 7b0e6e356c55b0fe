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

export interface CustomerRecord {
  id: string;
  name: string;
  primaryEmail: string;
  billingAddress: string;
  status: 'ACTIVE' | 'ARCHIVED';
  createdAt: string;
  updatedAt: string;
}

export interface AliasEntry {
  alias: string;
  status: 'ACTIVE' | 'ARCHIVED';
}

export interface Schedule {
  pricePlanId: string;
  startDate: string;
  endDate: string;
}

export interface AccountRecord {
  id: string;
  customerId: string;
  name: string;
  invoiceCurrency: string;
  status: 'ACTIVE' | 'ARCHIVED';
  aliases: AliasEntry[];
  schedules: Schedule[];
  createdAt: string;
}

export interface EventSchemaRecord {
  name: string;
  description: string | null;
  version: number;
  status: 'DRAFT' | 'ACTIVE' | 'INACTIVE' | 'ARCHIVED';
  attributes: { name: string; defaultUnit?: string }[];
  dimensions: { name: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface Computation {
  id?: string;
  matcher?: string;
  computation: string;
  order: number;
}

export interface UsageMeterRecord {
  id: string;
  schemaName: string;
  name: string;
  description: string | null;
  type: 'COUNTER';
  status: 'DRAFT' | 'ACTIVE' | 'INACTIVE' | 'ARCHIVED';
  aggregation: 'COUNT' | 'SUM';
  computations: Computation[];
  createdAt: string;
  updatedAt: string;
  lastActivatedAt: string | null;
}

export interface Slab {
  order: number;
  startAfter: number;
  priceType: 'FLAT' | 'PER_UNIT' | 'PACKAGE';
  slabConfig?: Record<string, string>;
}

export interface UsageRateCard {
  displayName: string;
  usageMeterId: string;
  ratePlan: { pricingModel: 'TIERED' | 'VOLUME'; slabs: Slab[] };
  rateValues: { currency: string; slabRates: { order: number; rate: number; slabRateConfig?: Record<string, string> }[] }[];
}

export interface FixedFeeRateCard {
  id: string;
  displayName?: string;
  invoiceTiming?: 'IN_ADVANCE' | 'IN_ARREARS';
  rateValues: { currency: string; rate: number }[];
}

export interface PricePlanDetails {
  supportedCurrencies: string[];
  activeCurrencies: string[];
  pricingCycleConfig: {
    interval: 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'ANNUALLY';
    startOffset: { dayOffset: string; monthOffset: string };
    gracePeriod: number;
  };
  usageRateCards?: UsageRateCard[];
  fixedFeeRateCards?: FixedFeeRateCard[];
  minimumCommitment?: { displayName: string; rateValues: { currency: string; rate: number }[] };
}

export interface PricePlanRecord {
  id: string;
  name: string;
  description: string | null;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  details: PricePlanDetails;
  createdAt: string;
  updatedAt: string;
}

export interface LineItem {
  description: string;
  type: string;
  quantity?: number;
  valuePerQuantity?: number;
  value?: number;
  metadata?: Record<string, unknown>;
  lineItems: LineItem[];
}

export interface InvoiceRecord {
  id: string;
  customerId: string;
  accountId: string;
  pricePlanId: string;
  status: 'ONGOING' | 'GRACE_PERIOD' | 'GENERATED' | 'PUBLISHED';
  startDate: string;
  endDate: string;
  invoiceDate: string;
  generatedAt: string | null;
  updatedAt: string;
  /** Metered quantity per usage meter id in this cycle. */
  usage: Record<string, number>;
  /** Lines fixed when the invoice is generated; empty (computed live) while it is open. */
  lines: Partial<{ usageInfo: LineItem[]; revenueInfo: LineItem }>;
}

export type IngestionStatus =
  | 'INGESTION_COMPLETED_EVENT_METERED'
  | 'INGESTION_COMPLETED_NO_MATCHING_METERS'
  | 'INGESTION_COMPLETED_EVENT_NOT_METERED';

/** The text of one ingestion request, shared by every event it carried. */
export interface IngestedBody {
  raw: string;
}

/**
 * An accepted event, kept compact: there may be millions. It points into the request text it
 * came in (re-serialising each event cost a sixth of ingestion time); the account id and schema
 * name are shared references; the customer and each meter's units are worked out when read.
 */
export interface StoredEvent {
  body: IngestedBody;
  /** Position in the batch's `events`, or -1 for the single `event` of POST /ingest. */
  index: number;
  accountId: string;
  schemaName: string;
  status: IngestionStatus;
  invoiceId: string | null;
}
