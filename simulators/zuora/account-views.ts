import type { ZuoraContext } from './auth.js';
import { termFields } from './subscription-views.js';
import { contactOf, contactView } from './contacts.js';
import type { AccountRecord } from './records.js';

/** What an account's balances and MRR are, from its posted invoices and its subscriptions. */
export function metricsOf(ctx: ZuoraContext, account: AccountRecord) {
  const posted = ctx.state.invoicesOf(account.id).filter((i) => i.status === 'Posted');
  const balance = round(posted.reduce((sum, i) => sum + i.balance, 0));
  const mrr = round(
    ctx.state
      .subscriptionsOf(account.id)
      .flatMap((s) => s.ratePlans.flatMap((p) => p.charges))
      .reduce((sum, c) => sum + c.mrr, 0),
  );
  const lastInvoiceDate = posted.map((i) => i.invoiceDate).sort().at(-1);
  return { balance, mrr, lastInvoiceDate };
}

export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function contacts(ctx: ZuoraContext, account: AccountRecord) {
  const billTo = contactOf(ctx, account.billToContactId);
  const soldTo = contactOf(ctx, account.soldToContactId);
  return {
    ...(billTo ? { billToContact: contactView(billTo) } : {}),
    ...(soldTo ? { soldToContact: contactView(soldTo) } : {}),
  };
}

/** GET /v1/accounts/{account-key}, shaped as get_account.md shows it. */
export function accountDetailView(ctx: ZuoraContext, account: AccountRecord) {
  const t = account.text;
  const metrics = metricsOf(ctx, account);
  return {
    basicInfo: {
      accountNumber: account.accountNumber,
      batch: t.batch ?? 'Batch1',
      communicationProfileId: t.communicationProfileId ?? '',
      crmId: t.crmId ?? '',
      id: account.id,
      invoiceTemplateId: t.invoiceTemplateId ?? null,
      name: account.name,
      notes: t.notes ?? '',
      partnerAccount: account.partnerAccount,
      profileNumber: t.profileNumber ?? '',
      salesRep: t.salesRep ?? '',
      sequenceSetId: t.sequenceSetId ?? null,
      status: account.status,
      summaryStatementTemplateId: t.summaryStatementTemplateId ?? null,
      ...account.custom,
    },
    ...contacts(ctx, account),
    billingAndPayment: {
      additionalEmailAddresses: account.additionalEmailAddresses,
      autoPay: account.autoPay,
      billCycleDay: account.billCycleDay,
      currency: account.currency,
      invoiceDeliveryPrefsEmail: account.invoiceDeliveryPrefsEmail,
      invoiceDeliveryPrefsPrint: account.invoiceDeliveryPrefsPrint,
      paymentMethodCascadingConsent: false,
      ...(t.paymentGateway ? { paymentGateway: t.paymentGateway } : {}),
      paymentTerm: account.paymentTerm,
    },
    metrics: { balance: metrics.balance, contractedMrr: metrics.mrr, creditBalance: 0, totalInvoiceBalance: metrics.balance },
    metricsData: [
      {
        balance: metrics.balance,
        contractedMrr: metrics.mrr,
        currency: account.currency,
        reservedPaymentAmount: 0,
        totalDebitMemoBalance: 0,
        totalInvoiceBalance: metrics.balance,
        unappliedCreditMemoAmount: 0,
        unappliedPaymentAmount: 0,
      },
    ],
    success: true,
  };
}

/** Usage per month and unit of measure, as the account summary lists it. */
function usageSummary(ctx: ZuoraContext, account: AccountRecord) {
  const totals = new Map<string, { quantity: number; startDate: string; unitOfMeasure: string }>();
  for (const u of ctx.state.usageOf(account.id)) {
    const month = new Date(u.startDateTime).toISOString().slice(0, 7);
    const key = `${month}|${u.uom}`;
    const entry = totals.get(key) ?? { quantity: 0, startDate: month, unitOfMeasure: u.uom };
    entry.quantity = round(entry.quantity + u.quantity);
    totals.set(key, entry);
  }
  return [...totals.values()].sort((a, b) => b.startDate.localeCompare(a.startDate));
}

/** GET /v1/accounts/{account-key}/summary: the account with its recent subscriptions, invoices and usage. */
export function accountSummaryView(ctx: ZuoraContext, account: AccountRecord, excludeUsage: boolean) {
  const metrics = metricsOf(ctx, account);
  const subscriptions = ctx.state
    .subscriptionsOf(account.id)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, 6)
    .map((s) => ({
      autoRenew: s.autoRenew,
      id: s.id,
      ratePlans: s.ratePlans.map((p) => ({ productName: p.productName, ratePlanName: p.ratePlanName })),
      ...termFields(s),
    }));
  const invoices = ctx.state.invoicesOf(account.id).map((i) => ({
    amount: i.amount,
    balance: i.balance,
    dueDate: i.dueDate,
    id: i.id,
    invoiceDate: i.invoiceDate,
    invoiceNumber: i.invoiceNumber,
    status: i.status,
  }));
  return {
    basicInfo: {
      accountNumber: account.accountNumber,
      additionalEmailAddresses: account.additionalEmailAddresses,
      autoPay: account.autoPay,
      balance: metrics.balance,
      billCycleDay: account.billCycleDay,
      currency: account.currency,
      id: account.id,
      invoiceDeliveryPrefsEmail: account.invoiceDeliveryPrefsEmail,
      invoiceDeliveryPrefsPrint: account.invoiceDeliveryPrefsPrint,
      ...(metrics.lastInvoiceDate ? { lastInvoiceDate: metrics.lastInvoiceDate } : {}),
      name: account.name,
      partnerAccount: account.partnerAccount,
      paymentMethodCascadingConsent: false,
      status: account.status,
    },
    ...contacts(ctx, account),
    invoices,
    payments: [],
    subscriptions,
    success: true,
    ...(excludeUsage ? {} : { usage: usageSummary(ctx, account) }),
  };
}
