import type { ZuoraHandlers } from './operations.js';
import type { ZuoraContext } from './auth.js';
import { round } from './account-views.js';
import { Category, notFound, ruleFailure } from './errors.js';
import { customFieldsOf, newId, numbered } from './ids.js';
import { invoiceItemView, invoiceView } from './invoice-views.js';
import { v1Page } from './paging.js';
import type { AccountRecord, InvoiceItemRecord, InvoiceRecord } from './records.js';
import { addDays, unrealDate } from './time.js';

interface ItemInput {
  amount?: number;
  serviceStartDate?: string;
  serviceEndDate?: unknown;
  productRatePlanChargeId?: string;
  quantity?: unknown;
  [field: string]: unknown;
}

interface InvoiceInput {
  accountId?: string;
  accountNumber?: string;
  invoiceDate: string;
  dueDate?: string;
  invoiceItems?: ItemInput[];
  invoiceNumber?: string;
  currency?: string;
  status?: 'Draft' | 'Posted';
  autoPay?: boolean;
  comments?: string;
  paymentTerm?: string;
  templateId?: string;
  transferredToAccounting?: string;
  [field: string]: unknown;
}

/** The account of a standalone invoice: accountId or accountNumber, and both must agree when both are given. */
function invoiceAccount(ctx: ZuoraContext, input: InvoiceInput): AccountRecord {
  const byId = input.accountId;
  const byNumber = input.accountNumber;
  if (byId === undefined && byNumber === undefined) {
    throw ruleFailure(Category.MISSING_FIELD, "Give 'accountId' or 'accountNumber': a standalone invoice belongs to an existing customer account");
  }
  const fromId = byId === undefined ? undefined : ctx.state.store.get<AccountRecord>('account', byId);
  if (byId !== undefined && !fromId) throw notFound('account', byId);
  const numberedId = byNumber === undefined ? undefined : ctx.state.accountNumbers.get(byNumber);
  if (byNumber !== undefined && !numberedId) throw notFound('account', byNumber);
  if (fromId && numberedId && fromId.id !== numberedId) {
    throw ruleFailure(Category.INVALID_VALUE, `'accountId' ${byId} and 'accountNumber' ${byNumber} refer to different accounts; they must refer to the same one`);
  }
  const account = fromId ?? ctx.state.account(numberedId!)!;
  if (account.status !== 'Active') throw ruleFailure(Category.RULE, `Account '${account.accountNumber}' is ${account.status}; invoices can only be created for Active accounts`);
  return account;
}

