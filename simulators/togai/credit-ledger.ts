import { togaiId } from './ids.js';
import type { InvoiceRecord, LineItem } from './invoice-records.js';
import { invoiceLines } from './invoice-views.js';
import type { CreditRecord, CreditTransactionType } from './money-records.js';
import type { TogaiContext } from './notifications.js';
import { money } from './pricing.js';
import { DAY } from './time.js';

/**
 * What credits are worth and how they are spent, on the virtual clock. A credit applies from the
 * start of its effectiveFrom day (UTC) to the end of its effectiveUntil day, when what is left of
 * it expires. It is money off its account's invoices in its unit (the account's invoice currency
 * when granted): when an invoice is finalised, the credits in effect are drawn in order (lower
 * `priority` first, then the one expiring soonest, then the oldest) and the invoice's total falls
 * by what they cover, shown as TOTAL_CREDITS > SUB_CREDITS lines beside NET_AMOUNT. Those lines are
 * negative so that, as everywhere in the tree, a line is the sum of the lines under it (and a
 * client adding up the billed lines gets the total).
 */

export const creditLeft = (c: CreditRecord) => money(c.creditAmount - c.consumedAmount);

const startOf = (date: string) => Date.parse(`${date}T00:00:00.000Z`);
/** The instant a credit stops applying: the end of its effectiveUntil day. */
export const expiresAt = (c: CreditRecord) => (c.effectiveUntil ? startOf(c.effectiveUntil) + DAY : Infinity);

/** An ACTIVE credit in effect now. */
export function inEffect(c: CreditRecord, now: number): boolean {
  return c.status === 'ACTIVE' && startOf(c.effectiveFrom) <= now && now < expiresAt(c);
}

export function accountCredits(ctx: TogaiContext, accountId: string): CreditRecord[] {
  return [...ctx.state.store.values<CreditRecord>('credit')].filter((c) => c.accountId === accountId);
}

export function record(ctx: TogaiContext, credit: CreditRecord, type: CreditTransactionType, amount: number, invoiceId?: string): void {
  const at = ctx.nowIso();
  credit.transactions.push({ id: togaiId(ctx, 'ctxn'), creditId: credit.id, transactionType: type, ...(invoiceId ? { invoiceId } : {}), amount, createdAt: at });
  credit.updatedAt = at;
}

const expiryLabel = (c: CreditRecord) => `togai: expire credit ${c.id}`;

/** What is left of an ACTIVE credit lapses at the end of its last day. */
export function scheduleExpiry(ctx: TogaiContext, credit: CreditRecord): void {
  const at = expiresAt(credit);
  if (at === Infinity) return;
  ctx.schedule(at, expiryLabel(credit), 'expireCredit', credit.id);
}

function expireCredit(ctx: TogaiContext, creditId: string): void {
  const c = ctx.state.store.get<CreditRecord>('credit', creditId);
  if (c?.status !== 'ACTIVE') return;
  record(ctx, c, 'EXPIRED', creditLeft(c));
  c.status = 'EXPIRED';
}

/** The clock jobs credits schedule. */
export const creditJobs = { expireCredit };

/** The order credits are drawn in. */
function drawOrder(a: CreditRecord, b: CreditRecord): number {
  return a.priority - b.priority || expiresAt(a) - expiresAt(b) || a.createdAt.localeCompare(b.createdAt);
}

// Lines that only add up the lines under them; the others are what an invoice bills.
const SUMS = new Set(['TOTAL_AMOUNT', 'NET_AMOUNT', 'GROSS_AMOUNT', 'PRICE_PLAN_AMOUNT', 'SUB_TOTAL_AMOUNT', 'TOTAL_ADVANCED_FEES', 'TOTAL_MISCELLANEOUS_CHARGES']);

function billedLines(line: LineItem): LineItem[] {
  return SUMS.has(line.type) ? line.lineItems.flatMap(billedLines) : [line];
}

/**
 * Whether a credit covers a billed line. No applicableEntityIds: every line. Otherwise the
 * special values ALL_USAGE_METER_RATE_CARDS / ALL_FIXED_FEE_RATE_CARDS name those kinds of rate
 * card, and any other id a rate card by name, billable id or usage meter id.
 */
