import type { FaultPlanInput } from './faults.js';

// the sandbox's three vendors; the kit names them here only because a profile is about all of them
const VENDORS = ['togai', 'zuora', 'chargebee'] as const;

/**
 * A stiff day at the vendors: a fifth of requests fail with 503, a tenth are rate limited, one
 * in twenty hangs after taking effect; a third of deliveries come twice and a fifth out of
 * order. The first rule that fires wins, so each later one asks for its share of what the
 * earlier ones left (0.1 of all is 0.125 of the 0.8 no 503 took). Chaos runs use it, and the
 * dashboard's chaos switch puts it on the live sandbox.
 */
export const STIFF_PROFILE: FaultPlanInput = {
  requests: VENDORS.flatMap((vendor) => [
    { vendor, fault: { kind: 'error' as const, status: 503 }, probability: 0.2 },
    { vendor, fault: { kind: 'rate-limit' as const, retryAfterSeconds: 1 }, probability: 0.1 / 0.8 },
    { vendor, fault: { kind: 'hang' as const }, probability: 0.05 / 0.7 },
  ]),
  deliveries: VENDORS.flatMap((source) => [
    { source, fault: { kind: 'duplicate' as const }, probability: 0.3 },
    { source, fault: { kind: 'reorder' as const }, probability: 0.2 / 0.7 },
  ]),
};
