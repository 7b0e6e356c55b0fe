import type { HttpHandler } from 'msw';
import { parseConnectorConfig, type ConnectorConfig, type ConnectorInput } from '../connector/config.js';
import type { ChargebeeState } from '../simulators/chargebee/state.js';
import { chargebeeOrigin, createChargebeeSimulator } from '../simulators/chargebee/index.js';
import { Admin, type SubscriberInput } from '../simulators/kit/admin.js';
import { SimError } from '../simulators/kit/errors.js';
import type { FaultPlan } from '../simulators/kit/faults.js';
import { serveHttp, type HttpServer } from '../simulators/kit/http-transport.js';
import { mswHandlers } from '../simulators/kit/msw-transport.js';
import type { Delivery, Subscriber } from '../simulators/kit/outbox.js';
import type { LoggedRequest } from '../simulators/kit/request-log.js';
import { Sandbox } from '../simulators/kit/sandbox.js';
import type { SandboxSnapshot } from '../simulators/kit/sandbox-snapshot.js';
import type { Simulator } from '../simulators/kit/simulator.js';
import type { VirtualClock } from '../simulators/kit/clock.js';
import { createTogaiSimulator } from '../simulators/togai/index.js';
import type { TogaiState } from '../simulators/togai/state.js';
import { createZuoraSimulator, type ZuoraSimulator } from '../simulators/zuora/index.js';
import { readSandboxEnv } from './config.js';
import { receiverCredentials, subscribeConnector } from './connector-subscribers.js';
import { InProcessConnector, type InProcessConnectorMemory } from './in-process-connector.js';

/** What `subscribe` needs: where to deliver, and the auth the vendor sends with it (the admin surface's own input). */
export type { SubscriberInput };

export type Vendor = 'togai' | 'zuora' | 'chargebee';
const VENDORS: readonly Vendor[] = ['togai', 'zuora', 'chargebee'];

/** What clients must present to each simulator, and what each sends to a connector's receivers. */
export interface SandboxCredentials {
  togai: { apiToken: string; notificationSecret: string };
  zuora: { clientId: string; clientSecret: string; callout: { username: string; password: string } };
  chargebee: { site: string; apiKey: string; webhook: { username: string; password: string } };
}

/** The reference connector's settings on top of the ones the sandbox gives it; `itemPricePlans` goes into its Chargebee connection. */
export type ConnectorOverrides = Partial<ConnectorInput> & { itemPricePlans?: Record<string, string> };

export interface CreateSandboxOptions {
  /** Fixes IDs, demo data and every random decision (default 1). */
  seed?: number;
  /** Where virtual time starts (default 2026-01-01T00:00:00Z; now when `live`). */
  startAt?: string | number;
  /** Follow wall time instead of moving only when advanced. */
  live?: boolean;
  /** The bearer token of `/__admin` over HTTP (random when absent). */
  adminToken?: string;
  /** Any of them; the rest are the live sandbox's defaults (README, Configuration). */
  credentials?: { [V in Vendor]?: Partial<SandboxCredentials[V]> };
  /** The reference connector in this process, subscribed to the three simulators: `true`, or its settings to change (default off). */
  connector?: boolean | ConnectorOverrides;
  /** Check every response against the contract (default on). */
  checkResponses?: boolean;
  /** Wall-time limit of one delivery attempt (default 5 s). */
  deliveryTimeoutMs?: number;
  /** Wall ms the receivers must be quiet before an `unauthenticated` fault's copy goes (default 0: in process, answers come after the work). */
  forgeryQuietMs?: number;
}

export interface ListenOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Each 0 (any free port) unless given. */
  ports?: { [K in Vendor | 'connector']?: number };
  /** The settings the host and ports came from (`SANDBOX_HOST`, `TOGAI_PORT`), named when one cannot be used. */
  settingNames?: { host?: string; ports?: { [K in Vendor | 'connector']?: string } };
}

export interface Listening {
  /** Each server's base URL; Chargebee's API is under `${urls.chargebee}/api/v2`. `connector` when the connector is in the sandbox. */
  urls: { togai: string; zuora: string; chargebee: string; connector?: string };
  close(): Promise<void>;
}

