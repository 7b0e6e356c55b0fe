import type { TogaiHandlers } from './operations.js';
import { checkCycleConfig } from './cycles.js';
import { badRequest } from './errors.js';
import { finalizeAndMigrate, pricePlanMigration } from './migrations.js';
import type { TogaiContext } from './notifications.js';
import { page, pageContext } from './paging.js';
import type { PlanVersion, PricePlanRecord } from './plan-records.js';
import {
  checkNameFree,
  checkNotArchived,
  editableDraft,
  finalizeDraft,
  findPlan,
  latest,
  newPlan,
  schedulesOnPlan,
  storeRules,
  touch,
  versionOf,
} from './plan-store.js';
import { pricePlanListView, pricePlanView } from './plan-views.js';
import { queryFlag } from './query-flags.js';
import { cardErrors, cardsFromDetails, deferredErrors, overrideCards } from './rate-cards.js';

/**
 * The deprecated v1 Price Plans API over the plan store. v1 sees a plan with its rate cards in
 * PricePlanDetails; creating makes version 1 as a DRAFT, activating currencies finalises it.
 * Updating a DRAFT changes it; updating an ACTIVE plan makes (and at once activates) a new
 * version, as the guides' versioning describes, and migrates accounts as `migrationMode` says.
 */

function firstError(ctx: TogaiContext, v: Pick<PlanVersion, 'rateCards' | 'supportedCurrencies' | 'deferredRevenue'>, currencies: string[]): void {
  const error = cardErrors(ctx, v.rateCards, v.supportedCurrencies, currencies).concat(deferredErrors(v.rateCards, v.deferredRevenue))[0];
  if (error) throw badRequest(`pricePlanDetails: ${error.errorMessage}`);
}

export const pricePlanHandlers = {
  getPricePlans(req, ctx) {
    const result = page([...ctx.state.store.values<PricePlanRecord>('pricePlan')], (p) => p.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map(pricePlanListView), context: pageContext(req.query) } };
  },

  createPricePlan(req, ctx) {
    const body = req.body;
    checkNameFree(ctx, body.name);
    const { pricingCycleConfig, supportedCurrencies = [], deferredRevenue, allowOngoingCycleUpdates } = body.pricePlanDetails;
    if (pricingCycleConfig) checkCycleConfig(pricingCycleConfig, 'pricePlanDetails.pricingCycleConfig');
    const rateCards = cardsFromDetails(body.pricePlanDetails);
    firstError(ctx, { rateCards, supportedCurrencies, deferredRevenue }, []);
    const plan = newPlan(ctx, {
      name: body.name,
      type: body.type ?? 'BILLING',
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(pricingCycleConfig ? { pricingCycleConfig } : {}),
      supportedCurrencies,
      ...(deferredRevenue !== undefined ? { deferredRevenue } : {}),
      ...(allowOngoingCycleUpdates !== undefined ? { allowOngoingCycleUpdates } : {}),
      rateCards,
      pricingRules: storeRules(ctx, body.pricingRules ?? [], 1),
    });
    if (!queryFlag(req.query.dry_run)) ctx.state.store.insert('pricePlan', plan);
    return { status: 200, body: pricePlanView(plan, latest(plan)) };
  },

  getPricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const v = req.query.version === undefined ? latest(plan) : versionOf(plan, Number(req.query.version));
    return { status: 200, body: pricePlanView(plan, v) };
  },

  updatePricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    checkNotArchived(plan);
    const body = req.body;
    const base = latest(plan);
    const details = body.pricePlanDetails ?? {};
    if (details.pricingCycleConfig) checkCycleConfig(details.pricingCycleConfig, 'pricePlanDetails.pricingCycleConfig');
    const supportedCurrencies = details.supportedCurrencies ?? base.supportedCurrencies;
    const rateCards = overrideCards(base.rateCards, details);
    const wasActive = base.status === 'ACTIVE';
    const activeCurrencies = base.activeCurrencies.filter((c) => supportedCurrencies.includes(c));
    firstError(ctx, { rateCards, supportedCurrencies, deferredRevenue: base.deferredRevenue }, activeCurrencies);
    const pricingRules = body.pricingRules ? storeRules(ctx, body.pricingRules, wasActive ? base.version + 1 : base.version) : undefined;
    const draft = editableDraft(ctx, plan);
    Object.assign(draft, {
      supportedCurrencies,
      rateCards,
      ...(details.pricingCycleConfig ? { pricingCycleConfig: details.pricingCycleConfig } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(pricingRules ? { pricingRules } : {}),
    });
    touch(ctx, plan, draft);
    if (wasActive) {
      try {
        finalizeAndMigrate(ctx, plan, activeCurrencies, body.migrationMode, body.versionsToMigrate === 'ALL_VERSION');
      } catch (e) {
        plan.versions.pop();
        throw e;
      }
    }
    return { status: 200, body: pricePlanView(plan, latest(plan)) };
  },

  /** A DRAFT version is finalised in the currencies given; an ACTIVE one gains them. */
  activatePricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    checkNotArchived(plan);
    const v = latest(plan);
    const currencies = req.body.currencies;
    const unsupported = currencies.filter((c) => !v.supportedCurrencies.includes(c));
    if (unsupported.length) {
      throw badRequest(`currencies ${unsupported.join(', ')} are not supported by price plan '${plan.id}' (supported: ${v.supportedCurrencies.join(', ')})`);
    }
    const all = [...new Set([...v.activeCurrencies, ...currencies])];
    if (v.status === 'DRAFT') finalizeDraft(ctx, plan, all);
    else {
      firstError(ctx, v, all);
      v.activeCurrencies = all;
      touch(ctx, plan, v);
    }
    return { status: 200, body: pricePlanView(plan, latest(plan)) };
  },

  archivePricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    const inUse = schedulesOnPlan(ctx, plan.id);
    if (inUse.length) {
      throw badRequest(`Price plan '${plan.id}' is associated with account '${inUse[0]!.accountId}' until ${inUse[0]!.endDate}; dissociate or migrate its accounts before archiving it`);
    }
    plan.archived = true;
    touch(ctx, plan);
    return { status: 200, body: { success: true } };
  },

  pricePlanMigration,
} satisfies Partial<TogaiHandlers>;
