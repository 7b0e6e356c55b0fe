import type { TogaiHandlers } from './operations.js';
import { findAccount } from './accounts.js';
import {
  accountSchedules,
  commitEdits,
  editWindow,
  findSchedule,
  planEdits,
  resolveAssociation,
  type ScheduleEdit,
} from './association.js';
import { badRequest } from './errors.js';
import type { TogaiContext } from './notifications.js';
import { page } from './paging.js';
import type { AccountRecord } from './party-records.js';
import type { PricingCycleConfig, Schedule } from './plan-records.js';
import { scheduleTerms, storeRules } from './plan-store.js';
import { queryFlag } from './query-flags.js';
import { applyRateCardOps } from './rate-card-ops.js';
import { cardErrors, unsimulated, type CardError } from './rate-cards.js';
import { accountScheduleView, associationView, scheduleCards, scheduleCardViews } from './schedule-views.js';

/**
 * v2's Schedules API. bulkEditSchedules changes an account's schedules at once (as the v1
 * association does). A schedule's own rate cards and pricing rules are changed in two steps:
 * edits go to the schedule's DRAFT (listed with mode=DRAFT), finalizeAccountSchedules makes the
 * account's drafts what its schedules bill with, discardAccountSchedules drops them.
 */

interface V2Edit {
  mode?: string;
  effectiveFrom: string;
  effectiveUntil: string;
  associationConfig?: { pricePlanId?: string; scheduleId?: string; pricingCycleConfigOverride?: PricingCycleConfig; retainStartOffsets?: boolean };
  mergeSchedules?: boolean;
}

const MERGE = 'mergeSchedules: merging a new schedule into the account\'s existing ones changes how its cycles are cut, which is not simulated yet; leave it false';

function v2Edit(ctx: TogaiContext, account: AccountRecord, e: V2Edit, at: string): ScheduleEdit {
  const mode = e.mode ?? 'ASSOCIATE';
  if (mode !== 'ASSOCIATE' && mode !== 'DISASSOCIATE') throw badRequest(`${at}mode must be ASSOCIATE or DISASSOCIATE, got '${mode}'`);
  if (e.mergeSchedules) throw badRequest(`${at}${MERGE}`);
  const { from, until } = editWindow(ctx, e.effectiveFrom, e.effectiveUntil, at);
  const config = e.associationConfig ?? {};
  if (mode === 'DISASSOCIATE') return { mode, from, until, at, ...(config.pricePlanId ? { pricePlanId: config.pricePlanId } : {}) };
  const source = config.scheduleId ? findSchedule(ctx, config.scheduleId) : undefined;
  const pricePlanId = config.pricePlanId ?? source?.pricePlanId;
  if (!pricePlanId) throw badRequest(`${at}associationConfig.pricePlanId (or a scheduleId to copy) is required to associate a price plan`);
  const copied = source ? scheduleTerms(ctx, source) : undefined;
  const association = resolveAssociation(
    ctx,
    account,
    {
      pricePlanId,
      ...(config.pricingCycleConfigOverride ? { cycleOverride: config.pricingCycleConfigOverride } : {}),
      ...(copied ? { rateCards: copied.cards, pricingRules: copied.rules } : {}),
      ...(config.retainStartOffsets ? { retainStartOffsets: true } : {}),
    },
    from,
    at,
  );
  return { mode, from, until, at, association };
}

/** A schedule whose own cards or rules may still change: one that has not ended. */
function editableSchedule(ctx: TogaiContext, id: string): Schedule {
  const s = findSchedule(ctx, id);
  if (Date.parse(s.endDate) <= ctx.now()) throw badRequest(`Schedule '${s.id}' ended on ${s.endDate}; only current and future schedules can be changed`);
  return s;
}

/** The schedule's DRAFT, started from what it bills with now. */
function draftOf(ctx: TogaiContext, s: Schedule) {
  if (!s.draft) {
    const { cards, rules } = scheduleCards(ctx, s, 'ACTIVE');
    s.draft = { rateCards: structuredClone(cards), pricingRules: structuredClone(rules) };
  }
  return s.draft;
}

