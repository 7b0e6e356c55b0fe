import { entitlementCard, grantOf, recursIn } from './entitlement-cards.js';
import type { CreditEntryRecord } from './entitlement-records.js';
import type { InvoiceRecord } from './invoice-records.js';
import type { TogaiContext } from './notifications.js';
import type { Schedule } from './plan-records.js';
import { scheduleTerms } from './plan-store.js';
import { money } from './pricing.js';

/**
 * Feature credits: what a plan's BILLING_ENTITLEMENT cards grant an account, on the virtual clock.
 *
 * - Each cycle a card recurs in (entitlement-cards.ts) grants one entry when the cycle opens, with
 *   the id format of the pages (`schedule_id#cycle_start_date$PRICE_PLAN`). IN_ADVANCE and
 *   IN_ARREARS cards grant at once (billed in advance or at the cycle's end); a PREPAID card's
 *   credits are granted "only after invoice is paid" (InvoiceTiming): its entry waits, PENDING and
 *   unseen, until the in-advance invoice billing it is PAID (or comes to nothing), and is dropped
 *   if that invoice is voided. The invoice is looked at whenever the account's credits are read or
 *   used, so whatever records the payment needs no hook here.
 * - An entry is usable from its effectiveFrom to its effectiveUntil; a clock job marks it EXPIRED
 *   then. Granted credits outlive a schedule that ends early, until they expire.
 * - Use burns the usable entries that expire first, first.
 */

const iso = (ms: number) => new Date(ms).toISOString();

export function entryKey(accountId: string, featureId: string, id: string): string {
  return `${accountId}|${featureId}|${id}`;
}

function expireAt(ctx: TogaiContext, entry: CreditEntryRecord): void {
  const until = entry.effectiveUntil;
  if (until <= ctx.now()) expireEntry(ctx, entry.key, until);
  else ctx.schedule(until, `togai: expire feature credits ${entry.key}`, 'expireFeatureCredits', entry.key, until);
}

function expireEntry(ctx: TogaiContext, key: string, until: number): void {
  const entry = ctx.state.store.get<CreditEntryRecord>('creditEntry', key);
  if (entry?.status === 'ACTIVE' && entry.effectiveUntil === until) entry.status = 'EXPIRED';
}

/** The clock jobs feature credits schedule. */
export const featureCreditJobs = { expireFeatureCredits: expireEntry };

/** Entry is now granted: usable within its window, expiring at its end. */
function activate(ctx: TogaiContext, entry: CreditEntryRecord): void {
  entry.status = 'ACTIVE';
  delete entry.invoiceId;
  expireAt(ctx, entry);
}

/** Grant what the schedule's entitlement cards give in the cycle `cycle` has just opened; `advanced` is its in-advance invoice. */
export function grantCycleCredits(ctx: TogaiContext, schedule: Schedule, cycle: InvoiceRecord, advanced: InvoiceRecord | undefined): void {
  const start = Date.parse(cycle.startDate);
  for (const rc of scheduleTerms(ctx, schedule).cards) {
    const card = entitlementCard(rc);
    if (!card || !recursIn(card, cycle.cycleIndex ?? 0)) continue;
    const id = `${schedule.id}#${cycle.startDate.slice(0, 10)}$PRICE_PLAN`;
    const key = entryKey(schedule.accountId, card.featureId, id);
    if (ctx.state.store.has('creditEntry', key)) continue;
    const grant = grantOf(card, start);
    const entry = ctx.state.addCreditEntry({
      key,
      id,
      accountId: schedule.accountId,
      featureId: card.featureId,
      source: 'PRICE_PLAN',
      status: 'PENDING',
      effectiveFrom: grant.from,
      effectiveUntil: grant.until,
      granted: grant.granted,
      used: 0,
    });
    if (rc.invoiceTiming === 'PREPAID' && advanced && advanced.lines?.revenueInfo.value !== 0) entry.invoiceId = advanced.id;
    else activate(ctx, entry);
  }
}

/** Settle PREPAID entries whose invoice has been paid (granted) or voided (dropped). */
function settle(ctx: TogaiContext, entries: CreditEntryRecord[]): void {
  for (const e of entries) {
    if (e.status !== 'PENDING' || !e.invoiceId) continue;
    const invoice = ctx.state.store.get<InvoiceRecord>('invoice', e.invoiceId);
    if (invoice?.status === 'PAID') activate(ctx, e);
    else if (!invoice || invoice.status === 'VOID') e.status = 'VOIDED';
  }
}

/** The account's entries for a feature that have been granted (PENDING ones left out), oldest first. */
export function grantedEntries(ctx: TogaiContext, accountId: string, featureId: string): CreditEntryRecord[] {
  const entries = ctx.state.creditEntries(accountId, featureId);
  settle(ctx, entries);
  return entries.filter((e) => e.status !== 'PENDING' && !(e.status === 'VOIDED' && e.invoiceId));
}

const usable = (ctx: TogaiContext) => (e: CreditEntryRecord) => e.status === 'ACTIVE' && e.effectiveFrom <= ctx.now() && ctx.now() < e.effectiveUntil;

export const remaining = (e: CreditEntryRecord) => (e.status === 'ACTIVE' ? money(e.granted - e.used) : 0);

/** What the account holds of a feature now: credits granted in usable entries and what is left of them. */
export function creditBalance(ctx: TogaiContext, accountId: string, featureId: string): { granted: number; balance: number; entries: number } {
  const live = grantedEntries(ctx, accountId, featureId).filter(usable(ctx));
  return { granted: money(live.reduce((n, e) => n + e.granted, 0)), balance: money(live.reduce((n, e) => n + remaining(e), 0)), entries: live.length };
}

/** The features the account has ever been granted credits of. */
export function grantedFeatures(ctx: TogaiContext, accountId: string): string[] {
  const prefix = `${accountId}|`;
  return [...ctx.state.creditEntriesOf.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}

/** Take `units` from the usable entries, those expiring first first; the caller has checked the balance covers them. */
export function burn(ctx: TogaiContext, accountId: string, featureId: string, units: number): void {
  let left = units;
  const live = grantedEntries(ctx, accountId, featureId)
    .filter(usable(ctx))
    .sort((a, b) => a.effectiveUntil - b.effectiveUntil);
  for (const e of live) {
    if (left <= 0) break;
    const take = Math.min(left, remaining(e));
    e.used = money(e.used + take);
    left = money(left - take);
  }
}

/** A new end for an ACTIVE entry: its expiry moves with it. */
export function moveExpiry(ctx: TogaiContext, entry: CreditEntryRecord, until: number): void {
  entry.effectiveUntil = until;
  expireAt(ctx, entry);
}

/** The FeatureCreditEntry model of an entry. */
export function entryView(e: CreditEntryRecord) {
  return {
    id: e.id,
    source: e.source,
    status: e.status,
    effectiveFrom: iso(e.effectiveFrom),
    effectiveUntil: iso(e.effectiveUntil),
    granted: e.granted,
    balance: remaining(e),
    used: e.used,
  };
}
