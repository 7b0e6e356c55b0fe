import type { InvoiceItemRecord, InvoiceRecord } from './records.js';
import { v1Time } from './time.js';

function includes(invoice: InvoiceRecord, type: string): boolean {
  return invoice.items.some((i) => i.chargeType === type);
}

/** An invoice as post_standaloneinvoice.md and get_getinvoice.md show it. */
export function invoiceView(invoice: InvoiceRecord, userId: string) {
  return {
    id: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    accountId: invoice.accountId,
    amount: invoice.amount,
    amountWithoutTax: invoice.amount,
    discount: 0,
    invoiceDate: invoice.invoiceDate,
    dueDate: invoice.dueDate,
    autoPay: invoice.autoPay,
    comments: invoice.comments,
    status: invoice.status,
    taxAmount: 0,
    taxExemptAmount: 0,
    transferredToAccounting: invoice.transferredToAccounting,
    sourceType: 'Standalone',
    billToContactId: null,
    soldToContactId: null,
    templateId: invoice.templateId,
    paymentTerm: invoice.paymentTerm,
    sequenceSetId: null,
    adjustmentAmount: 0,
    balance: invoice.balance,
    billToContactSnapshotId: null,
    creditMemoAmount: 0,
    includesOneTime: includes(invoice, 'OneTime'),
    includesRecurring: includes(invoice, 'Recurring'),
    includesUsage: includes(invoice, 'Usage'),
    lastEmailSentDate: null,
    paymentAmount: 0,
    postedBy: invoice.postedAt === undefined ? null : userId,
    postedDate: invoice.postedAt === undefined ? null : v1Time(invoice.postedAt),
    refundAmount: 0,
    soldToContactSnapshotId: null,
    source: 'API',
    sourceId: null,
    targetDate: null,
    taxMessage: null,
    taxStatus: 'Complete',
    createdById: userId,
    createdDate: v1Time(invoice.createdAt),
    updatedById: userId,
    updatedDate: v1Time(invoice.updatedAt),
    billRunId: null,
    currency: invoice.currency,
    invoiceGroupNumber: null,
    ...invoice.custom,
  };
}

/** An invoice item as get_invoiceitems.md shows it. */
export function invoiceItemView(item: InvoiceItemRecord, invoice: InvoiceRecord) {
  return {
    appliedToItemId: null,
    balance: item.amount,
    chargeAmount: item.amount,
    chargeDate: v1Time(invoice.createdAt),
    chargeDescription: item.description,
    chargeId: item.chargeId,
    chargeName: item.chargeName,
    chargeType: item.chargeType,
    description: item.description,
    id: item.id,
    processingType: 'Charge',
    productName: item.productName,
    quantity: item.quantity,
    serviceEndDate: item.serviceEndDate,
    serviceStartDate: item.serviceStartDate,
    taxAmount: 0,
    unitOfMeasure: item.unitOfMeasure,
    unitPrice: item.unitPrice,
    ...item.extra,
  };
}
