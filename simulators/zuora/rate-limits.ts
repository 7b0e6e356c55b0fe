import { snapshotClass } from '../kit/snapshot-codec.js';
import { RATE_LIMITS, type TenantType } from './tenant.js';

const WINDOWS_S = [60, 3600, 86_400] as const;

export type RequestKind = 'API' | 'AUTH';

/**
 * Counts requests per fixed minute, hour and day of virtual time and writes the headers
 * guide_rate-limits.md describes: the limit of the window closest to exhaustion followed by
 * every window's limit, what remains of that window, and the seconds until it resets.
 * It only reports; it never refuses (the harness must not throttle a fast test run).
 */
export class RateCounter {
  private readonly counts: Record<RequestKind, number[]> = { API: [0, 0, 0], AUTH: [0, 0, 0] };
  private readonly starts: Record<RequestKind, number[]> = { API: [0, 0, 0], AUTH: [0, 0, 0] };

  constructor(private readonly tenantType: TenantType) {}

  count(kind: RequestKind, now: number): Record<string, string> {
    const limits = RATE_LIMITS[this.tenantType][kind];
    const counts = this.counts[kind];
    const starts = this.starts[kind];
    let closest = 0;
    let closestShare = Number.POSITIVE_INFINITY;
    WINDOWS_S.forEach((seconds, i) => {
      const length = seconds * 1000;
      if (now >= starts[i]! + length || now < starts[i]!) {
        starts[i] = Math.floor(now / length) * length;
        counts[i] = 0;
      }
      counts[i]! += 1;
      const share = (limits[i]! - counts[i]!) / limits[i]!;
      if (share < closestShare) {
        closest = i;
        closestShare = share;
      }
    });
    const windows = WINDOWS_S.map((seconds, i) => `${limits[i]};w=${seconds}`).join(', ');
    return {
      'ratelimit-limit': `${limits[closest]}, ${windows}`,
      'ratelimit-remaining': String(Math.max(0, limits[closest]! - counts[closest]!)),
      'ratelimit-reset': String(Math.ceil((starts[closest]! + WINDOWS_S[closest]! * 1000 - now) / 1000)),
    };
  }
}

snapshotClass(RateCounter, 'zuora.RateCounter');
