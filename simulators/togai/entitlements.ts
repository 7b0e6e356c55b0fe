import type { TogaiHandlers } from './operations.js';
import { findAccount } from './accounts.js';
import { badRequest, notFound, togaiError } from './errors.js';
import { burn, creditBalance, entryKey, entryView, grantedEntries, grantedFeatures, moveExpiry } from './feature-credits.js';
import { featuresOfSchema, findFeature } from './features.js';
import { alreadyTaken, ingestedBody, ingestOne, type IngestEvent } from './ingestion.js';
import type { TogaiContext } from './notifications.js';
import { MAX_PAGE_SIZE, page } from './paging.js';
import { amountError, money } from './pricing.js';

/**
 * Togai's Entitlements API over the feature credits of feature-credits.ts. Rules chosen:
 * - an account is entitled to a feature while it holds usable credits of it (balance above 0);
 *   an entitlement's value is that balance, as text (GetEntitlementValuesResponseDataInner.value);
 * - GET /accounts/{id}/entitlements ("the entitlements for a account") lists only the features
 *   the account is entitled to now; for one feature it answers the balance, "0" when not entitled;
 * - POST /accounts/{id}/entitlements/{feature} answers `success: true` when the balance covers
 *   the value asked for, `false` otherwise (200 is the only answer the page documents);
 * - POST /entitled takes an event only if, for each feature its schema measures, the balance
 *   covers the event's use (its mapped attribute); it is then metered like /ingest and burns the
 *   credits. Otherwise it is refused, 400 with the reason; a repeated event id, 409 (the page's
 *   "Duplicate Id"). Credits are those usable now on the virtual clock, whatever the event's time.
 * - entries (PATCH): effectiveUntil must be in the future and granted above what is used, as the
 *   page says; only ACTIVE entries change. Void: an ACTIVE or EXPIRED entry becomes VOIDED, its
 *   balance gone.
 */

function featureFor(ctx: TogaiContext, accountId: string, featureId: string): string {
  findAccount(ctx, accountId);
  return findFeature(ctx, featureId).id;
}

function findEntry(ctx: TogaiContext, accountId: string, featureId: string, entryId: string) {
  featureFor(ctx, accountId, featureId);
  const entry = grantedEntries(ctx, accountId, featureId).find((e) => e.key === entryKey(accountId, featureId, entryId));
  if (!entry) throw notFound(`Feature credits entry of feature '${featureId}' for account '${accountId}'`, entryId);
  return entry;
}

/** Why `event` may not be taken by /entitled, with the use it would burn of each feature. */
function entitledUse(ctx: TogaiContext, accountId: string, event: IngestEvent): { featureId: string; units: number }[] {
  const uses = featuresOfSchema(ctx, event.schemaName);
  if (uses.length === 0) throw badRequest(`Event schema '${event.schemaName}' measures no feature; send its events to /ingest, or associate it with a feature`);
  // a feature measured by several attributes of the schema uses their sum
  const total = new Map<string, number>();
  for (const { feature, attributeName } of uses) {
    const raw = event.attributes.find((a) => a.name === attributeName)?.value ?? '0';
    const units = Number(raw);
    if (!Number.isFinite(units) || units < 0) throw badRequest(`Attribute '${attributeName}' measures feature '${feature.id}' and must be a number of 0 or more, got '${raw}'`);
    total.set(feature.id, money((total.get(feature.id) ?? 0) + units));
  }
  return [...total].map(([featureId, units]) => {
    const { balance } = creditBalance(ctx, accountId, featureId);
    if (balance <= 0 || balance < units) {
      throw badRequest(`Account '${accountId}' is not entitled to feature '${featureId}': the event uses ${units} and ${balance} credits are left`);
    }
    return { featureId, units };
  });
}

