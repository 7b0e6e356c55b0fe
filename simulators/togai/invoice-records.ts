/** What the Togai simulator keeps of invoices. Field names follow the Togai contract. */

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
  /** A cycle invoice's place in its schedule (0 = the first cycle), for cards recurring every few cycles. */
  cycleIndex?: number;
  /** Metered quantity per usage meter id in this cycle. */
  usage: Record<string, number>;
  miscCharges: MiscChargeRecord[];
  customLines: CustomLineRecord[];
  autoAdvance?: boolean;
  /** What payments have paid of it (payments.ts); none until the first. */
  paidAmount?: number;
  idempotencyKey?: string;
  /** Fixed when the invoice is finalised; worked out live while it is a DRAFT. */
  lines?: { usageInfo: LineItem[]; revenueInfo: LineItem };
}
