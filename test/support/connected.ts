import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { request } from 'undici';
import { chargebeeForm } from '../../connector/clients/chargebee.js';
import { buildConnector, type Connector } from '../../connector/app.js';
import { parseConnectorConfig, type ConnectorConfig, type ConnectorInput } from '../../connector/config.js';
import { subscribeConnector } from '../../simulators/connector-subscribers.js';
import { createChargebeeSimulator, chargebeeOrigin } from '../../simulators/chargebee/index.js';
import type { ChargebeeState } from '../../simulators/chargebee/state.js';
import { InProcessDispatcher } from '../../simulators/kit/in-process-dispatcher.js';
import { mswHandlers } from '../../simulators/kit/msw-transport.js';
import { Sandbox } from '../../simulators/kit/sandbox.js';
import type { Simulator } from '../../simulators/kit/simulator.js';
import { createTogaiSimulator } from '../../simulators/togai/index.js';
import type { TogaiState } from '../../simulators/togai/state.js';
import { createZuoraSimulator, type ZuoraSimulator } from '../../simulators/zuora/index.js';

export const TOGAI_TOKEN = 'togai-test-token';
export const NOTIFICATION_SECRET = 'togai-notification-secret';
export const ZUORA_CLIENT_ID = '0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011';
export const ZUORA_CLIENT_SECRET = 'zuora-test-secret';
export const CALLOUT = { username: 'zuora-callout', password: 'callout-pass' };
export const CB_SITE = 'acme';
export const CB_API_KEY = 'test_acme_api_key';
export const WEBHOOK = { username: 'cb-webhook', password: 'webhook-pass' };
/** Where the outbox reaches the in-process connector; any origin does, nothing listens on it. */
export const CONNECTOR = 'http://connector.test';

export const ORIGINS = { togai: 'https://api.togai.com', zuora: 'https://rest.zuora.com', chargebee: chargebeeOrigin(CB_SITE) };

export function connectorConfig(overrides: ConnectorInput | object = {}): ConnectorConfig {
  return parseConnectorConfig({
    togai: { baseUrl: ORIGINS.togai, apiToken: TOGAI_TOKEN, notificationSecret: NOTIFICATION_SECRET },
    zuora: { baseUrl: ORIGINS.zuora, clientId: ZUORA_CLIENT_ID, clientSecret: ZUORA_CLIENT_SECRET, callout: CALLOUT },
    chargebee: { baseUrl: `${ORIGINS.chargebee}/api/v2`, apiKey: CB_API_KEY, webhook: WEBHOOK },
    reconcileEverySeconds: 0,
    ...overrides,
  });
}

export interface Fault {
  method: string;
  /** Matched against the request URL's path. */
  path: RegExp;
}

/**
 * The three simulators and the reference connector wired together in one process with no
 * port: the connector's undici calls are answered by the simulators' msw handlers, and the
 * outbox delivers to the connector through Fastify's inject. Retry waits are recorded, not slept.
 */
export class ConnectedWorld {
  readonly sandbox: Sandbox;
  readonly togai: Simulator<TogaiState>;
  readonly zuora: ZuoraSimulator;
  readonly chargebee: Simulator<ChargebeeState>;
  connector!: Connector;
  /** The connector's answer to each delivery, in order: its flows' outcomes or its error. */
  readonly answers: { path: string; status: number; body: any }[] = [];
  /** Every backoff the connector asked to wait, in ms. */
  readonly waits: number[] = [];
  private readonly simHandlers: RequestHandler[];
  private readonly faults: ((request: Request) => Promise<Response | undefined>)[] = [];
  private life = { dead: false };
  private readonly testDispatcher: InProcessDispatcher;

  constructor(
    readonly config: ConnectorConfig = connectorConfig(),
    seed = 5,
  ) {
    this.sandbox = new Sandbox({ seed });
    this.togai = createTogaiSimulator(this.sandbox, { apiToken: TOGAI_TOKEN });
    this.zuora = createZuoraSimulator(this.sandbox, { clientId: ZUORA_CLIENT_ID, clientSecret: ZUORA_CLIENT_SECRET });
    this.chargebee = createChargebeeSimulator(this.sandbox, { site: CB_SITE, apiKey: CB_API_KEY });
    this.simHandlers = [...mswHandlers(this.togai), ...mswHandlers(this.zuora), ...mswHandlers(this.chargebee, ORIGINS.chargebee)];
    this.testDispatcher = new InProcessDispatcher(this.simHandlers);
    this.start();
    this.sandbox.outbox.useSender(async (url, init) => {
      const res = await this.connector.app.inject({ method: init.method as 'POST', url: new URL(url).pathname, headers: init.headers, payload: init.body });
      this.answers.push({ path: new URL(url).pathname, status: res.statusCode, body: res.json() });
      return res.statusCode;
    });
    subscribeConnector(this.sandbox.outbox, CONNECTOR, this.config);
  }

