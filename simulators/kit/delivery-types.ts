/** What the outbox sends, to whom, and how a vendor sends and retries it. */

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

export interface Attempt {
  at: string;
  status?: number;
  error?: string;
  /** What the receiver said was wrong when it refused (its JSON `error`, cut short), if the sender could read it. */
  reason?: string;
  /** On a forged copy: the requests clients made of the simulators while it was open (a connector must make none). */
  clientRequests?: number;
  /** The receiver's answer body (a connector's flow outcomes), cut to MAX_ANSWER_LENGTH characters, if the sender could read it. */
  answer?: string;
}

export interface Delivery {
  id: string;
  source: string;
  eventType: string;
  eventId: string;
  subscriberId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  /** Headers (lower-case names) the vendor's configuration says carry a credential; admin listings hide their values. */
  secretHeaders?: string[];
  body: string;
  state: 'pending' | 'delivered' | 'retrying' | 'failed';
  attempts: Attempt[];
  /** Set on a copy sent again on purpose, as a vendor's duplicate delivery; names the original. */
  duplicateOf?: string;
  /** Set on a copy an `unauthenticated` fault sent first: without the credential, or with a wrong one. Never retried. */
  forged?: 'missing' | 'wrong';
  nextAttemptAt?: string;
}

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
