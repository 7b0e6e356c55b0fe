import type { Handler } from '../kit/simulator.js';
import { schedulesView, updatePricingSchedule, type AssociationRequest } from './billing.js';
import { badRequest, notFound, requireId } from './errors.js';
import { notify, type TogaiContext } from './notifications.js';
import { page } from './paging.js';
import type { AccountRecord, CustomerRecord, SettingInput } from './records.js';
import { addSettings, prepareSettings } from './settings.js';
import type { TogaiState } from './state.js';
import { accountView } from './views.js';

// Togai's Account schema lists at most 10 aliases.
const MAX_ALIASES = 10;

export interface AccountInput {
  id: string;
  name: string;
  invoiceCurrency?: string;
  aliases?: string[];
  settings?: SettingInput[];
}

/** The contract leaves `aliases` optional, but there is nothing to do without one. */
function aliasesOf(body: unknown): string[] {
  const aliases = (body as { aliases?: string[] }).aliases ?? [];
  if (aliases.length === 0) throw badRequest("body field 'aliases' must list at least one alias");
  return aliases;
}

function checkAliasesFree(ctx: TogaiContext, aliases: string[], accountId: string, field: string): void {
  if (new Set(aliases).size !== aliases.length) throw badRequest(`${field} repeats an alias`);
  for (const alias of aliases) {
    const owner = ctx.state.routes.get(alias);
    if (owner && owner !== accountId) throw badRequest(`Alias '${alias}' already belongs to account '${owner}'`);
  }
}

/**
 * Checks an account can be created; call before creating anything, so a failure leaves no
 * trace. `prefix` is where the account sits in the body: '' or 'account.'.
 */
export function checkNewAccount(ctx: TogaiContext, input: AccountInput, prefix: string): void {
  requireId(input.id, `body field '${prefix}id'`);
  if (ctx.state.store.has('account', input.id)) throw badRequest(`Account with id '${input.id}' already exists`);
  checkAliasesFree(ctx, input.aliases ?? [], input.id, `body field '${prefix}aliases'`);
  prepareSettings(ctx, 'ACCOUNT', input.id, input.settings ?? [], `${prefix}settings`);
}

/** Create an account (its id is always one of its aliases), its settings, and announce it. */
export function createAccountRecord(ctx: TogaiContext, customer: CustomerRecord, input: AccountInput): AccountRecord {
  const aliases = [input.id, ...(input.aliases ?? []).filter((a) => a !== input.id)];
  const account = ctx.state.store.insert<AccountRecord>('account', {
    id: input.id,
    customerId: customer.id,
    name: input.name,
    invoiceCurrency: input.invoiceCurrency ?? ctx.state.baseCurrency,
    status: 'ACTIVE',
    aliases: aliases.map((alias) => ({ alias, status: 'ACTIVE' as const })),
    schedules: [],
    createdAt: ctx.nowIso(),
  });
  for (const alias of aliases) ctx.state.routes.set(alias, account.id);
  addSettings(ctx, 'ACCOUNT', account.id, input.settings ?? [], 'account.settings');
  notify(ctx, 'account.created', () => ({ account: accountView(ctx.state, account), customerId: customer.id }));
  return account;
}

export function findCustomer(ctx: TogaiContext, id: string): CustomerRecord {
  const customer = ctx.state.store.get<CustomerRecord>('customer', id);
  if (!customer) throw notFound('Customer', id);
  return customer;
}

function findAccount(ctx: TogaiContext, customerId: string, accountId: string): AccountRecord {
  findCustomer(ctx, customerId);
  const account = ctx.state.account(accountId);
  if (!account || account.customerId !== customerId) throw notFound(`Account of customer '${customerId}'`, accountId);
  return account;
}

function activeAccount(ctx: TogaiContext, customerId: string, accountId: string): AccountRecord {
  const account = findAccount(ctx, customerId, accountId);
  if (account.status !== 'ACTIVE') throw badRequest(`Account '${accountId}' is ${account.status} and cannot be changed`);
  return account;
}

export function archiveAccount(ctx: TogaiContext, account: AccountRecord): void {
  account.status = 'ARCHIVED';
  for (const a of account.aliases) {
    a.status = 'ARCHIVED';
    ctx.state.routes.delete(a.alias);
  }
}

export const accountHandlers: Record<string, Handler<TogaiState>> = {
  getAccounts(req, ctx) {
    const customer = findCustomer(ctx, req.params.customer_id!);
    const accounts = [...ctx.state.store.values<AccountRecord>('account')].filter((a) => a.customerId === customer.id);
    const result = page(accounts, (a) => a.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map((a) => accountView(ctx.state, a)) } };
  },

  createAccount(req, ctx) {
    const customer = findCustomer(ctx, req.params.customer_id!);
    if (customer.status !== 'ACTIVE') throw badRequest(`Customer '${customer.id}' is ${customer.status}; accounts cannot be added`);
    const input = req.body as AccountInput;
    checkNewAccount(ctx, input, '');
    return { status: 201, body: accountView(ctx.state, createAccountRecord(ctx, customer, input)) };
  },

  getAccount(req, ctx) {
    return { status: 200, body: accountView(ctx.state, findAccount(ctx, req.params.customer_id!, req.params.account_id!)) };
  },

  updateAccount(req, ctx) {
    const account = activeAccount(ctx, req.params.customer_id!, req.params.account_id!);
    const body = req.body as { name?: string };
    if (body.name !== undefined) account.name = body.name;
    return { status: 200, body: accountView(ctx.state, account) };
  },

  deleteAccount(req, ctx) {
    archiveAccount(ctx, activeAccount(ctx, req.params.customer_id!, req.params.account_id!));
    return { status: 200, body: { success: true } };
  },

  addAliases(req, ctx) {
    const account = activeAccount(ctx, req.params.customer_id!, req.params.account_id!);
    const aliases = aliasesOf(req.body);
    checkAliasesFree(ctx, aliases, account.id, "body field 'aliases'");
    const added = aliases.filter((alias) => !account.aliases.some((a) => a.alias === alias));
    if (account.aliases.length + added.length > MAX_ALIASES) {
      throw badRequest(`An account holds at most ${MAX_ALIASES} aliases; '${account.id}' has ${account.aliases.length} and ${added.length} more were asked for`);
    }
    for (const alias of aliases) {
      const existing = account.aliases.find((a) => a.alias === alias);
      if (existing) existing.status = 'ACTIVE';
      else account.aliases.push({ alias, status: 'ACTIVE' });
      ctx.state.routes.set(alias, account.id);
    }
    return { status: 200, body: accountView(ctx.state, account) };
  },

  removeAliases(req, ctx) {
    const account = activeAccount(ctx, req.params.customer_id!, req.params.account_id!);
    const aliases = aliasesOf(req.body);
    for (const alias of aliases) {
      const entry = account.aliases.find((a) => a.alias === alias && a.status === 'ACTIVE');
      if (!entry) throw badRequest(`Alias '${alias}' is not an active alias of account '${account.id}'`);
    }
    for (const alias of aliases) {
      account.aliases.find((a) => a.alias === alias)!.status = 'ARCHIVED';
      ctx.state.routes.delete(alias);
    }
    return { status: 200, body: accountView(ctx.state, account) };
  },

  updatePricingSchedule(req, ctx) {
    const account = activeAccount(ctx, req.params.customer_id!, req.params.account_id!);
    updatePricingSchedule(ctx, account, req.body as AssociationRequest);
    return { status: 200, body: schedulesView(ctx, account) };
  },
};
