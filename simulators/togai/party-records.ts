import { FAR_FUTURE, FAR_PAST } from './time.js';

/**
 * What the Togai simulator keeps of customers, accounts, their aliases, contacts and settings.
 * Field names follow the Togai contract. A million customers are kept, so a record holds nothing
 * its answers can derive: an `updatedAt` only once it differs from `createdAt`, an account's own
 * alias period as one id (`ownPeriod`), an alias's holder list only when it is not just the
 * account whose own id the value is (`holdersOf`).
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
  status: 'ACTIVE' | 'ARCHIVED';
  createdAt: string;
  /** Set when the customer changes; until then it is `createdAt`. */
  updatedAt?: string;
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
  /** The accounts that have held the value, first holder first; absent when only the account whose own id it is has (see `holdersOf`). */
  accountIds?: string[];
}

/** The accounts that have held an alias value, first holder first. */
export function holdersOf(alias: AliasRecord): string[] {
  return alias.accountIds ?? [alias.value];
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
  /** The id of the account's own alias period: its own id, from the far past until it is archived (see `ownPeriod`). */
  ownAliasId: string;
  /** Its other alias periods, oldest first; ended ones stay as history. Absent until it has one. */
  aliases?: AccountAliasRecord[];
  /** Ids of the account's price plan schedules, earliest first; replaced, never changed in place (new accounts share NO_SCHEDULES). */
  schedules: readonly string[];
  createdAt: string;
  /** Set when the account changes; until then it is `createdAt`. */
  updatedAt?: string;
  archivedAt?: string;
}

/**
 * The account's own alias period as Togai lists it, built when read: its id is an alias from the
 * far past, made when the account was, until archiving ends it.
 */
export function ownPeriod(a: AccountRecord): AccountAliasRecord {
  return a.archivedAt === undefined
    ? { id: a.ownAliasId, value: a.id, effectiveFrom: FAR_PAST, effectiveUntil: FAR_FUTURE, createdAt: a.createdAt }
    : { id: a.ownAliasId, value: a.id, effectiveFrom: FAR_PAST, effectiveUntil: a.archivedAt, createdAt: a.createdAt, updatedAt: a.archivedAt };
}

/** Every alias period of the account, its own first; ended ones stay as history. */
export function periodsOf(a: AccountRecord): AccountAliasRecord[] {
  return a.aliases ? [ownPeriod(a), ...a.aliases] : [ownPeriod(a)];
}

/** The schedules of an account on no plan: one empty list for every such account (a list each was 32 bytes per account). */
export const NO_SCHEDULES: readonly string[] = Object.freeze([]);
