import type { Handler } from '../kit/simulator.js';
import { togaiError } from './errors.js';
import { ruleData, unitsFor } from './metering.js';
import type { TogaiContext } from './notifications.js';
import type { EventSchemaRecord, IngestedBody, InvoiceRecord, StoredEvent } from './records.js';
import type { TogaiState } from './state.js';

export interface IngestEvent {
  id: string;
  schemaName: string;
  timestamp: string;
  accountId: string;
  attributes: { name: string; value: string; unit?: string }[];
  dimensions: Record<string, string>;
}

/** The event as it was ingested, read back from its request text (the last one parsed is kept, as lists read runs of one batch). */
export function payloadOf(state: TogaiState, e: StoredEvent): IngestEvent {
  if (state.lastParsed?.body !== e.body) state.lastParsed = { body: e.body, value: JSON.parse(e.body.raw) };
  const value = state.lastParsed.value as { event: IngestEvent; events: IngestEvent[] };
  return e.index < 0 ? value.event : value.events[e.index]!;
}

/** What an event gives each meter of its schema, keyed by meter id (read back for GET /events/{id}). */
export function unitsByMeter(state: TogaiState, schemaName: string, event: IngestEvent): Record<string, number> {
  const attributes: Record<string, number> = {};
  for (const a of event.attributes) attributes[a.name] = Number(a.value);
  const data = ruleData(attributes, event.dimensions);
  const out: Record<string, number> = {};
  for (const m of state.meters.get(schemaName) ?? []) {
    const units = unitsFor(m, data);
    if (units !== null) out[m.id] = units;
  }
  return out;
}

/** Ingest one event; returns why it was refused, or null once it is accepted (or was already). */
export function ingestOne(ctx: TogaiContext, event: IngestEvent, body: IngestedBody, index: number): string | null {
  const state = ctx.state;
  // the event id is Togai's idempotency key: a repeat is accepted and not counted again
  if (state.events.has(event.id)) return null;
  const schema = state.store.get<EventSchemaRecord>('eventSchema', event.schemaName);
  if (!schema) return `Event schema '${event.schemaName}' does not exist`;
  if (schema.status !== 'ACTIVE') return `Event schema '${event.schemaName}' is ${schema.status}; only events of an ACTIVE schema are accepted`;
  const accountId = state.routes.get(event.accountId);
  if (!accountId) return `No active account has the id or alias '${event.accountId}'`;
  const attributes: Record<string, number> = {};
  for (const a of event.attributes) {
    if (!schema.attributes.some((s) => s.name === a.name)) return `Attribute '${a.name}' is not defined in event schema '${schema.name}'`;
    attributes[a.name] = Number(a.value);
  }
  for (const name of Object.keys(event.dimensions)) {
    if (!schema.dimensions.some((s) => s.name === name)) return `Dimension '${name}' is not defined in event schema '${schema.name}'`;
  }
  const stored: StoredEvent = {
    body,
    index,
    accountId,
    schemaName: schema.name,
    status: 'INGESTION_COMPLETED_EVENT_NOT_METERED',
    invoiceId: null,
  };
  meter(state, stored, Date.parse(event.timestamp), ruleData(attributes, event.dimensions));
  state.events.set(event.id, stored);
  return null;
}

/** Add the event's units to the open billing cycle its timestamp falls in, if any. */
function meter(state: TogaiState, stored: StoredEvent, at: number, data: object): void {
  const cycle = state.openCycles.get(stored.accountId)?.find((c) => c.start <= at && at < c.end);
  if (!cycle) return;
  stored.invoiceId = cycle.invoiceId;
  const invoice = state.store.get<InvoiceRecord>('invoice', cycle.invoiceId)!;
  let metered = false;
  for (const m of state.meters.get(stored.schemaName) ?? []) {
    const units = unitsFor(m, data);
    if (units === null) continue;
    invoice.usage[m.id] = (invoice.usage[m.id] ?? 0) + units;
    metered = true;
  }
  stored.status = metered ? 'INGESTION_COMPLETED_EVENT_METERED' : 'INGESTION_COMPLETED_NO_MATCHING_METERS';
}

export const ingestionHandlers: Record<string, Handler<TogaiState>> = {
  ingest(req, ctx) {
    const { event } = req.body as { event?: IngestEvent };
    if (!event) throw togaiError(400, "Invalid request: body field 'event' is required");
    const refused = ingestOne(ctx, event, { raw: req.rawBody! }, -1);
    if (refused) throw togaiError(400, refused);
    return { status: 202 };
  },

  /** Each event stands alone: refused ones come back in `errors` (207), the rest are ingested. */
  ingestBatch(req, ctx) {
    const { events } = req.body as { events: IngestEvent[] };
    const errors: { message: string; eventPayload: IngestEvent }[] = [];
    const body = { raw: req.rawBody! };
    for (const [index, event] of events.entries()) {
      const refused = ingestOne(ctx, event, body, index);
      if (refused) errors.push({ message: refused, eventPayload: event });
    }
    return { status: errors.length ? 207 : 202, body: { errors } };
  },
};
