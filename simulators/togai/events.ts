import type { Handler } from '../kit/simulator.js';
import { togaiError } from './errors.js';
import { payloadOf, unitsByMeter } from './ingestion.js';
import { page } from './paging.js';
import type { AccountRecord, CustomerRecord, EventSchemaRecord, InvoiceRecord, PricePlanRecord, StoredEvent, UsageMeterRecord } from './records.js';
import type { TogaiState } from './state.js';

const DESCRIPTIONS: Record<StoredEvent['status'], string> = {
  INGESTION_COMPLETED_EVENT_METERED: 'Metered by at least one usage meter',
  INGESTION_COMPLETED_NO_MATCHING_METERS: 'No active usage meter matched the event',
  INGESTION_COMPLETED_EVENT_NOT_METERED: 'No open billing cycle of the account covers the event time',
};

function withStatus(state: TogaiState, e: StoredEvent) {
  return {
    eventPayload: payloadOf(state, e),
    ingestionStatus: { status: e.status, statusDescription: DESCRIPTIONS[e.status] },
    customerId: state.account(e.accountId)!.customerId,
  };
}

export const eventHandlers: Record<string, Handler<TogaiState>> = {
  getEvents(req, ctx) {
    const q = req.query as Record<string, string | undefined>;
    const ids: string[] = [];
    for (const [id, e] of ctx.state.events) {
      if ((q.status && e.status !== q.status) || (q.account_id && e.accountId !== q.account_id) || (q.schema_name && e.schemaName !== q.schema_name)) continue;
      ids.push(id);
    }
    const result = page(ids, (id) => id, req.query);
    return { status: 200, body: { events: result.data.map((id) => withStatus(ctx.state, ctx.state.events.get(id)!)), nextToken: result.nextToken } };
  },

  /** One event with how it went through the pipeline: schema, meters and their units, plan and cycle. */
  getSingleEvent(req, ctx) {
    const id = req.params.event_id!;
    const e = ctx.state.events.get(id);
    if (!e) throw togaiError(404, `No event with id '${id}' was ingested`);
    const store = ctx.state.store;
    const schema = store.get<EventSchemaRecord>('eventSchema', e.schemaName)!;
    const account = store.get<AccountRecord>('account', e.accountId)!;
    const customer = store.get<CustomerRecord>('customer', account.customerId)!;
    const base = withStatus(ctx.state, e);
    // units are what the schema's active meters give the event; only metered events carried any
    const units = e.status === 'INGESTION_COMPLETED_EVENT_METERED' ? unitsByMeter(ctx.state, e.schemaName, base.eventPayload) : {};
    const info: Record<string, unknown> = {
      eventSchema: { name: schema.name, version: schema.version },
      account: { id: account.id, name: account.name },
      customer: { id: customer.id, name: customer.name },
      usageMeters: Object.entries(units).map(([meterId, units]) => ({
        id: meterId,
        name: store.get<UsageMeterRecord>('usageMeter', meterId)?.name ?? meterId,
        version: 1,
        status: 'PROCESSED_UNITS_COMPUTED',
        units,
      })),
    };
    if (e.invoiceId) {
      const invoice = store.get<InvoiceRecord>('invoice', e.invoiceId)!;
      const plan = store.get<PricePlanRecord>('pricePlan', invoice.pricePlanId)!;
      info.pricePlans = [
        {
          id: plan.id,
          name: plan.name,
          scheduleId: `${account.id}.${invoice.startDate}`,
          cycleStart: invoice.startDate.slice(0, 10),
          cycleEnd: invoice.endDate.slice(0, 10),
          usageMeters: Object.keys(units),
        },
      ];
    }
    return { status: 200, body: { events: [{ ...base, eventPipelineInfo: info }] } };
  },
};
