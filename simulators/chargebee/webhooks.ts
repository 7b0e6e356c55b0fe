import { basicAuth, type DeliveryPolicy } from '../kit/outbox.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Chargebee retries a webhook that did not get a 2xx up to 7 times: 2 minutes after the failure,
 * then 6 minutes, 30 minutes, 1 hour, 5 hours, 1 day and 2 days after the previous retry
 * (Chargebee support article 257941, "Automatic Retries"). Each delay counts from the attempt
 * before, as the outbox schedules them.
 */
export const RETRY_DELAYS_MS = [2 * MINUTE, 6 * MINUTE, 30 * MINUTE, HOUR, 5 * HOUR, DAY, 2 * DAY] as const;

/** Events go out as JSON with the endpoint's Basic credentials, when it has some. */
export const chargebeeDeliveryPolicy: DeliveryPolicy = {
  headers(_body, subscriber): Record<string, string> {
    return subscriber.username ? { authorization: basicAuth(subscriber.username, subscriber.password ?? '') } : {};
  },
  retryDelay(retry) {
    return RETRY_DELAYS_MS[retry - 1] ?? null;
  },
};
