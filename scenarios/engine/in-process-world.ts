import type { RequestHandler } from 'msw';
import { Dispatcher } from 'undici';
import { buildConnector, type Connector } from '../../connector/app.js';
import { parseConnectorConfig, type ConnectorConfig, type ConnectorInput } from '../../connector/config.js';
import { subscribeConnector } from '../../simulators/connector-subscribers.js';
import { chargebeeOrigin } from '../../simulators/chargebee/index.js';
import { refusalReason } from '../../simulators/kit/delivery-sender.js';
import { InProcessDispatcher } from '../../simulators/kit/in-process-dispatcher.js';
import { mswHandlers } from '../../simulators/kit/msw-transport.js';
import { Sandbox } from '../../simulators/kit/sandbox.js';
import { World, type SimulatorCredentials } from './world.js';

export const IN_PROCESS_CREDENTIALS: SimulatorCredentials = {
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

/** Where the outbox reaches the in-process connector; any origin does, nothing listens on it. */
export const CONNECTOR_ORIGIN = 'http://connector.test';
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

/** Whether a handler could answer at `origin`: one for another vendor's host never can. */
function answersAt(handler: RequestHandler, origin: string): boolean {
  const path = (handler.info as { path?: unknown }).path;
  return typeof path !== 'string' || !/^https?:\/\//.test(path) || path.startsWith(`${origin}/`);
}

/**
 * The in-process dispatcher, one per vendor host, each with only the handlers that can answer
 * there, in their order. msw tries handlers one by one, and trying all three simulators' for
 * every request was most of what an in-process request cost.
 */
class OriginDispatcher extends Dispatcher {
  private readonly byOrigin = new Map<string, InProcessDispatcher>();

  constructor(private readonly handlers: RequestHandler[]) {
    super();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    const origin = new URL(String(options.origin)).origin;
    let dispatcher = this.byOrigin.get(origin);
    if (!dispatcher) {
      dispatcher = new InProcessDispatcher(this.handlers.filter((h) => answersAt(h, origin)));
      this.byOrigin.set(origin, dispatcher);
    }
    return dispatcher.dispatch(options, handler);
  }
}

/**
 * The three simulators and the reference connector in one process with no port: the
 * connector's undici calls are answered by the simulators' msw handlers, and the outbox
 * delivers to it through Fastify's inject. Retry waits are recorded, not slept.
 */
export class InProcessWorld extends World {
  connector!: Connector;
  /** The connector's answer to each delivery, in order: its flows' outcomes or its error. */
  readonly answers: { path: string; status: number; body: any }[] = [];
  /** Every backoff the connector asked to wait, in ms. */
  readonly waits: number[] = [];
  protected readonly simHandlers: RequestHandler[];

  constructor(
    readonly config: ConnectorConfig = inProcessConnectorConfig(),
    seed = 5,
  ) {
    super(new Sandbox({ seed }), IN_PROCESS_CREDENTIALS);
    this.simHandlers = [...mswHandlers(this.togai), ...mswHandlers(this.zuora), ...mswHandlers(this.chargebee, ORIGINS.chargebee)];
    this.start();
    this.sandbox.outbox.useSender(async (url, init) => {
      const path = new URL(url).pathname;
      const res = await this.connector.app.inject({ method: init.method as 'POST', url: path, headers: init.headers, payload: init.body });
      this.answers.push({ path, status: res.statusCode, body: res.body ? res.json() : undefined });
      return res.statusCode < 300 ? res.statusCode : { status: res.statusCode, reason: refusalReason(res.body) };
    });
    subscribeConnector(this.sandbox.outbox, CONNECTOR_ORIGIN, this.config);
  }

  /** The handlers one connector instance's calls reach; a test world puts its faults in front. */
  protected handlersForInstance(): RequestHandler[] {
    return this.simHandlers;
  }

  /** A fresh connector instance, as after a process restart: nothing carried over but the configuration. */
  start(): void {
    this.connector = buildConnector(this.config, {
      dispatcher: new OriginDispatcher(this.handlersForInstance()),
      sleep: async (ms) => void this.waits.push(ms),
      random: () => 0.5,
      now: () => this.sandbox.clock.now(),
    });
  }

  async restart(): Promise<void> {
    await this.connector.close();
    this.start();
  }

  override async restartConnector(): Promise<undefined> {
    await this.restart();
    return undefined;
  }

  override async close(): Promise<void> {
    await this.connector.close();
    this.sandbox.stop();
  }
}
