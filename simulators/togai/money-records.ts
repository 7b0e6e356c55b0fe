/** What the Togai simulator keeps of credits, wallets and payments. Field names follow the Togai contract. */

/** Credit_allOf's status enum in the 2023 reference (today's Credit page leaves `status` a plain string). */
export type CreditStatus = 'ACTIVE' | 'CONSUMED' | 'EXPIRED' | 'VOIDED';

/** CreditTransaction's transactionType enum in the 2023 reference. */
export type CreditTransactionType = 'CREDITED' | 'DEBITED' | 'EXPIRED' | 'VOIDED';

export interface CreditTransactionRecord {
  id: string;
  creditId: string;
  transactionType: CreditTransactionType;
  invoiceId?: string;
  amount: number;
  createdAt: string;
}

export interface CreditRecord {
  id: string;
  accountId: string;
  customerId: string;
  purpose: string;
  applicableEntityIds?: string[];
  /** `YYYY-MM-DD`: the credit applies from the start of this day (UTC)... */
  effectiveFrom: string;
  /** ...to the end of this one, when what is left of it expires. */
  effectiveUntil?: string;
  creditAmount: number;
  priority: number;
  grantorId?: string;
  idempotencyKey?: string;
  status: CreditStatus;
  /** The account's invoice currency: credits are money off its invoices. */
  creditUnit: string;
  consumedAmount: number;
  createdAt: string;
  updatedAt: string;
  /** Oldest first: the grant, then what invoices drew, then an expiry or a void. */
  transactions: CreditTransactionRecord[];
}

export type WalletStatus = 'ACTIVE' | 'INACTIVE';

export interface WalletEntryRecord {
  id: string;
  walletId: string;
  description: string;
  transactionType: 'CREDITED';
  status: 'COMPLETED';
  amount: number;
  createdAt: string;
  closingBalance: number;
}

/** An account's wallet (one each, keyed by the account). */
export interface WalletRecord {
  id: string;
  accountId: string;
  customerId: string;
  balance: number;
  creditUnit: string;
  status: WalletStatus;
  effectiveFrom: string;
  createdAt: string;
  updatedAt: string;
  entries: WalletEntryRecord[];
}

export interface ExternalPaymentReference {
  sourceName: string;
  sourceType: string;
  transactionNumber: string;
  description?: string;
  metadata?: Record<string, unknown>;
}

export interface PaymentLineRecord {
  type: string;
  togaiId?: string;
  amount?: number;
  order: number;
}

export interface PaymentRecord {
  id: string;
  description?: string;
  notes?: string;
  accountId: string;
  externalPaymentReferences: ExternalPaymentReference;
  lineItemRecords: PaymentLineRecord[];
  totalAmount: number;
  currency: string;
  version: number;
  createdBy: string;
  createdAt: string;
}
