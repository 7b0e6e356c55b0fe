import type { PlanVersion, PricePlanRecord, PricingCycleConfig, PricingRuleRecord, RateCardRecord } from './plan-records.js';
import { planStatus } from './plan-store.js';
import { detailsOf } from './rate-cards.js';
import { OPEN_END } from './time.js';

/** Price plan bodies in both APIs' shapes, from the one store. Absent values are left out. */

// A plan's own pricing schedule spans all time, as Togai shows it.
const ALL_TIME = { startDate: '1970-01-01T00:00:00.000Z', endDate: OPEN_END };

/** Terms as a schedule may override them; a plan version's own otherwise. */
export interface Terms {
  cards: RateCardRecord[];
  supportedCurrencies: string[];
  activeCurrencies: string[];
  pricingCycleConfig?: PricingCycleConfig;
}

function versionTerms(v: PlanVersion): Terms {
  return { cards: v.rateCards, supportedCurrencies: v.supportedCurrencies, activeCurrencies: v.activeCurrencies, pricingCycleConfig: v.pricingCycleConfig };
}

/** The PricePlanDetails model. */
export function pricePlanDetailsView(plan: PricePlanRecord, v: PlanVersion, terms: Terms = versionTerms(v)) {
  return {
    supportedCurrencies: terms.supportedCurrencies,
    activeCurrencies: terms.activeCurrencies,
    ...(terms.pricingCycleConfig ? { pricingCycleConfig: terms.pricingCycleConfig } : {}),
    ...detailsOf(terms.cards),
    type: plan.type,
    ...(v.deferredRevenue !== undefined ? { deferredRevenue: v.deferredRevenue } : {}),
    ...(v.allowOngoingCycleUpdates !== undefined ? { allowOngoingCycleUpdates: v.allowOngoingCycleUpdates } : {}),
  };
}

function rules(list: PricingRuleRecord[]) {
  return list.length ? { pricingRules: list } : {};
}

/** v1's PricePlan: one pricing schedule, the version asked for (the latest by default). */
export function pricePlanView(plan: PricePlanRecord, v: PlanVersion) {
  return {
    id: plan.id,
    name: plan.name,
    type: plan.type,
    ...(v.description !== undefined ? { description: v.description } : {}),
    status: planStatus(plan),
    pricingSchedule: [
      { id: v.referenceId, pricePlanDetails: pricePlanDetailsView(plan, v), ...ALL_TIME, version: v.version, ...rules(v.pricingRules), isOverriden: false },
    ],
  };
}

/** v1's PricePlanListData, of the latest version. */
export function pricePlanListView(plan: PricePlanRecord) {
  const v = plan.versions[plan.versions.length - 1]!;
  return {
    id: plan.id,
    name: plan.name,
    version: v.version,
    ...(v.description !== undefined ? { description: v.description } : {}),
    status: planStatus(plan),
    usageMeters: [...new Set(v.rateCards.filter((c) => c.type === 'USAGE').map((c) => c.billableId))],
    pricePlanDetails: pricePlanDetailsView(plan, v),
    ...rules(v.pricingRules),
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    type: plan.type,
  };
}

/** v2's PricePlanV2, of one version; its status is the version's (ARCHIVED once the plan is). */
export function pricePlanV2View(plan: PricePlanRecord, v: PlanVersion) {
  return {
    name: plan.name,
    ...(v.description !== undefined ? { description: v.description } : {}),
    type: plan.type,
    ...(v.pricingCycleConfig ? { pricingCycleConfig: v.pricingCycleConfig } : {}),
    supportedCurrencies: v.supportedCurrencies,
    ...(v.deferredRevenue !== undefined ? { deferredRevenue: v.deferredRevenue } : {}),
    ...(v.allowOngoingCycleUpdates !== undefined ? { allowOngoingCycleUpdates: v.allowOngoingCycleUpdates } : {}),
    id: plan.id,
    referenceId: v.referenceId,
    version: v.version,
    status: plan.archived ? 'ARCHIVED' : v.status,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}
