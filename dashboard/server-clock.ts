/**
 * The dashboard's clock buttons: a day, a month, or to the end of the open billing cycle, each
 * an advance as `/__admin/clock/advance` makes it (every job due on the way run, every delivery
 * it caused answered).
 */
import { Admin } from '../simulators/kit/admin.js';
import type { AdvanceRequest } from './api-types.js';
import { collection, DashboardError, type Sims } from './server-records.js';

/** What an advance did: where the clock is now, and for `cycle` which cycle's end it went to. */
export interface AdvanceAnswer {
  now: string;
  by: AdvanceRequest['by'];
  /** One line saying where the clock went and why there. */
  text: string;
  cycle?: { invoiceId: string; accountId: string; endDate: string };
}

/**
 * The open Togai billing cycle that ends first: of the cycle invoices (not custom ones) still
 * DRAFT, the one whose period ends earliest after now. Read from Togai's invoices as
 * `/__admin/state` reads them: listing them through `listInvoices` would build the view (and work
 * out the lines) of every DRAFT invoice just to compare their end dates.
 */
function firstOpenCycle(sims: Sims, now: number): AdvanceAnswer['cycle'] | undefined {
  let first: { id: string; accountId: string; end: number } | undefined;
  for (const i of collection(sims.togai, 'invoice').values()) {
    if (i.status !== 'DRAFT' || i.invoiceType === 'CUSTOM') continue;
    const end = Date.parse(i.endDate);
    if (end > now && (!first || end < first.end)) first = { id: i.id, accountId: i.accountId, end };
  }
  return first && { invoiceId: first.id, accountId: first.accountId, endDate: new Date(first.end).toISOString() };
}

/** Advance the sandbox's clock as the page asked. */
export async function advanceClock(sims: Sims, input: unknown): Promise<AdvanceAnswer> {
  const by = (input as Partial<AdvanceRequest> | null)?.by;
  const admin = new Admin(sims.togai);
  if (by === 'P1D' || by === 'P1M') {
    const { now } = await admin.advance({ duration: by });
    return { now, by, text: `advanced ${by === 'P1D' ? 'a day' : 'a month'} to ${now}` };
  }
  if (by !== 'cycle') throw new DashboardError(400, `"by" must be "P1D" (a day), "P1M" (a month) or "cycle" (to the end of the open billing cycle); got ${JSON.stringify(by)}`);
  const cycle = firstOpenCycle(sims, sims.togai.sandbox.clock.now());
  if (!cycle) throw new DashboardError(409, 'No Togai billing cycle is open: put an account on a price plan (a pricing schedule) first, or advance by a day or a month');
  const { now } = await admin.advance({ to: cycle.endDate });
  return { now, by, cycle, text: `advanced to ${now}, the end of the billing cycle of Togai invoice ${cycle.invoiceId} (account ${cycle.accountId}), the first open cycle to end` };
}
