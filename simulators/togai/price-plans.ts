import type { Handler } from '../kit/simulator.js';
import { togaiId } from './billing.js';
import { badRequest, notFound } from './errors.js';
import type { TogaiContext } from './notifications.js';
import { page } from './paging.js';
import type { PricePlanDetails, PricePlanRecord, UsageRateCard } from './records.js';
import type { TogaiState } from './state.js';
import { pricePlanListView, pricePlanView } from './views.js';

function findPlan(ctx: TogaiContext, id: string): PricePlanRecord {
  const plan = ctx.state.store.get<PricePlanRecord>('pricePlan', id);
  if (!plan) throw notFound('Price plan', id);
  return plan;
}

/** The rules Togai holds a plan to: known meters, ordered slabs, a rate for every slab in every currency. */
function checkDetails(ctx: TogaiContext, details: PricePlanDetails): void {
  const currencies = new Set(details.supportedCurrencies);
  (details.usageRateCards ?? []).forEach((card: UsageRateCard, i) => {
    const at = `pricePlanDetails.usageRateCards[${i}]`;
    if (!ctx.state.store.has('usageMeter', card.usageMeterId)) throw badRequest(`${at}.usageMeterId: usage meter '${card.usageMeterId}' does not exist`);
    const orders = card.ratePlan.slabs.map((s) => s.order);
    if (new Set(orders).size !== orders.length) throw badRequest(`${at}.ratePlan.slabs repeats a slab order`);
    const sorted = [...card.ratePlan.slabs].sort((a, b) => a.order - b.order);
    sorted.forEach((s, j) => {
      if (j > 0 && s.startAfter <= sorted[j - 1]!.startAfter) {
        throw badRequest(`${at}.ratePlan.slabs: slab ${s.order} must start after slab ${sorted[j - 1]!.order} (startAfter ${s.startAfter} <= ${sorted[j - 1]!.startAfter})`);
      }
    });
    for (const rv of card.rateValues) {
      if (!currencies.has(rv.currency)) throw badRequest(`${at}.rateValues: ${rv.currency} is not among supportedCurrencies (${[...currencies].join(', ')})`);
      for (const order of orders) {
        if (!rv.slabRates.some((r) => r.order === order)) throw badRequest(`${at}.rateValues (${rv.currency}) has no rate for slab ${order}`);
      }
    }
  });
}

export const pricePlanHandlers: Record<string, Handler<TogaiState>> = {
  getPricePlans(req, ctx) {
    const result = page([...ctx.state.store.values<PricePlanRecord>('pricePlan')], (p) => p.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map(pricePlanListView) } };
  },

  createPricePlan(req, ctx) {
    const body = req.body as { name: string; description?: string; pricePlanDetails: Omit<PricePlanDetails, 'activeCurrencies'> };
    for (const p of ctx.state.store.values<PricePlanRecord>('pricePlan')) {
      if (p.name === body.name) throw badRequest(`A price plan named '${body.name}' already exists (${p.id})`);
    }
    const details: PricePlanDetails = { ...body.pricePlanDetails, activeCurrencies: [] };
    checkDetails(ctx, details);
    const now = ctx.nowIso();
    const plan = ctx.state.store.insert<PricePlanRecord>('pricePlan', {
      id: togaiId(ctx, 'pp'),
      name: body.name,
      description: body.description ?? null,
      status: 'DRAFT',
      details,
      createdAt: now,
      updatedAt: now,
    });
    return { status: 200, body: pricePlanView(plan) };
  },

  getPricePlan(req, ctx) {
    return { status: 200, body: pricePlanView(findPlan(ctx, req.params.price_plan_id!)) };
  },

  /** Only drafts change; an active plan is what running cycles are priced with. */
  updatePricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    if (plan.status !== 'DRAFT') throw badRequest(`Price plan '${plan.id}' is ${plan.status}; only DRAFT price plans can be updated`);
    const body = req.body as { description?: string; pricePlanDetails?: Partial<PricePlanDetails> };
    const details = { ...plan.details, ...body.pricePlanDetails, activeCurrencies: plan.details.activeCurrencies };
    checkDetails(ctx, details);
    plan.details = details;
    if (body.description !== undefined) plan.description = body.description;
    plan.updatedAt = ctx.nowIso();
    return { status: 200, body: pricePlanView(plan) };
  },

  activatePricePlan(req, ctx) {
    const plan = findPlan(ctx, req.params.price_plan_id!);
    if (plan.status === 'ARCHIVED') throw badRequest(`Price plan '${plan.id}' is ARCHIVED and cannot be activated`);
    const currencies = (req.body as { currencies: string[] }).currencies;
    const unsupported = currencies.filter((c) => !plan.details.supportedCurrencies.includes(c));
    if (unsupported.length) {
      throw badRequest(`currencies ${unsupported.join(', ')} are not supported by price plan '${plan.id}' (supported: ${plan.details.supportedCurrencies.join(', ')})`);
    }
    plan.details = { ...plan.details, activeCurrencies: [...new Set([...plan.details.activeCurrencies, ...currencies])] };
    plan.status = 'ACTIVE';
    plan.updatedAt = ctx.nowIso();
    return { status: 200, body: pricePlanView(plan) };
  },
};
