import type { ZuoraContext } from './auth.js';
import { contactOf, contactView } from './contacts.js';
import { contractedValues } from './subscription-build.js';
import type { AccountRecord, SubscriptionCharge, SubscriptionRecord } from './records.js';

function chargeView(c: SubscriptionCharge) {
  return {
    applyDiscountTo: null,
    billingDay: c.billCycleType,
    billingPeriod: c.billingPeriod,
    billingPeriodAlignment: c.billingPeriodAlignment,
    chargedThroughDate: null,
    currency: c.currency,
    description: c.description,
    discountAmount: null,
    discountApplyDetails: null,
    discountClass: null,
    discountLevel: null,
    discountPercentage: null,
    dmrc: c.mrr,
    done: false,
    dtcv: c.tcv,
    ...(c.effectiveEndDate ? { effectiveEndDate: c.effectiveEndDate } : {}),
    effectiveStartDate: c.effectiveStartDate,
    endDateCondition: c.endDateCondition,
    id: c.id,
    includedUnits: null,
    model: c.model,
    mrr: c.mrr,
    name: c.name,
    number: c.number,
    numberOfPeriods: null,
    originalChargeId: c.id,
    overageCalculationOption: null,
    overagePrice: null,
    overageUnusedUnitsCreditOption: null,
    price: c.price,
    priceChangeOption: c.type === 'Recurring' ? 'NoChange' : null,
    priceIncreasePercentage: null,
    pricingSummary: c.price === null ? '' : `${c.currency}${c.price}${c.uom && c.model !== 'FlatFee' ? `/${c.uom}` : ''}`,
    processedThroughDate: null,
    productRatePlanChargeId: c.productRatePlanChargeId,
    quantity: c.quantity,
    segment: 1,
    smoothingModel: null,
    specificBillingPeriod: null,
    specificEndDate: null,
    tcv: c.tcv,
    tiers: null,
    triggerDate: null,
    triggerEvent: c.triggerEvent,
    type: c.type,
    unusedUnitsCreditRates: null,
    uom: c.uom,
    upToPeriods: null,
    upToPeriodsType: null,
    usageRecordRatingOption: c.type === 'Usage' ? 'EndOfBillingPeriod' : null,
    version: 1,
  };
}

/** Basic information of an owner account, as accountOwnerDetails and invoiceOwnerAccountDetails show it. */
/** The term fields every view of a subscription shows, in the account summary and in full. */
export function termFields(s: SubscriptionRecord) {
  return {
    initialTerm: s.initialTerm,
    renewalTerm: s.renewalTerm,
    status: s.status,
    subscriptionNumber: s.subscriptionNumber,
    subscriptionStartDate: s.contractEffectiveDate,
    ...(s.termEndDate ? { termEndDate: s.termEndDate } : {}),
    termStartDate: s.termStartDate,
    termType: s.termType,
  };
}

function accountDetails(a: AccountRecord) {
  return {
    accountNumber: a.accountNumber,
    batch: a.text.batch ?? 'Batch1',
    communicationProfileId: a.text.communicationProfileId ?? '',
    crmId: a.text.crmId ?? '',
    id: a.id,
    invoiceTemplateId: a.text.invoiceTemplateId ?? null,
    name: a.name,
    notes: a.text.notes ?? '',
    partnerAccount: a.partnerAccount,
    profileNumber: a.text.profileNumber ?? '',
    salesRep: a.text.salesRep ?? '',
    sequenceSetId: a.text.sequenceSetId ?? null,
    status: a.status,
    summaryStatementTemplateId: a.text.summaryStatementTemplateId ?? null,
    purchaseOrderNumber: a.text.purchaseOrderNumber ?? '',
  };
}

/** A subscription as get_subscriptionsbykey.md shows it; owner details only when asked for. */
export function subscriptionView(ctx: ZuoraContext, s: SubscriptionRecord, details: { owner?: boolean; invoiceOwner?: boolean } = {}) {
  const account = ctx.state.account(s.accountId)!;
  const invoiceOwner = ctx.state.account(s.invoiceOwnerAccountId)!;
  const billTo = contactOf(ctx, invoiceOwner.billToContactId);
  const soldTo = contactOf(ctx, account.soldToContactId);
  const values = contractedValues(s);
  return {
    accountId: account.id,
    accountName: account.name,
    accountNumber: account.accountNumber,
    ...(details.owner ? { accountOwnerDetails: accountDetails(account) } : {}),
    ...(details.invoiceOwner ? { invoiceOwnerAccountDetails: accountDetails(invoiceOwner) } : {}),
    autoRenew: s.autoRenew,
    ...(billTo ? { billToContact: contactView(billTo) } : {}),
    contractEffectiveDate: s.contractEffectiveDate,
    contractedMrr: values.contractedMrr,
    currency: s.currency,
    currentTerm: s.initialTerm,
    currentTermPeriodType: s.initialTermPeriodType,
    customerAcceptanceDate: s.customerAcceptanceDate,
    id: s.id,
    initialTermPeriodType: s.initialTermPeriodType,
    invoiceOwnerAccountId: invoiceOwner.id,
    invoiceOwnerAccountName: invoiceOwner.name,
    invoiceOwnerAccountNumber: invoiceOwner.accountNumber,
    invoiceSeparately: s.invoiceSeparately,
    notes: s.notes,
    paymentTerm: account.paymentTerm,
    ratePlans: s.ratePlans.map((p) => ({
      id: p.id,
      productId: p.productId,
      productName: p.productName,
      productRatePlanId: p.productRatePlanId,
      productSku: p.productSku,
      contractedMrr: p.charges.reduce((sum, c) => sum + c.mrr, 0),
      ratePlanCharges: p.charges.map(chargeView),
      ratePlanName: p.ratePlanName,
    })),
    renewalSetting: s.renewalSetting,
    renewalTermPeriodType: s.renewalTermPeriodType,
    revision: '1.0',
    serviceActivationDate: s.serviceActivationDate,
    ...(soldTo ? { soldToContact: contactView(soldTo) } : {}),
    ...termFields(s),
    totalContractedValue: values.totalContractedValue,
    version: 1,
    ...s.custom,
  };
}
