import { delayStart, endSchedule, iso, startSchedule } from './cycle-invoices.js';
import { checkCycleConfig, resolveCycle } from './cycles.js';
import { badRequest, notFound } from './errors.js';
import { togaiId } from './ids.js';
import type { TogaiContext } from './notifications.js';
import type { AccountRecord } from './party-records.js';
import type { PricingCycleConfig, PricingRuleRecord, RateCardRecord, Schedule } from './plan-records.js';
import { activeVersion, findPlan, storeRules, versionOf } from './plan-store.js';
import { cardErrors, overrideCards, unsimulated, type DetailsCards } from './rate-cards.js';
import { DAY, OPEN_END_MS } from './time.js';

/**
 * An account's price plan schedules as one timeline, edited the way Togai's association requests
 * read: ASSOCIATE puts a plan on the account from `effectiveFrom` to the end of `effectiveUntil`,
 * replacing whatever the account had in that window; DISASSOCIATE leaves the window without a
 * plan. What lies outside the window is kept, a schedule spanning it is split around it.
 *
 * The past is fixed: cycles already billed are not re-rated, so any part of an edit before now
 * starts now. An `effectiveUntil` on or after Togai's far end (time.ts OPEN_END) is open-ended.
 */

/** What an association puts on the account. */
export interface Association {
  pricePlanId: string;
  version: number;
  pricingCycleConfig: PricingCycleConfig;
  rateCards?: RateCardRecord[];
  pricingRules?: PricingRuleRecord[];
  supportedCurrencies?: string[];
  billingStarted: boolean;
}

export interface ScheduleEdit {
  mode: 'ASSOCIATE' | 'DISASSOCIATE';
  from: number;
  until: number;
  association?: Association;
  /** DISASSOCIATE: the plan the window must hold, when the request names one. */
  pricePlanId?: string;
  /** Where the edit sits in the request, for messages. */
  at: string;
}

/** A piece of the timeline: part of an existing schedule, or of a new association. */
export interface Segment {
  start: number;
  end: number;
  schedule?: Schedule;
  association?: Association;
}

export function findSchedule(ctx: TogaiContext, id: string): Schedule {
  const schedule = ctx.state.store.get<Schedule>('schedule', id);
  if (!schedule) throw notFound('Schedule', id);
  return schedule;
}

export function accountSchedules(ctx: TogaiContext, account: AccountRecord): Schedule[] {
  return account.schedules.map((id) => ctx.state.store.get<Schedule>('schedule', id)!);
}

/** The edit's window as instants: from the start of `effectiveFrom` (or now) to the end of `effectiveUntil`. */
export function editWindow(ctx: TogaiContext, effectiveFrom: string, effectiveUntil: string, at: string): { from: number; until: number } {
  const from = Date.parse(`${effectiveFrom}T00:00:00Z`);
  const until = Math.min(Date.parse(`${effectiveUntil}T00:00:00Z`) + DAY, OPEN_END_MS);
  if (Number.isNaN(from) || Number.isNaN(until)) throw badRequest(`${at}effectiveFrom and effectiveUntil must be dates (YYYY-MM-DD), got '${effectiveFrom}' and '${effectiveUntil}'`);
  if (until <= from) throw badRequest(`${at}effectiveUntil (${effectiveUntil}) must not be before effectiveFrom (${effectiveFrom})`);
  const now = ctx.now();
  if (until <= now) throw badRequest(`${at}effectiveUntil (${effectiveUntil}) is already past; schedules can only be changed from today on`);
  return { from: Math.max(from, now), until };
}

export interface AssociationInput {
  pricePlanId: string;
  /** A finalised version to bill on; the plan's latest finalised one by default. */
  version?: number;
  cycleOverride?: PricingCycleConfig;
  /** v1's pricePlanDetailsOverride: its card kinds replace the plan's of that kind. */
  detailsOverride?: DetailsCards;
  rulesOverride?: Omit<PricingRuleRecord, 'id' | 'version'>[];
  /** Cards and rules taken whole (a migration keeping overrides, v2's associationConfig.scheduleId). */
  rateCards?: RateCardRecord[];
  pricingRules?: PricingRuleRecord[];
  supportedCurrencies?: string[];
  retainStartOffsets?: boolean;
}