/** One sandbox: the three simulators on one clock, outbox and fault plan, and optionally the reference connector. */
export interface HarnessSandbox {
  readonly togai: Simulator<TogaiState>;
  readonly zuora: ZuoraSimulator;
  readonly chargebee: Simulator<ChargebeeState>;
  readonly clock: VirtualClock;
  /** The fault plan: `set(plan)`, `current`, `decisions`. */
  readonly faults: FaultPlan;
  readonly seed: number;
  readonly adminToken: string;
  readonly credentials: SandboxCredentials;
  /** The hosts the msw handlers answer at. */
  readonly origins: { [V in Vendor]: string };
  /** The reference connector when in the sandbox: `current` instance, `answers` to deliveries, `restart()`. */
  readonly connector: InProcessConnector | undefined;
  /** The kit's sandbox underneath: outbox, journal, seeded faker. */
  readonly kit: Sandbox;
  /** msw 2 handlers for the three simulators at their vendors' real hosts. */
  mswHandlers(): HttpHandler[];
  /** Serve the simulators (and the connector) on real ports. */
  listen(options?: ListenOptions): Promise<Listening>;
  /** Move virtual time on by an ISO-8601 duration or to an instant, run what falls due, and wait for the deliveries it caused. */
  advance(by: string | { to: string }): Promise<{ now: string }>;
  /** Every delivery so far (of one vendor when named), with its attempts. */
  deliveries(source?: Vendor): Delivery[];
  /** The requests clients made to one simulator, oldest first. */
  requests(vendor: Vendor): LoggedRequest[];
  /** Deliver a vendor's notifications to `url` too, with that vendor's auth. */
  subscribe(vendor: Vendor, subscriber: SubscriberInput): Subscriber;
  /** Every simulator back to its start, the clock too, deliveries forgotten; the fault plan stays. */
  reset(): Promise<void>;
  /** The whole sandbox (and the in-process connector's memory) as JSON-ready data: see README, Snapshots. */
  snapshot(): Promise<SandboxSnapshot>;
  /** Become what a snapshot holds, in place; one that does not fit is refused whole (SnapshotRefused). */
  restore(snapshot: unknown): Promise<void>;
  /** Stop the clock's timers, close what `listen` opened and the connector. */
  close(): Promise<void>;
}

/** Where the outbox reaches the in-process connector; any origin does, nothing listens on it. */
export const CONNECTOR_ORIGIN = 'http://connector.test';

/** The live sandbox's credentials (its environment's defaults) under the ones given. */
function credentialsOf(given: CreateSandboxOptions['credentials'] = {}): SandboxCredentials {
  const env = readSandboxEnv({});
  const receivers = receiverCredentials(env);
  return {
    togai: { apiToken: env.TOGAI_API_TOKEN, ...receivers.togai, ...given.togai },
    zuora: { clientId: env.ZUORA_CLIENT_ID, clientSecret: env.ZUORA_CLIENT_SECRET, ...receivers.zuora, ...given.zuora },
    chargebee: { site: env.CHARGEBEE_SITE, apiKey: env.CHARGEBEE_API_KEY, ...receivers.chargebee, ...given.chargebee },
  };
}

/** The reference connector's configuration for simulators at `origins`, `overrides` on top. */
function connectorConfigOf(c: SandboxCredentials, origins: HarnessSandbox['origins'], overrides: ConnectorOverrides): ConnectorConfig {
  const { itemPricePlans, ...rest } = overrides;
  return parseConnectorConfig({
    togai: { baseUrl: origins.togai, apiToken: c.togai.apiToken, notificationSecret: c.togai.notificationSecret },
    zuora: { baseUrl: origins.zuora, clientId: c.zuora.clientId, clientSecret: c.zuora.clientSecret, callout: c.zuora.callout },
    chargebee: { baseUrl: `${origins.chargebee}/api/v2`, apiKey: c.chargebee.apiKey, webhook: c.chargebee.webhook, ...(itemPricePlans ? { itemPricePlans } : {}) },
    // a timer of its own would run on wall time; tests reconcile when they mean to
    reconcileEverySeconds: 0,
    ...rest,
  });
}

/** Servers that could not listen, each reason as the server gave it (a port in use, a bad host). */
export class SandboxListenError extends Error {
  override name = 'SandboxListenError';
  constructor(readonly reasons: string[]) {
    super(`the sandbox cannot listen on its ports (${reasons.join('; ')})`);
  }
}

/** Serve every one or none: a server that did start is closed again when another cannot. */
async function serveAll(starts: (() => Promise<HttpServer>)[]): Promise<HttpServer[]> {
  const settled = await Promise.allSettled(starts.map((start) => start()));
  const servers = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const refused = settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as Error).message] : []));
  if (refused.length) {
    await Promise.all(servers.map((s) => s.close()));
    throw new SandboxListenError(refused);
  }
  return servers;
}

/**
 * The one factory of the harness: three simulators sharing one clock, outbox and fault plan,
 * with the reference connector in the same process when asked. Sandboxes share nothing, so a
 * test file can make as many as it likes.
 */
