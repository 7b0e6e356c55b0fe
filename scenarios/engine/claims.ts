import { FLOWS } from '../../connector/config.js';
import type { LoadedScenario } from './load.js';
import type { SuiteResult } from './partner-suite.js';

/** The flows a partner's connector says it runs, and where that was read (for the reasons given). */
export interface Claims {
  flows: number[];
  /** `the connector's /health` or `--flows`. */
  source: string;
}

export class FlowsError extends Error {}

/** `--flows 1,6`: flow numbers 1–9, comma-separated; anything else throws a FlowsError naming the option. */
export function parseFlows(raw: string): number[] {
  const parts = raw.split(',').map((p) => p.trim());
  const flows = parts.map(Number);
  if (!raw.trim() || flows.some((f, i) => !/^\d+$/.test(parts[i]!) || !FLOWS.includes(f as (typeof FLOWS)[number]))) {
    throw new FlowsError(`--flows must be flow numbers from 1 to 9, comma-separated, e.g. --flows 1,6; got ${JSON.stringify(raw)}`);
  }
  return [...new Set(flows)].sort((a, b) => a - b);
}

/** The flows `GET /health` lists (`{"flows": [1, 6]}`), or undefined when it does not answer with a usable list. */
export async function healthFlows(connectorUrl: string): Promise<number[] | undefined> {
  try {
    const res = await fetch(`${connectorUrl}/health`, { signal: AbortSignal.timeout(3_000) });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { flows?: unknown };
    if (!Array.isArray(body?.flows)) return undefined;
    const flows = body.flows.map(Number);
    if (flows.some((f) => !FLOWS.includes(f as (typeof FLOWS)[number]))) return undefined;
    return [...new Set(flows)].sort((a, b) => a - b);
  } catch {
    return undefined;
  }
}

/**
 * The claims for a partner run: `--flows` when given, else the connector's /health; undefined
 * (every flow claimed) when neither says, with `note` saying so.
 */
export async function readClaims(connectorUrl: string, flowsOption: number[] | undefined): Promise<{ claims?: Claims; note: string }> {
  if (flowsOption) return { claims: { flows: flowsOption, source: '--flows' }, note: `flows claimed (--flows): ${flowsOption.join(', ')}` };
  const flows = await healthFlows(connectorUrl);
  if (flows) return { claims: { flows, source: "the connector's /health" }, note: `flows claimed (the connector's /health): ${flows.join(', ') || 'none'}` };
  return { note: `the connector's /health lists no flows and --flows was not given: every flow is taken as claimed` };
}

/** A scenario's flows: its `flow-N` tags. */
export function scenarioFlows(tags: string[]): number[] {
  return tags.map((t) => /^flow-([1-9])$/.exec(t)?.[1]).filter((f): f is string => f !== undefined).map(Number);
}

const plural = (flows: number[]) => `flow${flows.length === 1 ? '' : 's'} ${flows.join(', ')}`;

/** `not claimed: the connector's /health lists flow 6`: what makes a flow, or a scenario, not claimed. */
export function notClaimedBy(claims: Claims): string {
  return `not claimed: ${claims.source} lists ${claims.flows.length ? plural(claims.flows) : 'no flows'}`;
}

/** Why a scenario is not run because it needs a flow the connector does not claim, or undefined. */
export function notClaimedReason(scenario: LoadedScenario, claims: Claims | undefined): string | undefined {
  if (!claims) return undefined;
  const missing = scenarioFlows(scenario.tags).filter((f) => !claims.flows.includes(f));
  if (!missing.length) return undefined;
  return `${notClaimedBy(claims)}; this scenario needs ${plural(missing)}`;
}

export function notClaimedResult(scenario: LoadedScenario, reason: string): SuiteResult {
  return { name: scenario.name, file: scenario.file, tags: scenario.tags, passed: false, durationMs: 0, notes: [], notClaimed: reason };
}

export interface FlowCounts {
  passed: number;
  failed: number;
  skipped: number;
  notClaimed: number;
}

/** Results counted per flow (1–9), by each scenario's `flow-N` tags; a scenario with two flows counts in both. */
export function flowSummary(results: SuiteResult[]): Record<string, FlowCounts> {
  const summary: Record<string, FlowCounts> = {};
  for (const f of FLOWS) summary[String(f)] = { passed: 0, failed: 0, skipped: 0, notClaimed: 0 };
  for (const r of results) {
    const key: keyof FlowCounts = r.notClaimed !== undefined ? 'notClaimed' : r.skipped !== undefined ? 'skipped' : r.passed ? 'passed' : 'failed';
    for (const f of new Set(scenarioFlows(r.tags))) summary[String(f)]![key]++;
  }
  return summary;
}

/** The per-flow summary as console lines. */
export function flowSummaryText(results: SuiteResult[]): string {
  const rows = Object.entries(flowSummary(results)).map(([flow, c]) => {
    const parts = [`${c.passed} passed`, `${c.failed} failed`, ...(c.skipped ? [`${c.skipped} skipped`] : []), ...(c.notClaimed ? [`${c.notClaimed} not claimed`] : [])];
    return `  flow ${flow}: ${c.passed + c.failed + c.skipped + c.notClaimed ? parts.join(', ') : 'no scenarios'}`;
  });
  return `Per flow:\n${rows.join('\n')}\n`;
}
