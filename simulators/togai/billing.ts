import { addMonths } from '../kit/duration.js';
import { badRequest, notFound } from './errors.js';
import { notify, type TogaiContext } from './notifications.js';
import { invoiceLines } from './pricing.js';
import type { AccountRecord, CustomerRecord, InvoiceRecord, PricePlanRecord, Schedule, UsageMeterRecord } from './records.js';

const DAY = 24 * 3600 * 1000;
const INTERVAL_MONTHS = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, ANNUALLY: 12 } as const;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function togaiId(ctx: TogaiContext, prefix: string): string {
  return `${prefix}.${ctx.random.base62(11)}.${ctx.random.base62(5)}`;
}

function plan(ctx: TogaiContext, id: string): PricePlanRecord {
  return ctx.state.store.get<PricePlanRecord>('pricePlan', id)!;
}

function openCycle(ctx: TogaiContext, account: AccountRecord, schedule: Schedule, start: number): void {
  const details = plan(ctx, schedule.pricePlanId).details;
  const scheduleEnd = Date.parse(schedule.endDate);
  const end = Math.min(addMonths(start, INTERVAL_MONTHS[details.pricingCycleConfig.interval]), scheduleEnd);
  const invoice: InvoiceRecord = {
    id: togaiId(ctx, 'inv'),
    customerId: account.customerId,
    accountId: account.id,
    pricePlanId: schedule.pricePlanId,
    status: 'ONGOING',
    startDate: iso(start),
    endDate: iso(end),
    invoiceDate: iso(end),
    generatedAt: null,
    updatedAt: ctx.nowIso(),
    usage: {},
    lines: {},
  };
  ctx.state.store.insert('invoice', invoice);
  const cycles = ctx.state.openCycles.get(account.id) ?? [];
  cycles.push({ invoiceId: invoice.id, start, end });
  ctx.state.openCycles.set(account.id, cycles);
  ctx.sandbox.clock.schedule(end, `togai: close cycle ${invoice.id}`, () => closeCycle(ctx, invoice.id, schedule));
}

/** At cycle end: into grace (when the plan has one) or straight to GENERATED, and the next cycle opens. */
function closeCycle(ctx: TogaiContext, invoiceId: string, schedule: Schedule): void {
  const invoice = ctx.state.store.get<InvoiceRecord>('invoice', invoiceId)!;
  if (invoice.status !== 'ONGOING') return;
  const end = Date.parse(invoice.endDate);
  const grace = plan(ctx, invoice.pricePlanId).details.pricingCycleConfig.gracePeriod;
  if (grace > 0) {
    invoice.status = 'GRACE_PERIOD';
    invoice.updatedAt = ctx.nowIso();
    ctx.sandbox.clock.schedule(end + grace * DAY, `togai: generate ${invoice.id}`, () => generate(ctx, invoice.id));
  } else {
    generate(ctx, invoice.id);
  }
  const account = ctx.state.account(invoice.accountId)!;
  if (account.status === 'ACTIVE' && end < Date.parse(schedule.endDate) && account.schedules.includes(schedule)) {
    openCycle(ctx, account, schedule, end);
  }
}

function generate(ctx: TogaiContext, invoiceId: string): void {
  const invoice = ctx.state.store.get<InvoiceRecord>('invoice', invoiceId)!;
  if (invoice.status === 'GENERATED' || invoice.status === 'PUBLISHED') return;
  invoice.lines = computeLines(ctx, invoice);
  invoice.status = 'GENERATED';
  invoice.generatedAt = ctx.nowIso();
  invoice.updatedAt = ctx.nowIso();
  const cycles = ctx.state.openCycles.get(invoice.accountId) ?? [];
  ctx.state.openCycles.set(
    invoice.accountId,
    cycles.filter((c) => c.invoiceId !== invoice.id),
  );
  notify(ctx, 'invoice.generated', () => ({ invoice: invoiceView(ctx, invoice) }));
}

function computeLines(ctx: TogaiContext, invoice: InvoiceRecord) {
  const account = ctx.state.account(invoice.accountId)!;
  const meterName = (id: string) => ctx.state.store.get<UsageMeterRecord>('usageMeter', id)?.name ?? id;
  return invoiceLines(plan(ctx, invoice.pricePlanId).details, account.invoiceCurrency, invoice.usage, meterName);
}

