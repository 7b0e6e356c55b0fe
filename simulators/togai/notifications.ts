import { createHmac } from 'node:crypto';
import type { DeliveryPolicy } from '../kit/outbox.js';
import type { SimContext } from '../kit/simulator.js';
import type { TogaiState } from './state.js';

/**
 * Togai publishes no webhook format, so these notifications are the harness's own
 * (contracts/connector.yaml, receiveTogaiNotification): a JSON envelope, signed with HMAC-SHA256 over the
 * raw body with the subscriber's secret.
 */
export const SIGNATURE_HEADER = 'x-togai-signature';

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const MINUTE = 60_000;
// Five retries spread over about ten hours of virtual time, then the delivery is failed.
const RETRY_DELAYS = [1, 5, 30, 120, 480].map((m) => m * MINUTE);

export const togaiDeliveryPolicy: DeliveryPolicy = {
  headers(body, subscriber, message) {
    const headers: Record<string, string> = {
      'x-togai-event-type': message.eventType,
      'x-togai-event-id': message.eventId,
    };
    if (subscriber.secret) headers[SIGNATURE_HEADER] = sign(subscriber.secret, body);
    return headers;
  },
  retryDelay(retry) {
    return RETRY_DELAYS[retry - 1] ?? null;
  },
};

export type TogaiContext = SimContext<TogaiState>;

/**
 * Publish a notification. Its id comes from a counter, not the seeded random stream, so the
 * IDs of records do not depend on whether anyone is subscribed.
 */
export function notify(ctx: TogaiContext, type: 'account.created' | 'invoice.generated', data: () => Record<string, unknown>): void {
  const id = `evt.${String(ctx.sequences.next('notification')).padStart(10, '0')}`;
  ctx.publish(type, id, () => ({ id, type, createdAt: ctx.nowIso(), data: data() }));
}
