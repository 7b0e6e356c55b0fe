import type { components } from '../../contracts/types/admin.js';

// What the outbox sends, to whom, and how a vendor sends and retries it.

export interface Subscriber {
  id: string;
  /** The simulator whose notifications it receives. */
  source: string;
  url: string;
  username?: string;
  password?: string;
  secret?: string;
  /** Event types it wants; all when absent. */
  events?: string[];
  /**
   * Made by a vendor operation (a Chargebee webhook endpoint), so part of that simulator's state:
   * dropped when the simulator resets. Admin subscribers are configuration and stay.
   */
  managed?: boolean;
}

/**
 * A delivery as the outbox keeps it is what `/__admin/deliveries` answers (contracts/admin.yaml
 * `Delivery`, before its credentials are redacted): one definition, the contract's.
 */
export type Delivery = components['schemas']['Delivery'];
export type Attempt = Delivery['attempts'][number];

/** How one vendor sends and retries: its envelope headers and auth, and its backoff. */
export interface DeliveryPolicy {
  /** Headers for one delivery to one subscriber (signatures, Basic auth, event names). */
  headers(body: string, subscriber: Subscriber, message: OutboundMessage): Record<string, string>;
  /** Names (lower case) of the headers a subscriber's deliveries carry credentials in, whatever they are called (a tenant-named HMAC header). */
  secretHeaders?(subscriber: Subscriber): string[];
  /** Delay in ms before retry number `retry` (1-based) after a failed attempt, or null to give up. */
  retryDelay(retry: number, status: number | undefined): number | null;
}

export interface OutboundMessage {
  source: string;
  eventType: string;
  eventId: string;
  /** The body for one subscriber: vendors with per-endpoint templates (Zuora callouts) render it per subscriber. */
  payload(subscriber: Subscriber): unknown;
  /** The HTTP method for one subscriber; POST when absent. */
  method?(subscriber: Subscriber): string;
}
