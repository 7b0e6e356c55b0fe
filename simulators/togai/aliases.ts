import type { TogaiHandlers } from './operations.js';
import { badRequest, notFound } from './errors.js';
import { FAR_FUTURE, FAR_FUTURE_MS, FAR_PAST, FAR_PAST_MS, instant, iso } from './time.js';
import { uuid } from './ids.js';
import type { TogaiContext } from './notifications.js';
import { page } from './paging.js';
import { holdersOf, periodsOf, type AccountAliasRecord, type AccountRecord, type AliasRecord } from './party-records.js';
import { aliasView } from './party-views.js';
import type { TogaiState } from './state.js';

/**
 * Aliases: values that stand for an account when events are ingested. An account holds a value
 * for a period (Togai's AccountAlias; plain `aliases` are open at both ends); the organisation
 * knows every value ever used or created (Togai's Alias). `state.routes` maps each value in
 * effect now on an ACTIVE account to that account, and is kept so on the virtual clock as
 * periods start and end.
 */

// Togai's Account lists at most 10 aliases; the account's own id is one of them.
export const MAX_ALIASES = 10;

export interface AliasPeriodInput {
  value: string;
  effectiveFrom?: string;
  effectiveUntil?: string;
}

/** A period asked for, checked, in epoch milliseconds. */
export interface AliasPeriod {
  value: string;
  from: number;
  until: number;
}

const periodOf = (e: AccountAliasRecord) => ({ from: instant(e.effectiveFrom), until: instant(e.effectiveUntil) });

/** A period open at both ends: a plain alias, and the account's own id (until the account is archived). */
export const openPeriod = (value: string): AliasPeriod => ({ value, from: FAR_PAST_MS, until: FAR_FUTURE_MS });

function checkValue(value: string, field: string): void {
  if (value.length < 3 || value.length > 50 || value.trim() !== value) {
    throw badRequest(`${field}: alias '${value}' must be 3 to 50 characters long, without spaces at either end`);
  }
}

/** The periods a body asks for in `aliases` (open-ended) and `accountAliases` (with their bounds). */
export function requestedPeriods(
  ctx: TogaiContext,
  body: { aliases?: string[]; accountAliases?: AliasPeriodInput[] },
  prefix: string,
): AliasPeriod[] {
  const now = ctx.now();
  const periods: AliasPeriod[] = [];
  (body.aliases ?? []).forEach((value, i) => {
    checkValue(value, `body field '${prefix}aliases[${i}]'`);
    periods.push(openPeriod(value));
  });
  (body.accountAliases ?? []).forEach((a, i) => {
    const at = `body field '${prefix}accountAliases[${i}]'`;
    checkValue(a.value, at);
    const from = Date.parse(a.effectiveFrom ?? FAR_PAST);
    const until = Date.parse(a.effectiveUntil ?? FAR_FUTURE);
    if (from >= until) throw badRequest(`${at}: effectiveUntil (${a.effectiveUntil}) must come after effectiveFrom (${a.effectiveFrom})`);
    if (until <= now) throw badRequest(`${at}: effectiveUntil (${a.effectiveUntil}) is already past (now is ${iso(now)})`);
    periods.push({ value: a.value, from, until });
  });
  const seen = new Set<string>();
  for (const p of periods) {
    if (seen.has(p.value)) throw badRequest(`body fields '${prefix}aliases' and '${prefix}accountAliases' name '${p.value}' more than once`);
    seen.add(p.value);
  }
  return periods;
}

/** Periods the account holds from now on: in effect or still to start. */
export function liveAliases(account: AccountRecord, now: number): AccountAliasRecord[] {
  return periodsOf(account).filter((e) => instant(e.effectiveUntil) > now);
}

/** Whether two periods share an instant from `now` on; the past routes nothing, so it never clashes. */
function clash(a: { from: number; until: number }, b: { from: number; until: number }, now: number): boolean {
  return Math.max(a.from, b.from, now) < Math.min(a.until, b.until);
}

/**
 * Refuses periods that clash with one an account (this one or another) already holds, or
 * that would take `accountId` over MAX_ALIASES. Call before changing anything.
 */
