/** The shapes the Zuora simulator keeps. Times are virtual epoch milliseconds; dates are `yyyy-mm-dd`. */

export const CONTACT_FIELDS = [
  'address1',
  'address2',
  'city',
  'country',
  'county',
  'fax',
  'firstName',
  'homePhone',
  'lastName',
  'mobilePhone',
  'nickname',
  'otherPhone',
  'otherPhoneType',
  'personalEmail',
  'state',
  'taxRegion',
  'workEmail',
  'workPhone',
  'zipCode',
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ContactRecord {
  id: string;
  accountId: string;
  fields: Partial<Record<ContactField, string>>;
}

/** Optional text settings of an account, kept as sent and returned where the views show them. */
export const ACCOUNT_TEXT_FIELDS = [
  'batch',
  'crmId',
  'notes',
  'salesRep',
  'purchaseOrderNumber',
  'communicationProfileId',
  'invoiceTemplateId',
  'parentId',
  'profileNumber',
  'customerServiceRepName',
  'paymentGateway',
  'sequenceSetId',
  'summaryStatementTemplateId',
  'creditMemoTemplateId',
  'debitMemoTemplateId',
  'tagging',
  'organizationLabel',
] as const;

export type AccountTextField = (typeof ACCOUNT_TEXT_FIELDS)[number];

export interface AccountRecord {
  id: string;
  accountNumber: string;
  name: string;
  currency: string;
  status: 'Active' | 'Cancelled';
  billToContactId: string;
  soldToContactId: string;
  shipToContactId?: string;
  /** 0 until set: auto-set from the first subscription's contract effective date. */
  billCycleDay: number;
  autoPay: boolean;
  invoiceDeliveryPrefsEmail: boolean;
  invoiceDeliveryPrefsPrint: boolean;
  partnerAccount: boolean;
  paymentTerm: string;
  additionalEmailAddresses: string[];
  text: Partial<Record<AccountTextField, string>>;
  custom: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

/** A CRUD catalog object: the PascalCase fields as sent, plus what Zuora sets itself. */
export interface CrudRecord {
  Id: string;
  fields: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface ProductRecord extends CrudRecord {
  ratePlanIds: string[];
}

export interface RatePlanRecord extends CrudRecord {
  productId: string;
  chargeIds: string[];
}

export interface ChargeRecord extends CrudRecord {
  ratePlanId: string;
}

export interface SubscriptionCharge {
  id: string;
  number: string;
  productRatePlanChargeId: string;
  name: string;
  description: string;
  type: string;
  model: string;
  uom: string | null;
  price: number | null;
  quantity: number | null;
  billingPeriod: string;
  billingPeriodAlignment: string;
  billCycleType: string;
  triggerEvent: string;
  endDateCondition: string;
  currency: string;
  effectiveStartDate: string;
  effectiveEndDate?: string;
  mrr: number;
  tcv: number;
}

export interface SubscriptionRatePlan {
  id: string;
  productId: string;
  productName: string;
  productSku: string;
  productRatePlanId: string;
  ratePlanName: string;
  charges: SubscriptionCharge[];
}

export type TermPeriod = 'Month' | 'Year' | 'Day' | 'Week';

export interface SubscriptionRecord {
  id: string;
  subscriptionNumber: string;
  accountId: string;
  invoiceOwnerAccountId: string;
  status: 'Active';
  termType: 'TERMED' | 'EVERGREEN';
  initialTerm: number;
  initialTermPeriodType: TermPeriod;
  renewalTerm: number;
  renewalTermPeriodType: TermPeriod;
  autoRenew: boolean;
  renewalSetting: string;
  contractEffectiveDate: string;
  serviceActivationDate: string;
  customerAcceptanceDate: string;
  termStartDate: string;
  termEndDate?: string;
  notes: string;
  currency: string;
  invoiceSeparately: boolean;
  ratePlans: SubscriptionRatePlan[];
  custom: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface InvoiceItemRecord {
  id: string;
  chargeId: string;
  chargeName: string;
  chargeType: string;
  productName: string;
  productRatePlanChargeId?: string;
  amount: number;
  quantity: number;
  unitPrice: number;
  serviceStartDate: string;
  serviceEndDate: string;
  description: string;
  unitOfMeasure: string;
  extra: Record<string, unknown>;
}

export interface InvoiceRecord {
  id: string;
  invoiceNumber: string;
  accountId: string;
  invoiceDate: string;
  dueDate: string;
  status: 'Draft' | 'Posted';
  currency: string;
  amount: number;
  balance: number;
  autoPay: boolean;
  comments: string | null;
  paymentTerm: string;
  transferredToAccounting: string | null;
  templateId: string | null;
  items: InvoiceItemRecord[];
  custom: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  postedAt?: number;
}

export interface UsageRecord {
  id: string;
  accountId: string;
  accountNumber: string;
  subscriptionId?: string;
  subscriptionNumber?: string;
  chargeId?: string;
  chargeNumber?: string;
  quantity: number;
  uom: string;
  startDateTime: number;
  endDateTime?: number;
  description?: string;
  uniqueKey?: string;
  rbeStatus: 'Importing' | 'Pending' | 'Processed';
  sourceType: 'API' | 'Import';
  fileName?: string;
  custom: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface UsageImportRecord {
  id: string;
  fileName: string;
  size: number;
  status: 'Completed';
  usageIds: string[];
  createdAt: number;
}
