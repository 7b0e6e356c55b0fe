import { RECEIVER_PATHS } from '../../connector/receiver-paths.js';
import type { SandboxEnv } from '../../app/config.js';
import { receiverCredentials, subscribeConnector } from '../../app/connector-subscribers.js';
import { createSandbox, SandboxListenError } from '../../app/sandbox.js';
import { World } from './world.js';

/** Where a partner's connector finds the simulators, and what it must accept from them. */
export function partnerSettings(env: SandboxEnv) {
  const base = `http://${env.SANDBOX_HOST}`;
  return {
    TOGAI_BASE_URL: `${base}:${env.TOGAI_PORT}`,
    TOGAI_API_TOKEN: env.TOGAI_API_TOKEN,
    TOGAI_NOTIFICATION_SECRET: env.TOGAI_NOTIFICATION_SECRET,
    ZUORA_BASE_URL: `${base}:${env.ZUORA_PORT}`,
    ZUORA_CLIENT_ID: env.ZUORA_CLIENT_ID,
    ZUORA_CLIENT_SECRET: env.ZUORA_CLIENT_SECRET,
    ZUORA_CALLOUT_USERNAME: env.ZUORA_CALLOUT_USERNAME,
    ZUORA_CALLOUT_PASSWORD: env.ZUORA_CALLOUT_PASSWORD,
    CHARGEBEE_BASE_URL: `${base}:${env.CHARGEBEE_PORT}/api/v2`,
    CHARGEBEE_API_KEY: env.CHARGEBEE_API_KEY,
    CHARGEBEE_WEBHOOK_USERNAME: env.CHARGEBEE_WEBHOOK_USERNAME,
    CHARGEBEE_WEBHOOK_PASSWORD: env.CHARGEBEE_WEBHOOK_PASSWORD,
  };
}

/** The configuration a partner's connector needs, as text to print before a run. */
export function partnerBriefing(env: SandboxEnv, connectorUrl: string): string {
  const settings = partnerSettings(env);
  return [
    'Configure your connector with these (the reference connector reads exactly these variables):',
    ...Object.entries(settings).map(([k, v]) => `  ${k}=${v}`),
    'Chargebee site: the base URL above stands for https://<site>.chargebee.com/api/v2.',
    `The simulators deliver to ${connectorUrl}: ${Object.values(RECEIVER_PATHS).join(', ')} (contracts/connector.yaml).`,
    'Your connector should call nothing else: no other host is reachable in a scenario.',
  ].join('\n');
}

/**
 * The three simulators on the fixed ports a partner's connector was configured with, a fresh
 * sandbox (createSandbox) per scenario, delivering over HTTP to the partner's receivers.
 */
export class PartnerWorld extends World {
  static async start(env: SandboxEnv, connectorUrl: string, seed: number, options: { forgeryQuietMs?: number } = {}): Promise<PartnerWorld> {
    const world = new PartnerWorld(
      createSandbox({
        seed,
        ...options,
        adminToken: env.SANDBOX_ADMIN_TOKEN,
        credentials: {
          togai: { apiToken: env.TOGAI_API_TOKEN },
          zuora: { clientId: env.ZUORA_CLIENT_ID, clientSecret: env.ZUORA_CLIENT_SECRET },
          chargebee: { site: env.CHARGEBEE_SITE, apiKey: env.CHARGEBEE_API_KEY },
        },
      }),
    );
    try {
      await world.harness.listen({
        host: env.SANDBOX_HOST,
        ports: { togai: env.TOGAI_PORT, zuora: env.ZUORA_PORT, chargebee: env.CHARGEBEE_PORT },
        settingNames: { host: 'SANDBOX_HOST', ports: { togai: 'TOGAI_PORT', zuora: 'ZUORA_PORT', chargebee: 'CHARGEBEE_PORT' } },
      });
    } catch (e) {
      // the ports are the partner's configuration: say which (listen left none of them open)
      await world.close();
      throw new Error(`the simulators cannot listen on their ports (${e instanceof SandboxListenError ? e.reasons.join('; ') : (e as Error).message}); is another sandbox running?`);
    }
    subscribeConnector(world.sandbox.outbox, connectorUrl, receiverCredentials(env));
    return world;
  }

  override async restartConnector(): Promise<string> {
    return "a partner's connector cannot be restarted by the harness; the step was skipped";
  }

  override async close(): Promise<void> {
    // answers still on their way belong to this scenario, not to the next one on these ports
    await this.sandbox.settle();
    await this.harness.close();
  }
}