/** Why the schedule's DRAFT (or, without one, what it bills with) could not bill its account. */
function scheduleErrors(ctx: TogaiContext, s: Schedule): CardError[] {
  const account = ctx.state.account(s.accountId)!;
  const terms = scheduleTerms(ctx, s);
  const { cards, rules } = scheduleCards(ctx, s, 'DRAFT');
  const errors = cardErrors(ctx, cards, s.supportedCurrencies ?? terms.version.supportedCurrencies, [account.invoiceCurrency]);
  const missing = unsimulated(cards, rules);
  if (missing) errors.push({ entityId: s.id, entityType: rules.length ? 'PRICING_RULE' : 'RATE_CARD', errorMessage: missing });
  return errors;
}

function schedulesList(ctx: TogaiContext, account: AccountRecord, query: Record<string, unknown>, mode: unknown) {
  const result = page(accountSchedules(ctx, account), (s) => s.id, query);
  return { ...result, data: result.data.map((s) => accountScheduleView(ctx, s, mode)) };
}

export const scheduleHandlers = {
  bulkEditSchedules(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!, req.params.customer_id);
    const edits = req.body.edits.map((e, i) => v2Edit(ctx, account, e, `edits[${i}].`));
    const segments = planEdits(ctx, account, edits);
    if (queryFlag(req.query.discard)) for (const s of accountSchedules(ctx, account)) delete s.draft;
    commitEdits(ctx, account, segments);
    return { status: 200, body: associationView(ctx, account) };
  },

  listaccountSchedules(req, ctx) {
    return { status: 200, body: schedulesList(ctx, findAccount(ctx, req.params.account_id!, req.params.customer_id), req.query, req.query.mode) };
  },

  finalizeAccountSchedules(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!, req.params.customer_id);
    const body = req.body;
    if (body.mergeSchedules) throw badRequest(MERGE);
    if (body.preActions?.length) throw badRequest('preActions (granting licenses before association) are not simulated yet');
    const drafted = accountSchedules(ctx, account).filter((s) => s.draft);
    for (const s of drafted) {
      const error = scheduleErrors(ctx, s)[0];
      if (error) throw badRequest(`Schedule '${s.id}' cannot be finalised: ${error.errorMessage} (GET /v2/schedules/${s.id}/errors lists all)`);
    }
    for (const s of drafted) {
      s.rateCards = s.draft!.rateCards;
      s.pricingRules = s.draft!.pricingRules;
      delete s.draft;
    }
    return { status: 200, body: schedulesList(ctx, account, {}, 'ACTIVE') };
  },

  discardAccountSchedules(req, ctx) {
    for (const s of accountSchedules(ctx, findAccount(ctx, req.params.account_id!, req.params.customer_id))) delete s.draft;
    return { status: 200, body: { success: true } };
  },

  listScheduleRateCards(req, ctx) {
    const s = findSchedule(ctx, req.params.schedule_id!);
    const result = page(scheduleCardViews(ctx, s, scheduleCards(ctx, s, req.query.mode).cards), (c) => c.name, req.query);
    return { status: 200, body: result };
  },

  bulkRateCardOperationsOnSchedule(req, ctx) {
    const s = editableSchedule(ctx, req.params.schedule_id!);
    const operations = req.body.operations;
    const cards = applyRateCardOps(scheduleCards(ctx, s, 'DRAFT').cards, operations, `schedule '${s.id}'`);
    draftOf(ctx, s).rateCards = cards;
    return { status: 200, body: { rateCards: scheduleCardViews(ctx, s, cards) } };
  },

  listPricingRules(req, ctx) {
    const s = findSchedule(ctx, req.params.schedule_id!);
    return { status: 200, body: { data: scheduleCards(ctx, s, req.query.mode).rules } };
  },

  updatePricingRules(req, ctx) {
    const s = editableSchedule(ctx, req.params.schedule_id!);
    const given = req.body.pricingRules ?? [];
    const rules = storeRules(ctx, given, s.version);
    draftOf(ctx, s).pricingRules = rules;
    return { status: 200, body: { data: rules } };
  },

  listScheduleErrors(req, ctx) {
    const s = findSchedule(ctx, req.params.schedule_id!);
    return { status: 200, body: { data: scheduleErrors(ctx, s).map((e) => ({ referenceId: s.id, ...e })) } };
  },
} satisfies Partial<TogaiHandlers>;
