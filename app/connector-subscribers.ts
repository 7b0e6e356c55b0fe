import { RECEIVER_PATHS } from '../connector/receiver-paths.js';
import type { SandboxEnv } from './config.js';
import type { Outbox, Subscriber } from '../simulators/kit/outbox.js';

/** What a connector's receivers expect from each vendor; the connector's own config has this shape. */
export interface ReceiverCredentials {
  togai: { notificationSecret: string };
  zuora?: { callout: { username: string; password: string } };
  chargebee?: { webhook: { username: string; password: string } };
}

/** The receiver credentials the sandbox's environment sets (TOGAI_NOTIFICATION_SECRET, ZUORA_CALLOUT_*, CHARGEBEE_WEBHOOK_*). */
export function receiverCredentials(env: SandboxEnv): Required<ReceiverCredentials> {
  return {
    togai: { notificationSecret: env.TOGAI_NOTIFICATION_SECRET },
    zuora: { callout: { username: env.ZUORA_CALLOUT_USERNAME, password: env.ZUORA_CALLOUT_PASSWORD } },
    chargebee: { webhook: { username: env.CHARGEBEE_WEBHOOK_USERNAME, password: env.CHARGEBEE_WEBHOOK_PASSWORD } },
  };
}

/**
 * Register a connector at `baseUrl` as the subscriber of the simulators it has credentials
 * for, each with the vendor's own auth: Togai signs with the secret, Zuora callouts and
 * Chargebee webhooks carry Basic credentials.
 */
export function subscribeConnector(outbox: Outbox, baseUrl: string, creds: ReceiverCredentials): Subscriber[] {
  const base = baseUrl.replace(/\/$/, '');
  return [
    outbox.subscribe({ source: 'togai', url: base + RECEIVER_PATHS.togai, secret: creds.togai.notificationSecret }),
    ...(creds.zuora ? [outbox.subscribe({ source: 'zuora', url: base + RECEIVER_PATHS.zuora, ...creds.zuora.callout })] : []),
    ...(creds.chargebee ? [outbox.subscribe({ source: 'chargebee', url: base + RECEIVER_PATHS.chargebee, ...creds.chargebee.webhook })] : []),
  ];
}
