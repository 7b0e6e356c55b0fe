import { badRequest, notFound } from './errors.js';
import { togaiId } from './ids.js';
import type { TogaiContext } from './notifications.js';
import type { PlanVersion, PricePlanRecord, PricingCycleConfig, PricingRuleRecord, RateCardRecord, Schedule } from './plan-records.js';
import { cardErrors, deferredErrors, type CardError } from './rate-cards.js';

/**
 * One store of price plans behind both APIs. A plan is a list of versions: the latest may be a
 * DRAFT (editable), the others are finalised (ACTIVE) and never change but for currencies being
 * activated. Editing a plan whose latest version is finalised starts a new DRAFT version copied
 * from it; accounts keep the version their schedules name until migrated.
 */

export function findPlan(ctx: TogaiContext, id: string): PricePlanRecord {
  const plan = ctx.state.store.get<PricePlanRecord>('pricePlan', id);
  if (!plan) throw notFound('Price plan', id);
  return plan;
}

export function latest(plan: PricePlanRecord): PlanVersion {
  return plan.versions[plan.versions.length - 1]!;
}

/** The latest finalised version, if any. */
export function activeVersion(plan: PricePlanRecord): PlanVersion | undefined {
  return [...plan.versions].reverse().find((v) => v.status === 'ACTIVE');
}

export function versionOf(plan: PricePlanRecord, n: number): PlanVersion {
  const v = plan.versions.find((x) => x.version === n);
  if (!v) throw notFound(`Version ${n} of price plan`, plan.id);
  return v;
}

/**
 * The version a `version` query asks for: LATEST (the default; may be a draft), ACTIVE (the latest
 * finalised one) or a number.
 */
export function selectVersion(plan: PricePlanRecord, raw: unknown): PlanVersion {
  if (raw === undefined || raw === 'LATEST') return latest(plan);
  if (raw === 'ACTIVE') {
    const active = activeVersion(plan);
    if (!active) throw badRequest(`Price plan '${plan.id}' has no finalised version yet`);
    return active;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`version must be LATEST, ACTIVE or a version number from 1, got '${String(raw)}'`);
  return versionOf(plan, n);
}

/** The plan's status on v1 views: ARCHIVED, ACTIVE once a version is finalised, DRAFT before. */
export function planStatus(plan: PricePlanRecord): 'DRAFT' | 'ACTIVE' | 'ARCHIVED' {
  if (plan.archived) return 'ARCHIVED';
  return activeVersion(plan) ? 'ACTIVE' : 'DRAFT';
}

export interface NewPlan {
  name: string;
  type: 'BILLING' | 'PURCHASE';
  description?: string;
  pricingCycleConfig?: PricingCycleConfig;
  supportedCurrencies: string[];
  deferredRevenue?: boolean;
  allowOngoingCycleUpdates?: boolean;
  rateCards: RateCardRecord[];
  pricingRules: PricingRuleRecord[];
}

export function checkNameFree(ctx: TogaiContext, name: string): void {
  for (const p of ctx.state.store.values<PricePlanRecord>('pricePlan')) {
    if (p.name === name) throw badRequest(`A price plan named '${name}' already exists (${p.id}); price plan names are unique`);
  }
}

/** A plan, not yet stored, with one DRAFT version. */
export function newPlan(ctx: TogaiContext, input: NewPlan): PricePlanRecord {
  const now = ctx.nowIso();
  const { name, type, ...rest } = input;
  const version: PlanVersion = { version: 1, referenceId: togaiId(ctx, 'sch'), status: 'DRAFT', activeCurrencies: [], ...rest, createdAt: now, updatedAt: now };
  return { id: togaiId(ctx, 'pp'), name, type, archived: false, versions: [version], createdAt: now, updatedAt: now };
}

export function checkNotArchived(plan: PricePlanRecord): void {
  if (plan.archived) throw badRequest(`Price plan '${plan.id}' is ARCHIVED and cannot be changed`);
}

/** The DRAFT version to edit: the latest if it is one, else a new version copied from the latest. */
export function editableDraft(ctx: TogaiContext, plan: PricePlanRecord): PlanVersion {
  checkNotArchived(plan);
  const last = latest(plan);
  if (last.status === 'DRAFT') return last;
  const now = ctx.nowIso();
  const draft: PlanVersion = {
    ...structuredClone(last),
    version: last.version + 1,
    referenceId: togaiId(ctx, 'sch'),
    status: 'DRAFT',
    createdAt: now,
    updatedAt: now,
  };
  plan.versions.push(draft);
  return draft;
}

