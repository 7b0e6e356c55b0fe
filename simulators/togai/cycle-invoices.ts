import { applyCredits, returnCredits } from './credit-ledger.js';
import { cycleShare, nextBoundary } from './cycles.js';
import { notFound } from './errors.js';
import { grantCycleCredits } from './feature-credits.js';
import { togaiId } from './ids.js';
import type { InvoiceRecord } from './invoice-records.js';
import { invoiceLines, invoiceView } from './invoice-views.js';
import { notify, type TogaiContext } from './notifications.js';
import type { Schedule } from './plan-records.js';
import { scheduleTerms } from './plan-store.js';
import { advancedFees, invoiceTotal } from './pricing.js';
import { DAY } from './time.js';

/**
 * The invoice lifecycle of billing cycles, on the virtual clock. A schedule opens its first cycle
 * at its start and each next one as the last closes (cycle boundaries: cycles.ts). A cycle's
 * STANDARD invoice is a DRAFT while the cycle is open and through the grace period after it, when
 * late events still count; then it is finalised to DUE, its lines fixed, the account's credits
 * drawn (credit-ledger.ts) and `invoice.generated` sent. In-advance fixed fees are billed when
 * their cycle opens, on a STANDARD_ADVANCED invoice that is DUE at once. Clock jobs check the record they act on is still as they expect, since a
 * schedule edit may have moved or cut the cycle after the job was set.
 */

