import type { Delivery } from '../kit/outbox.js';
import type { ZuoraHandlers } from './operations.js';
import type { ZuoraContext } from './auth.js';
import { Category, ruleFailure } from './errors.js';
import { v1Page } from './paging.js';
import { VENDOR } from './state.js';
import { historyTime } from './time.js';

const DAY = 86_400_000;

/** `yyyy-MM-ddTHH:mm:ss` in the tenant's time (UTC here); a zone or fraction is accepted too. */
function instant(raw: unknown, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const text = String(raw);
  const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) throw ruleFailure(Category.INVALID_PARAMETER, `The query parameter '${name}' must be a date and time as yyyy-MM-ddTHH:mm:ss, got '${text}'`);
  return ms;
}

/** A delivery is a failure until an attempt succeeds; Zuora counts only HTTP 200 as success. */
function failed(d: Delivery): boolean {
  return d.attempts.at(-1)?.status !== 200;
}

/** One callout history per delivery: every attempt counts in attemptedNum and the last one's code shows. */
function historyView(ctx: ZuoraContext, d: Delivery) {
  const event = ctx.state.events.get(d.eventId);
  const definition = ctx.state.notifications.definitionOf(d.subscriberId);
  const last = d.attempts.at(-1);
  return {
    attemptedNum: d.attempts.length,
    createTime: historyTime(Date.parse(d.attempts[0]?.at ?? new Date(ctx.now()).toISOString())),
    eventCategory: d.eventType,
    eventContext: event?.history ?? {},
    notification: definition?.name ?? `${ctx.state.tenant.accountCreatedEvent} callout to subscriber ${d.subscriberId}`,
    requestMethod: d.method,
    requestUrl: d.url,
    ...(last?.status !== undefined ? { responseCode: last.status } : {}),
  };
}

export const calloutHistoryHandlers = {
  listCalloutHistory(req, ctx) {
    const q = req.query;
    const end = instant(q.endTime, 'endTime', ctx.now());
    const start = instant(q.startTime, 'startTime', end - DAY);
    if (start > end) throw ruleFailure(Category.INVALID_PARAMETER, `startTime (${String(q.startTime)}) is after endTime (${String(q.endTime ?? 'now')}); the window must start before it ends`);
    const failedOnly = !(q.failedOnly === 'false' || (q.failedOnly as unknown) === false);
    const deliveries = ctx.sandbox.outbox
      .list(VENDOR)
      .filter((d) => {
        const created = Date.parse(d.attempts[0]?.at ?? '');
        if (created < start || created > end) return false;
        if (failedOnly && !failed(d)) return false;
        if (q.objectId !== undefined && ctx.state.events.get(d.eventId)?.objectId !== q.objectId) return false;
        return q.eventCategory === undefined || d.eventType === q.eventCategory;
      })
      .reverse();
    const { rows, nextPage } = v1Page(deliveries, req, 20);
    return { status: 200, body: { calloutHistories: rows.map((d) => historyView(ctx, d)), ...(nextPage ? { nextPage } : {}), success: true } };
  },
} satisfies Partial<ZuoraHandlers>;
