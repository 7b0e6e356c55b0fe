import type { TogaiHandlers } from './operations.js';
import { badRequest, togaiError } from './errors.js';
import { dataOf, payloadOf, referenceIdOf, type IngestEvent } from './ingestion.js';
import type { InvoiceRecord } from './invoice-records.js';
import { unitsFor } from './metering.js';
import { page } from './paging.js';
import type { CustomerRecord } from './party-records.js';
import type { PricePlanRecord } from './plan-records.js';
import type { TogaiState } from './state.js';
import type { IngestionStatus, StoredEvent, UsageMeterRecord } from './usage-records.js';

const DESCRIPTIONS: Record<IngestionStatus, string> = {
  INGESTION_COMPLETED_EVENT_METERED: 'Metered by at least one usage meter into an open billing cycle',
  INGESTION_COMPLETED_NO_MATCHING_METERS: 'No ACTIVE usage meter of the event schema matched the event',
  INGESTION_COMPLETED_EVENT_NOT_METERED: 'No open billing cycle of the account covers the event time',
};
// an UNDO leaves the event not metered; today's EventPipelineInfo keeps what it was in statusBeforeReverting
const REVERTED_DESCRIPTION = 'Not metered: an event correction took back what the event had metered';

// A filter on any other status is a mistake, not an empty list. Today's IngestionStatus page
// types the status as a bare string, so these are the 2023 API's IngestionStatus enum; the
// simulator emits three of them (DESCRIPTIONS) and no other.
const KNOWN_STATUSES = new Set<string>([
  'INGESTION_IN_PROGRESS',
  'INGESTION_FAILED',
  'INGESTION_FAILED_SCHEMA_NOT_DEFINED',
  'INGESTION_FAILED_ENRICHMENT_FAILED',
  'INGESTION_FAILED_UNITS_INVALID',
  'INGESTION_FAILED_EVENT_INVALID',
  'INGESTION_COMPLETED_NO_MATCHING_METERS',
  'INGESTION_COMPLETED_EVENT_METERED',
  'INGESTION_COMPLETED_EVENT_NOT_METERED',
  'UNKNOWN',
]);

const DEFAULT_EVENTS_PAGE = 50; // Togai's default for GET /events, not the 10 of other lists

/** An EventWithStatus: the event as sent, how its ingestion went, and when Togai took it. */
export function eventView(state: TogaiState, e: StoredEvent) {
  const account = state.account(e.accountId);
  return {
    referenceId: referenceIdOf(e.body, e.index),
    eventPayload: payloadOf(state, e),
    ingestionStatus: { status: e.status, statusDescription: e.statusBeforeReverting ? REVERTED_DESCRIPTION : DESCRIPTIONS[e.status] },
    ...(account && { customerId: account.customerId }),
    createdAt: new Date(e.body.at).toISOString(),
  };
}

/** The price plan and cycle whose invoice an event went to. */
function pricePlanInfo(state: TogaiState, invoiceId: string, meterIds: string[]) {
  const invoice = state.store.get<InvoiceRecord>('invoice', invoiceId);
  const plan = invoice?.pricePlanId === undefined ? undefined : state.store.get<PricePlanRecord>('pricePlan', invoice.pricePlanId);
  if (!invoice?.scheduleId || !plan) return [];
  return [
    {
      name: plan.name,
      id: plan.id,
      scheduleId: invoice.scheduleId,
      cycleStart: invoice.startDate.slice(0, 10),
      cycleEnd: invoice.endDate.slice(0, 10),
      usageMeters: meterIds,
    },
  ];
}

/**
 * Each meter's verdict on an event and its enrichments, worked out again (with the settings as
 * they are now). A rule that now fails on the event (a setting it reads changed) leaves both out.
 */