function covers(credit: CreditRecord, line: LineItem): boolean {
  const ids = credit.applicableEntityIds ?? [];
  if (ids.length === 0) return true;
  const meta = line.metadata ?? {};
  return ids.some((id) => {
    if (id === 'ALL_USAGE_METER_RATE_CARDS') return line.type === 'USAGE_RATE_CARD_AMOUNT';
    if (id === 'ALL_FIXED_FEE_RATE_CARDS') return line.type === 'FIXED_FEE_RATE_CARD_AMOUNT' || line.type === 'ADVANCED_FIXED_FEE';
    return [meta.rateCardName, meta.billableId, meta.usageMeterId].includes(id);
  });
}

/** How much each credit in effect would take off `lines` now, in draw order. */
function draws(ctx: TogaiContext, invoice: InvoiceRecord, revenue: LineItem): { credit: CreditRecord; amount: number }[] {
  const now = ctx.now();
  const credits = accountCredits(ctx, invoice.accountId)
    .filter((c) => inEffect(c, now) && c.creditUnit === invoice.currency)
    .sort(drawOrder);
  const lines = billedLines(revenue);
  const left = new Map(lines.map((l) => [l, Math.max(0, l.value)]));
  // negative lines (discounts, adjustments) lower what there is to cover: never below a 0 total
  let room = Math.max(0, revenue.value);
  const out: { credit: CreditRecord; amount: number }[] = [];
  for (const credit of credits) {
    let amount = 0;
    for (const line of lines.filter((l) => covers(credit, l))) {
      const take = Math.min(left.get(line)!, creditLeft(credit) - amount, room);
      room -= take;
      left.set(line, left.get(line)! - take);
      amount += take;
    }
    if (money(amount) > 0) out.push({ credit, amount: money(amount) });
  }
  return out;
}

/**
 * At finalisation: draw the credits in effect against the invoice's billed lines, never more than
 * its total. An invoice the credits cover whole has nothing left to pay and is PAID.
 */
export function applyCredits(ctx: TogaiContext, invoice: InvoiceRecord): void {
  const revenue = invoice.lines?.revenueInfo;
  if (!revenue) return;
  const drawn = draws(ctx, invoice, revenue);
  if (drawn.length === 0) return;
  const subs: LineItem[] = drawn.map(({ credit, amount }) => {
    credit.consumedAmount = money(credit.consumedAmount + amount);
    record(ctx, credit, 'DEBITED', amount, invoice.id);
    if (creditLeft(credit) <= 0) credit.status = 'CONSUMED';
    return { type: 'SUB_CREDITS', description: credit.purpose, value: -amount, metadata: { creditId: credit.id }, lineItems: [] };
  });
  const total = money(subs.reduce((s, l) => s + l.value, 0));
  revenue.lineItems.push({ type: 'TOTAL_CREDITS', description: 'Credits', value: total, lineItems: subs });
  revenue.value = money(revenue.value + total);
  if (revenue.value <= 0) invoice.status = 'PAID';
}

/** What the account's DRAFT invoices would draw from its credits were they finalised now. */
export function pendingDraws(ctx: TogaiContext, accountId: string): number {
  let pending = 0;
  for (const invoice of ctx.state.store.values<InvoiceRecord>('invoice')) {
    if (invoice.accountId !== accountId || invoice.status !== 'DRAFT') continue;
    pending += draws(ctx, invoice, invoiceLines(ctx, invoice).revenueInfo).reduce((s, d) => s + d.amount, 0);
  }
  return money(pending);
}

/**
 * A voided invoice gives back what it drew: a CREDITED transaction naming the invoice per credit.
 * A credit still in effect is ACTIVE again (its expiry re-armed); one whose time has passed, or
 * that was voided, lets what came back lapse at once the same way.
 */
export function returnCredits(ctx: TogaiContext, invoice: InvoiceRecord): void {
  const now = ctx.now();
  for (const credit of accountCredits(ctx, invoice.accountId)) {
    const drawn = credit.transactions.filter((t) => t.invoiceId === invoice.id).reduce((n, t) => n + (t.transactionType === 'DEBITED' ? t.amount : -t.amount), 0);
    if (money(drawn) <= 0) continue;
    credit.consumedAmount = money(credit.consumedAmount - drawn);
    record(ctx, credit, 'CREDITED', money(drawn), invoice.id);
    if (credit.status === 'CONSUMED' && now < expiresAt(credit)) {
      credit.status = 'ACTIVE';
      const label = expiryLabel(credit);
      if (!ctx.sandbox.clock.pending().some((j) => j.label === label)) scheduleExpiry(ctx, credit);
    } else if (credit.status !== 'ACTIVE') {
      const lapse = credit.status === 'VOIDED' ? 'VOIDED' : 'EXPIRED';
      record(ctx, credit, lapse, money(drawn));
      credit.status = lapse;
    }
  }
}
