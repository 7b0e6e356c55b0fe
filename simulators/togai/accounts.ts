import type { TogaiHandlers } from './operations.js';
import { checkAddress } from './addresses.js';
import {
  attachAliases,
  checkAliasesFree,
  detachAliases,
  endAllAliases,
  openPeriod,
  requestedPeriods,
  rerouteAccount,
  type AliasPeriod,
  type AliasPeriodInput,
} from './aliases.js';
import { badRequest, notFound, requireId } from './errors.js';
import { togaiId, uuid } from './ids.js';
import { iso } from './time.js';
import { notify, type TogaiContext } from './notifications.js';
import { page, pageContext } from './paging.js';
import { NO_SCHEDULES, periodsOf, type AccountRecord, type Address, type BillingInformation, type CustomerRecord, type SettingInput } from './party-records.js';
import { accountAliasView, accountView } from './party-views.js';
import type { Schedule } from './plan-records.js';
import { addSettings, prepareSettings } from './settings.js';

/** An account as CreateAccountRequestWithoutCustomerId describes it (the `account` of a new customer). */
export interface AccountInput {
  id: string;
  name: string;
  invoiceCurrency?: string;
  aliases?: string[];
  accountAliases?: AliasPeriodInput[];
  address?: Address;
  primaryEmail?: string;
  billingInformation?: BillingInformation;
  settings?: SettingInput[];
  netTermDays?: number;
  metadata?: Record<string, string>;
  tags?: string[];
  status?: string;
}

