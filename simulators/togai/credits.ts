import type { TogaiHandlers } from './operations.js';
import { findAccount } from './accounts.js';
import { accountCredits, expiresAt, inEffect, pendingDraws, record, creditLeft, scheduleExpiry } from './credit-ledger.js';
import { badRequest, notFound } from './errors.js';
import { togaiId } from './ids.js';
import type { CreditRecord } from './money-records.js';
import type { TogaiContext } from './notifications.js';
import { MAX_PAGE_SIZE, page } from './paging.js';
import { amountError, money } from './pricing.js';

/**
 * The Credits API: grants of money off an account's invoices (how they are spent and expire:
 * credit-ledger.ts), listed, read with their transactions, voided, and summed up per account.
 */

interface CreditRequest {
  accountId: string;
  purpose: string;
  applicableEntityIds?: string[];
  effectiveFrom: string;
  effectiveUntil?: string;
  creditAmount?: number;
  priority: number;
  grantorId?: string;
  idempotencyKey?: string;
}

export function findCredit(ctx: TogaiContext, id: string): CreditRecord {
  const credit = ctx.state.store.get<CreditRecord>('credit', id);
  if (!credit) throw notFound('Credit', id);
  return credit;
}

/** The Credit model. */
export function creditView(c: CreditRecord) {
  return {
    id: c.id,
    accountId: c.accountId,
    customerId: c.customerId,
    purpose: c.purpose,
    ...(c.applicableEntityIds ? { applicableEntityIds: c.applicableEntityIds } : {}),
    effectiveFrom: c.effectiveFrom,
    ...(c.effectiveUntil ? { effectiveUntil: c.effectiveUntil } : {}),
    creditAmount: c.creditAmount,
    priority: c.priority,
    ...(c.grantorId ? { grantorId: c.grantorId } : {}),
    ...(c.idempotencyKey ? { idempotencyKey: c.idempotencyKey } : {}),
    status: c.status,
    creditUnit: c.creditUnit,
    // credits are drawn whole when an invoice is finalised, so nothing is ever held
    holdAmount: 0,
    consumedAmount: c.consumedAmount,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** The credit an idempotency key already made, when the same request comes again. */
function earlierGrant(ctx: TogaiContext, r: CreditRequest, at: string): CreditRecord | undefined {
  if (!r.idempotencyKey) return undefined;
  const earlier = [...ctx.state.store.values<CreditRecord>('credit')].find((c) => c.idempotencyKey === r.idempotencyKey);
  if (earlier && earlier.accountId !== r.accountId) {
    throw badRequest(`${at}.idempotencyKey '${r.idempotencyKey}' already granted credit '${earlier.id}' to account '${earlier.accountId}'; use a new key for account '${r.accountId}'`);
  }
  return earlier;
}

/** Checks a grant before any of the batch is made, so a refused batch grants nothing. */
function checkGrant(ctx: TogaiContext, r: CreditRequest, at: string): void {
  const account = findAccount(ctx, r.accountId);
  if (account.status === 'ARCHIVED') throw badRequest(`${at}.accountId: account '${r.accountId}' is ARCHIVED; credits go to live accounts`);
  const amount = amountError(`${at}.creditAmount`, r.creditAmount);
  if (amount) throw badRequest(`${amount} (the amount granted, in the account's invoice currency ${account.invoiceCurrency})`);
  if (r.purpose.trim() === '') throw badRequest(`${at}.purpose must not be empty`);
  if (r.effectiveUntil !== undefined) {
    if (r.effectiveUntil < r.effectiveFrom) throw badRequest(`${at}.effectiveUntil (${r.effectiveUntil}) must not be before effectiveFrom (${r.effectiveFrom})`);
    if (r.effectiveUntil < ctx.nowIso().slice(0, 10)) throw badRequest(`${at}.effectiveUntil (${r.effectiveUntil}) is already past; a credit must be usable on some day from today`);
  }
}

function grant(ctx: TogaiContext, r: CreditRequest): CreditRecord {
  const account = ctx.state.account(r.accountId)!;
  const now = ctx.nowIso();
  const credit = ctx.state.store.insert<CreditRecord>('credit', {
    id: togaiId(ctx, 'cred'),
    accountId: account.id,
    customerId: account.customerId,
    purpose: r.purpose,
    ...(r.applicableEntityIds?.length ? { applicableEntityIds: r.applicableEntityIds } : {}),
    effectiveFrom: r.effectiveFrom,
    ...(r.effectiveUntil ? { effectiveUntil: r.effectiveUntil } : {}),
    creditAmount: money(r.creditAmount!),
    priority: r.priority,
    ...(r.grantorId ? { grantorId: r.grantorId } : {}),
    ...(r.idempotencyKey ? { idempotencyKey: r.idempotencyKey } : {}),
    status: 'ACTIVE',
    creditUnit: account.invoiceCurrency,
    consumedAmount: 0,
    createdAt: now,
    updatedAt: now,
    transactions: [],
  });
  record(ctx, credit, 'CREDITED', credit.creditAmount);
  scheduleExpiry(ctx, credit);
  return credit;
}

export const creditHandlers = {
  /** A batch of grants; a repeated idempotencyKey answers the credit it made instead of granting again. */
  createCredit(req, ctx) {
    const requests = req.body.creditRequests;
    if (requests.length === 0) throw badRequest('creditRequests must hold at least one credit to grant');
    const at = (i: number) => `creditRequests[${i}]`;
    const inBatch = new Map<string, { accountId: string; i: number }>();
    requests.forEach((r, i) => {
      const first = r.idempotencyKey === undefined ? undefined : inBatch.get(r.idempotencyKey);
      if (first && first.accountId !== r.accountId) {
        throw badRequest(`${at(i)}.idempotencyKey '${r.idempotencyKey}' is also given by ${at(first.i)} for account '${first.accountId}'; use a new key for account '${r.accountId}'`);
      }
      if (r.idempotencyKey !== undefined && !first) inBatch.set(r.idempotencyKey, { accountId: r.accountId, i });
      if (!earlierGrant(ctx, r, at(i))) checkGrant(ctx, r, at(i));
    });
    // read again per request: a key given twice in one batch grants once
    const credits = requests.map((r, i) => earlierGrant(ctx, r, at(i)) ?? grant(ctx, r));
    return { status: 200, body: { credits: credits.map(creditView) } };
  },

  /** Filters: status, account_id, id. 50 a page unless asked (the page's default). */
  listCredits(req, ctx) {
    const q = req.query;
    const credits = [...ctx.state.store.values<CreditRecord>('credit')].filter(
      (c) => (!q.status || c.status === q.status) && (!q.account_id || c.accountId === q.account_id) && (!q.id || c.id === q.id),
    );
    const result = page(credits, (c) => c.id, q, { defaultSize: MAX_PAGE_SIZE });
    return { status: 200, body: { ...result, data: result.data.map(creditView) } };
  },

  getCreditDetails(req, ctx) {
    const credit = findCredit(ctx, req.params.credit_id!);
    return { status: 200, body: { ...creditView(credit), transactions: credit.transactions.map((t) => ({ ...t })) } };
  },

  /** Only an ACTIVE credit is voided; what is left of it stops applying at once. */
  voidCredit(req, ctx) {
    const credit = findCredit(ctx, req.params.credit_id!);
    if (credit.status !== 'ACTIVE') throw badRequest(`Credit '${credit.id}' is ${credit.status}; only an ACTIVE credit can be voided`);
    record(ctx, credit, 'VOIDED', creditLeft(credit));
    credit.status = 'VOIDED';
    return { status: 200, body: creditView(credit) };
  },

  /**
   * activeCredits: what the credits in effect were granted; availableBalance: what is left of
   * them; runningBalance: that, less what the account's DRAFT invoices would draw were they
   * finalised now; inapplicableCredits: what is left of ACTIVE credits that cannot apply now (not
   * in effect yet, or in a unit other than the account's invoice currency).
   */
  creditBalanceForAccount(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!);
    const now = ctx.now();
    const credits = accountCredits(ctx, account.id);
    const usable = credits.filter((c) => inEffect(c, now) && c.creditUnit === account.invoiceCurrency);
    const waiting = credits.filter((c) => c.status === 'ACTIVE' && now < expiresAt(c) && !usable.includes(c));
    const sum = (cs: CreditRecord[], f: (c: CreditRecord) => number) => money(cs.reduce((s, c) => s + f(c), 0));
    const available = sum(usable, creditLeft);
    const updated = credits.map((c) => c.updatedAt).sort().pop();
    return {
      status: 200,
      body: {
        activeCredits: sum(usable, (c) => c.creditAmount),
        availableBalance: available,
        runningBalance: money(available - Math.min(available, pendingDraws(ctx, account.id))),
        inapplicableCredits: sum(waiting, creditLeft),
        unit: account.invoiceCurrency,
        lastUpdatedAt: updated ?? ctx.nowIso(),
      },
    };
  },
} satisfies Partial<TogaiHandlers>;