  /** A fresh connector instance, as after a process restart: nothing carried over but the configuration. */
  start(): void {
    const life = (this.life = { dead: false });
    // faults are read at each request, so ones added later apply to every instance
    const gate = http.all('*', async ({ request }) => {
      if (life.dead) throw new Error('connector process was killed');
      for (const fault of this.faults) {
        const answer = await fault(request);
        if (answer) return answer;
      }
      return undefined;
    });
    const dispatcher = new InProcessDispatcher([gate, ...this.simHandlers]);
    this.connector = buildConnector(this.config, {
      dispatcher,
      sleep: async (ms) => void this.waits.push(ms),
      random: () => 0.5,
      now: () => this.sandbox.clock.now(),
    });
  }

  async restart(): Promise<void> {
    await this.connector.close();
    this.start();
  }

  private match(fault: Fault, request: Request): boolean {
    return request.method === fault.method && fault.path.test(new URL(request.url).pathname);
  }

  /** The next `times` matching requests get 503 without reaching the simulator. */
  failWith503(fault: Fault, times: number): { hits: number } {
    const seen = { hits: 0 };
    this.faults.push(async (request) => {
      if (!this.match(fault, request) || seen.hits >= times) return undefined;
      seen.hits++;
      return HttpResponse.json({ message: 'Service Unavailable' }, { status: 503, headers: { 'retry-after': '1' } });
    });
    return seen;
  }

  /**
   * The next matching request reaches the simulator and takes effect, then the connector
   * process dies before it hears the answer: that call and every later one of this instance fail.
   */
  killAfter(fault: Fault): { killed: boolean } {
    const state = { killed: false };
    this.faults.push(async (request) => {
      if (state.killed || !this.match(fault, request)) return undefined;
      state.killed = true;
      await getResponse(this.simHandlers, request.clone());
      this.life.dead = true;
      throw new Error('connector process was killed');
    });
    return state;
  }

  private async send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: any }> {
    const res = await request(url, { method: method as 'GET', headers, body, dispatcher: this.testDispatcher });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  }

  /** The test's own Togai client (same shape as test/support/togai.ts), untouched by faults. */
  readonly togaiApi = (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${TOGAI_TOKEN}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return this.send(`${ORIGINS.togai}${path}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
  };

  /** The test's own Zuora client; fetches a token on each call so virtual time never expires it. */
  readonly zuoraApi = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const form = new URLSearchParams({ client_id: ZUORA_CLIENT_ID, client_secret: ZUORA_CLIENT_SECRET, grant_type: 'client_credentials' }).toString();
    const token = (await this.send(`${ORIGINS.zuora}/oauth/token`, 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, form)).body.access_token;
    const all: Record<string, string> = { authorization: `Bearer ${token}`, ...headers };
    if (body !== undefined) all['content-type'] ??= 'application/json';
    return this.send(`${ORIGINS.zuora}${path}`, method, all, body === undefined ? undefined : JSON.stringify(body));
  };

  /** The test's own Chargebee client: form bodies as the SDKs send them. */
  readonly chargebeeApi = (method: string, path: string, form?: Record<string, unknown>) =>
    this.send(
      `${ORIGINS.chargebee}/api/v2${path}`,
      method,
      form
        ? { authorization: `Basic ${Buffer.from(`${CB_API_KEY}:`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }
        : { authorization: `Basic ${Buffer.from(`${CB_API_KEY}:`).toString('base64')}` },
      form ? chargebeeForm(form) : undefined,
    );

  /** Let every delivery in flight, and the flows it started, finish. */
  settle(): Promise<void> {
    return this.sandbox.settle();
  }

  /** Move virtual time on (closing cycles, firing retries), then settle. */
  async advance(duration: string): Promise<void> {
    await this.sandbox.clock.advanceBy(duration);
    await this.settle();
  }

  deliveries(source?: string) {
    return this.sandbox.outbox.list(source);
  }

  async close(): Promise<void> {
    await this.connector.close();
    this.sandbox.stop();
  }
}
