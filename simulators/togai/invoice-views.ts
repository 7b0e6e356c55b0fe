import { oneLine } from './addresses.js';
import type { InvoiceRecord, LineItem } from './invoice-records.js';
import type { TogaiContext } from './notifications.js';
import type { CustomerRecord } from './party-records.js';
import type { PricePlanRecord, Schedule } from './plan-records.js';
import { scheduleTerms } from './plan-store.js';
import { cycleRevenue, invoiceTotal } from './pricing.js';
import type { UsageMeterRecord } from './usage-records.js';

/** Invoice and InvoiceSummary bodies. A DRAFT's figures are worked out live; a finalised invoice's were fixed then. */

function meterName(ctx: TogaiContext): (id: string) => string {
  return (id) => ctx.state.store.get<UsageMeterRecord>('usageMeter', id)?.name ?? id;
}

function customLines(invoice: InvoiceRecord): LineItem[] {
  return invoice.customLines.map((l) => {
    const metadata = { ...(l.id ? { id: l.id } : {}), ...(l.billableId ? { billableId: l.billableId } : {}) };
    return {
      type: 'CUSTOM_AMOUNT',
      description: l.description ?? 'Custom amount',
      ...(l.quantity !== undefined ? { quantity: l.quantity, valuePerQuantity: l.valuePerQuantity ?? 0 } : {}),
      value: l.value,
      ...(Object.keys(metadata).length ? { metadata } : {}),
      lineItems: [],
    };
  });
}

/** The invoice's usage and revenue lines: fixed ones once finalised, else as they stand now. */
export function invoiceLines(ctx: TogaiContext, invoice: InvoiceRecord): { usageInfo: LineItem[]; revenueInfo: LineItem } {
  if (invoice.lines) return invoice.lines;
  if (invoice.invoiceType === 'CUSTOM') return { usageInfo: [], revenueInfo: invoiceTotal(customLines(invoice), invoice.miscCharges) };
  const schedule = ctx.state.store.get<Schedule>('schedule', invoice.scheduleId!)!;
  const { usageInfo, planAmount } = cycleRevenue({
    cards: scheduleTerms(ctx, schedule).cards,
    currency: invoice.currency,
    usage: invoice.usage,
    proration: invoice.proration,
    firstCycle: invoice.firstCycle,
    cycleIndex: invoice.cycleIndex ?? 0,
    meterName: meterName(ctx),
  });
  return { usageInfo, revenueInfo: invoiceTotal([planAmount], invoice.miscCharges) };
}

function invoiceDetails(ctx: TogaiContext, invoice: InvoiceRecord) {
  const customer = ctx.state.store.get<CustomerRecord>('customer', invoice.customerId);
  const account = ctx.state.account(invoice.accountId);
  const plan = invoice.pricePlanId ? ctx.state.store.get<PricePlanRecord>('pricePlan', invoice.pricePlanId) : undefined;
  const email = account?.primaryEmail ?? customer?.primaryEmail ?? '';
  const billingAddress = customer && oneLine(customer.address);
  return {
    ...(customer
      ? {
          customer: {
            name: customer.name,
            primaryEmail: customer.primaryEmail,
            ...(billingAddress ? { billingAddress } : {}),
            address: customer.address,
          },
        }
      : {}),
    ...(account
      ? { account: { name: account.name, invoiceCurrency: account.invoiceCurrency, address: account.address ?? customer?.address ?? {}, primaryEmail: email } }
      : {}),
    ...(plan ? { pricePlanName: plan.name } : {}),
  };
}

/** The fields Invoice and InvoiceSummary share. */
function summaryFields(ctx: TogaiContext, invoice: InvoiceRecord, total: number) {
  const netTermDays = invoice.status === 'DRAFT' ? (ctx.state.account(invoice.accountId)?.netTermDays ?? invoice.netTermDays) : invoice.netTermDays;
  return {
    id: invoice.id,
    customerId: invoice.customerId,
    ownerId: invoice.accountId,
    ...(invoice.pricePlanId ? { pricePlanId: invoice.pricePlanId } : {}),
    status: invoice.status,
    invoiceClass: 'INVOICE',
    invoiceType: invoice.invoiceType,
    startDate: invoice.startDate,
    endDate: invoice.endDate,
    endDateInclusive: new Date(Date.parse(invoice.endDate) - 1).toISOString(),
    invoiceDate: invoice.invoiceDate,
    ...(invoice.dueDate ? { dueDate: invoice.dueDate } : {}),
    ...(invoice.generatedAt ? { generatedAt: invoice.generatedAt } : {}),
    updatedAt: invoice.updatedAt,
    totalAmount: total,
    paidAmount: invoice.paidAmount ?? 0,
    invoiceDetails: invoiceDetails(ctx, invoice),
    netTermDays,
  };
}

/** The Invoice model, as GET /invoices/{id} answers (and `invoice.generated` carries). */
export function invoiceView(ctx: TogaiContext, invoice: InvoiceRecord) {
  const lines = invoiceLines(ctx, invoice);
  return {
    ...summaryFields(ctx, invoice, lines.revenueInfo.value),
    usageInfo: lines.usageInfo,
    revenueInfo: lines.revenueInfo,
    ...(invoice.autoAdvance !== undefined ? { autoAdvance: invoice.autoAdvance } : {}),
  };
}

/** The InvoiceSummary model of lists. */
export function invoiceSummaryView(ctx: TogaiContext, invoice: InvoiceRecord) {
  return summaryFields(ctx, invoice, invoiceLines(ctx, invoice).revenueInfo.value);
}

