/** What the Togai simulator keeps of features and the feature credits accounts are granted. Field names follow the Togai contract. */

export interface SchemaAssociation {
  schemaName: string;
  attributeName: string;
}

/** A feature (Togai's Feature): what an account can be entitled to, its use read from events of its schemas. */
export interface FeatureRecord {
  id: string;
  name: string;
  billableName?: string;
  schemaAssociations: SchemaAssociation[];
  createdAt: string;
  updatedAt?: string;
}

/**
 * One grant of a feature's credits to an account (FeatureCreditEntry). PENDING entries are
 * PREPAID grants waiting for their invoice to be paid; they are not shown until granted.
 */
export interface CreditEntryRecord {
  /** `${accountId}|${featureId}|${id}`: entry ids are only unique within an account's feature. */
  key: string;
  /** Togai's entry id: `schedule_id#pricing_cycle_start_date$PRICE_PLAN`. */
  id: string;
  accountId: string;
  featureId: string;
  source: 'PRICE_PLAN';
  status: 'PENDING' | 'ACTIVE' | 'EXPIRED' | 'VOIDED';
  effectiveFrom: number;
  effectiveUntil: number;
  granted: number;
  used: number;
  /** For a PENDING entry: the invoice whose payment grants it. */
  invoiceId?: string;
}
