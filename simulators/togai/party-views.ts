import { oneLine } from './addresses.js';
import { instant } from './time.js';
import type { TogaiContext } from './notifications.js';
import { periodsOf, type AccountAliasRecord, type AccountRecord, type AliasRecord, type ContactRecord, type CustomerRecord, type SettingRecord } from './party-records.js';

/**
 * Response bodies for customers, accounts, aliases, contacts and settings, shaped exactly as the
 * contract's models. Optional fields without a value are left out, never sent as null.
 */

export function customerView(c: CustomerRecord) {
  return {
    id: c.id,
    togaiCustomerId: c.togaiCustomerId,
    name: c.name,
    primaryEmail: c.primaryEmail,
    // derived when read: kept on the record it cost 48 bytes a customer
    billingAddress: oneLine(c.address),
    address: c.address,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt ?? c.createdAt,
  };
}

export function entitySettingView(s: SettingRecord) {
  return { id: s.id, value: s.value, namespace: s.namespace, name: s.name, dataType: s.dataType };
}

export function settingView(s: SettingRecord) {
  return {
    id: s.id,
    value: s.value,
    entityType: s.entityType,
    entityId: s.entityId,
    namespace: s.namespace,
    name: s.name,
    dataType: s.dataType,
  };
}

/**
 * The aliases an account shows at instant `at`: those in effect then, ACTIVE; once it is
 * archived, the ones archiving ended, ARCHIVED.
 */
function aliasesAt(a: AccountRecord, at: number): { alias: string; status: 'ACTIVE' | 'ARCHIVED' }[] {
  if (a.archivedAt && at >= Date.parse(a.archivedAt)) {
    return periodsOf(a).filter((e) => e.effectiveUntil === a.archivedAt).map((e) => ({ alias: e.value, status: 'ARCHIVED' }));
  }
  return periodsOf(a)
    .filter((e) => instant(e.effectiveFrom) <= at && at < instant(e.effectiveUntil))
    .map((e) => ({ alias: e.value, status: 'ACTIVE' }));
}

/** The account as it stands, its aliases as they are at `at` (GET /accounts/{id}?effective_on). */
export function accountView(ctx: TogaiContext, a: AccountRecord, at = ctx.now()) {
  const customer = ctx.state.store.get<CustomerRecord>('customer', a.customerId)!;
  return {
    id: a.id,
    togaiAccountId: a.togaiAccountId,
    togaiCustomerId: customer.togaiCustomerId,
    name: a.name,
    customerId: a.customerId,
    invoiceCurrency: a.invoiceCurrency,
    aliases: aliasesAt(a, at),
    netTermDays: a.netTermDays,
    ...(a.address ? { address: a.address } : {}),
    ...(a.primaryEmail !== undefined ? { primaryEmail: a.primaryEmail } : {}),
    ...(a.billingInformation ? { billingInformation: a.billingInformation } : {}),
    status: a.status,
    settings: ctx.state.settingsOf('ACCOUNT', a.id).map(entitySettingView),
    ...(a.metadata ? { metadata: a.metadata } : {}),
    ...(a.tags ? { tags: a.tags } : {}),
  };
}

export function accountAliasView(e: AccountAliasRecord) {
  return {
    id: e.id,
    value: e.value,
    effectiveFrom: e.effectiveFrom,
    effectiveUntil: e.effectiveUntil,
    createdAt: e.createdAt,
    ...(e.updatedAt ? { updatedAt: e.updatedAt } : {}),
  };
}

export function aliasView(a: AliasRecord) {
  return { value: a.value, createdAt: a.createdAt };
}

export function contactView(c: ContactRecord) {
  return {
    username: c.username,
    ...(c.preferredUsername !== undefined ? { preferredUsername: c.preferredUsername } : {}),
    name: c.name,
    email: c.email,
    ...(c.phone !== undefined ? { phone: c.phone } : {}),
    loginAccess: c.loginAccess,
    createdAt: c.createdAt,
    verified: c.verified,
  };
}