/** An account that passed every check, ready to store. */
export interface NewAccount {
  input: AccountInput;
  status: 'ACTIVE' | 'DRAFT';
  invoiceCurrency: string;
  address?: Address;
  tags?: string[];
  periods: AliasPeriod[];
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function checkCurrency(code: string, field: string): string {
  if (!CURRENCIES.has(code)) throw badRequest(`${field} must be an ISO 4217 currency code such as USD or EUR, got '${code}'`);
  return code;
}

function checkNetTermDays(days: number | undefined, field: string): void {
  if (days !== undefined && days < 0) throw badRequest(`${field} must be 0 or more days, got ${days}`);
}

// Account.name is 3 to 255 characters and Account.id at most 50; the nested request schema does not say so.
function checkName(name: string, field: string): void {
  if (name.length < 3 || name.length > 255) throw badRequest(`${field} must be 3 to 255 characters long, got ${name.length}`);
}

/** Tags are stored lowercase (Togai's pages say so), each once. */
const lowerTags = (tags: string[] | undefined) => tags && [...new Set(tags.map((t) => t.toLowerCase()))];

/**
 * Checks an account can be created and answers what to store; call before creating anything,
 * so a refusal leaves no trace. `prefix` is where the account sits in the body: '' or 'account.'.
 */
export function checkNewAccount(ctx: TogaiContext, input: AccountInput, prefix: string): NewAccount {
  const field = (name: string) => `body field '${prefix}${name}'`;
  requireId(input.id, field('id'));
  if (input.id.length > 50) throw badRequest(`${field('id')} must be at most 50 characters long, got ${input.id.length}`);
  checkName(input.name, field('name'));
  if (ctx.state.store.has('account', input.id)) throw badRequest(`Account with id '${input.id}' already exists`);
  const status = input.status ?? 'ACTIVE';
  if (status !== 'ACTIVE' && status !== 'DRAFT') throw badRequest(`${field('status')} must be ACTIVE or DRAFT for a new account, got '${status}'`);
  const invoiceCurrency = checkCurrency(input.invoiceCurrency ?? ctx.state.baseCurrency, field('invoiceCurrency'));
  checkNetTermDays(input.netTermDays, field('netTermDays'));
  const address = input.address && checkAddress(input.address, field('address'));
  if (input.accountAliases?.some((a) => a.value === input.id)) {
    throw badRequest(`${field('accountAliases')} names '${input.id}', the account's own id, which is always its alias`);
  }
  // the own id is an alias anyway; listing it among `aliases` asks for nothing more
  const requested = requestedPeriods(ctx, { aliases: input.aliases?.filter((a) => a !== input.id), accountAliases: input.accountAliases }, prefix);
  const own = openPeriod(input.id);
  checkAliasesFree(ctx, input.id, [own], field('id'));
  checkAliasesFree(ctx, input.id, [own, ...requested], field('aliases'));
  prepareSettings(ctx, 'ACCOUNT', input.id, input.settings ?? [], `${prefix}settings`);
  return { input, status, invoiceCurrency, address, tags: lowerTags(input.tags), periods: [own, ...requested] };
}

/** Store a checked account, its aliases and settings, and announce it. */
export function createAccountRecord(ctx: TogaiContext, customer: CustomerRecord, account: NewAccount): AccountRecord {
  const { input } = account;
  const now = ctx.nowIso();
  const togaiAccountId = togaiId(ctx, 'account');
  // drawn before any other period's id, as when the own period was stored first
  const ownAliasId = uuid(ctx);
  const netTermDays = input.netTermDays ?? 0;
  const optional = account.address || input.primaryEmail !== undefined || input.billingInformation || input.metadata || account.tags;
  // the same fields in the same order either way; a literal with spreads in it reserves 16 slots, one without only its own
  const record = ctx.state.store.insert<AccountRecord>(
    'account',
    optional
      ? {
          id: input.id,
          togaiAccountId,
          customerId: customer.id,
          name: input.name,
          invoiceCurrency: account.invoiceCurrency,
          status: account.status,
          netTermDays,
          ...(account.address ? { address: account.address } : {}),
          ...(input.primaryEmail !== undefined ? { primaryEmail: input.primaryEmail } : {}),
          ...(input.billingInformation ? { billingInformation: input.billingInformation } : {}),
          ...(input.metadata ? { metadata: input.metadata } : {}),
          ...(account.tags ? { tags: account.tags } : {}),
          ownAliasId,
          schedules: NO_SCHEDULES,
          createdAt: now,
        }
      : { id: input.id, togaiAccountId, customerId: customer.id, name: input.name, invoiceCurrency: account.invoiceCurrency, status: account.status, netTermDays, ownAliasId, schedules: NO_SCHEDULES, createdAt: now },
  );
  attachAliases(ctx, record, account.periods);
  addSettings(ctx, 'ACCOUNT', record.id, input.settings ?? [], 'account.settings');
  notify(ctx, 'account.created', () => ({ account: accountView(ctx, record), customerId: customer.id }));
  return record;
}

export function findCustomer(ctx: TogaiContext, id: string): CustomerRecord {
  const customer = ctx.state.store.get<CustomerRecord>('customer', id);
  if (!customer) throw notFound('Customer', id);
  return customer;
}

/** The account; on a legacy nested path (`customerId` given) it must also be that customer's. */
export function findAccount(ctx: TogaiContext, accountId: string, customerId?: string): AccountRecord {
  if (customerId !== undefined) findCustomer(ctx, customerId);
  const account = ctx.state.account(accountId);
  if (!account) throw notFound('Account', accountId);
  if (customerId !== undefined && account.customerId !== customerId) throw notFound(`Account of customer '${customerId}'`, accountId);
  return account;
}

/** An account that may still change: not ARCHIVED. */
export function changeableAccount(ctx: TogaiContext, accountId: string, customerId?: string): AccountRecord {
  const account = findAccount(ctx, accountId, customerId);
  if (account.status === 'ARCHIVED') throw badRequest(`Account '${accountId}' is ARCHIVED and cannot be changed`);
  return account;
}

/** An account that takes part in billing and ingestion: ACTIVE. */
/**
 * Archiving keeps the record readable and frees its aliases. Every period still running ends at
 * the instant `archivedAt` names, the account's own among them (its end is `archivedAt`).
 */
export function archiveAccount(ctx: TogaiContext, account: AccountRecord): void {
  const at = ctx.now();
  account.status = 'ARCHIVED';
  endAllAliases(ctx, account, at);
  account.archivedAt = account.updatedAt = iso(at);
}

/** The status change an update asks for: a DRAFT account can be made ACTIVE; archiving is DELETE's. */
function checkStatusChange(account: AccountRecord, status: string | undefined): void {
  if (status === undefined || status === account.status) return;
  if (status === 'ACTIVE' && account.status === 'DRAFT') return;
  const hint = status === 'ARCHIVED' ? '; archive it with DELETE /accounts/{account_id}' : '';
  throw badRequest(`body field 'status': account '${account.id}' is ${account.status} and cannot be made '${status}'${hint}`);
}

/** A currency change would misprice a plan already scheduled in the old currency. */
function checkCurrencyChange(ctx: TogaiContext, account: AccountRecord, currency: string | undefined): void {
  if (currency === undefined || currency === account.invoiceCurrency) return;
  checkCurrency(currency, "body field 'invoiceCurrency'");
  const scheduled = account.schedules.map((id) => ctx.state.store.get<Schedule>('schedule', id)!).find((s) => Date.parse(s.endDate) > ctx.now());
  if (scheduled) {
    throw badRequest(`Account '${account.id}' has price plan '${scheduled.pricePlanId}' scheduled in ${account.invoiceCurrency} until ${scheduled.endDate}; its invoiceCurrency cannot change before then`);
  }
}

const params = (req: { params: Record<string, string | undefined> }) => [req.params.account_id!, req.params.customer_id] as const;

export const accountHandlers = {
  /** Every account; on the legacy nested path, the customer's. */
  getAccounts(req, ctx) {
    const customerId = req.params.customer_id;
    if (customerId !== undefined) findCustomer(ctx, customerId);
    const accounts = [...ctx.state.store.values<AccountRecord>('account')].filter((a) => customerId === undefined || a.customerId === customerId);
    const result = page(accounts, (a) => a.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map((a) => accountView(ctx, a)), context: pageContext(req.query) } };
  },

