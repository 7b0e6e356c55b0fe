import type { Delivery } from '../kit/outbox.js';
import type { ChargebeeHandlers } from './operations.js';
import { notFound } from './errors.js';
import { fieldAt } from './filters.js';
import { listAnswer } from './paging.js';
import type { EventRecord, Fields } from './records.js';
import { nowSec, type ChargebeeContext, type ChargebeeState } from './state.js';

/**
 * Record an event and send it to every webhook endpoint (and admin subscriber) that wants its
 * type. The content is a snapshot: later changes to the resources do not reach it.
 */
export function emit(ctx: ChargebeeContext, eventType: string, content: Fields, source: EventRecord['source'] = 'api'): EventRecord {
  const event: EventRecord = {
    id: `ev_${ctx.random.base62(16)}`,
    object: 'event',
    occurred_at: nowSec(ctx),
    source,
    api_version: 'v2',
    event_type: eventType,
    content: structuredClone(content),
  };
  ctx.state.add('event', event);
  ctx.publish(eventType, event.id, () => ({ ...event, webhook_status: 'scheduled' }));
  return event;
}

const DELIVERY_STATUS: Record<Delivery['state'], string> = {
  pending: 'scheduled',
  delivered: 'succeeded',
  retrying: 're_scheduled',
  failed: 'failed',
};

/** An event's webhook status across its deliveries: the least settled one wins. */
function overallStatus(deliveries: Delivery[]): string {
  if (deliveries.length === 0) return 'not_configured';
  const states = new Set(deliveries.map((d) => d.state));
  if (states.has('retrying')) return 're_scheduled';
  if (states.has('pending')) return 'scheduled';
  if (states.has('failed')) return 'failed';
  return 'succeeded';
}

function deliveriesByEvent(ctx: ChargebeeContext): Map<string, Delivery[]> {
  const byEvent = new Map<string, Delivery[]>();
  for (const d of ctx.sandbox.outbox.list(ctx.vendor)) {
    const list = byEvent.get(d.eventId) ?? [];
    list.push(d);
    byEvent.set(d.eventId, list);
  }
  return byEvent;
}

function eventView(state: ChargebeeState, event: EventRecord, deliveries: Delivery[]): Fields {
  const view: Fields = { ...event, webhook_status: overallStatus(deliveries) };
  if (deliveries.length) {
    // a webhook is named by its endpoint; admin subscribers by their own id
    view.webhooks = deliveries.map((d) => ({ id: state.endpointOfSubscriber.get(d.subscriberId) ?? d.subscriberId, webhook_status: DELIVERY_STATUS[d.state] }));
  }
  return view;
}

export const eventHandlers = {
  listEvents(req, ctx) {
    const deliveries = deliveriesByEvent(ctx);
    const of = (e: EventRecord) => deliveries.get(e.id) ?? [];
    return listAnswer(ctx.state, ctx.state.store.values<EventRecord>('event'), req.query, {
      entry: (e) => ({ event: eventView(ctx.state, e, of(e)) }),
      resolve: (e, path) => (path[0] === 'webhook_status' ? overallStatus(of(e)) : fieldAt(e, path)),
      accept: (e, q) =>
        (q.start_time === undefined || e.occurred_at >= Number(q.start_time)) && (q.end_time === undefined || e.occurred_at <= Number(q.end_time)),
    });
  },

  retrieveEvent(req, ctx) {
    const id = req.params['event-id']!;
    const event = ctx.state.get<EventRecord>('event', id);
    if (!event) throw notFound('Event', id);
    return { status: 200, body: { event: eventView(ctx.state, event, deliveriesByEvent(ctx).get(id) ?? []) } };
  },
} satisfies Partial<ChargebeeHandlers>;
