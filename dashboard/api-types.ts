/**
 * What the dashboard's server answers its page with: the one contract between dashboard/server
 * and dashboard/client. Every route is under /api and takes the admin token (Authorization:
 * Bearer, or ?token= for the event stream, which EventSource cannot give headers).
 */

export type Vendor = 'togai' | 'zuora' | 'chargebee';

/** The record kinds each vendor's column shows, in order. */
export const RECORD_KINDS = {
  togai: ['customers', 'accounts', 'invoices'],
  zuora: ['accounts', 'invoices', 'usage'],
  chargebee: ['customers', 'subscriptions', 'invoices', 'payments'],
} as const satisfies Record<Vendor, readonly string[]>;

/** GET /api/overview */
export interface Overview {
  clock: { now: string; live: boolean };
  /** How many records of each kind, by vendor. */
  counts: { [V in Vendor]: Record<string, number> };
  chaos: boolean;
  stories: StoryInfo[];
}

/** One row of a vendor's list: enough to show and to search by. */
export interface RecordRow {
  id: string;
  /** A name, number or email: what a person recognises it by. */
  label: string;
  /** DRAFT, DUE, Posted, paid, active, … where the record has one. */
  status?: string;
  /** Amount with currency, dates, the account it belongs to: one short line. */
  summary?: string;
}

/** GET /api/records/:vendor/:kind?q=&offset=&limit= (limit at most 100; q matches id, label and summary, case-insensitively) */
export interface RecordPage {
  vendor: Vendor;
  kind: string;
  total: number;
  offset: number;
  items: RecordRow[];
}

/** GET /api/records/:vendor/:kind/:id: the record as the vendor's API answers it. */
export interface RecordDetail {
  vendor: Vendor;
  kind: string;
  id: string;
  record: unknown;
}

/** A record in the sync graph. */
export interface LinkNode {
  vendor: Vendor;
  kind: string;
  id: string;
  label: string;
}

/** How two records are linked, and what made the link. */
export interface LinkEdge {
  from: string; // `${vendor}:${kind}:${id}`
  to: string;
  /** The flow that made it (1-9), when known. */
  flow?: number;
  /** Where the link lives: "Togai setting zuora.accountId", "Zuora TogaiAccountId__c", "same ID", "po_number", … */
  via: string;
  /** The delivery that set the flow off, when known. */
  deliveryId?: string;
}

/** GET /api/links/:vendor/:kind/:id */
export interface LinkGraph {
  root: string;
  nodes: LinkNode[];
  edges: LinkEdge[];
}

export type TimelineKind = 'request' | 'delivery' | 'outcome' | 'clock' | 'story' | 'fault';

/** One thing that happened, on the virtual clock. */
export interface TimelineEntry {
  /** Increasing; `GET /api/timeline?after=seq` answers only what came later. */
  seq: number;
  /** Virtual time, ISO 8601. */
  at: string;
  kind: TimelineKind;
  vendor?: Vendor;
  /** One line: "togai POST /customers -> 201", "chargebee customer_created -> connector 200", "flow 6 done: …". */
  text: string;
  /** For a delivery: its id and every attempt; for an outcome: flow, outcome (done / already-done / skipped / failed) and detail. */
  detail?: unknown;
}

/** GET /api/timeline?after=&limit= (limit at most 500) */
export interface TimelinePage {
  entries: TimelineEntry[];
  /** The highest seq so far. */
  last: number;
}

/** POST /api/clock/advance body: a day, a month, or to the end of the open billing cycle (409 while a story runs). */
export interface AdvanceRequest {
  by: 'P1D' | 'P1M' | 'cycle';
}

export interface StoryInfo {
  id: string;
  title: string;
  /** What each step does, in order. */
  steps: string[];
}

/** Progress of a story run (POST /api/stories/:id/run answers 202, or 409 while one runs), sent as SSE event `story`. */
export interface StoryProgress {
  id: string;
  step: number;
  state: 'running' | 'done' | 'failed';
  text: string;
}

/** GET /api/scenarios */
export interface ScenarioInfo {
  file: string;
  name: string;
  tags: string[];
}

/** A scenario run's result (SSE event `scenario`, and POST /api/scenarios/run's answer; one run at a time, 409 while one runs). */
export interface ScenarioRunResult {
  file: string;
  name: string;
  passed: boolean;
  durationMs: number;
  steps: { index: number; label: string; state: 'passed' | 'failed' | 'skipped' }[];
  /** What the run could not do as written, one line each (empty when it did all). */
  notes: string[];
  failure?: { at: string; expectation: string; found: string[]; trace: string };
}

/**
 * GET /api/events?token=: server-sent events. `changed` ({what: 'records' | 'timeline' |
 * 'clock' | 'faults'}, at most one every 250 ms), `story` (StoryProgress), `scenario`
 * (ScenarioRunResult).
 */
export type DashboardEvent = { type: 'changed'; what: 'records' | 'timeline' | 'clock' | 'faults' } | { type: 'story'; progress: StoryProgress } | { type: 'scenario'; result: ScenarioRunResult };
