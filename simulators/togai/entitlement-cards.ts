import type { TogaiContext } from './notifications.js';
import type { RateCardRecord, RatePlan, RateValue } from './plan-records.js';

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

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** `t` moved on by an ISO-8601 duration, calendar-wise in UTC; undefined when `text` is not one. */
export function addDuration(t: number, text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const at = new Date(t);
  at.setUTCFullYear(at.getUTCFullYear() + y!, at.getUTCMonth() + mo!, at.getUTCDate() + w! * 7 + d!);
  at.setUTCHours(at.getUTCHours() + h!, at.getUTCMinutes() + mi!, at.getUTCSeconds() + s!);
  return at.getTime();
}

/** Whether the card grants (and bills) in cycle `index` of its schedule. */
export function recursIn(card: EntitlementCard, index: number): boolean {
  const interval = card.recurrenceConfig?.interval ?? 1;
  const offset = card.recurrenceConfig?.offset ?? 0;
  return index >= offset && (index - offset) % interval === 0;
}

/** The credits a card grants in a cycle starting at `start`, and when they are usable. */
export function grantOf(card: EntitlementCard, start: number): { granted: number; from: number; until: number } {
  const config = card.featureConfigs[0]!;
  return { granted: config.featureCreditLimit, from: addDuration(start, config.effectiveFrom ?? 'P0D')!, until: addDuration(start, config.effectiveUntil)! };
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
      if (!(config.featureCreditLimit >= 0)) fail(`featureConfigs[0].featureCreditLimit must be 0 or more, got ${config.featureCreditLimit}`);
      for (const field of ['effectiveFrom', 'effectiveUntil'] as const) {
        const text = config[field];
        if (text !== undefined && addDuration(0, text) === undefined) fail(`featureConfigs[0].${field} must be an ISO-8601 duration such as 'P1M' (counted from the cycle start), got '${text}'`);
      }
      const from = addDuration(0, config.effectiveFrom ?? 'P0D');
      const until = addDuration(0, config.effectiveUntil);
      if (from !== undefined && until !== undefined && until <= from) fail(`featureConfigs[0].effectiveUntil (${config.effectiveUntil}) must come after effectiveFrom (${config.effectiveFrom ?? 'P0D'})`);
    }
    const { interval, offset } = card.recurrenceConfig ?? {};
    if (interval !== undefined && !(interval >= 1)) fail(`recurrenceConfig.interval must be 1 or more cycles, got ${interval}`);
    if (offset !== undefined && !(offset >= 0)) fail(`recurrenceConfig.offset must be 0 or more cycles, got ${offset}`);
  }
  return errors;
}
