import type { ZuoraHandlers } from './operations.js';
import { notFound } from './errors.js';
import { v1Page } from './paging.js';
import { buildSubscription, contractedValues, planSubscription } from './subscription-build.js';
import { subscriptionView } from './subscription-views.js';

const truthy = (v: unknown) => v === true || v === 'true';

export const subscriptionHandlers = {
  createSubscription(req, ctx) {
    const input = req.body;
    const account = ctx.state.account(input.accountKey);
    if (!account) throw notFound('account', input.accountKey);
    const sub = buildSubscription(ctx, planSubscription(ctx, account, input));
    return { status: 200, body: { success: true, subscriptionId: sub.id, subscriptionNumber: sub.subscriptionNumber, ...contractedValues(sub) } };
  },

  getSubscriptionsByAccount(req, ctx) {
    const key = req.params['account-key']!;
    const account = ctx.state.account(key);
    if (!account) throw notFound('account', key);
    const subs = ctx.state.subscriptionsOf(account.id).sort((a, b) => b.updatedAt - a.updatedAt);
    const { rows, nextPage } = v1Page(subs, req, 20);
    return { status: 200, body: { subscriptions: rows.map((s) => subscriptionView(ctx, s)), ...(nextPage ? { nextPage } : {}), success: true } };
  },

  getSubscription(req, ctx) {
    const key = req.params['subscription-key']!;
    const sub = ctx.state.subscription(key);
    if (!sub) throw notFound('subscription', key);
    const details = { owner: truthy(req.query.getSubscriptionOwnerDetails), invoiceOwner: truthy(req.query.getInvoiceOwnerDetails) };
    return { status: 200, body: { ...subscriptionView(ctx, sub, details), success: true } };
  },
} satisfies Partial<ZuoraHandlers>;
