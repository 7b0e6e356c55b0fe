import type { TogaiHandlers } from './operations.js';
import { finaliseInvoice, findInvoice, iso } from './cycle-invoices.js';
import { badRequest, notFound } from './errors.js';
import { togaiId } from './ids.js';
import type { CustomLineRecord, InvoiceRecord, MiscChargeRecord } from './invoice-records.js';
import { invoiceView } from './invoice-views.js';
import type { TogaiContext } from './notifications.js';
import { money } from './pricing.js';

/**
 * Custom invoices (a client's own lines for an account, DRAFT until made DUE, by a status update
 * or, with autoAdvance, at the end of their period) and miscellaneous charges added to a DRAFT
 * invoice or to the account's upcoming one.
 */

interface CustomLineInput {
  id?: string;
  description?: string;
  valuePerQuantity?: number;
  quantity?: number;
  value?: number;
  billableId?: string;
}

export interface CustomInvoiceUpdate {
  startDate?: string;
  endDate?: string;
  lineItems?: CustomLineInput[];
  autoAdvance?: boolean;
}

/** Either `value`, or `quantity` and `valuePerQuantity` (whose product is the value). */
function customLines(lines: CustomLineInput[]): CustomLineRecord[] {
  return lines.map((l, i) => {
    const priced = l.quantity !== undefined && l.valuePerQuantity !== undefined;
    if (!priced && l.value === undefined) throw badRequest(`lineItems[${i}] needs a value, or a quantity and a valuePerQuantity`);
    if (!priced && (l.quantity !== undefined || l.valuePerQuantity !== undefined)) throw badRequest(`lineItems[${i}] needs both quantity and valuePerQuantity, or neither`);
    return { ...l, value: priced ? money(l.quantity! * l.valuePerQuantity!) : l.value! };
  });
}

function period(startDate: string, endDate: string): void {
  if (Date.parse(endDate) <= Date.parse(startDate)) throw badRequest(`endDate (${endDate}) must be after startDate (${startDate})`);
}

/**
 * With autoAdvance, a DRAFT custom invoice becomes DUE at the end of its period (at once if that is
 * past). The job reads the invoice again when it runs: it may have been deleted, re-dated or taken
 * off autoAdvance since, and then does nothing.
 */
function advanceAtEnd(ctx: TogaiContext, invoice: InvoiceRecord): void {
  if (!invoice.autoAdvance || invoice.status !== 'DRAFT') return;
  const { id } = invoice;
  const at = Date.parse(invoice.endDate);
  if (at <= ctx.now()) advanceIfDue(ctx, id, at);
  else ctx.schedule(at, `togai: advance custom invoice ${id}`, 'advanceCustomInvoice', id, at);
}

function advanceIfDue(ctx: TogaiContext, id: string, at: number): void {
  const current = ctx.state.store.get<InvoiceRecord>('invoice', id);
  if (current?.status === 'DRAFT' && current.autoAdvance && Date.parse(current.endDate) === at) finaliseInvoice(ctx, current);
}

/** The clock jobs custom invoices schedule. */
export const customInvoiceJobs = { advanceCustomInvoice: advanceIfDue };

export function updateCustomFields(ctx: TogaiContext, invoice: InvoiceRecord, fields: CustomInvoiceUpdate): void {
  if (invoice.invoiceType !== 'CUSTOM' || invoice.status !== 'DRAFT') {
    throw badRequest(`Invoice '${invoice.id}' is a ${invoice.invoiceType} invoice in ${invoice.status}; only CUSTOM invoices in DRAFT change anything but their status`);
  }
  const startDate = fields.startDate ?? invoice.startDate;
  const endDate = fields.endDate ?? invoice.endDate;
  period(startDate, endDate);
  const lines = fields.lineItems ? customLines(fields.lineItems) : invoice.customLines;
  Object.assign(invoice, { startDate: iso(Date.parse(startDate)), endDate: iso(Date.parse(endDate)), customLines: lines, updatedAt: ctx.nowIso() });
  if (fields.autoAdvance !== undefined) invoice.autoAdvance = fields.autoAdvance;
  advanceAtEnd(ctx, invoice);
}