export const entitlementHandlers = {
  getEntitlements(req, ctx) {
    const account = findAccount(ctx, req.params.account_id!);
    const data = grantedFeatures(ctx, account.id)
      .map((featureId) => ({ featureId, ...creditBalance(ctx, account.id, featureId) }))
      .filter((f) => f.balance > 0)
      .map((f) => ({ featureId: f.featureId, value: String(f.balance) }));
    return { status: 200, body: { data } };
  },

  getEntitlementValue(req, ctx) {
    const accountId = req.params.account_id!;
    const featureId = featureFor(ctx, accountId, req.params.feature_id!);
    return { status: 200, body: { data: [{ featureId, value: String(creditBalance(ctx, accountId, featureId).balance) }] } };
  },

  validateEntitlementValue(req, ctx) {
    const accountId = req.params.account_id!;
    const featureId = featureFor(ctx, accountId, req.params.feature_id!);
    const { value } = req.body;
    const wanted = Number(value);
    if (value.trim() === '' || !Number.isFinite(wanted)) throw badRequest(`value must be a number of credits, got '${value}'`);
    const { balance } = creditBalance(ctx, accountId, featureId);
    return { status: 200, body: { success: balance > 0 && balance >= wanted } };
  },

  getFeatureCredits(req, ctx) {
    const accountId = req.params.account_id!;
    const featureId = featureFor(ctx, accountId, req.params.feature_id!);
    const { granted, balance } = creditBalance(ctx, accountId, featureId);
    return { status: 200, body: { accountId, featureId, granted, balance, usedOverage: 0 } };
  },

  listFeatureCreditEntries(req, ctx) {
    const accountId = req.params.account_id!;
    const featureId = featureFor(ctx, accountId, req.params.feature_id!);
    // the page makes 50 the default page size of this list
    const { data, nextToken } = page(grantedEntries(ctx, accountId, featureId), (e) => e.key, req.query, { defaultSize: MAX_PAGE_SIZE });
    return { status: 200, body: { data: data.map(entryView), ...(nextToken ? { nextToken } : {}) } };
  },

  updateFeatureCreditEntry(req, ctx) {
    const [accountId, featureId, entryId] = [req.params.account_id!, req.params.feature_id!, req.params.entry_id!];
    const entry = findEntry(ctx, accountId, featureId, entryId);
    const body = req.body;
    if (entry.status !== 'ACTIVE') throw badRequest(`Feature credits entry '${entryId}' is ${entry.status}; only ACTIVE entries can be updated`);
    const until = body.effectiveUntil === undefined ? undefined : Date.parse(body.effectiveUntil);
    if (until !== undefined && !(until > ctx.now())) throw badRequest(`effectiveUntil must be in the future (after ${ctx.nowIso()}), got '${body.effectiveUntil}'`);
    if (until !== undefined && until <= entry.effectiveFrom) throw badRequest(`effectiveUntil must come after the entry's effectiveFrom (${new Date(entry.effectiveFrom).toISOString()})`);
    const granted = body.granted === undefined ? undefined : amountError('granted', body.granted, true);
    if (granted) throw badRequest(granted);
    if (body.granted !== undefined && !(body.granted > entry.used)) {
      throw badRequest(`granted must be greater than the ${entry.used} credits already used of entry '${entryId}', got ${body.granted}`);
    }
    if (body.granted !== undefined) entry.granted = body.granted;
    if (until !== undefined) moveExpiry(ctx, entry, until);
    return { status: 200, body: entryView(entry) };
  },

  voidFeatureCreditEntry(req, ctx) {
    const [accountId, featureId, entryId] = [req.params.account_id!, req.params.feature_id!, req.params.entry_id!];
    const entry = findEntry(ctx, accountId, featureId, entryId);
    if (entry.status === 'VOIDED') throw badRequest(`Feature credits entry '${entryId}' is already VOIDED`);
    entry.status = 'VOIDED';
    return { status: 200, body: { success: true } };
  },

  ingestEntitledEvent(req, ctx) {
    const { event } = req.body;
    const body = ingestedBody(ctx, req.rawBody!);
    const accountId = ctx.state.routes.get(event.accountId);
    if (!accountId) throw badRequest(`No active account has the id or alias '${event.accountId}'`);
    if (alreadyTaken(ctx.state, event, body.at)) throw togaiError(409, `An event with id '${event.id}' was already ingested; event ids are unique`);
    const uses = entitledUse(ctx, accountId, event);
    const refused = ingestOne(ctx, event, body, -1);
    if (refused) throw badRequest(refused);
    for (const use of uses) burn(ctx, accountId, use.featureId, use.units);
    return { status: 200, body: { success: true } };
  },
} satisfies Partial<TogaiHandlers>;
