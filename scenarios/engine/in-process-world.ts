import type { RequestHandler } from 'msw';
import type { Connector } from '../../connector/app.js';
import { parseConnectorConfig, type ConnectorConfig, type ConnectorInput } from '../../connector/config.js';
import type { DeliveryAnswer } from '../../app/in-process-connector.js';
import { CONNECTOR_ORIGIN, createSandbox, type HarnessSandbox } from '../../app/sandbox.js';
import { chargebeeOrigin } from '../../simulators/chargebee/index.js';
import { World } from './world.js';

export { CONNECTOR_ORIGIN };

/** How the in-process simulators let clients in: what the reference connector is configured with. */
export const IN_PROCESS_CREDENTIALS = {
  togaiToken: 'togai-test-token',
  zuoraClientId: '0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011',
  zuoraClientSecret: 'zuora-test-secret',
  chargebeeSite: 'acme',
  chargebeeApiKey: 'test_acme_api_key',
};

export const RECEIVER_SECRETS = {
  notificationSecret: 'togai-notification-secret',
  callout: { username: 'zuora-callout', password: 'callout-pass' },
  webhook: { username: 'cb-webhook', password: 'webhook-pass' },
};

export const ORIGINS = { togai: 'https://api.togai.com', zuora: 'https://rest.zuora.com', chargebee: chargebeeOrigin(IN_PROCESS_CREDENTIALS.chargebeeSite) };

/**
 * The reference connector's configuration for the in-process simulators, with `overrides` on
 * top; `itemPricePlans` goes into the Chargebee connection.
 */
export function inProcessConnectorConfig(overrides: (ConnectorInput | object) & { itemPricePlans?: Record<string, string> } = {}): ConnectorConfig {
  const c = IN_PROCESS_CREDENTIALS;
  const { itemPricePlans, ...rest } = overrides;
  return parseConnectorConfig({
    togai: { baseUrl: ORIGINS.togai, apiToken: c.togaiToken, notificationSecret: RECEIVER_SECRETS.notificationSecret },
    zuora: { baseUrl: ORIGINS.zuora, clientId: c.zuoraClientId, clientSecret: c.zuoraClientSecret, callout: RECEIVER_SECRETS.callout },
    chargebee: { baseUrl: `${ORIGINS.chargebee}/api/v2`, apiKey: c.chargebeeApiKey, webhook: RECEIVER_SECRETS.webhook, ...(itemPricePlans ? { itemPricePlans } : {}) },
    reconcileEverySeconds: 0,
    ...rest,
  });
}

/** A sandbox with these simulators' credentials and the reference connector configured as `config` says. */
function inProcessSandbox(config: ConnectorConfig, seed: number): HarnessSandbox {
  const c = IN_PROCESS_CREDENTIALS;
  return createSandbox({
    seed,
    credentials: {
      togai: { apiToken: c.togaiToken, notificationSecret: RECEIVER_SECRETS.notificationSecret },
      zuora: { clientId: c.zuoraClientId, clientSecret: c.zuoraClientSecret, callout: RECEIVER_SECRETS.callout },
      chargebee: { site: c.chargebeeSite, apiKey: c.chargebeeApiKey, webhook: RECEIVER_SECRETS.webhook },
    },
    // the whole configuration, a vendor left out named as absent, so a test's own stands as given
    connector: { ...config, zuora: config.zuora, chargebee: config.chargebee },
  });
}

/**
 * The three simulators and the reference connector in one process with no port (createSandbox
 * with `connector`): the connector's undici calls are answered by the simulators' msw handlers,
 * and the outbox delivers to it through Fastify's inject. Retry waits are recorded, not slept.
 */
export class InProcessWorld extends World {
  constructor(
    readonly config: ConnectorConfig = inProcessConnectorConfig(),
    seed = 5,
  ) {
    super(inProcessSandbox(config, seed));
    this.plainReference = new.target === InProcessWorld;
    this.start();
  }

  // the reference connector as shipped, with nothing of a test's around it
  private readonly plainReference: boolean;

  /**
   * Ready for a restore from a checkpoint (a chaos seed): a fresh connector instance, as a fresh
   * world has, for a world that puts handlers in front of its connector or changes it; the plain
   * reference world's instance keeps nothing the snapshot does not carry, so it goes on.
   */
  async beforeFork(): Promise<void> {
    if (!this.plainReference) await this.restart();
  }

  private get inProcess() {
    return this.harness.connector!;
  }

  /** The running connector instance. */
  get connector(): Connector {
    return this.inProcess.current;
  }

  /** The connector's answer to each delivery, in order: its flows' outcomes or its error. */
  get answers(): DeliveryAnswer[] {
    return this.inProcess.answers;
  }

  /** Every backoff the connector asked to wait, in ms. */
  get waits(): number[] {
    return this.inProcess.waits;
  }

  /** msw handlers one connector instance's calls meet before the simulators: none here; a test world puts its faults there. */
  protected handlersForInstance(): RequestHandler[] {
    return [];
  }

  /** A fresh connector instance, as after a process restart: nothing carried over but the configuration. */
  start(): void {
    this.inProcess.start(this.handlersForInstance());
  }

  async restart(): Promise<void> {
    await this.inProcess.close();
    this.start();
  }

  override async restartConnector(): Promise<undefined> {
    await this.restart();
    return undefined;
  }

  override async close(): Promise<void> {
    await this.harness.close();
  }
}