export function touch(ctx: TogaiContext, plan: PricePlanRecord, version?: PlanVersion): void {
  plan.updatedAt = ctx.nowIso();
  if (version) version.updatedAt = plan.updatedAt;
}

function planErrors(plan: PricePlanRecord, v: PlanVersion): CardError[] {
  const errors: CardError[] = [];
  if (v.supportedCurrencies.length === 0) errors.push({ entityId: plan.id, entityType: 'PRICE_PLAN', errorMessage: 'supportedCurrencies is empty' });
  if (plan.type === 'BILLING' && !v.pricingCycleConfig) {
    errors.push({ entityId: plan.id, entityType: 'PRICE_PLAN', errorMessage: 'a BILLING price plan needs a pricingCycleConfig before it can be finalised' });
  }
  return errors.concat(deferredErrors(v.rateCards, v.deferredRevenue));
}

/** Why a version cannot be finalised in its supported currencies (v2's errors list). */
export function versionErrors(ctx: TogaiContext, plan: PricePlanRecord, v: PlanVersion): CardError[] {
  return planErrors(plan, v).concat(cardErrors(ctx, v.rateCards, v.supportedCurrencies, v.supportedCurrencies));
}

/** Finalise the DRAFT latest version, billable in `currencies`. */
export function finalizeDraft(ctx: TogaiContext, plan: PricePlanRecord, currencies: string[]): PlanVersion {
  const draft = latest(plan);
  if (draft.status !== 'DRAFT') throw badRequest(`Price plan '${plan.id}' has no DRAFT version to finalise (version ${draft.version} is ${draft.status})`);
  const errors = planErrors(plan, draft).concat(cardErrors(ctx, draft.rateCards, draft.supportedCurrencies, currencies));
  if (errors.length) {
    throw badRequest(`Price plan '${plan.id}' version ${draft.version} cannot be finalised: ${errors[0]!.errorMessage}${errors.length > 1 ? ` (and ${errors.length - 1} more; GET /v2/price_plans/${plan.id}/errors lists them)` : ''}`);
  }
  draft.status = 'ACTIVE';
  draft.activeCurrencies = [...currencies];
  touch(ctx, plan, draft);
  return draft;
}

/** Drop the DRAFT version; a plan that never had another is dropped with it. */
export function discardDraft(ctx: TogaiContext, plan: PricePlanRecord): void {
  checkNotArchived(plan);
  const draft = latest(plan);
  if (draft.status !== 'DRAFT') throw badRequest(`Price plan '${plan.id}' has no DRAFT version to discard`);
  plan.versions.pop();
  if (plan.versions.length === 0) ctx.state.store.remove('pricePlan', plan.id);
  else touch(ctx, plan);
}

/** Schedules of any account on the plan that have not ended. */
export function schedulesOnPlan(ctx: TogaiContext, planId: string): Schedule[] {
  const now = ctx.now();
  return [...ctx.state.store.values<Schedule>('schedule')].filter((s) => s.pricePlanId === planId && Date.parse(s.endDate) > now);
}

/** What an account on `schedule` is billed with: its overrides, or its plan version's own. */
export function scheduleTerms(ctx: TogaiContext, schedule: Schedule): { plan: PricePlanRecord; version: PlanVersion; cards: RateCardRecord[]; rules: PricingRuleRecord[]; currencies: string[] } {
  const plan = findPlan(ctx, schedule.pricePlanId);
  const version = versionOf(plan, schedule.version);
  return {
    plan,
    version,
    cards: schedule.rateCards ?? version.rateCards,
    rules: schedule.pricingRules ?? version.pricingRules,
    currencies: schedule.supportedCurrencies ?? version.activeCurrencies,
  };
}

/** Pricing rules as stored: ids from the seeded stream, the version they belong to. */
export function storeRules(ctx: TogaiContext, rules: Omit<PricingRuleRecord, 'id' | 'version'>[], version: number): PricingRuleRecord[] {
  const orders = rules.map((r) => r.order);
  if (new Set(orders).size !== orders.length) throw badRequest('pricingRules repeat an order; each rule needs its own');
  return rules.map((r) => ({ id: togaiId(ctx, 'pr'), version, ...r }));
}
