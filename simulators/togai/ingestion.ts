import { DAY } from './time.js';
import type { TogaiHandlers } from './operations.js';
import { dictionary } from './dictionary.js';
import { enrich, type EnrichmentTrace } from './enrichment.js';
import { badRequest } from './errors.js';
import type { InvoiceRecord } from './invoice-records.js';
import { currentVersion, ruleData, unitsFor, type MeteringSnapshot, type RuleData } from './metering.js';
import type { TogaiContext } from './notifications.js';
import type { OpenCycle, TogaiState } from './state.js';
import type { EventSchemaRecord, IngestedBody, StoredEvent } from './usage-records.js';

/** An Event as clients send it. */
export interface IngestEvent {
  id?: string;
  schemaName: string;
  timestamp: string;
  accountId: string;
  attributes: { name: string; value: string; unit?: string }[];
  dimensions: Record<string, string>;
}

// Togai takes an event id once in 45 days: a repeat within them is answered as accepted but not
// ingested again, so a retry is safe (the 2023 page calls the id an idempotency key: retries are
// recognised and not metered twice). After 45 days the id is free: a repeat is a new event.
const DEDUPE_WINDOW_MS = 45 * DAY;

export function ingestedBody(ctx: TogaiContext, raw: string): IngestedBody {
  return { raw, at: ctx.now(), seq: ctx.sequences.next('ingest') };
}

/** Togai's own unique id of an event: the request it came in and its place there. */
export function referenceIdOf(body: IngestedBody, index: number): string {
  return `event.${body.seq}.${index + 1}`;
}

/** The key an event is found by: its id, or for an event sent without one, its referenceId. */
function keyOf(event: IngestEvent, body: IngestedBody, index: number): string {
  return event.id ?? referenceIdOf(body, index);
}

/** The event as it was ingested, read back from its request text (the last one parsed is kept, as lists read runs of one batch). */
export function payloadOf(state: TogaiState, e: StoredEvent): IngestEvent {
  if (state.lastParsed?.body !== e.body) state.lastParsed = { body: e.body, value: JSON.parse(e.body.raw) };
  const value = state.lastParsed.value as { event: IngestEvent; events: IngestEvent[] };
  return e.index < 0 ? value.event : value.events[e.index]!;
}

/** What the meters saw of an event already taken (enriched as when it came, with the settings as they are now). */
export function dataOf(state: TogaiState, e: StoredEvent, payload: IngestEvent): { data: RuleData; enriched?: EnrichmentTrace } {
  const attributes = dictionary<number>();
  for (const a of payload.attributes) attributes[a.name] = Number(a.value);
  const data = ruleData(attributes, payload.dimensions);
  return e.via.enrichment ? { data, enriched: enrich(state, e.via.enrichment, e.accountId, data) } : { data };
}

/** An event that passed the checks: the account it goes to and what it is metered against. */
export interface Checked {
  via: MeteringSnapshot;
  accountId: string;
  data: RuleData;
}

function schemaRefusal(state: TogaiState, name: string): string {
  const record = state.store.get<EventSchemaRecord>('eventSchema', name);
  if (!record) return `Event schema '${name}' does not exist`;
  return `Event schema '${name}' is ${currentVersion(record).status}; only events of an ACTIVE schema are accepted`;
}

// the pages list the units Togai knows but not how it converts between them: a value in another
// unit than the schema's is refused rather than miscounted (an attribute with no defaultUnit takes any)
function unitRefusal(schemaName: string, attribute: string, given: string, unit: string): string {
  return (
    `Attribute '${attribute}' is given in '${given}', but event schema '${schemaName}' measures it in '${unit}'; ` +
    `unit conversion is not simulated: send the value in '${unit}' (or leave unit out)`
  );
}

/** What a client is told when a meter or enrichment rule of the schema fails on an event (a rule that threw). */
export function ruleFailure(schemaName: string, err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  return `A usage meter or enrichment rule of event schema '${schemaName}' failed on this event (${reason.slice(0, 200)}); change the rule or the event`;
}

/**
 * Why `event` cannot be taken now, or where it goes. Every event of every batch runs this.
 * Throws if an enrichment rule fails on the event.
 */
export function check(state: TogaiState, event: IngestEvent): Checked | string {
  const via = state.meters.get(event.schemaName);
  if (!via) return schemaRefusal(state, event.schemaName);
  const accountId = state.routes.get(event.accountId);
  if (!accountId) return `No active account has the id or alias '${event.accountId}'`;
  const attributes = dictionary<number>();
  for (const a of event.attributes) {
    const unit = via.attributes.get(a.name);
    if (unit === undefined) return `Attribute '${a.name}' is not defined in event schema '${event.schemaName}'`;
    if (Object.hasOwn(attributes, a.name)) return `Attribute '${a.name}' is given twice; each attribute may appear once in an event`;
    if (a.unit !== undefined && unit !== null && a.unit !== unit) return unitRefusal(event.schemaName, a.name, a.unit, unit);
    attributes[a.name] = Number(a.value);
  }
  for (const name in event.dimensions) {
    if (!via.dimensions.has(name)) return `Dimension '${name}' is not defined in event schema '${event.schemaName}'`;
  }
  const data = ruleData(attributes, event.dimensions);
  if (via.enrichment) enrich(state, via.enrichment, accountId, data);
  return { via, accountId, data };
}

/**
 * The usage tally of the open billing cycle of `accountId` that `pick` chooses, and its invoice.
 * Billing owns cycles and invoices; metering reads them here and nowhere else.
 */
function openCycleUsage(state: TogaiState, accountId: string, pick: (c: OpenCycle) => boolean): { invoiceId: string; usage: Record<string, number> } | undefined {
  const cycle = state.openCycles.get(accountId)?.find(pick);
  if (!cycle) return undefined;
  return { invoiceId: cycle.invoiceId, usage: state.store.get<InvoiceRecord>('invoice', cycle.invoiceId)!.usage };
}