export function invoiceView(ctx: TogaiContext, invoice: InvoiceRecord) {
  const customer = ctx.state.store.get<CustomerRecord>('customer', invoice.customerId)!;
  const account = ctx.state.account(invoice.accountId)!;
  const pricePlan = plan(ctx, invoice.pricePlanId);
  const lines = invoice.lines.revenueInfo ? invoice.lines : computeLines(ctx, invoice);
  const view: Record<string, unknown> = {
    id: invoice.id,
    customerId: invoice.customerId,
    accountId: invoice.accountId,
    pricePlanId: invoice.pricePlanId,
    usageInfo: lines.usageInfo,
    revenueInfo: lines.revenueInfo,
    invoiceDetails: {
      customer: { name: customer.name, primaryEmail: customer.primaryEmail, billingAddress: customer.billingAddress },
      account: { name: account.name, invoiceCurrency: account.invoiceCurrency },
      pricePlanName: pricePlan.name,
    },
    status: invoice.status,
    startDate: invoice.startDate,
    endDate: invoice.endDate,
    invoiceDate: invoice.invoiceDate,
    updatedAt: invoice.updatedAt,
  };
  if (invoice.generatedAt) view.generatedAt = invoice.generatedAt;
  return view;
}

export interface AssociationRequest {
  mode?: 'ASSOCIATE' | 'DISASSOCIATE';
  pricePlanId?: string;
  effectiveFrom: string;
  effectiveUntil: string;
}

/**
 * Associate a plan: a schedule from `effectiveFrom` (or now, if that is already past) to the
 * end of `effectiveUntil`, whose first monthly cycle opens with an ONGOING invoice at once
 * (or at the start date). Dissociating ends the schedule now and closes the open cycle.
 */
export function updatePricingSchedule(ctx: TogaiContext, account: AccountRecord, body: AssociationRequest): void {
  const from = Date.parse(`${body.effectiveFrom}T00:00:00Z`);
  const until = Date.parse(`${body.effectiveUntil}T00:00:00Z`) + DAY;
  if (until <= from) throw badRequest(`effectiveUntil (${body.effectiveUntil}) must not be before effectiveFrom (${body.effectiveFrom})`);
  const now = ctx.now();
  const current = account.schedules.find((s) => Date.parse(s.endDate) > now);
  if ((body.mode ?? 'ASSOCIATE') === 'DISASSOCIATE') {
    if (!current) throw badRequest(`Account '${account.id}' has no price plan associated to dissociate`);
    current.endDate = iso(now);
    for (const cycle of ctx.state.openCycles.get(account.id) ?? []) {
      const invoice = ctx.state.store.get<InvoiceRecord>('invoice', cycle.invoiceId)!;
      if (invoice.status !== 'ONGOING') continue;
      invoice.endDate = iso(now);
      invoice.invoiceDate = iso(now);
      cycle.end = now;
      closeCycle(ctx, invoice.id, current);
    }
    return;
  }
  if (!body.pricePlanId) throw badRequest('pricePlanId is required to associate a price plan');
  const pricePlan = ctx.state.store.get<PricePlanRecord>('pricePlan', body.pricePlanId);
  if (!pricePlan) throw notFound('Price plan', body.pricePlanId);
  if (pricePlan.status !== 'ACTIVE') throw badRequest(`Price plan '${pricePlan.id}' is ${pricePlan.status}; activate it before associating it`);
  if (!pricePlan.details.activeCurrencies.includes(account.invoiceCurrency)) {
    throw badRequest(
      `Price plan '${pricePlan.id}' is not active in ${account.invoiceCurrency}, the invoice currency of account '${account.id}' (active: ${pricePlan.details.activeCurrencies.join(', ') || 'none'})`,
    );
  }
  if (current) {
    throw badRequest(
      `Account '${account.id}' already has price plan '${current.pricePlanId}' associated until ${current.endDate}; dissociate it first`,
    );
  }
  if (until <= now) throw badRequest(`effectiveUntil (${body.effectiveUntil}) is already past`);
  const start = Math.max(from, now);
  const schedule: Schedule = { pricePlanId: pricePlan.id, startDate: iso(start), endDate: iso(until) };
  account.schedules.push(schedule);
  if (start === now) openCycle(ctx, account, schedule, start);
  else ctx.sandbox.clock.schedule(start, `togai: open first cycle of ${account.id}`, () => openCycle(ctx, account, schedule, start));
}

export function schedulesView(ctx: TogaiContext, account: AccountRecord) {
  return {
    accountId: account.id,
    accountName: account.name,
    pricingSchedules: account.schedules.map((s) => ({
      pricePlanId: s.pricePlanId,
      pricePlanName: plan(ctx, s.pricePlanId).name,
      startDate: s.startDate,
      endDate: s.endDate,
    })),
  };
}
