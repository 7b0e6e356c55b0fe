import { VENDORS } from './vendors.js';
import type { World } from './world.js';

const MAX_LINES = 80;

/** One client request, as traces and replay reports show it. */
export function requestLine(r: { vendor: string; method: string; path: string; operationId?: string; status: number }): string {
  return `${r.vendor.padEnd(9)} ${r.method} ${r.path} (${r.operationId ?? '?'}) -> ${r.status}`;
}

/**
 * What happened in a world, in time order: each request a client made to a simulator (the
 * harness's own calls are left out) and each delivery with its attempts. Printed with a
 * failure, it shows what a connector did and did not do.
 */
export function traceOf(world: World): string {
  const lines: { at: string; order: number; text: string }[] = [];
  let order = 0;
  for (const vendor of VENDORS) {
    for (const r of world.sim(vendor).log.list().requests) {
      if (r.byHarness) continue;
      lines.push({ at: r.at, order: order++, text: requestLine({ vendor, ...r }) });
    }
  }
  for (const d of world.sandbox.outbox.list()) {
    // a refusal shows what the receiver said, so a 400 that stopped the vendor is explained
    const attempts = d.attempts.map((a) => `${a.at.slice(11, 19)} ${a.status ?? a.error}${a.reason ? ` "${a.reason}"` : ''}`).join(', ') || 'not tried yet';
    const copy = d.duplicateOf ? ` (copy of ${d.duplicateOf})` : d.forged ? ` (forged: ${d.forged === 'missing' ? 'no credential' : 'wrong credential'})` : '';
    lines.push({ at: d.attempts[0]?.at ?? '', order: order++, text: `delivery  ${d.source} ${d.eventType}${copy} -> ${d.state} [${attempts}]` });
  }
  lines.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  const shown = lines.slice(-MAX_LINES).map((l) => `  ${l.at.slice(0, 19)} ${l.text}`);
  const cut = lines.length > MAX_LINES ? [`  (${lines.length - MAX_LINES} earlier lines left out)`] : [];
  return [...cut, ...shown].join('\n') || '  (no requests and no deliveries)';
}