/**
 * Check a plan can bill the account from `from` and fix what it bills with. Refused: a plan never
 * finalised or archived, a currency it is not active in, cards it cannot price in that currency,
 * and what the simulator does not price yet (rate-cards.ts `unsimulated`).
 */
export function resolveAssociation(ctx: TogaiContext, account: AccountRecord, input: AssociationInput, from: number, at: string): Association {
  const plan = findPlan(ctx, input.pricePlanId);
  if (plan.archived) throw badRequest(`Price plan '${plan.id}' is ARCHIVED and cannot be associated`);
  const version = input.version === undefined ? activeVersion(plan) : versionOf(plan, input.version);
  if (!version || version.status !== 'ACTIVE') {
    throw badRequest(`Price plan '${plan.id}'${input.version === undefined ? '' : ` version ${input.version}`} is DRAFT; activate it (v1) or finalize it (v2) before associating it`);
  }
  if (plan.type !== 'BILLING') throw badRequest(`Price plan '${plan.id}' is a ${plan.type} plan; only BILLING plans are associated with accounts here`);
  const currencies = input.supportedCurrencies ?? version.activeCurrencies;
  if (!currencies.includes(account.invoiceCurrency)) {
    throw badRequest(`Price plan '${plan.id}' is not active in ${account.invoiceCurrency}, the invoice currency of account '${account.id}' (active: ${currencies.join(', ') || 'none'})`);
  }
  let config = input.cycleOverride ?? version.pricingCycleConfig;
  if (input.retainStartOffsets && !input.cycleOverride) config = retainedCycle(ctx, account, from, version.pricingCycleConfig, at);
  if (!config) throw badRequest(`Price plan '${plan.id}' has no pricingCycleConfig; give one in the association`);
  checkCycleConfig(config, `${at}pricingCycleConfig`);
  const overridden = input.rateCards ?? (input.detailsOverride && Object.keys(input.detailsOverride).length ? overrideCards(version.rateCards, input.detailsOverride) : undefined);
  const rules = input.pricingRules ?? (input.rulesOverride ? storeRules(ctx, input.rulesOverride, version.version) : undefined);
  const cards = overridden ?? version.rateCards;
  const problem = cardErrors(ctx, cards, input.supportedCurrencies ?? version.supportedCurrencies, [account.invoiceCurrency])[0];
  if (problem) throw badRequest(`Price plan '${plan.id}' cannot bill account '${account.id}': ${problem.errorMessage}`);
  const missing = unsimulated(cards, rules ?? version.pricingRules);
  if (missing) throw badRequest(`Account '${account.id}' cannot be billed on price plan '${plan.id}': ${missing}`);
  return {
    pricePlanId: plan.id,
    version: version.version,
    pricingCycleConfig: config,
    ...(overridden ? { rateCards: overridden } : {}),
    ...(rules ? { pricingRules: rules } : {}),
    ...(input.supportedCurrencies ? { supportedCurrencies: input.supportedCurrencies } : {}),
    billingStarted: false,
  };
}

/** retainStartOffsets: the cycle of the schedule the account is on at `from`, which must have the same interval. */
function retainedCycle(ctx: TogaiContext, account: AccountRecord, from: number, planConfig: PricingCycleConfig | undefined, at: string): PricingCycleConfig {
  const current = accountSchedules(ctx, account).find((s) => Date.parse(s.startDate) <= from && from < Date.parse(s.endDate));
  if (!current) throw badRequest(`${at}retainStartOffsets: account '${account.id}' has no price plan on ${iso(from).slice(0, 10)} whose cycle could continue`);
  if (planConfig && planConfig.interval !== current.pricingCycleConfig.interval) {
    throw badRequest(`${at}retainStartOffsets needs the same interval: the account bills ${current.pricingCycleConfig.interval}, the new plan ${planConfig.interval}`);
  }
  return { ...current.pricingCycleConfig, anniversaryCycle: false };
}

function carve(segments: Segment[], from: number, until: number): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.end <= from || s.start >= until) {
      out.push(s);
      continue;
    }
    if (s.start < from) out.push({ ...s, end: from });
    if (s.end > until) out.push({ ...s, start: until });
  }
  return out;
}

