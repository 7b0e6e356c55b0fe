import type { TogaiHandlers } from './operations.js';
import { checkCycleConfig } from './cycles.js';
import { finalizeAndMigrate, pricePlanMigration } from './migrations.js';
import { page } from './paging.js';
import type { PlanVersion, PricePlanRecord } from './plan-records.js';
import {
  checkNameFree,
  discardDraft,
  editableDraft,
  findPlan,
  latest,
  newPlan,
  selectVersion,
  storeRules,
  touch,
  versionErrors,
} from './plan-store.js';
import { pricePlanV2View } from './plan-views.js';
import { applyRateCardOps } from './rate-card-ops.js';
import { rateCardView } from './rate-cards.js';

/**
 * Price Plan V2 over the plan store: a plan is created as a DRAFT version 1 without rate cards;
 * cards and rules are edited on the DRAFT (editing a finalised plan starts version n+1 as a
 * DRAFT); finalising makes the DRAFT the ACTIVE version, billable in every supported currency,
 * once the errors list is empty; discarding drops it.
 */

function cardsView(plan: PricePlanRecord, v: PlanVersion) {
  return v.rateCards.map((c) => rateCardView(c, { referenceId: v.referenceId, referenceType: 'PRICE_PLAN', pricePlanId: plan.id }));
}

export const pricePlanV2Handlers = {
  createPricePlanV2(req, ctx) {
    const body = req.body;
    checkNameFree(ctx, body.name);
    if (body.pricingCycleConfig) checkCycleConfig(body.pricingCycleConfig, 'pricingCycleConfig');
    const plan = ctx.state.store.insert('pricePlan', newPlan(ctx, { ...body, rateCards: [], pricingRules: [] }));
    return { status: 200, body: pricePlanV2View(plan, latest(plan)) };
  },

  listPricePlansV2(req, ctx) {
    const result = page([...ctx.state.store.values<PricePlanRecord>('pricePlan')], (p) => p.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map((p) => pricePlanV2View(p, latest(p))) } };
  },

  getPricePlanV2(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    return { status: 200, body: pricePlanV2View(plan, selectVersion(plan, req.query.version)) };
  },

  updatePricePlanV2(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const body = req.body;
    if (body.pricingCycleConfig) checkCycleConfig(body.pricingCycleConfig, 'pricingCycleConfig');
    const draft = editableDraft(ctx, plan);
    Object.assign(draft, body);
    touch(ctx, plan, draft);
    return { status: 200, body: pricePlanV2View(plan, draft) };
  },

  discardPricePlan(req, ctx) {
    discardDraft(ctx, findPlan(ctx, req.params.price_plan_id!));
    return { status: 200, body: { success: true } };
  },

  finalizePricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const body = req.body;
    finalizeAndMigrate(ctx, plan, latest(plan).supportedCurrencies, body.migrationMode, body.versionsToMigrate === 'ALL_VERSION');
    return { status: 200, body: { success: true } };
  },

  bulkPricePlanRateCardOperations(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const operations = req.body.operations;
    const cards = applyRateCardOps(latest(plan).rateCards, operations, `price plan '${plan.id}'`);
    const draft = editableDraft(ctx, plan);
    draft.rateCards = cards;
    touch(ctx, plan, draft);
    return { status: 200, body: { rateCards: cardsView(plan, draft) } };
  },

  listPricePlanRateCards(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const v = latest(plan);
    const result = page(cardsView(plan, v), (c) => c.name, req.query);
    return { status: 200, body: result };
  },

  listPricePlanVersions(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const result = page(plan.versions, (v) => String(v.version), req.query);
    return { status: 200, body: { ...result, data: result.data.map((v) => pricePlanV2View(plan, v)) } };
  },

  listPricePlanErrors(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const v = latest(plan);
    return { status: 200, body: { data: versionErrors(ctx, plan, v).map((e) => ({ referenceId: v.referenceId, ...e })) } };
  },

  listPricePlanPricingRules(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    return { status: 200, body: { data: selectVersion(plan, req.query.version).pricingRules } };
  },

  updatePricePlanPricingRules(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const given = req.body.pricingRules ?? [];
    const last = latest(plan);
    const rules = storeRules(ctx, given, last.status === 'DRAFT' ? last.version : last.version + 1);
    const draft = editableDraft(ctx, plan);
    draft.pricingRules = rules;
    touch(ctx, plan, draft);
    return { status: 200, body: { data: draft.pricingRules } };
  },

  pricePlanMigrationV2: pricePlanMigration,
} satisfies Partial<TogaiHandlers>;
