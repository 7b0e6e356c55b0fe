import { addDuration as addKitDuration, addParsedDuration, parseDuration } from '../kit/duration.js';
import { DAY, FAR_FUTURE_MS } from './time.js';
import type { TogaiContext } from './notifications.js';
import type { RateCardRecord, RatePlan, RateValue } from './plan-records.js';
import { amountError } from './pricing.js';

/**
 * BILLING_ENTITLEMENT rate cards as the simulator reads them (BillingEntitlementRateCard,
 * FeatureConfig, RecurrenceConfig). The rules, decided from those pages:
 *
 * - A card grants `featureCreditLimit` credits of its feature in each pricing cycle its
 *   recurrenceConfig selects: cycle n of the schedule (0 = the first) when n >= offset and
 *   (n - offset) is a multiple of interval; by default (interval 1, offset 0) every cycle. A
 *   one-off grant is an interval longer than the schedule.
 * - FeatureConfig's `effectiveFrom` / `effectiveUntil` are strings, read as ISO-8601 durations
 *   (`P0D`, `P1M`, `P1Y2M10DT2H`) from the start of the cycle that grants: the credits are usable
 *   from then until then. effectiveFrom defaults to the cycle start.
 * - The simulator takes one FeatureConfig per card and one card per feature in a plan, so each
 *   cycle gives one entry per feature, named as the entry id format of the pages says.
 * - The card is priced like a usage card for `featureCreditLimit` units: its fee is what its
 *   ratePlan and rateValues make of the credits granted.
 */

export interface EntitlementCard {
  featureId: string;
  featureConfigs: { effectiveFrom?: string; effectiveUntil: string; featureCreditLimit: number }[];
  invoiceTiming: 'IN_ADVANCE' | 'IN_ARREARS' | 'PREPAID';
  ratePlan: RatePlan;
  rateValues: RateValue[];
  recurrenceConfig?: { interval?: number; offset?: number };
}

export function entitlementCard(c: RateCardRecord): EntitlementCard | undefined {
  return c.type === 'BILLING_ENTITLEMENT' ? (c.details.billingEntitlementRateCard as unknown as EntitlementCard) : undefined;
}

// Cycle starts the window of a card is checked from: every day of four years (each calendar day,
// each month length, a leap year), so 'P30D' against 'P1M' is caught for a February start.
const CHECK_STARTS = Array.from({ length: 4 * 366 }, (_, i) => Date.UTC(2024, 0, 1) + i * DAY);

// whether a window ends after it starts from every cycle start, by its two durations: checking the
// 1,464 starts was most of the time a plan took to validate, for the same few windows every time
const WINDOW_VERDICTS = new Map<string, boolean>();
const WINDOW_VERDICTS_LIMIT = 1_000;

/** Whether `until` lands after `from` counted from every start in CHECK_STARTS (both valid durations). */
function endsAfterStart(fromText: string, untilText: string): boolean {
  const key = `${fromText} ${untilText}`;
  let verdict = WINDOW_VERDICTS.get(key);
  if (verdict === undefined) {
    const from = parseDuration(fromText);
    const until = parseDuration(untilText);
    verdict = CHECK_STARTS.every((t) => addParsedDuration(t, until) > addParsedDuration(t, from));
    if (WINDOW_VERDICTS.size >= WINDOW_VERDICTS_LIMIT) WINDOW_VERDICTS.clear();
    WINDOW_VERDICTS.set(key, verdict);
  }
  return verdict;
}

const isDuration = (text: string) => {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * `t` moved on by an ISO-8601 duration (the kit's calendar arithmetic); undefined when `text` is
 * not one, or when the result is past what a date-time can name (year 9999).
 */
export function addDuration(t: number, text: string): number | undefined {
  let ms: number;
  try {
    ms = addKitDuration(t, text);
  } catch {
    return undefined;
  }
  return Number.isFinite(ms) && ms <= FAR_FUTURE_MS ? ms : undefined;
}

/** Durations longer than this are refused: credits are granted per cycle, a century is plenty. */
const MAX_WINDOW = 'P100Y';

/** Whether the card grants (and bills) in cycle `index` of its schedule. */
export function recursIn(card: EntitlementCard, index: number): boolean {
  const interval = card.recurrenceConfig?.interval ?? 1;
  const offset = card.recurrenceConfig?.offset ?? 0;
  return index >= offset && (index - offset) % interval === 0;
}

/** The credits a card grants in a cycle starting at `start`, and when they are usable. */
export function grantOf(card: EntitlementCard, start: number): { granted: number; from: number; until: number } {
  const config = card.featureConfigs[0]!;
  // a window running past year 9999 (a cycle starting late in the calendar) ends at its last instant
  const at = (text: string) => addDuration(start, text) ?? FAR_FUTURE_MS;
  return { granted: config.featureCreditLimit, from: at(config.effectiveFrom ?? 'P0D'), until: at(config.effectiveUntil) };
}

/** Why the plan's entitlement cards cannot grant as the rules above read them (messages for cardErrors). */
export function entitlementCardErrors(ctx: TogaiContext, cards: RateCardRecord[]): { card: RateCardRecord; message: string }[] {
  const errors: { card: RateCardRecord; message: string }[] = [];
  const seen = new Set<string>();
  for (const c of cards) {
    const card = entitlementCard(c);
    if (!card) continue;
    const fail = (message: string) => errors.push({ card: c, message });
    if (!ctx.state.store.has('feature', card.featureId)) fail(`feature '${card.featureId}' does not exist`);
    if (seen.has(card.featureId)) fail(`feature '${card.featureId}' already has a BILLING_ENTITLEMENT rate card in this plan; give each feature one`);
    seen.add(card.featureId);
    if (card.featureConfigs.length !== 1) fail(`has ${card.featureConfigs.length} featureConfigs; the simulator grants from exactly one`);
    const config = card.featureConfigs[0];
    if (config) {
      const limit = amountError('featureConfigs[0].featureCreditLimit', config.featureCreditLimit, true);
      if (limit) fail(limit);
      let valid = true;
      for (const field of ['effectiveFrom', 'effectiveUntil'] as const) {
        const text = config[field];
        if (text === undefined) continue;
        const at = addDuration(0, text);
        const fits = at !== undefined && at <= addDuration(0, MAX_WINDOW)!;
        if (!isDuration(text)) fail(`featureConfigs[0].${field} must be an ISO-8601 duration such as 'P1M' (counted from the cycle start), got '${text}'`);
        else if (!fits) fail(`featureConfigs[0].${field} must be at most 100 years (${MAX_WINDOW}) from the cycle start, got '${text}'`);
        valid &&= fits;
      }
      const fromText = config.effectiveFrom ?? 'P0D';
      if (valid && config.effectiveUntil !== undefined && !endsAfterStart(fromText, config.effectiveUntil)) {
        fail(`featureConfigs[0].effectiveUntil (${config.effectiveUntil}) must come after effectiveFrom (${fromText}) from every cycle start, whatever the month's length`);
      }
    }
    const { interval, offset } = card.recurrenceConfig ?? {};
    if (interval !== undefined && !(interval >= 1)) fail(`recurrenceConfig.interval must be 1 or more cycles, got ${interval}`);
    if (offset !== undefined && !(offset >= 0)) fail(`recurrenceConfig.offset must be 0 or more cycles, got ${offset}`);
  }
  return errors;
}