/** Miscellaneous charges as given, checked: rate and quantity, or a fixed value. */
function miscCharges(items: MiscChargeRecord[]): MiscChargeRecord[] {
  const names = new Set<string>();
  items.forEach((c, i) => {
    const at = `items[${i}]`;
    if (names.has(c.name)) throw badRequest(`${at}.name '${c.name}' is given twice; charge names are unique on an invoice`);
    names.add(c.name);
    const rated = c.rate !== undefined || c.quantity !== undefined;
    if (c.value !== undefined && rated) throw badRequest(`${at} has a value and a rate or quantity; give one or the other (the value is then rate x quantity)`);
    if (c.value === undefined && (c.rate === undefined || c.quantity === undefined)) throw badRequest(`${at} needs a value, or both a rate and a quantity`);
    if (c.value !== undefined && !Number.isFinite(Number(c.value))) {
      throw badRequest(`${at}.value '${c.value}' is not a number; JSON Logic values over line items are not simulated yet`);
    }
  });
  return items.map((c) => ({ ...c }));
}

function setMiscCharges(ctx: TogaiContext, invoice: InvoiceRecord, body: unknown) {
  const items = (body as { items?: MiscChargeRecord[] } | undefined)?.items;
  if (!items) throw badRequest('items is required: the full list of miscellaneous charges the invoice is to carry');
  invoice.miscCharges = miscCharges(items);
  invoice.updatedAt = ctx.nowIso();
  return { status: 200, body: { data: invoice.miscCharges } };
}

export const customInvoiceHandlers = {
  createCustomInvoice(req, ctx) {
    const body = req.body;
    if (body.ownerType !== undefined && body.ownerType !== 'ACCOUNT') throw badRequest(`ownerType must be ACCOUNT; invoice groups are not simulated (got '${body.ownerType}')`);
    const account = ctx.state.account(body.accountId);
    if (!account) throw notFound('Account', body.accountId);
    if (body.status !== 'DRAFT' && body.status !== 'DUE') throw badRequest(`status must be DRAFT or DUE for a new custom invoice, got '${body.status}'`);
    if (body.idempotencyKey) {
      for (const i of ctx.state.store.values<InvoiceRecord>('invoice')) {
        if (i.idempotencyKey === body.idempotencyKey && i.accountId === account.id) return { status: 201, body: invoiceView(ctx, i) };
      }
    }
    period(body.startDate, body.endDate);
    const now = ctx.nowIso();
    const invoice = ctx.state.store.insert<InvoiceRecord>('invoice', {
      id: togaiId(ctx, 'inv'),
      invoiceType: 'CUSTOM',
      customerId: account.customerId,
      accountId: account.id,
      currency: account.invoiceCurrency,
      status: 'DRAFT',
      phase: 'OPEN',
      startDate: iso(Date.parse(body.startDate)),
      endDate: iso(Date.parse(body.endDate)),
      invoiceDate: now,
      netTermDays: account.netTermDays,
      updatedAt: now,
      proration: 1,
      firstCycle: false,
      usage: {},
      miscCharges: [],
      customLines: customLines(body.lineItems),
      ...(body.autoAdvance !== undefined ? { autoAdvance: body.autoAdvance } : {}),
      ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
    });
    if (body.status === 'DUE') finaliseInvoice(ctx, invoice);
    else advanceAtEnd(ctx, invoice);
    return { status: 201, body: invoiceView(ctx, invoice) };
  },

  deleteCustomInvoice(req, ctx) {
    const invoice = findInvoice(ctx, req.params.invoice_id!);
    if (invoice.invoiceType !== 'CUSTOM' || invoice.status !== 'DRAFT') {
      throw badRequest(`Invoice '${invoice.id}' is a ${invoice.invoiceType} invoice in ${invoice.status}; only CUSTOM invoices in DRAFT can be deleted (void others)`);
    }
    ctx.state.store.remove('invoice', invoice.id);
    return { status: 200, body: { success: true } };
  },

  manageMiscellaneousChargesInInvoice(req, ctx) {
    const invoice = findInvoice(ctx, req.params.invoice_id!);
    if (invoice.status !== 'DRAFT') throw badRequest(`Invoice '${invoice.id}' is ${invoice.status}; miscellaneous charges go on DRAFT invoices only`);
    return setMiscCharges(ctx, invoice, req.body);
  },

  /** The upcoming invoice: the DRAFT of the account's cycle under way. */
  manageMiscellaneousChargesInAccount(req, ctx) {
    const account = ctx.state.account(req.params.account_id!);
    if (!account) throw notFound('Account', req.params.account_id!);
    const open = ctx.state.openCycles.get(account.id) ?? [];
    const upcoming = open.map((c) => findInvoice(ctx, c.invoiceId)).find((i) => i.phase === 'OPEN');
    if (!upcoming) throw badRequest(`Account '${account.id}' has no upcoming invoice: no price plan cycle is under way`);
    return setMiscCharges(ctx, upcoming, req.body);
  },
} satisfies Partial<TogaiHandlers>;
