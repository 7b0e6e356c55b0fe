import type { Segment } from './association.js';
import type { TogaiContext } from './notifications.js';
import type { AccountRecord } from './party-records.js';
import type { PricingRuleRecord, RateCardRecord, Schedule } from './plan-records.js';
import { findPlan, scheduleTerms, versionOf } from './plan-store.js';
import { pricePlanDetailsView } from './plan-views.js';
import { detailsOf, rateCardView } from './rate-cards.js';

/** Account schedule bodies: v2's AccountSchedule, v1's PricingScheduleWithPricePlanId and PlanOverride. */

function isOverridden(s: Pick<Schedule, 'rateCards' | 'pricingRules' | 'supportedCurrencies'>): boolean {
  return Boolean(s.rateCards || s.pricingRules || s.supportedCurrencies);
}

/** What a schedule overrides of its plan, as PricePlanDetailsOverride shows it. */
function overrideView(s: Pick<Schedule, 'rateCards' | 'supportedCurrencies'>) {
  if (!s.rateCards && !s.supportedCurrencies) return {};
  return { pricePlanDetailsOverride: { ...(s.supportedCurrencies ? { supportedCurrencies: s.supportedCurrencies } : {}), ...(s.rateCards ? detailsOf(s.rateCards) : {}) } };
}

/** One PlanOverride of an association's answer, for a stored schedule or (dry run) a planned piece. */
function planOverride(ctx: TogaiContext, id: string, s: Pick<Schedule, 'pricePlanId' | 'rateCards' | 'pricingRules' | 'supportedCurrencies'>, start: string, end: string) {
  return {
    id,
    pricePlanId: s.pricePlanId,
    pricePlanName: findPlan(ctx, s.pricePlanId).name,
    ...overrideView(s),
    ...(s.pricingRules ? { pricingRulesOverride: s.pricingRules } : {}),
    startDate: start,
    endDate: end,
  };
}

/** UpdatePricingScheduleResponse: the account's schedules after an association request. */
export function associationView(ctx: TogaiContext, account: AccountRecord) {
  const schedules = account.schedules.map((id) => ctx.state.store.get<Schedule>('schedule', id)!);
  return { accountId: account.id, accountName: account.name, pricingSchedules: schedules.map((s) => planOverride(ctx, s.id, s, s.startDate, s.endDate)) };
}

/** The same answer for a dry run: the timeline the edits would make, new pieces marked as such. */
export function plannedView(ctx: TogaiContext, account: AccountRecord, segments: Segment[]) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const now = ctx.now();
  const past = account.schedules.map((id) => ctx.state.store.get<Schedule>('schedule', id)!).filter((s) => Date.parse(s.endDate) <= now);
  return {
    accountId: account.id,
    accountName: account.name,
    pricingSchedules: [
      ...past.map((s) => planOverride(ctx, s.id, s, s.startDate, s.endDate)),
      ...segments.map((seg) => planOverride(ctx, seg.schedule?.id ?? 'dry-run', (seg.schedule ?? seg.association)!, iso(seg.start), iso(seg.end))),
    ],
  };
}

/** The cards and rules a schedule bills with (ACTIVE), or those its pending changes would (DRAFT). */
export function scheduleCards(ctx: TogaiContext, s: Schedule, mode: unknown): { cards: RateCardRecord[]; rules: PricingRuleRecord[] } {
  if (mode === 'DRAFT' && s.draft) return { cards: s.draft.rateCards, rules: s.draft.pricingRules };
  const terms = scheduleTerms(ctx, s);
  return { cards: terms.cards, rules: terms.rules };
}

export function scheduleCardViews(ctx: TogaiContext, s: Schedule, cards: RateCardRecord[]) {
  return cards.map((c) => rateCardView(c, { referenceId: s.id, referenceType: 'ACCOUNT_SCHEDULE', pricePlanId: s.pricePlanId, accountId: s.accountId }));
}

/** v2's AccountSchedule; in DRAFT mode with its pending changes. */
export function accountScheduleView(ctx: TogaiContext, s: Schedule, mode: unknown) {
  const plan = findPlan(ctx, s.pricePlanId);
  const v = versionOf(plan, s.version);
  const { rules } = scheduleCards(ctx, s, mode);
  const drafted = mode === 'DRAFT' && s.draft !== undefined;
  return {
    id: s.id,
    accountId: s.accountId,
    pricePlanId: s.pricePlanId,
    version: s.version,
    deferredRevenue: v.deferredRevenue ?? false,
    pricePlanInfo: { name: plan.name, ...(v.description !== undefined ? { description: v.description } : {}) },
    accountScheduleInfo: {
      supportedCurrencies: s.supportedCurrencies ?? v.supportedCurrencies,
      pricingCycleConfig: s.pricingCycleConfig,
      ...(rules.length ? { pricingRules: rules } : {}),
    },
    isOverridden: drafted || isOverridden(s),
    startDate: s.startDate,
    endDate: s.endDate,
    allowOngoingCycleUpdates: v.allowOngoingCycleUpdates ?? false,
  };
}

/** v1's PricingScheduleWithPricePlanId. */
export function pricingScheduleView(ctx: TogaiContext, s: Schedule, options: { compact: boolean; planInfo: boolean }) {
  const terms = scheduleTerms(ctx, s);
  return {
    id: s.id,
    ...(options.compact
      ? {}
      : {
          pricePlanDetails: pricePlanDetailsView(terms.plan, terms.version, {
            cards: terms.cards,
            supportedCurrencies: s.supportedCurrencies ?? terms.version.supportedCurrencies,
            activeCurrencies: terms.currencies,
            pricingCycleConfig: s.pricingCycleConfig,
          }),
        }),
    startDate: s.startDate,
    endDate: s.endDate,
    version: s.version,
    ...(terms.rules.length ? { pricingRules: terms.rules } : {}),
    isOverriden: isOverridden(s),
    pricePlanId: s.pricePlanId,
    pricePlanName: terms.plan.name,
    ...(options.planInfo ? { pricePlanInfo: { name: terms.plan.name, ...(terms.version.description !== undefined ? { description: terms.version.description } : {}) } } : {}),
  };
}
