import type { TogaiHandlers } from './operations.js';
import { findAccount } from './accounts.js';
import { commitEdits, editWindow, planEdits, resolveAssociation, type ScheduleEdit } from './association.js';
import { badRequest } from './errors.js';
import type { TogaiContext } from './notifications.js';
import { page } from './paging.js';
import type { AccountRecord } from './party-records.js';
import type { PricingCycleConfig, PricingRuleRecord, Schedule } from './plan-records.js';
import { queryFlag } from './query-flags.js';
import type { DetailsCards } from './rate-cards.js';
import { associationView, plannedView, pricingScheduleView } from './schedule-views.js';
import { DAY } from './time.js';

/**
 * The deprecated association operations of the Accounts API: associate or dissociate one plan
 * (POST /accounts/{id}/price_plans), a batch of such edits (POST /accounts/{id}/edit_schedules),
 * and the account's schedules in v1's shape. They edit the same schedules as v2's Schedules API.
 */

interface V1Edit {
  mode?: string;
  pricePlanId?: string;
  effectiveFrom: string;
  effectiveUntil: string;
  pricePlanDetailsOverride?: DetailsCards & { pricingCycleConfig?: PricingCycleConfig; supportedCurrencies?: string[] };
  pricingRulesOverride?: Omit<PricingRuleRecord, 'id' | 'version'>[];
  retainStartOffsets?: boolean;
  preActions?: unknown[];
}

const MODES = ['ASSOCIATE', 'DISASSOCIATE'];

/** A v1 edit request as a timeline edit, checked before anything changes. */
function v1Edit(ctx: TogaiContext, account: AccountRecord, e: V1Edit, at: string): ScheduleEdit {
  const mode = (e.mode ?? 'ASSOCIATE') as ScheduleEdit['mode'];
  if (!MODES.includes(mode)) throw badRequest(`${at}mode must be ASSOCIATE or DISASSOCIATE, got '${mode}'`);
  if (e.preActions?.length) throw badRequest(`${at}preActions (granting licenses before association) are not simulated yet`);
  const { from, until } = editWindow(ctx, e.effectiveFrom, e.effectiveUntil, at);
  if (mode === 'DISASSOCIATE') {
    if (e.pricePlanDetailsOverride || e.pricingRulesOverride) throw badRequest(`${at}overrides only go with mode ASSOCIATE`);
    return { mode, from, until, at, ...(e.pricePlanId ? { pricePlanId: e.pricePlanId } : {}) };
  }
  if (!e.pricePlanId) throw badRequest(`${at}pricePlanId is required to associate a price plan`);
  const { pricingCycleConfig, supportedCurrencies, ...cards } = e.pricePlanDetailsOverride ?? {};
  const association = resolveAssociation(
    ctx,
    account,
    {
      pricePlanId: e.pricePlanId,
      ...(pricingCycleConfig ? { cycleOverride: pricingCycleConfig } : {}),
      ...(supportedCurrencies ? { supportedCurrencies } : {}),
      detailsOverride: cards,
      ...(e.pricingRulesOverride ? { rulesOverride: e.pricingRulesOverride } : {}),
      ...(e.retainStartOffsets ? { retainStartOffsets: true } : {}),
    },
    from,
    at,
  );
  return { mode, from, until, at, association };
}

/** Whether a schedule overlaps the days [start, end] of a query (either may be left out). */
function overlaps(s: Schedule, start: unknown, end: unknown): boolean {
  const from = typeof start === 'string' ? Date.parse(start.length === 10 ? `${start}T00:00:00Z` : start) : -Infinity;
  const until = typeof end === 'string' ? Date.parse(end.length === 10 ? `${end}T00:00:00Z` : end) + (end.length === 10 ? DAY : 0) : Infinity;
  if (Number.isNaN(from) || Number.isNaN(until)) throw badRequest(`start_date and end_date must be dates (YYYY-MM-DD) or date-times, got '${String(start)}' and '${String(end)}'`);
  return Date.parse(s.startDate) < until && Date.parse(s.endDate) > from;
}

export const accountPlanHandlers = {
  updatePricingSchedule(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!, req.params.customer_id);
    const edit = v1Edit(ctx, account, req.body, '');
    commitEdits(ctx, account, planEdits(ctx, account, [edit]));
    return { status: 200, body: associationView(ctx, account) };
  },

  updatePricingScheduleBatch(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!, req.params.customer_id);
    const edits = req.body.edits.map((e, i) => v1Edit(ctx, account, e, `edits[${i}].`));
    const segments = planEdits(ctx, account, edits);
    if (queryFlag(req.query.dry_run)) return { status: 200, body: plannedView(ctx, account, segments) };
    commitEdits(ctx, account, segments);
    return { status: 200, body: associationView(ctx, account) };
  },

  getPricingSchedules(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!, req.params.customer_id);
    const q = req.query;
    const schedules = account.schedules.map((id) => ctx.state.store.get<Schedule>('schedule', id)!).filter((s) => overlaps(s, q.start_date, q.end_date));
    const result = page(schedules, (s) => s.id, q);
    const options = { compact: queryFlag(q.compact), planInfo: queryFlag(q.include_price_plan_info) };
    return { status: 200, body: { ...result, data: result.data.map((s) => pricingScheduleView(ctx, s, options)) } };
  },
} satisfies Partial<TogaiHandlers>;