export function findInvoice(ctx: TogaiContext, id: string): InvoiceRecord {
  const invoice = ctx.state.store.get<InvoiceRecord>('invoice', id);
  if (!invoice) throw notFound('Invoice', id);
  return invoice;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function removeOpenCycle(ctx: TogaiContext, invoice: InvoiceRecord): void {
  const cycles = ctx.state.openCycles.get(invoice.accountId);
  if (!cycles) return;
  const rest = cycles.filter((c) => c.invoiceId !== invoice.id);
  if (rest.length) ctx.state.openCycles.set(invoice.accountId, rest);
  else ctx.state.openCycles.delete(invoice.accountId);
}

/** DRAFT -> DUE: the lines are fixed, the due date set, and `invoice.generated` sent. */
export function finaliseInvoice(ctx: TogaiContext, invoice: InvoiceRecord): void {
  invoice.lines = invoiceLines(ctx, invoice);
  const account = ctx.state.account(invoice.accountId);
  if (account) invoice.netTermDays = account.netTermDays;
  invoice.status = 'DUE';
  invoice.phase = 'CLOSED';
  invoice.generatedAt = ctx.nowIso();
  invoice.updatedAt = invoice.generatedAt;
  // a custom invoice is dated the day it is issued; a cycle's, its cycle's end
  if (invoice.invoiceType === 'CUSTOM') invoice.invoiceDate = invoice.generatedAt;
  invoice.dueDate = iso(Date.parse(invoice.invoiceDate) + invoice.netTermDays * DAY);
  applyCredits(ctx, invoice);
  removeOpenCycle(ctx, invoice);
  notify(ctx, 'invoice.generated', () => ({ invoice: invoiceView(ctx, invoice) }));
}

/** -> VOID: a voided DRAFT cycle stops taking events; the credits a finalised invoice drew come back. */
export function voidInvoice(ctx: TogaiContext, invoice: InvoiceRecord): void {
  if (invoice.status === 'DRAFT') invoice.lines = invoiceLines(ctx, invoice);
  else returnCredits(ctx, invoice);
  invoice.status = 'VOID';
  invoice.phase = 'CLOSED';
  invoice.updatedAt = ctx.nowIso();
  removeOpenCycle(ctx, invoice);
}

function newInvoice(ctx: TogaiContext, schedule: Schedule, type: 'STANDARD' | 'STANDARD_ADVANCED', start: number, end: number, currency: string): InvoiceRecord {
  const account = ctx.state.account(schedule.accountId)!;
  return {
    id: togaiId(ctx, 'inv'),
    invoiceType: type,
    customerId: account.customerId,
    accountId: account.id,
    currency,
    scheduleId: schedule.id,
    pricePlanId: schedule.pricePlanId,
    planVersion: schedule.version,
    status: 'DRAFT',
    phase: 'OPEN',
    startDate: iso(start),
    endDate: iso(end),
    invoiceDate: iso(type === 'STANDARD' ? end : start),
    netTermDays: account.netTermDays,
    updatedAt: ctx.nowIso(),
    proration: cycleShare(schedule.pricingCycleConfig, start, end),
    firstCycle: !schedule.billingStarted,
    usage: {},
    miscCharges: [],
    customLines: [],
  };
}

/** The in-advance fees of a cycle that has just opened, invoiced at once; the invoice, if it has any. */
function billInAdvance(ctx: TogaiContext, schedule: Schedule, cycle: InvoiceRecord): InvoiceRecord | undefined {
  const { cards } = scheduleTerms(ctx, schedule);
  const fees = advancedFees(cards, cycle.currency, cycle.proration, cycle.firstCycle, cycle.cycleIndex ?? 0);
  if (!fees) return undefined;
  const invoice = newInvoice(ctx, schedule, 'STANDARD_ADVANCED', Date.parse(cycle.startDate), Date.parse(cycle.endDate), cycle.currency);
  invoice.proration = cycle.proration;
  invoice.firstCycle = cycle.firstCycle;
  invoice.lines = { usageInfo: [], revenueInfo: invoiceTotal([fees], []) };
  invoice.cycleIndex = cycle.cycleIndex;
  ctx.state.store.insert('invoice', invoice);
  finaliseInvoice(ctx, invoice);
  return invoice;
}

function openCycle(ctx: TogaiContext, scheduleId: string, start: number): void {
  const schedule = ctx.state.store.get<Schedule>('schedule', scheduleId);
  if (!schedule || start < Date.parse(schedule.startDate) || start >= Date.parse(schedule.endDate)) return;
  const current = schedule.currentInvoiceId ? ctx.state.store.get<InvoiceRecord>('invoice', schedule.currentInvoiceId) : undefined;
  if (current && Date.parse(current.startDate) >= start) return;
  const account = ctx.state.account(schedule.accountId);
  if (!account || account.status === 'ARCHIVED') return;
  const end = Math.min(nextBoundary(schedule.pricingCycleConfig, start), Date.parse(schedule.endDate));
  const invoice = ctx.state.store.insert('invoice', newInvoice(ctx, schedule, 'STANDARD', start, end, account.invoiceCurrency));
  invoice.cycleIndex = current ? (current.cycleIndex ?? 0) + 1 : 0;
  schedule.billingStarted = true;
  schedule.currentInvoiceId = invoice.id;
  const cycles = ctx.state.openCycles.get(account.id) ?? [];
  cycles.push({ invoiceId: invoice.id, start, end });
  ctx.state.openCycles.set(account.id, cycles);
  const advanced = billInAdvance(ctx, schedule, invoice);
  grantCycleCredits(ctx, schedule, invoice, advanced);
  ctx.schedule(end, `togai: close cycle ${invoice.id}`, 'closeCycle', invoice.id, end);
}

/**
 * At a cycle's end: its DRAFT goes into the grace period (or is finalised at once without one), and
 * the next cycle opens. A voided cycle still ends; a cycle whose end an edit moved is closed by the
 * job set for its new end.
 */
function closeCycle(ctx: TogaiContext, invoiceId: string, at: number): void {
  const invoice = ctx.state.store.get<InvoiceRecord>('invoice', invoiceId);
  if (!invoice || Date.parse(invoice.endDate) !== at) return;
  const schedule = ctx.state.store.get<Schedule>('schedule', invoice.scheduleId!);
  if (invoice.phase === 'OPEN') {
    invoice.phase = 'GRACE';
    invoice.updatedAt = ctx.nowIso();
    const grace = schedule?.pricingCycleConfig.gracePeriod ?? 0;
    if (grace > 0) ctx.schedule(at + grace * DAY, `togai: finalise ${invoice.id}`, 'finaliseAfterGrace', invoice.id);
    else finaliseInvoice(ctx, invoice);
  }
  if (schedule && at < Date.parse(schedule.endDate)) openCycle(ctx, schedule.id, at);
}

function finaliseAfterGrace(ctx: TogaiContext, invoiceId: string): void {
  const invoice = ctx.state.store.get<InvoiceRecord>('invoice', invoiceId);
  if (invoice?.status === 'DRAFT' && invoice.phase === 'GRACE') finaliseInvoice(ctx, invoice);
}

/** Open the schedule's first cycle at its start: now, or when the clock gets there. */
export function startSchedule(ctx: TogaiContext, schedule: Schedule): void {
  const start = Date.parse(schedule.startDate);
  if (start <= ctx.now()) openCycle(ctx, schedule.id, start);
  else ctx.schedule(start, `togai: open first cycle of ${schedule.id}`, 'openCycle', schedule.id, start);
}

/** The clock jobs billing cycles schedule. */
export const cycleJobs = { closeCycle, finaliseAfterGrace, openCycle };

/**
 * End a schedule at `t` (now or later). Its open cycle ends there too: at once when `t` is now,
 * else when the clock gets there. A schedule ended at or before its start is dropped.
 */
export function endSchedule(ctx: TogaiContext, schedule: Schedule, t: number): void {
  schedule.endDate = iso(t);
  const invoice = schedule.currentInvoiceId ? ctx.state.store.get<InvoiceRecord>('invoice', schedule.currentInvoiceId) : undefined;
  if (invoice && invoice.phase === 'OPEN' && Date.parse(invoice.endDate) > t) {
    const start = Date.parse(invoice.startDate);
    if (t <= start) {
      removeOpenCycle(ctx, invoice);
      ctx.state.store.remove('invoice', invoice.id);
    } else {
      invoice.endDate = iso(t);
      invoice.invoiceDate = invoice.endDate;
      invoice.proration = cycleShare(schedule.pricingCycleConfig, start, t);
      const cycle = ctx.state.openCycles.get(invoice.accountId)?.find((c) => c.invoiceId === invoice.id);
      if (cycle) cycle.end = t;
      if (t <= ctx.now()) closeCycle(ctx, invoice.id, t);
      else ctx.schedule(t, `togai: close cycle ${invoice.id}`, 'closeCycle', invoice.id, t);
    }
  }
  if (t <= Date.parse(schedule.startDate)) {
    ctx.state.store.remove('schedule', schedule.id);
    const account = ctx.state.account(schedule.accountId);
    if (account) account.schedules = account.schedules.filter((id) => id !== schedule.id);
  }
}

/** Move a schedule that has not begun billing to start later. */
export function delayStart(ctx: TogaiContext, schedule: Schedule, t: number): void {
  schedule.startDate = iso(t);
  startSchedule(ctx, schedule);
}

