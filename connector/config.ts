import { z } from 'zod';
import { locate } from './locations.js';

const url = z.url({ error: 'an absolute http(s) URL, e.g. http://127.0.0.1:4010' });
const secret = z.string().min(1, { error: 'a non-empty string' });
const credentials = z.object({ username: secret, password: secret }).strict();
const positive = z.number({ error: 'a number' }).int({ error: 'a whole number' }).positive({ error: 'a number above 0' });
/** The nine flows of the integration guides, by number. */
export const FLOWS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Everything the reference connector needs. Receivers' credentials are what the connector
 * expects from the vendors (the callout's Basic auth, the webhook's Basic auth, the HMAC
 * secret of Togai notifications); the rest is how it reaches each vendor.
 */
export const connectorConfig = z
  .object({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number({ error: 'a port number' }).int().min(0).max(65535, { error: 'a port number from 0 to 65535' }).default(4040),
    togai: z
      .object({
        baseUrl: url,
        apiToken: secret,
        /** Secret of the HMAC in x-togai-signature. */
        notificationSecret: secret,
      })
      .strict(),
    zuora: z
      .object({
        baseUrl: url,
        clientId: secret,
        clientSecret: secret,
        /** Basic auth the Zuora callout carries. */
        callout: credentials,
      })
      .strict()
      .optional(),
    chargebee: z
      .object({
        /** The site's API root, e.g. https://acme.chargebee.com/api/v2. */
        baseUrl: url,
        apiKey: secret,
        /** Basic auth the webhook endpoint was given. */
        webhook: credentials,
        /** The guide's per-connection "Item Price": which Togai price plan a paid item price grants. */
        itemPricePlans: z.record(z.string().min(1), secret).default({}),
      })
      .strict()
      .optional(),
    /** Flows to run; the others are acknowledged and ignored. */
    flows: z
      .array(z.number({ error: 'a flow number from 1 to 9' }).int({ error: 'a flow number from 1 to 9' }).min(1, { error: 'a flow number from 1 to 9' }).max(9, { error: 'a flow number from 1 to 9' }), {
        error: 'a list of flow numbers from 1 to 9',
      })
      .default([...FLOWS])
      .transform((list) => list as FlowNumber[]),
    /** How often to look for accounts (flows 1, 2, 6, 9) and generated invoices (3, 4/5, 8) that missed their notification; 0 turns it off. */
    reconcileEverySeconds: z.number({ error: 'a number of seconds' }).min(0).default(300),
    retry: z
      .object({
        attempts: positive.default(4),
        baseDelayMs: z.number().min(0).default(200),
        maxDelayMs: z.number().min(0).default(2_000),
        timeoutMs: positive.default(5_000),
        budgetMs: z.number().min(0).default(6_000),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type ConnectorConfig = z.infer<typeof connectorConfig>;
export type ConnectorInput = z.input<typeof connectorConfig>;
export type FlowNumber = (typeof FLOWS)[number];

/** Environment variables and the config path each one sets. */
export const ENV_KEYS: Record<string, { path: string[]; type: 'string' | 'number' | 'json' | 'list' }> = {
  CONNECTOR_HOST: { path: ['host'], type: 'string' },
  CONNECTOR_PORT: { path: ['port'], type: 'number' },
  TOGAI_BASE_URL: { path: ['togai', 'baseUrl'], type: 'string' },
  TOGAI_API_TOKEN: { path: ['togai', 'apiToken'], type: 'string' },
  TOGAI_NOTIFICATION_SECRET: { path: ['togai', 'notificationSecret'], type: 'string' },
  ZUORA_BASE_URL: { path: ['zuora', 'baseUrl'], type: 'string' },
  ZUORA_CLIENT_ID: { path: ['zuora', 'clientId'], type: 'string' },
  ZUORA_CLIENT_SECRET: { path: ['zuora', 'clientSecret'], type: 'string' },
  ZUORA_CALLOUT_USERNAME: { path: ['zuora', 'callout', 'username'], type: 'string' },
  ZUORA_CALLOUT_PASSWORD: { path: ['zuora', 'callout', 'password'], type: 'string' },
  CHARGEBEE_BASE_URL: { path: ['chargebee', 'baseUrl'], type: 'string' },
  CHARGEBEE_API_KEY: { path: ['chargebee', 'apiKey'], type: 'string' },
  CHARGEBEE_WEBHOOK_USERNAME: { path: ['chargebee', 'webhook', 'username'], type: 'string' },
  CHARGEBEE_WEBHOOK_PASSWORD: { path: ['chargebee', 'webhook', 'password'], type: 'string' },
  CHARGEBEE_ITEM_PRICE_PLANS: { path: ['chargebee', 'itemPricePlans'], type: 'json' },
  CONNECTOR_FLOWS: { path: ['flows'], type: 'list' },
  CONNECTOR_RECONCILE_SECONDS: { path: ['reconcileEverySeconds'], type: 'number' },
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describe(path: PropertyKey[], origin: Map<string, string>): string {
  const where = locate(path, origin);
  return where ? ` (${where})` : '';
}

/** A missing key's message: what kind of value, and the variable or file key that sets it. */
function missing(key: string, expected: string): string {
  const vars = Object.entries(ENV_KEYS)
    .filter(([, v]) => v.path.join('.') === key || v.path.join('.').startsWith(`${key}.`))
    .map(([name]) => name);
  const how = vars.length ? `set ${vars.join(', ')} or ` : 'set ';
  return `missing; ${how}\`${key}\` in the CONNECTOR_CONFIG file (expected ${expected === 'object' ? 'a mapping' : `a ${expected}`})`;
}

export function parseConnectorConfig(input: unknown, origin = new Map<string, string>()): ConnectorConfig {
  // reportInput: a key present with the wrong kind of value must not read as missing
  const result = connectorConfig.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const key = i.path.join('.') || '(top level)';
    return `  ${key}${describe(i.path, origin)}: ${i.code === 'invalid_type' && i.input === undefined ? missing(key, i.expected) : i.message}`;
  });
  throw new ConfigError(`The connector cannot start; fix its configuration:\n${lines.join('\n')}`);
}
