import type { TogaiHandlers } from './operations.js';
import { findAccount } from './accounts.js';
import { badRequest, togaiError } from './errors.js';
import { togaiId } from './ids.js';
import type { WalletRecord, WalletStatus } from './money-records.js';
import type { TogaiContext } from './notifications.js';
import { MAX_PAGE_SIZE, page } from './paging.js';
import { amountError, money } from './pricing.js';

/**
 * The Wallet API: an account's prepaid balance in its invoice currency. The wallet comes into
 * being with the account's first top-up (ACTIVE, effective from then); before that there is none
 * to read or update. Top-ups add to the balance, each leaving an entry with the balance after it;
 * an INACTIVE wallet takes no top-ups. The wallet is not drawn on by invoices in the simulator,
 * so nothing is ever held and the balance is what was topped up.
 */

function findWallet(ctx: TogaiContext, accountId: string): WalletRecord {
  findAccount(ctx, accountId);
  const wallet = ctx.state.store.get<WalletRecord>('wallet', accountId);
  if (!wallet) throw togaiError(404, `Account '${accountId}' has no wallet yet; top it up (POST /accounts/${accountId}/wallet_topup) to open one`);
  return wallet;
}

/** The WalletBalanceResponse model. */
function walletView(w: WalletRecord) {
  return {
    id: w.id,
    accountId: w.accountId,
    customerId: w.customerId,
    balance: w.balance,
    creditUnit: w.creditUnit,
    status: w.status,
    holdAmount: 0,
    effectiveFrom: w.effectiveFrom,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

function openWallet(ctx: TogaiContext, accountId: string): WalletRecord {
  const acc = findAccount(ctx, accountId);
  if (acc.status === 'ARCHIVED') throw badRequest(`Account '${accountId}' is ARCHIVED; a wallet is opened for a live account`);
  const now = ctx.nowIso();
  return ctx.state.store.insert<WalletRecord>('wallet', {
    id: togaiId(ctx, 'wal'),
    accountId: acc.id,
    customerId: acc.customerId,
    balance: 0,
    creditUnit: acc.invoiceCurrency,
    status: 'ACTIVE',
    effectiveFrom: now,
    createdAt: now,
    updatedAt: now,
    entries: [],
  });
}

export const walletHandlers = {
  walletBalanceForAccount(req, ctx) {
    return { status: 200, body: walletView(findWallet(ctx, req.params.account_id!)) };
  },

  /** Newest entry first; 50 a page unless asked (the page's default). */
  walletEntriesForAccount(req, ctx) {
    const wallet = findWallet(ctx, req.params.account_id!);
    const result = page([...wallet.entries].reverse(), (e) => e.id, req.query, { defaultSize: MAX_PAGE_SIZE });
    return { status: 200, body: { ...result, data: result.data.map((e) => ({ ...e })) } };
  },

  topUpWalletForAccount(req, ctx) {
    const accountId = req.params.account_id!;
    const { topupAmount } = req.body;
    const refused = amountError('topupAmount', topupAmount);
    if (refused) throw badRequest(refused);
    findAccount(ctx, accountId);
    const wallet = ctx.state.store.get<WalletRecord>('wallet', accountId) ?? openWallet(ctx, accountId);
    if (wallet.status !== 'ACTIVE') throw badRequest(`The wallet of account '${accountId}' is ${wallet.status}; make it ACTIVE (PATCH /accounts/${accountId}/wallet) before topping it up`);
    const amount = money(topupAmount);
    wallet.balance = money(wallet.balance + amount);
    wallet.updatedAt = ctx.nowIso();
    wallet.entries.push({
      id: togaiId(ctx, 'wtxn'),
      walletId: wallet.id,
      description: 'Wallet top-up',
      transactionType: 'CREDITED',
      status: 'COMPLETED',
      amount,
      createdAt: wallet.updatedAt,
      closingBalance: wallet.balance,
    });
    return { status: 200, body: walletView(wallet) };
  },

  /** Status (ACTIVE / INACTIVE) and the instant the wallet is effective from. */
  updateWalletForAccount(req, ctx) {
    const wallet = findWallet(ctx, req.params.account_id!);
    const body = (req.body ?? {}) as { effectiveFrom?: string; status?: WalletStatus };
    if (body.effectiveFrom !== undefined) wallet.effectiveFrom = new Date(Date.parse(body.effectiveFrom)).toISOString();
    if (body.status !== undefined) wallet.status = body.status;
    wallet.updatedAt = ctx.nowIso();
    return { status: 200, body: walletView(wallet) };
  },
} satisfies Partial<TogaiHandlers>;
