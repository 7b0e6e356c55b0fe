import type { TogaiHandler } from './operations.js';
import { commitEdits, planEdits, resolveAssociation, type ScheduleEdit } from './association.js';
import { badRequest } from './errors.js';
import type { InvoiceRecord } from './invoice-records.js';
import type { TogaiContext } from './notifications.js';
import type { AccountRecord } from './party-records.js';
import type { PricePlanRecord, Schedule } from './plan-records.js';
import { activeVersion, finalizeDraft, findPlan, latest, schedulesOnPlan, versionOf } from './plan-store.js';

/**
 * Moving accounts from one plan version to another (migrations, and finalising a version with a
 * migrationMode). IMMEDIATE switches from now, NEXT_CYCLE from the end of the cycle under way;
 * the _IGNORE_OVERRIDE variants drop the schedules' own rate cards, rules and currencies. The work
 * is done at once: Togai runs it as a job, and the Jobs API is not served.
 */

const MODES = ['IMMEDIATE', 'IMMEDIATE_IGNORE_OVERRIDE', 'NEXT_CYCLE', 'NEXT_CYCLE_IGNORE_OVERRIDE', 'NONE', 'START_OF_CURRENT_CYCLE'];

interface Migration {
  sourcePlanId: string;
  versions: number[];
  targetPlanId: string;
  targetVersion?: number;
  mode: string;
  retainStartOffsets?: boolean;
}

/** Where the move of one schedule starts, or undefined when nothing of it is left to move. */
function moveFrom(ctx: TogaiContext, s: Schedule, nextCycle: boolean): number | undefined {
  let from = Math.max(ctx.now(), Date.parse(s.startDate));
  const current = s.currentInvoiceId ? ctx.state.store.get<InvoiceRecord>('invoice', s.currentInvoiceId) : undefined;
  if (nextCycle && current?.phase === 'OPEN') from = Date.parse(current.endDate);
  return from < Date.parse(s.endDate) ? from : undefined;
}

interface Move {
  account: AccountRecord;
  edit: ScheduleEdit;
}

/** Work out a migration, refusing it before anything changes if any account cannot move. */
function planMigration(ctx: TogaiContext, m: Migration, at: string): Move[] {
  if (!MODES.includes(m.mode)) throw badRequest(`${at}migrationMode must be one of ${MODES.join(', ')}, got '${m.mode}'`);
  if (m.mode === 'NONE') return [];
  if (m.mode === 'START_OF_CURRENT_CYCLE') {
    throw badRequest(`${at}migrationMode START_OF_CURRENT_CYCLE would re-rate the cycle under way on the new plan; that is not simulated yet (use IMMEDIATE or NEXT_CYCLE)`);
  }
  const keepOverrides = !m.mode.endsWith('_IGNORE_OVERRIDE');
  const target = findPlan(ctx, m.targetPlanId);
  const targetVersion = m.targetVersion === undefined ? activeVersion(target)?.version : versionOf(target, m.targetVersion).version;
  const moves: Move[] = [];
  for (const s of schedulesOnPlan(ctx, m.sourcePlanId)) {
    if (!m.versions.includes(s.version) || (s.pricePlanId === target.id && s.version === targetVersion)) continue;
    const from = moveFrom(ctx, s, m.mode.startsWith('NEXT_CYCLE'));
    if (from === undefined) continue;
    const account = ctx.state.account(s.accountId)!;
    const association = resolveAssociation(
      ctx,
      account,
      {
        pricePlanId: target.id,
        ...(m.targetVersion !== undefined ? { version: m.targetVersion } : {}),
        ...(keepOverrides && s.rateCards ? { rateCards: s.rateCards } : {}),
        ...(keepOverrides && s.pricingRules ? { pricingRules: s.pricingRules } : {}),
        ...(keepOverrides && s.supportedCurrencies ? { supportedCurrencies: s.supportedCurrencies } : {}),
        ...(m.retainStartOffsets ? { retainStartOffsets: true } : {}),
      },
      from,
      at,
    );
    moves.push({ account, edit: { mode: 'ASSOCIATE', from, until: Date.parse(s.endDate), association, at } });
  }
  return moves;
}

function applyMigration(ctx: TogaiContext, moves: Move[]): void {
  for (const { account, edit } of moves) commitEdits(ctx, account, planEdits(ctx, account, [edit]));
}

/**
 * Finalise the plan's DRAFT and move accounts to it as `mode` says; if they cannot move, the
 * draft stays a draft and nothing changes.
 */
export function finalizeAndMigrate(ctx: TogaiContext, plan: PricePlanRecord, currencies: string[], mode: string | undefined, allVersions: boolean): void {
  const previous = activeVersion(plan);
  const wereActive = [...latest(plan).activeCurrencies];
  const draft = finalizeDraft(ctx, plan, currencies);
  const versions = allVersions ? plan.versions.slice(0, -1).map((v) => v.version) : previous ? [previous.version] : [];
  let moves: Move[];
  try {
    moves = planMigration(ctx, { sourcePlanId: plan.id, versions, targetPlanId: plan.id, targetVersion: draft.version, mode: mode ?? 'NONE' }, '');
  } catch (e) {
    draft.status = 'DRAFT';
    draft.activeCurrencies = wereActive;
    throw e;
  }
  applyMigration(ctx, moves);
}

/** POST /price_plans/migration and /v2/price_plans/migration: the same store serves both. */
export const pricePlanMigration: TogaiHandler<'pricePlanMigration'> = (req, ctx) => {
  const body = req.body;
  if (body.requireConfirmation) {
    throw badRequest('requireConfirmation: confirming a migration job needs the Jobs API, which this simulator does not serve; leave it out and the migration runs at once');
  }
  const source = findPlan(ctx, body.sourceId);
  versionOf(source, body.sourceVersion);
  const moves = planMigration(
    ctx,
    {
      sourcePlanId: source.id,
      versions: [body.sourceVersion],
      targetPlanId: body.targetId ?? source.id,
      ...(body.targetVersion !== undefined ? { targetVersion: body.targetVersion } : {}),
      mode: body.migrationMode,
      ...(body.retainStartOffsets ? { retainStartOffsets: true } : {}),
    },
    '',
  );
  applyMigration(ctx, moves);
  return { status: 201, body: { success: true } };
};