  createAccount(req, ctx) {
    const { customerId, ...input } = req.body;
    // the 2023 path names the customer too; both must agree
    const inPath = req.params.customer_id;
    if (inPath !== undefined && inPath !== customerId) {
      throw badRequest(`body field 'customerId' is '${customerId}' but the path is for customer '${inPath}'; they must name the same customer`);
    }
    const customer = findCustomer(ctx, customerId);
    if (customer.status !== 'ACTIVE') throw badRequest(`Customer '${customer.id}' is ${customer.status}; accounts cannot be added to it`);
    const account = checkNewAccount(ctx, input, '');
    return { status: 201, body: accountView(ctx, createAccountRecord(ctx, customer, account)) };
  },

  /**
   * `effective_on` shows the aliases in effect at that instant (the rest of an account has no
   * history here). `include_group_details` adds nothing: the simulator has no invoice groups.
   */
  getAccount(req, ctx) {
    const account = findAccount(ctx, ...params(req));
    const on = req.query.effective_on as string | undefined;
    return { status: 200, body: accountView(ctx, account, on === undefined ? ctx.now() : Date.parse(on)) };
  },

  /** All checks first, then every change at once. `metadata`, `address`, `billingInformation` and `tags` are replaced whole. */
  updateAccount(req, ctx) {
    const account = changeableAccount(ctx, ...params(req));
    const body = req.body;
    checkStatusChange(account, body.status);
    checkCurrencyChange(ctx, account, body.invoiceCurrency);
    checkNetTermDays(body.netTermDays, "body field 'netTermDays'");
    const address = body.address && checkAddress(body.address, "body field 'address'");
    if (body.name !== undefined) account.name = body.name;
    if (body.invoiceCurrency !== undefined) account.invoiceCurrency = body.invoiceCurrency;
    if (body.netTermDays !== undefined) account.netTermDays = body.netTermDays;
    if (body.primaryEmail !== undefined) account.primaryEmail = body.primaryEmail;
    if (body.billingInformation !== undefined) account.billingInformation = body.billingInformation;
    if (address) account.address = address;
    if (body.metadata !== undefined) account.metadata = body.metadata;
    if (body.tags !== undefined) account.tags = lowerTags(body.tags);
    account.updatedAt = ctx.nowIso();
    if (body.status !== undefined && body.status !== account.status) {
      account.status = body.status as AccountRecord['status'];
      rerouteAccount(ctx, account);
    }
    return { status: 200, body: accountView(ctx, account) };
  },

  deleteAccount(req, ctx) {
    archiveAccount(ctx, changeableAccount(ctx, ...params(req)));
    return { status: 200, body: { success: true } };
  },

  addAliases(req, ctx) {
    const account = changeableAccount(ctx, ...params(req));
    const periods = requestedPeriods(ctx, req.body, '');
    if (periods.length === 0) throw badRequest("the body must name at least one alias to add, in 'aliases' or 'accountAliases'");
    checkAliasesFree(ctx, account.id, periods, 'body');
    attachAliases(ctx, account, periods);
    account.updatedAt = ctx.nowIso();
    return { status: 200, body: accountView(ctx, account) };
  },

  removeAliases(req, ctx) {
    const account = changeableAccount(ctx, ...params(req));
    detachAliases(ctx, account, req.body);
    account.updatedAt = ctx.nowIso();
    return { status: 200, body: accountView(ctx, account) };
  },

  /** Every alias period of the account, ended ones included, oldest first. */
  listAccountAliases(req, ctx) {
    const account = findAccount(ctx, ...params(req));
    return { status: 200, body: { data: periodsOf(account).map(accountAliasView) } };
  },
} satisfies Partial<TogaiHandlers>;