/** Each meter's units for the event being metered; reused, as metering is never re-entered. */
const unitsScratch: (number | null)[] = [];

/**
 * Add an event's units to its account's open billing cycle that its time (`at`, ms) falls in,
 * and record how it went: metered, matched by no meter, or outside every open cycle. Every rule
 * runs before anything is added, so a rule that throws leaves the cycle and the event as they were.
 */
export function meter(state: TogaiState, stored: StoredEvent, at: number, data: RuleData): void {
  const cycle = openCycleUsage(state, stored.accountId, (c) => c.start <= at && at < c.end);
  if (!cycle) {
    stored.status = 'INGESTION_COMPLETED_EVENT_NOT_METERED';
    stored.invoiceId = null;
    return;
  }
  const meters = stored.via.meters;
  for (let i = 0; i < meters.length; i++) unitsScratch[i] = unitsFor(meters[i]!, data);
  let metered = false;
  for (let i = 0; i < meters.length; i++) {
    const units = unitsScratch[i];
    if (units === null || units === undefined) continue;
    const id = meters[i]!.id;
    cycle.usage[id] = (cycle.usage[id] ?? 0) + units;
    metered = true;
  }
  stored.invoiceId = cycle.invoiceId;
  stored.status = metered ? 'INGESTION_COMPLETED_EVENT_METERED' : 'INGESTION_COMPLETED_NO_MATCHING_METERS';
}

function meteredCycle(state: TogaiState, stored: StoredEvent) {
  return openCycleUsage(state, stored.accountId, (c) => c.invoiceId === stored.invoiceId);
}

/** Whether what an event metered can still be taken back: it metered nothing, or its cycle is open. */
export function revertible(state: TogaiState, stored: StoredEvent): boolean {
  return stored.status !== 'INGESTION_COMPLETED_EVENT_METERED' || meteredCycle(state, stored) !== undefined;
}

/** The units taking an event back would subtract from its open cycle's usage, by meter id. */
export interface Withdrawal {
  usage: Record<string, number>;
  units: [meterId: string, units: number][];
}

/**
 * What taking a metered event's units back out of its open cycle would subtract, with the meters
 * that metered it; undefined when it metered nothing there. Changes nothing; throws if a rule fails.
 */
export function withdrawal(state: TogaiState, stored: StoredEvent): Withdrawal | undefined {
  const cycle = stored.status === 'INGESTION_COMPLETED_EVENT_METERED' ? meteredCycle(state, stored) : undefined;
  if (!cycle) return undefined;
  const { data } = dataOf(state, stored, payloadOf(state, stored));
  const units: Withdrawal['units'] = [];
  for (const m of stored.via.meters) {
    const n = unitsFor(m, data);
    if (n !== null) units.push([m.id, n]);
  }
  return { usage: cycle.usage, units };
}

export function withdraw(w: Withdrawal | undefined): void {
  if (!w) return;
  for (const [id, n] of w.units) w.usage[id] = (w.usage[id] ?? 0) - n;
}

/** Whether an event with this id was taken within the dedupe window (POST /entitled answers such a repeat 409). */
export function alreadyTaken(state: TogaiState, event: IngestEvent, at: number): boolean {
  const seen = event.id === undefined ? undefined : state.events.get(event.id);
  return seen !== undefined && at - seen.body.at < DEDUPE_WINDOW_MS;
}

/** Take one event; returns why it was refused, or null once it is taken (or was already). */
export function ingestOne(ctx: TogaiContext, event: IngestEvent, body: IngestedBody, index: number): string | null {
  const state = ctx.state;
  const key = keyOf(event, body, index);
  const seen = event.id === undefined ? undefined : state.events.get(key);
  if (seen && body.at - seen.body.at < DEDUPE_WINDOW_MS) return null;
  let stored: StoredEvent;
  // one guard for the whole event, not one per rule call: checks and metering change nothing until they all pass
  try {
    const checked = check(state, event);
    if (typeof checked === 'string') return checked;
    stored = { body, index, accountId: checked.accountId, via: checked.via, status: 'INGESTION_COMPLETED_EVENT_NOT_METERED', invoiceId: null };
    meter(state, stored, Date.parse(event.timestamp), checked.data);
  } catch (err) {
    return ruleFailure(event.schemaName, err);
  }
  // the earlier event with this id (over 45 days old) stays readable and correctable by its referenceId
  if (seen) state.events.set(referenceIdOf(seen.body, seen.index), seen);
  state.events.set(key, stored);
  return null;
}

export const ingestionHandlers = {
  ingest(req, ctx) {
    const { event } = req.body;
    const refused = ingestOne(ctx, event, ingestedBody(ctx, req.rawBody!), -1);
    if (refused) throw badRequest(refused);
    return { status: 202, body: { success: true } };
  },

  /** Each event stands alone: the rest are taken, and each refused one is named in `details.errors` (207). */
  ingestBatch(req, ctx) {
    const { events } = req.body;
    const body = ingestedBody(ctx, req.rawBody!);
    const errors: { message: string; eventPayload: IngestEvent }[] = [];
    for (let i = 0; i < events.length; i++) {
      const refused = ingestOne(ctx, events[i]!, body, i);
      if (refused) errors.push({ message: refused, eventPayload: events[i]! });
    }
    if (errors.length === 0) return { status: 202, body: { success: true } };
    return {
      status: 207,
      body: {
        success: false,
        statusCode: 207,
        message: `${errors.length} of ${events.length} events were not accepted; details.errors gives each one and why`,
        details: { errors },
      },
    };
  },
} satisfies Partial<TogaiHandlers>;
