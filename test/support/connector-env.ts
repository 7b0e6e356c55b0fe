import { CLIENT_ID, CLIENT_SECRET } from './zuora.js';
import { TOKEN } from './togai.js';

export const CALLOUT = { username: 'callout-user', password: 'callout-pass' };
export const WEBHOOK = { username: 'webhook-user', password: 'webhook-pass' };

/** The environment that configures `connector/main.ts` as its own process against simulators at these URLs. */
export function connectorEnv(
  urls: { togai: string; zuora: string; chargebee: string },
  options: { port: number; reconcileSeconds: number; notificationSecret: string; chargebeeKey: string },
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    CONNECTOR_PORT: String(options.port),
    CONNECTOR_RECONCILE_SECONDS: String(options.reconcileSeconds),
    TOGAI_BASE_URL: urls.togai,
    TOGAI_API_TOKEN: TOKEN,
    TOGAI_NOTIFICATION_SECRET: options.notificationSecret,
    ZUORA_BASE_URL: urls.zuora,
    ZUORA_CLIENT_ID: CLIENT_ID,
    ZUORA_CLIENT_SECRET: CLIENT_SECRET,
    ZUORA_CALLOUT_USERNAME: CALLOUT.username,
    ZUORA_CALLOUT_PASSWORD: CALLOUT.password,
    CHARGEBEE_BASE_URL: `${urls.chargebee}/api/v2`,
    CHARGEBEE_API_KEY: options.chargebeeKey,
    CHARGEBEE_WEBHOOK_USERNAME: WEBHOOK.username,
    CHARGEBEE_WEBHOOK_PASSWORD: WEBHOOK.password,
  };
}