export function checkAliasesFree(ctx: TogaiContext, accountId: string, periods: AliasPeriod[], field: string): void {
  const now = ctx.now();
  for (const p of periods) {
    const known = ctx.state.store.get<AliasRecord>('alias', p.value);
    for (const holderId of known ? holdersOf(known) : []) {
      const held = periodsOf(ctx.state.account(holderId)!).find((e) => e.value === p.value && clash(periodOf(e), p, now));
      if (!held) continue;
      const span = `${held.effectiveFrom} to ${held.effectiveUntil}`;
      if (holderId === accountId) throw badRequest(`${field}: '${p.value}' is already an alias of account '${accountId}' (${span})`);
      throw badRequest(`${field}: alias '${p.value}' already belongs to account '${holderId}' (${span}); remove it there first`);
    }
  }
  const account = ctx.state.account(accountId);
  const held = account ? liveAliases(account, now).length : 0;
  if (held + periods.length > MAX_ALIASES) {
    throw badRequest(`An account holds at most ${MAX_ALIASES} aliases, its own id included; '${accountId}' has ${held} and ${periods.length} more were asked for`);
  }
}

/** Point `value` at the ACTIVE account holding it now, or at nothing. */
function refreshRoute(state: TogaiState, value: string, now: number): void {
  const known = state.store.get<AliasRecord>('alias', value);
  const owner = (known ? holdersOf(known) : []).find((id) => {
    const account = state.account(id)!;
    return account.status === 'ACTIVE' && periodsOf(account).some((e) => e.value === value && instant(e.effectiveFrom) <= now && now < instant(e.effectiveUntil));
  });
  if (owner) state.routes.set(value, owner);
  else state.routes.delete(value);
}

/** Route `value` as it stands now, and again at each of `instants` still to come. */
function follow(ctx: TogaiContext, value: string, instants: number[]): void {
  const now = ctx.now();
  refreshRoute(ctx.state, value, now);
  for (const at of new Set(instants)) {
    if (at > now && at < FAR_FUTURE_MS) ctx.schedule(at, `togai: alias '${value}' starts or ends`, 'refreshRoute', value);
  }
}

/** The clock jobs aliases schedule. */
export const aliasJobs = { refreshRoute: (ctx: TogaiContext, value: string) => refreshRoute(ctx.state, value, ctx.now()) };

/** Routes for every value the account has held, after its status changed. */
export function rerouteAccount(ctx: TogaiContext, account: AccountRecord): void {
  for (const value of new Set(periodsOf(account).map((e) => e.value))) refreshRoute(ctx.state, value, ctx.now());
}

/**
 * Give the account these (checked) periods, each a new AccountAlias. Its own period, which only
 * a new account is given (first, its id already drawn as `ownAliasId`), is not kept as one: it
 * is read from the account (`ownPeriod`); every other value is never the account's own id.
 */
export function attachAliases(ctx: TogaiContext, account: AccountRecord, periods: AliasPeriod[]): void {
  const now = ctx.nowIso();
  const added = periods
    .filter((p) => p.value !== account.id)
    .map((p) => ({ id: uuid(ctx), value: p.value, effectiveFrom: iso(p.from), effectiveUntil: iso(p.until), createdAt: now }));
  // one array of exactly the periods held: pushing onto an empty one would reserve 17 slots
  if (added.length) account.aliases = account.aliases ? account.aliases.concat(added) : added;
  for (const p of periods) {
    const known = ctx.state.store.get<AliasRecord>('alias', p.value);
    if (!known) {
      // a value first held as an account's own id needs no list of holders (holdersOf)
      ctx.state.store.insert<AliasRecord>('alias', p.value === account.id ? { value: p.value, createdAt: now } : { value: p.value, createdAt: now, accountIds: [account.id] });
    } else {
      const holders = holdersOf(known);
      if (!holders.includes(account.id)) known.accountIds = holders.concat(account.id);
    }
    follow(ctx, p.value, [p.from, p.until]);
  }
}

/**
 * End a period at `at` (now or later); one that would then never start is dropped. The account's
 * own period ends only when it is archived, and `archivedAt` then says when (see `ownPeriod`).
 */
function endPeriod(ctx: TogaiContext, account: AccountRecord, entry: AccountAliasRecord, at: number): void {
  if (entry.value === account.id) {
    // nothing to change: archiving sets archivedAt, which ends it
  } else if (at <= Date.parse(entry.effectiveFrom)) {
    account.aliases = account.aliases!.filter((e) => e !== entry);
  } else {
    entry.effectiveUntil = iso(at);
    entry.updatedAt = ctx.nowIso();
  }
  follow(ctx, entry.value, [at]);
}

/** Archiving ends every period still running at `at` (now), so its values are free for other accounts; call it before setting `archivedAt`. */
export function endAllAliases(ctx: TogaiContext, account: AccountRecord, at: number): void {
  for (const entry of liveAliases(account, at)) endPeriod(ctx, account, entry, at);
}

