import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { request } from 'undici';
import { chargebeeForm } from '../../connector/clients/chargebee.js';
import type { ConnectorConfig } from '../../connector/config.js';
import { InProcessDispatcher } from '../../simulators/kit/in-process-dispatcher.js';
import { expectConformance } from './conformance.js';
import {
  CONNECTOR_ORIGIN,
  IN_PROCESS_CREDENTIALS,
  inProcessConnectorConfig,
  InProcessWorld,
  ORIGINS,
  RECEIVER_SECRETS,
} from '../../scenarios/engine/in-process-world.js';

export const TOGAI_TOKEN = IN_PROCESS_CREDENTIALS.togaiToken;
export const NOTIFICATION_SECRET = RECEIVER_SECRETS.notificationSecret;
export const ZUORA_CLIENT_ID = IN_PROCESS_CREDENTIALS.zuoraClientId;
export const ZUORA_CLIENT_SECRET = IN_PROCESS_CREDENTIALS.zuoraClientSecret;
export const CALLOUT = RECEIVER_SECRETS.callout;
export const CB_SITE = IN_PROCESS_CREDENTIALS.chargebeeSite;
export const CB_API_KEY = IN_PROCESS_CREDENTIALS.chargebeeApiKey;
export const WEBHOOK = RECEIVER_SECRETS.webhook;
export const CONNECTOR = CONNECTOR_ORIGIN;
export { ORIGINS };
export const connectorConfig = inProcessConnectorConfig;

export interface Fault {
  method: string;
  /** Matched against the request URL's path. */
  path: RegExp;
}

/**
 * The in-process world of the scenarios, with what tests need besides: faults in front of the
 * simulators (503s, a connector killed after a write) and the test's own vendor clients.
 */
export class ConnectedWorld extends InProcessWorld {
  private readonly faults: ((request: Request) => Promise<Response | undefined>)[] = [];
  // set by each connector instance, the first during the base constructor: no initialiser may reset it
  private declare life: { dead: boolean };
  private readonly testDispatcher: InProcessDispatcher;

  constructor(config: ConnectorConfig = connectorConfig(), seed = 5) {
    super(config, seed);
    this.testDispatcher = new InProcessDispatcher(this.simHandlers);
  }

  /** The simulators' msw handlers, which the faults below pass a request on to. */
  private get simHandlers(): RequestHandler[] {
    return this.harness.mswHandlers();
  }

  protected override handlersForInstance(): RequestHandler[] {
    const life = (this.life = { dead: false });
    // faults are read at each request, so ones added later apply to every instance
    const gate = http.all('*', async ({ request }) => {
      if (life.dead) throw new Error('connector process was killed');
      for (const fault of this.faults ?? []) {
        const answer = await fault(request);
        if (answer) return answer;
      }
      return undefined;
    });
    return [gate];
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

  /** The next matching request reaches the simulator and takes effect, but its answer is lost (a hang, a dropped connection). */
  loseAnswer(fault: Fault): { lost: boolean } {
    const state = { lost: false };
    this.faults.push(async (request) => {
      if (state.lost || !this.match(fault, request)) return undefined;
      state.lost = true;
      await getResponse(this.simHandlers, request.clone());
      throw new Error('the answer was lost on the way back');
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

  /**
   * Togai invoices as getInvoice answers them, with their lines: listInvoices (every page)
   * gives summaries only. `query` narrows the list (`owner_id`, `status`, ...).
   */
  async togaiInvoices(query: Record<string, string> = {}): Promise<any[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const q = new URLSearchParams({ ...query, pageSize: '50', ...(token ? { nextToken: token } : {}) });
      const page = await this.togaiApi('GET', `/invoices?${q}`);
      if (page.status !== 200) throw new Error(`listInvoices answered ${page.status}: ${JSON.stringify(page.body)}`);
      ids.push(...page.body.data.map((i: { id: string }) => i.id));
      token = page.body.nextToken;
    } while (token);
    const invoices = [];
    for (const id of ids) {
      const res = await this.togaiApi('GET', `/invoices/${encodeURIComponent(id)}`);
      if (res.status !== 200) throw new Error(`getInvoice ${id} answered ${res.status}: ${JSON.stringify(res.body)}`);
      invoices.push(res.body);
    }
    return invoices;
  }
}

/** End a test: close its world, then check that every Togai answer kept to the contract. */
export async function closeChecked(world: ConnectedWorld | undefined): Promise<void> {
  if (!world) return;
  await world.close();
  expectConformance(world.togai);
}