function rerun(state: TogaiState, e: StoredEvent, payload: IngestEvent, reachedMeters: boolean) {
  try {
    const { data, enriched } = dataOf(state, e, payload);
    const usageMeters = reachedMeters
      ? e.via.meters.map((m) => {
          const units = unitsFor(m, data);
          const name = state.store.get<UsageMeterRecord>('usageMeter', m.id)?.name ?? m.id;
          return units === null
            ? { id: m.id, name, version: m.version, status: 'PROCESSED_FILTERED_OUT' }
            : { id: m.id, name, version: m.version, status: 'PROCESSED_UNITS_COMPUTED', units };
        })
      : undefined;
    return { usageMeters, enriched };
  } catch {
    return {};
  }
}

/** How an event went through Togai's pipeline: schema version, each meter's verdict, plan and cycle, account. */
function pipelineInfo(state: TogaiState, e: StoredEvent, payload: IngestEvent) {
  const store = state.store;
  const account = state.account(e.accountId);
  const customer = account && store.get<CustomerRecord>('customer', account.customerId);
  // meters saw the event only if it reached a cycle; a reverted event's units were taken back
  const reachedMeters = e.status === 'INGESTION_COMPLETED_EVENT_METERED' || e.status === 'INGESTION_COMPLETED_NO_MATCHING_METERS';
  const { usageMeters, enriched } = rerun(state, e, payload, reachedMeters);
  const metered = (usageMeters ?? []).filter((m) => m.status === 'PROCESSED_UNITS_COMPUTED').map((m) => m.id);
  return {
    eventSchema: { name: e.via.schema.name, version: e.via.schema.version },
    ...(usageMeters && { usageMeters }),
    ...(e.invoiceId && { pricePlans: pricePlanInfo(state, e.invoiceId, metered) }),
    ...(enriched && { enrichments: enriched }),
    ...(account && {
      account: { id: account.id, name: account.name, ...(payload.accountId !== account.id && { alias: payload.accountId }) },
      invoiceCurrency: account.invoiceCurrency,
    }),
    ...(customer && { customer: { id: customer.id, name: customer.name } }),
    ...(e.statusBeforeReverting && { statusBeforeReverting: e.statusBeforeReverting }),
    baseCurrency: state.baseCurrency,
  };
}

export const eventHandlers = {
  /** Events in the order Togai took them, filtered by status, account (id or alias) and schema. */
  getEvents(req, ctx) {
    const state = ctx.state;
    const q = req.query as Record<string, string | undefined>;
    if (q.status && !KNOWN_STATUSES.has(q.status)) {
      throw badRequest(`query parameter 'status' must be an event status Togai documents (e.g. INGESTION_COMPLETED_EVENT_METERED), got '${q.status}'`);
    }
    const accountId = q.account_id && (state.routes.get(q.account_id) ?? q.account_id);
    const found: StoredEvent[] = [];
    for (const e of state.events.values()) {
      if ((q.status && e.status !== q.status) || (accountId && e.accountId !== accountId) || (q.schema_name && e.via.schema.name !== q.schema_name)) continue;
      found.push(e);
    }
    // the map is keyed by event id, so a corrected or re-keyed event sits out of order; nearly sorted, this sort is linear
    found.sort((a, b) => a.body.seq - b.body.seq || a.index - b.index);
    const query = q.pageSize === undefined && !q.nextToken ? { ...q, pageSize: DEFAULT_EVENTS_PAGE } : q;
    // paged by referenceId: short, so the nextToken stays within its 500 characters whatever the event ids
    const result = page(found, (e) => referenceIdOf(e.body, e.index), query);
    return { status: 200, body: { events: result.data.map((e) => eventView(state, e)), ...(result.nextToken && { nextToken: result.nextToken }) } };
  },

  getSingleEvent(req, ctx) {
    const id = req.params.event_id!;
    const e = ctx.state.events.get(id);
    if (!e) throw togaiError(404, `No event with id '${id}' was ingested`);
    const view = eventView(ctx.state, e);
    return { status: 200, body: { events: [{ ...view, eventPipelineInfo: pipelineInfo(ctx.state, e, view.eventPayload) }] } };
  },
} satisfies Partial<TogaiHandlers>;