export interface RemoveAliasesBody {
  aliases?: string[];
  accountAliases?: { id: string; from?: string }[];
}

/**
 * remove_aliases: each value in `aliases` stops now (periods still to start are dropped); each
 * period in `accountAliases` stops at its `from`, or now. The account's own id stays.
 */
export function detachAliases(ctx: TogaiContext, account: AccountRecord, body: RemoveAliasesBody): void {
  const now = ctx.now();
  if (!body.aliases?.length && !body.accountAliases?.length) {
    throw badRequest("the body must name at least one alias to remove, in 'aliases' or 'accountAliases'");
  }
  const ends = new Map<AccountAliasRecord, number>();
  const plan = (entry: AccountAliasRecord, at: number, field: string) => {
    if (entry.value === account.id) throw badRequest(`${field}: '${entry.value}' is the account's own id, which stays its alias until the account is deleted`);
    if (ends.has(entry)) throw badRequest(`${field}: the alias period '${entry.id}' ('${entry.value}') is named more than once`);
    ends.set(entry, at);
  };
  (body.aliases ?? []).forEach((value, i) => {
    const field = `body field 'aliases[${i}]'`;
    const live = liveAliases(account, now).filter((e) => e.value === value);
    if (!live.length) throw badRequest(`${field}: '${value}' is not an alias of account '${account.id}' now or later`);
    for (const entry of live) plan(entry, now, field);
  });
  (body.accountAliases ?? []).forEach((r, i) => {
    const field = `body field 'accountAliases[${i}]'`;
    const entry = periodsOf(account).find((e) => e.id === r.id);
    if (!entry) throw badRequest(`${field}.id: account '${account.id}' has no alias period '${r.id}'; GET /accounts/${account.id}/account_aliases lists them`);
    const at = r.from === undefined ? now : Date.parse(r.from);
    if (at < now) throw badRequest(`${field}.from (${r.from}) is past; an alias can be removed from now (${iso(now)}) on`);
    if (at >= Date.parse(entry.effectiveUntil)) throw badRequest(`${field}: alias period '${r.id}' ('${entry.value}') already ends at ${entry.effectiveUntil}`);
    plan(entry, at, field);
  });
  for (const [entry, at] of ends) endPeriod(ctx, account, entry, at);
}

function findAlias(ctx: TogaiContext, value: string): AliasRecord {
  const alias = ctx.state.store.get<AliasRecord>('alias', value);
  if (!alias) throw notFound('Alias', value);
  return alias;
}

export const aliasHandlers = {
  /** Registers values without giving them to an account; all or nothing. */
  createAlias(req, ctx) {
    const values = req.body.aliases.map((a) => a.value);
    if (values.length === 0) throw badRequest("body field 'aliases' must list at least one alias");
    values.forEach((value, i) => {
      checkValue(value, `body field 'aliases[${i}].value'`);
      if (values.indexOf(value) !== i) throw badRequest(`body field 'aliases' names '${value}' more than once`);
      if (ctx.state.store.has('alias', value)) throw badRequest(`Alias '${value}' already exists`);
    });
    const created = values.map((value) => ctx.state.store.insert<AliasRecord>('alias', { value, createdAt: ctx.nowIso(), accountIds: [] }));
    return { status: 201, body: { data: created.map(aliasView) } };
  },

  listAliases(req, ctx) {
    const result = page([...ctx.state.store.values<AliasRecord>('alias')], (a) => a.value, req.query);
    return { status: 200, body: { ...result, data: result.data.map(aliasView) } };
  },

  getAlias(req, ctx) {
    return { status: 200, body: aliasView(findAlias(ctx, req.params.alias!)) };
  },

  /** Only a value no account holds now or later can go; accounts keep their past periods as history. */
  deleteAlias(req, ctx) {
    const alias = findAlias(ctx, req.params.alias!);
    const now = ctx.now();
    for (const id of holdersOf(alias)) {
      const live = liveAliases(ctx.state.account(id)!, now).find((e) => e.value === alias.value);
      if (live) {
        throw badRequest(`Alias '${alias.value}' is held by account '${id}' until ${live.effectiveUntil}; remove it with POST /accounts/${id}/remove_aliases first`);
      }
    }
    ctx.state.store.remove('alias', alias.value);
    return { status: 200, body: { success: true } };
  },
} satisfies Partial<TogaiHandlers>;