/** The account's timeline from now on, once the edits are applied in order. */
export function planEdits(ctx: TogaiContext, account: AccountRecord, edits: ScheduleEdit[]): Segment[] {
  const now = ctx.now();
  let segments: Segment[] = accountSchedules(ctx, account)
    .filter((s) => Date.parse(s.endDate) > now)
    .map((s) => ({ start: Date.parse(s.startDate), end: Date.parse(s.endDate), schedule: s }));
  for (const e of edits) {
    if (e.mode === 'DISASSOCIATE') {
      const held = segments.filter((x) => x.start < e.until && x.end > e.from);
      if (held.length === 0) throw badRequest(`${e.at}account '${account.id}' has no price plan from ${iso(e.from).slice(0, 10)} to ${iso(e.until - 1).slice(0, 10)} to dissociate`);
      const other = held.find((x) => e.pricePlanId && (x.schedule?.pricePlanId ?? x.association?.pricePlanId) !== e.pricePlanId);
      if (other) throw badRequest(`${e.at}account '${account.id}' is on price plan '${other.schedule?.pricePlanId ?? other.association?.pricePlanId}' in that window, not '${e.pricePlanId}'`);
    }
    segments = carve(segments, e.from, e.until);
    if (e.mode === 'ASSOCIATE') segments.push({ start: e.from, end: e.until, association: e.association });
  }
  return segments.sort((a, b) => a.start - b.start);
}

function createSchedule(ctx: TogaiContext, account: AccountRecord, a: Association, start: number, end: number, resolved?: PricingCycleConfig): Schedule {
  const schedule: Schedule = {
    id: togaiId(ctx, 'sch'),
    accountId: account.id,
    pricePlanId: a.pricePlanId,
    version: a.version,
    startDate: iso(start),
    endDate: iso(end),
    pricingCycleConfig: resolved ?? resolveCycle(a.pricingCycleConfig, start),
    ...(a.rateCards ? { rateCards: a.rateCards } : {}),
    ...(a.pricingRules ? { pricingRules: a.pricingRules } : {}),
    ...(a.supportedCurrencies ? { supportedCurrencies: a.supportedCurrencies } : {}),
    billingStarted: a.billingStarted,
    createdAt: ctx.nowIso(),
  };
  ctx.state.store.insert('schedule', schedule);
  account.schedules = [...account.schedules, schedule.id];
  return schedule;
}

/** The rest of an existing schedule, cut off by an edit, carried on unchanged (its cycle grid too). */
function continuation(ctx: TogaiContext, account: AccountRecord, s: Schedule, start: number, end: number): Schedule {
  const a: Association = {
    pricePlanId: s.pricePlanId,
    version: s.version,
    pricingCycleConfig: s.pricingCycleConfig,
    ...(s.rateCards ? { rateCards: s.rateCards } : {}),
    ...(s.pricingRules ? { pricingRules: s.pricingRules } : {}),
    ...(s.supportedCurrencies ? { supportedCurrencies: s.supportedCurrencies } : {}),
    billingStarted: s.billingStarted,
  };
  const copy = createSchedule(ctx, account, a, start, end, s.pricingCycleConfig);
  if (s.draft) copy.draft = structuredClone(s.draft);
  return copy;
}

/** Make the account's schedules what `segments` (from planEdits) say, opening and closing cycles. */
export function commitEdits(ctx: TogaiContext, account: AccountRecord, segments: Segment[]): void {
  const now = ctx.now();
  const created: Schedule[] = [];
  for (const s of accountSchedules(ctx, account).filter((x) => Date.parse(x.endDate) > now)) {
    const start = Date.parse(s.startDate);
    const end = Date.parse(s.endDate);
    const pieces = segments.filter((seg) => seg.schedule === s);
    const first = pieces[0];
    let rest = pieces.slice(1);
    if (!first) endSchedule(ctx, s, Math.max(now, start));
    else if (first.start === start) {
      if (first.end !== end) endSchedule(ctx, s, first.end);
    } else if (!s.billingStarted) {
      delayStart(ctx, s, first.start);
      if (first.end !== end) endSchedule(ctx, s, first.end);
    } else {
      endSchedule(ctx, s, Math.max(now, start));
      rest = pieces;
    }
    for (const piece of rest) created.push(continuation(ctx, account, s, piece.start, piece.end));
  }
  for (const seg of segments) if (seg.association) created.push(createSchedule(ctx, account, seg.association, seg.start, seg.end));
  account.schedules = accountSchedules(ctx, account)
    .sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate))
    .map((s) => s.id);
  for (const s of created) startSchedule(ctx, s);
}
