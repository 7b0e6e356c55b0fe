import { metricsOf } from './account-views.js';
import type { ZuoraContext } from './auth.js';
import { contractedValues } from './subscription-build.js';
import type { AccountRecord, InvoiceRecord, SubscriptionRecord, UsageRecord } from './records.js';
import { dateOf, queryTime } from './time.js';

/**
 * Records as the Object Query operations return them (queryaccounts.md and its siblings).
 * Fields the contract does not declare may be null (they are dropped unless includeNullFields
 * is true); declared fields are left out when unset, as the schemas do not allow null.
 */

type View = Record<string, unknown>;

function audit(ctx: ZuoraContext, createdAt: number, updatedAt: number): View {
  const user = ctx.state.notifications.userId;
  return { createdById: user, createdDate: queryTime(createdAt), updatedById: user, updatedDate: queryTime(updatedAt) };
}

export function accountQueryView(ctx: ZuoraContext, a: AccountRecord): View {
  const m = metricsOf(ctx, a);
  const t = a.text;
  return {
    accountNumber: a.accountNumber,
    allowInvoiceEdit: false,
    autoPay: a.autoPay,
    balance: m.balance,
    batch: t.batch ?? 'Batch1',
    bcdSettingOption: a.billCycleDay === 0 ? 'AutoSet' : 'ManualSet',
    billCycleDay: a.billCycleDay,
    billToId: a.billToContactId,
    communicationProfileId: t.communicationProfileId ?? null,
    creditBalance: 0,
    crmId: t.crmId ?? null,
    currency: a.currency,
    defaultPaymentMethodId: null,
    id: a.id,
    invoiceDeliveryPrefsEmail: a.invoiceDeliveryPrefsEmail,
    invoiceDeliveryPrefsPrint: a.invoiceDeliveryPrefsPrint,
    ...(t.invoiceTemplateId ? { invoiceTemplateId: t.invoiceTemplateId } : {}),
    ...(m.lastInvoiceDate ? { lastInvoiceDate: m.lastInvoiceDate } : {}),
    mrr: m.mrr,
    name: a.name,
    parentId: t.parentId ?? null,
    partnerAccount: a.partnerAccount,
    paymentMethodCascadingConsent: false,
    paymentTerm: a.paymentTerm,
    shipToId: a.shipToContactId ?? null,
    soldToId: a.soldToContactId,
    status: a.status,
    taxExemptStatus: 'No',
    totalDebitMemoBalance: 0,
    totalInvoiceBalance: m.balance,
    unappliedBalance: 0,
    unappliedCreditMemoAmount: 0,
    ...audit(ctx, a.createdAt, a.updatedAt),
    ...a.custom,
  };
}

export function invoiceQueryView(ctx: ZuoraContext, i: InvoiceRecord): View {
  const has = (type: string) => i.items.some((item) => item.chargeType === type);
  return {
    accountId: i.accountId,
    adjustmentAmount: 0,
    amount: i.amount,
    amountWithoutTax: i.amount,
    autoPay: i.autoPay,
    balance: i.balance,
    comments: i.comments ?? '',
    creditBalanceAdjustmentAmount: 0,
    creditMemoAmount: 0,
    currency: i.currency,
    dueDate: i.dueDate,
    einvoiceStatus: null,
    id: i.id,
    includesOneTime: has('OneTime'),
    includesRecurring: has('Recurring'),
    includesUsage: has('Usage'),
    invoiceDate: i.invoiceDate,
    invoiceNumber: i.invoiceNumber,
    paymentAmount: 0,
    paymentTerm: i.paymentTerm,
    ...(i.postedAt !== undefined ? { postedBy: ctx.state.notifications.userId, postedDate: queryTime(i.postedAt) } : {}),
    refundAmount: 0,
    reversed: false,
    source: 'API',
    sourceId: null,
    sourceType: 'Standalone',
    status: i.status,
    taxAmount: 0,
    taxExemptAmount: 0,
    ...(i.templateId ? { templateId: i.templateId } : {}),
    ...audit(ctx, i.createdAt, i.updatedAt),
    ...i.custom,
  };
}

export function subscriptionQueryView(ctx: ZuoraContext, s: SubscriptionRecord): View {
  return {
    accountId: s.accountId,
    autoRenew: s.autoRenew,
    cMRR: contractedValues(s).contractedMrr,
    contractAcceptanceDate: s.customerAcceptanceDate,
    contractEffectiveDate: s.contractEffectiveDate,
    creatorAccountId: s.accountId,
    creatorInvoiceOwnerId: s.invoiceOwnerAccountId,
    currency: s.currency,
    currentTerm: s.initialTerm,
    currentTermPeriodType: s.initialTermPeriodType,
    externallyManagedBy: null,
    id: s.id,
    initialTerm: s.initialTerm,
    initialTermPeriodType: s.initialTermPeriodType,
    invoiceOwnerId: s.invoiceOwnerAccountId,
    invoiceScheduleId: null,
    isInvoiceSeparate: s.invoiceSeparately,
    isLatestVersion: true,
    isSingleVersioned: false,
    lastBookingDate: dateOf(s.createdAt),
    name: s.subscriptionNumber,
    originalCreatedDate: queryTime(s.createdAt),
    originalId: s.id,
    prepayment: false,
    previousSubscriptionId: null,
    renewalSetting: s.renewalSetting,
    renewalTerm: s.renewalTerm,
    renewalTermPeriodType: s.renewalTermPeriodType,
    revision: '1.0',
    serviceActivationDate: s.serviceActivationDate,
    status: s.status,
    ...(s.termEndDate ? { subscriptionEndDate: s.termEndDate, termEndDate: s.termEndDate } : {}),
    subscriptionStartDate: s.contractEffectiveDate,
    subscriptionVersionAmendmentId: null,
    termStartDate: s.termStartDate,
    termType: s.termType,
    version: 1,
    ...audit(ctx, s.createdAt, s.updatedAt),
    ...s.custom,
  };
}

export function usageQueryView(ctx: ZuoraContext, u: UsageRecord): View {
  return {
    accountId: u.accountId,
    accountNumber: u.accountNumber,
    chargeId: u.chargeId ?? null,
    description: u.description ?? null,
    endDateTime: u.endDateTime === undefined ? null : queryTime(u.endDateTime),
    id: u.id,
    quantity: u.quantity,
    rbeStatus: u.rbeStatus,
    sourceType: u.sourceType,
    startDateTime: queryTime(u.startDateTime),
    submissionDateTime: queryTime(u.createdAt),
    ...(u.subscriptionId ? { subscriptionId: u.subscriptionId } : {}),
    uOM: u.uom,
    uniqueKey: u.uniqueKey ?? null,
    ...audit(ctx, u.createdAt, u.updatedAt),
    ...u.custom,
  };
}

/** Nulls stay only with includeNullFields=true (queryaccounts.md). */
export function withoutNulls(view: View, includeNullFields: unknown): View {
  if (includeNullFields === true || includeNullFields === 'true') return view;
  return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== null));
}