/** Days until an invoice is due under a payment term such as `Net 30`; `Due Upon Receipt` is due at once. */
function termDays(term: string): number {
  const net = /^net\s*(\d+)$/i.exec(term.trim());
  return net ? Number(net[1]) : 0;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function buildItem(ctx: ZuoraContext, input: ItemInput, index: number, invoiceDate: string): InvoiceItemRecord {
  const where = `invoiceItems[${index}]`;
  if (typeof input.amount !== 'number') throw ruleFailure(Category.MISSING_FIELD, `'${where}.amount' is required: the amount of the item, e.g. 100`);
  const { amount, serviceStartDate, serviceEndDate, productRatePlanChargeId, quantity, chargeName: rawName, description: rawDescription, uom: rawUom, ...extra } = input;
  // the contract's item schema passes these through unchecked, so only strings are taken
  const chargeName = text(rawName);
  const description = text(rawDescription);
  const uom = text(rawUom);
  let name = chargeName ?? '';
  let type = 'OneTime';
  let productName = '';
  let unit = uom ?? '';
  if (productRatePlanChargeId !== undefined) {
    const charge = ctx.state.productCharge(productRatePlanChargeId);
    if (!charge) throw notFound(`product rate plan charge (${where}.productRatePlanChargeId)`, productRatePlanChargeId);
    name = chargeName ?? String(charge.fields.Name);
    type = String(charge.fields.ChargeType);
    unit = uom ?? (typeof charge.fields.UOM === 'string' ? charge.fields.UOM : '');
    productName = String(ctx.state.product(ctx.state.ratePlan(charge.ratePlanId)!.productId)!.fields.Name);
  }
  const count = typeof quantity === 'number' && quantity !== 0 ? quantity : 1;
  const start = serviceStartDate ?? invoiceDate;
  return {
    id: newId(ctx),
    chargeId: productRatePlanChargeId ?? newId(ctx),
    chargeName: name,
    chargeType: type,
    productName,
    ...(productRatePlanChargeId !== undefined ? { productRatePlanChargeId } : {}),
    amount,
    quantity: count,
    unitPrice: round(amount / count),
    serviceStartDate: start,
    serviceEndDate: text(serviceEndDate) ?? start,
    description: description ?? '',
    unitOfMeasure: unit,
    extra: customFieldsOf(extra),
  };
}

function nextInvoiceNumber(ctx: ZuoraContext): string {
  let number: string;
  do number = numbered('INV', ctx.sequences.next('invoice'));
  while (ctx.state.invoiceNumbers.has(number));
  return number;
}

function checkDates(input: InvoiceInput): void {
  const unreal = unrealDate(input, ['invoiceDate', 'dueDate'], 'date');
  if (unreal) throw ruleFailure(Category.INVALID_VALUE, `'${unreal}' must be a real date as yyyy-mm-dd, got '${String(input[unreal])}'`);
  (input.invoiceItems ?? []).forEach((item, i) => {
    const bad = unrealDate(item, ['serviceStartDate', 'serviceEndDate'], 'date');
    if (bad) throw ruleFailure(Category.INVALID_VALUE, `'invoiceItems[${i}].${bad}' must be a real date as yyyy-mm-dd, got '${String(item[bad])}'`);
  });
}

function createInvoice(ctx: ZuoraContext, input: InvoiceInput): InvoiceRecord {
  checkDates(input);
  const account = invoiceAccount(ctx, input);
  const items = input.invoiceItems ?? [];
  if (items.length === 0) throw ruleFailure(Category.MISSING_FIELD, "'invoiceItems' must list at least one item, e.g. [{\"amount\": 100, \"serviceStartDate\": \"2026-01-01\"}]");
  if (input.invoiceNumber !== undefined && ctx.state.invoiceNumbers.has(input.invoiceNumber)) {
    throw ruleFailure(Category.RULE, `Invoice number '${input.invoiceNumber}' is already used; an invoice number must be unique in the tenant`);
  }
  const currency = input.currency ?? account.currency;
  if (!ctx.state.tenant.currencies.includes(currency)) {
    throw ruleFailure(Category.INVALID_VALUE, `'currency' value '${currency}' is not configured in Billing Settings; use one of ${ctx.state.tenant.currencies.join(', ')}`);
  }
  const paymentTerm = input.paymentTerm ?? account.paymentTerm;
  const dueDate = input.dueDate ?? addDays(input.invoiceDate, termDays(paymentTerm));
  if (dueDate === undefined) throw ruleFailure(Category.INVALID_VALUE, `Payment term '${paymentTerm}' puts the due date after the year 9999; give a dueDate or another payment term`);
  if (dueDate < input.invoiceDate) throw ruleFailure(Category.RULE, `'dueDate' ${dueDate} is before 'invoiceDate' ${input.invoiceDate}; an invoice cannot be due before it is issued`);
  const built = items.map((item, i) => buildItem(ctx, item, i, input.invoiceDate));
  const amount = round(built.reduce((sum, i) => sum + i.amount, 0));
  const now = ctx.now();
  const invoice: InvoiceRecord = {
    id: newId(ctx),
    invoiceNumber: input.invoiceNumber ?? nextInvoiceNumber(ctx),
    accountId: account.id,
    invoiceDate: input.invoiceDate,
    dueDate,
    status: input.status ?? 'Draft',
    currency,
    amount,
    balance: amount,
    autoPay: input.autoPay ?? false,
    comments: input.comments ?? null,
    paymentTerm,
    transferredToAccounting: input.transferredToAccounting ?? null,
    templateId: input.templateId ?? null,
    items: built,
    custom: customFieldsOf(input),
    createdAt: now,
    updatedAt: now,
    ...(input.status === 'Posted' ? { postedAt: now } : {}),
  };
  ctx.state.addInvoice(invoice);
  return invoice;
}

function findInvoice(ctx: ZuoraContext, key: string): InvoiceRecord {
  const invoice = ctx.state.invoice(key);
  if (!invoice) throw notFound('invoice', key);
  return invoice;
}

export const invoiceHandlers = {
  createStandaloneInvoice(req, ctx) {
    const invoice = createInvoice(ctx, req.body);
    return { status: 200, body: { ...invoiceView(invoice, ctx.state.notifications.userId), success: true } };
  },

  getInvoice(req, ctx) {
    const invoice = findInvoice(ctx, req.params.invoiceKey!);
    return { status: 200, body: { ...invoiceView(invoice, ctx.state.notifications.userId), success: true } };
  },

  getInvoiceItems(req, ctx) {
    const invoice = findInvoice(ctx, req.params.invoiceKey!);
    const { rows, nextPage } = v1Page(invoice.items, req, 20);
    return { status: 200, body: { invoiceItems: rows.map((i) => invoiceItemView(i, invoice)), ...(nextPage ? { nextPage } : {}), success: true } };
  },
} satisfies Partial<ZuoraHandlers>;
