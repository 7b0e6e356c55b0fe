import type { Outbox, Subscriber } from './kit/outbox.js';

/** What a connector's receivers expect from each vendor (contracts/connector.yaml). */
export interface ReceiverCredentials {
  togaiSecret: string;
  zuoraCallout: { username: string; password: string };
  chargebeeWebhook: { username: string; password: string };
}

/** The receiver paths of the reference connector, relative to its base URL. */
export const RECEIVER_PATHS = { togai: '/togai/notifications', zuora: '/zuora/callouts', chargebee: '/chargebee/webhooks' } as const;

/**
 * Register a connector at `baseUrl` as the subscriber of all three simulators, each with the
 * vendor's own auth: Togai signs with the secret, Zuora callouts and Chargebee webhooks carry
 * Basic credentials.
 */
export function subscribeConnector(outbox: Outbox, baseUrl: string, creds: ReceiverCredentials): Subscriber[] {
  const base = baseUrl.replace(/\/$/, '');
  return [
    outbox.subscribe({ source: 'togai', url: base + RECEIVER_PATHS.togai, secret: creds.togaiSecret }),
    outbox.subscribe({ source: 'zuora', url: base + RECEIVER_PATHS.zuora, ...creds.zuoraCallout }),
    outbox.subscribe({ source: 'chargebee', url: base + RECEIVER_PATHS.chargebee, ...creds.chargebeeWebhook }),
  ];
}
