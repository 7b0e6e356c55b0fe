import type { SimulatorOptions } from '../kit/simulator.js';
import { customBodyProblem } from './merge-fields.js';

/** The rate limits guide_rate-limits.md lists per tenant type: requests per minute, hour and day. */
export const RATE_LIMITS = {
  production: { API: [50_000, 2_250_000, 27_000_000], AUTH: [2_000, 67_500, 810_000] },
  'developer-sandbox': { API: [12_500, 25_000, 50_000], AUTH: [2_000, 67_500, 810_000] },
  'api-sandbox': { API: [2_500, 5_000, 10_000], AUTH: [2_000, 67_500, 810_000] },
} as const;

export type TenantType = keyof typeof RATE_LIMITS;

export interface ZuoraOptions extends SimulatorOptions {
  /** The OAuth client's ID; Zuora's are 36 characters. */
  clientId: string;
  /** The OAuth client's secret, at most 42 characters. */
  clientSecret: string;
  /** Token lifetime in virtual seconds (the reference sample shows 3599). */
  tokenLifetimeSeconds?: number;
  /** Currencies configured in Billing Settings. */
  currencies?: string[];
  /** Units of measure configured in Billing Settings. */
  unitsOfMeasure?: string[];
  /** The tenant's default payment term, which sets invoice due dates. */
  defaultPaymentTerm?: string;
  tenantType?: TenantType;
  /** Callout settings (configure-callout-settings.md): attempts 1-5, interval 1-1440 minutes. */
  callouts?: { maxAttempts?: number; retryIntervalMinutes?: number };
  /** API name of the custom event (namespace user.notification) raised when an account is created. */
  accountCreatedEvent?: string;
  /** Custom request body of the callout that admin subscribers receive for that event. */
  accountCalloutBody?: string;
}

export interface Tenant {
  clientId: string;
  clientSecret: string;
  tokenLifetimeSeconds: number;
  currencies: string[];
  unitsOfMeasure: string[];
  defaultPaymentTerm: string;
  tenantType: TenantType;
  maxCalloutAttempts: number;
  calloutRetryIntervalMs: number;
  accountCreatedEvent: string;
  accountCalloutBody: string;
}

const DEFAULTS = {
  tokenLifetimeSeconds: 3599,
  currencies: ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'INR'],
  unitsOfMeasure: ['Each', 'API call', 'Minutes', 'Hours', 'GB'],
  defaultPaymentTerm: 'Net 30',
  // configure-callout-settings.md: 3 attempts, 30 minutes apart, unless configured
  maxCalloutAttempts: 3,
  retryIntervalMinutes: 30,
  accountCreatedEvent: 'AccountCreated',
  accountCalloutBody: '{"accountId": "{{DataSource.Account.Id}}"}',
};

function wholeIn(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Zuora simulator: ${what} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

/** Checks the options once, so a misconfigured sandbox fails at start with a message, not later with a 401. */
export function resolveTenant(options: ZuoraOptions): Tenant {
  if (options.clientId.length !== 36) {
    throw new Error(`Zuora simulator: clientId must be 36 characters long, as Zuora OAuth client IDs are (POST /oauth/token refuses others); got ${options.clientId.length}`);
  }
  if (options.clientSecret.length === 0 || options.clientSecret.length > 42) {
    throw new Error(`Zuora simulator: clientSecret must be 1 to 42 characters long; got ${options.clientSecret.length}`);
  }
  const eventName = options.accountCreatedEvent ?? DEFAULTS.accountCreatedEvent;
  if (!/^\S+$/.test(eventName)) throw new Error(`Zuora simulator: accountCreatedEvent is an API name and must not contain spaces; got '${eventName}'`);
  const body = options.accountCalloutBody ?? DEFAULTS.accountCalloutBody;
  const problem = customBodyProblem(body);
  if (problem) throw new Error(`Zuora simulator: accountCalloutBody ${problem}`);
  return {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    tokenLifetimeSeconds: wholeIn(options.tokenLifetimeSeconds ?? DEFAULTS.tokenLifetimeSeconds, 1, 86_400, 'tokenLifetimeSeconds'),
    currencies: options.currencies ?? DEFAULTS.currencies,
    unitsOfMeasure: options.unitsOfMeasure ?? DEFAULTS.unitsOfMeasure,
    defaultPaymentTerm: options.defaultPaymentTerm ?? DEFAULTS.defaultPaymentTerm,
    tenantType: options.tenantType ?? 'production',
    maxCalloutAttempts: wholeIn(options.callouts?.maxAttempts ?? DEFAULTS.maxCalloutAttempts, 1, 5, 'callouts.maxAttempts'),
    calloutRetryIntervalMs: wholeIn(options.callouts?.retryIntervalMinutes ?? DEFAULTS.retryIntervalMinutes, 1, 1440, 'callouts.retryIntervalMinutes') * 60_000,
    accountCreatedEvent: eventName,
    accountCalloutBody: body,
  };
}
