import { describe, expect, it } from 'vitest';
import { readSandboxEnv } from '../app/config.js';

describe('live sandbox configuration', () => {
  it('has a documented default for every setting', () => {
    expect(readSandboxEnv({})).toEqual({
      TOGAI_PORT: 4010,
      ZUORA_PORT: 4020,
      CHARGEBEE_PORT: 4030,
      CONNECTOR_PORT: 4040,
      DASHBOARD_PORT: 4050,
      SANDBOX_SEED: 42,
      SANDBOX_HOST: '127.0.0.1',
      SANDBOX_CONNECTOR: 'on',
      TOGAI_API_TOKEN: 'togai-demo-token',
      ZUORA_CLIENT_ID: '5a1d0e6f-demo-4c1e-9e5a-20260101d3e0',
      ZUORA_CLIENT_SECRET: 'zuora-demo-secret',
      CHARGEBEE_SITE: 'demo-site',
      CHARGEBEE_API_KEY: 'cb-demo-key',
      TOGAI_NOTIFICATION_SECRET: 'togai-demo-notification-secret',
      ZUORA_CALLOUT_USERNAME: 'zuora-callout',
      ZUORA_CALLOUT_PASSWORD: 'zuora-callout-demo-pass',
      CHARGEBEE_WEBHOOK_USERNAME: 'chargebee-webhook',
      CHARGEBEE_WEBHOOK_PASSWORD: 'chargebee-webhook-demo-pass',
    });
  });

  it('reads values from the environment', () => {
    expect(readSandboxEnv({ TOGAI_PORT: '0', SANDBOX_SEED: '7', TOGAI_API_TOKEN: 'tok' })).toMatchObject({ TOGAI_PORT: 0, SANDBOX_SEED: 7, TOGAI_API_TOKEN: 'tok' });
  });

  it('names every bad variable, its value, and what it should be', () => {
    expect(() => readSandboxEnv({ TOGAI_PORT: 'abc', ZUORA_PORT: '70000', ZUORA_CLIENT_ID: 'short', CHARGEBEE_SITE: 'Not A Site', SANDBOX_CONNECTOR: 'maybe' })).toThrow(
      [
        'The sandbox cannot start; fix these environment variables:',
        '  TOGAI_PORT="abc": a port number from 0 to 65535 (0 = any free port)',
        '  ZUORA_PORT="70000": a port number from 0 to 65535 (0 = any free port)',
        '  SANDBOX_CONNECTOR="maybe": on or off',
        '  ZUORA_CLIENT_ID="short": a 36-character OAuth client ID, as Zuora issues them',
        '  CHARGEBEE_SITE="Not A Site": a site name: lower-case letters, digits and dashes',
      ].join('\n'),
    );
  });
});