export function createSandbox(options: CreateSandboxOptions = {}): HarnessSandbox {
  const kit = new Sandbox({ seed: options.seed, startAt: options.startAt, live: options.live, adminToken: options.adminToken, deliveryTimeoutMs: options.deliveryTimeoutMs, forgeryQuietMs: options.forgeryQuietMs });
  const credentials = credentialsOf(options.credentials);
  const checkResponses = options.checkResponses;
  const togai = createTogaiSimulator(kit, { apiToken: credentials.togai.apiToken, checkResponses });
  const zuora = createZuoraSimulator(kit, { clientId: credentials.zuora.clientId, clientSecret: credentials.zuora.clientSecret, checkResponses });
  const chargebee = createChargebeeSimulator(kit, { site: credentials.chargebee.site, apiKey: credentials.chargebee.apiKey, checkResponses });
  const sims = { togai, zuora, chargebee };
  const origins = { togai: new URL(togai.contract.serverUrl).origin, zuora: new URL(zuora.contract.serverUrl).origin, chargebee: chargebeeOrigin(credentials.chargebee.site) };
  // made when first asked for: the in-process connector reaches the simulators without them
  let handlers: HttpHandler[] | undefined;
  const handlersOf = () => (handlers ??= VENDORS.flatMap((v) => mswHandlers(sims[v], origins[v])));

  let connector: InProcessConnector | undefined;
  if (options.connector) {
    const config = connectorConfigOf(credentials, origins, options.connector === true ? {} : options.connector);
    connector = new InProcessConnector(config, new Map(VENDORS.map((v) => [origins[v], sims[v]])), () => kit.clock.now());
    kit.outbox.useSender(connector.sender);
    subscribeConnector(kit.outbox, CONNECTOR_ORIGIN, config);
    const inProcess = connector;
    kit.keepInSnapshots('connector', {
      save: () => inProcess.memory(),
      fits: (memory) => memory === undefined || InProcessConnector.fits(memory),
      load: (memory) => inProcess.remember(memory as InProcessConnectorMemory | undefined),
    });
  }

  const listening = new Set<Listening>();
  const admin = new Admin(togai);
  const sim = (vendor: Vendor): Simulator<any> => {
    if (!VENDORS.includes(vendor)) throw new Error(`no simulator for ${JSON.stringify(vendor)}: the vendors are ${VENDORS.join(', ')}`);
    return sims[vendor];
  };

  return {
    togai,
    zuora,
    chargebee,
    clock: kit.clock,
    faults: kit.faults,
    seed: kit.seed,
    adminToken: kit.adminToken,
    credentials,
    origins,
    connector,
    kit,
    mswHandlers: () => [...handlersOf()],
    async listen(opts = {}) {
      const host = opts.host ?? '127.0.0.1';
      const ports = opts.ports ?? {};
      const names = opts.settingNames ?? {};
      const [t, z, c] = await serveAll(VENDORS.map((v) => () => serveHttp(sims[v], { host, port: ports[v] ?? 0, hostVariable: names.host, portVariable: names.ports?.[v] })));
      let connectorUrl: string | undefined;
      try {
        connectorUrl = connector ? await connector.listen(host, ports.connector ?? 0) : undefined;
      } catch (e) {
        await Promise.all([t!, z!, c!].map((s) => s.close()));
        throw new SandboxListenError([`connector: ${(e as Error).message}`]);
      }
      const handle: Listening = {
        urls: { togai: t!.url, zuora: z!.url, chargebee: c!.url, ...(connectorUrl ? { connector: connectorUrl } : {}) },
        close: async () => {
          if (!listening.delete(handle)) return;
          await Promise.all([t!, z!, c!].map((s) => s.close()));
          if (connectorUrl) await connector?.unlisten();
        },
      };
      listening.add(handle);
      return handle;
    },
    async advance(by) {
      try {
        return await admin.advance(typeof by === 'string' ? { duration: by } : { to: by.to });
      } catch (e) {
        // the admin surface's 400 carries the reason in its body; a caller in process wants it as the message
        if (e instanceof SimError) throw new Error(`advance(${JSON.stringify(by)}): ${(e.body as { error: string }).error}`);
        throw e;
      }
    },
    deliveries: (source) => kit.outbox.list(source),
    requests: (vendor) => sim(vendor).log.list().requests,
    subscribe: (vendor, subscriber) => kit.outbox.subscribe({ ...subscriber, source: sim(vendor).vendor }),
    reset: () => kit.reset(),
    snapshot: () => kit.snapshot(),
    restore: (snapshot) => kit.restore(snapshot),
    async close() {
      kit.stop();
      await Promise.all([...listening].map((l) => l.close()));
      await connector?.close();
    },
  };
}
