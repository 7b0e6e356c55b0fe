/**
 * What the Togai simulator keeps of customers, accounts, their aliases, contacts and settings.
 * Field names follow the Togai contract.
 */

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
