import type { Handler } from '../kit/simulator.js';
import { enrich, type EnrichmentTrace } from './enrichment.js';
import { badRequest } from './errors.js';
import { currentVersion, ruleData, unitsFor, type MeteringSnapshot, type RuleData } from './metering.js';
import type { TogaiContext } from './notifications.js';
import type { EventSchemaRecord, IngestedBody, InvoiceRecord, StoredEvent } from './records.js';
import type { OpenCycle, TogaiState } from './state.js';

/** An Event as clients send it. */
export interface IngestEvent {
  id?: string;
  schemaName: string;
  timestamp: string;
  accountId: string;
  attributes: { name: string; value: string; unit?: string }[];
  dimensions: Record<string, string>;
}

// Togai refuses an event id seen in the last 45 days; a repeat is taken once, so a retry is safe
const DEDUPE_WINDOW_MS = 45 * 86_400_000;

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
  const attributes: Record<string, number> = {};
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

/** Why `event` cannot be taken now, or where it goes. Every event of every batch runs this. */
export function check(state: TogaiState, event: IngestEvent): Checked | string {
  const via = state.meters.get(event.schemaName);
  if (!via) return schemaRefusal(state, event.schemaName);
  const accountId = state.routes.get(event.accountId);
  if (!accountId) return `No active account has the id or alias '${event.accountId}'`;
  const attributes: Record<string, number> = {};
  for (const a of event.attributes) {
    if (!via.attributes.has(a.name)) return `Attribute '${a.name}' is not defined in event schema '${event.schemaName}'`;
    if (Object.hasOwn(attributes, a.name)) return `Attribute '${a.name}' is given twice; each attribute may appear once in an event`;
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

/**
 * Add an event's units to its account's open billing cycle that its time (`at`, ms) falls in,
 * and record how it went: metered, matched by no meter, or outside every open cycle.
 */
export function meter(state: TogaiState, stored: StoredEvent, at: number, data: RuleData): void {
  const cycle = openCycleUsage(state, stored.accountId, (c) => c.start <= at && at < c.end);
  if (!cycle) {
    stored.status = 'INGESTION_COMPLETED_EVENT_NOT_METERED';
    stored.invoiceId = null;
    return;
  }
  let metered = false;
  for (const m of stored.via.meters) {
    const units = unitsFor(m, data);
    if (units === null) continue;
    cycle.usage[m.id] = (cycle.usage[m.id] ?? 0) + units;
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

/** Take a metered event's units back out of its open cycle's invoice, with the meters that metered it. */
export function unmeter(state: TogaiState, stored: StoredEvent): void {
  const cycle = stored.status === 'INGESTION_COMPLETED_EVENT_METERED' ? meteredCycle(state, stored) : undefined;
  if (!cycle) return;
  const { data } = dataOf(state, stored, payloadOf(state, stored));
  for (const m of stored.via.meters) {
    const units = unitsFor(m, data);
    if (units !== null) cycle.usage[m.id] = (cycle.usage[m.id] ?? 0) - units;
  }
}

/** Take one event; returns why it was refused, or null once it is taken (or was already). */
export function ingestOne(ctx: TogaiContext, event: IngestEvent, body: IngestedBody, index: number): string | null {
  const state = ctx.state;
  const key = keyOf(event, body, index);
  const seen = event.id === undefined ? undefined : state.events.get(key);
  if (seen && body.at - seen.body.at < DEDUPE_WINDOW_MS) return null;
  const checked = check(state, event);
  if (typeof checked === 'string') return checked;
  const stored: StoredEvent = {
    body,
    index,
    accountId: checked.accountId,
    via: checked.via,
    status: 'INGESTION_COMPLETED_EVENT_NOT_METERED',
    invoiceId: null,
  };
  meter(state, stored, Date.parse(event.timestamp), checked.data);
  state.events.set(key, stored);
  return null;
}

export const ingestionHandlers: Record<string, Handler<TogaiState>> = {
  ingest(req, ctx) {
    const { event } = req.body as { event: IngestEvent };
    const refused = ingestOne(ctx, event, ingestedBody(ctx, req.rawBody!), -1);
    if (refused) throw badRequest(refused);
    return { status: 202, body: { success: true } };
  },

  /** Each event stands alone: the rest are taken, and each refused one is named in `details.errors` (207). */
  ingestBatch(req, ctx) {
    const { events } = req.body as { events: IngestEvent[] };
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
};
