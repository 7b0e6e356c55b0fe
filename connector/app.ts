import Fastify, { type FastifyInstance } from 'fastify';
import { ChargebeeClient } from './clients/chargebee.js';
import { TogaiClient } from './clients/togai.js';
import { ZuoraClient } from './clients/zuora.js';
import type { ConnectorConfig, FlowNumber } from './config.js';
import { FlowRunner } from './dispatch.js';
import type { FlowClients } from './flows/outcome.js';
import type { HttpDeps } from './http/vendor-http.js';
import { receiverServerOptions, type ReceiverLimits } from './receiver-limits.js';
import { registerReceivers } from './receivers.js';
import { Reconciler, type ReconcileProgress, type ReconcileReport } from './reconcile.js';
import { listenExplained, type ListenVariables } from '../simulators/kit/listen-errors.js';

export interface Connector {
  app: FastifyInstance;
  clients: FlowClients;
  enabled: ReadonlySet<FlowNumber>;
  /** One reconciliation pass, once the one under way (if any) has ended. */
  reconcile(): Promise<ReconcileReport>;
  /** Reconcile now, then every `reconcileEverySeconds`, until closed, telling `onPass` of each pass; /health then shows its progress. */
  startReconciling(onPass?: (report: ReconcileReport, progress: ReconcileProgress) => void): void;
  reconciliation(): ReconcileProgress;
  /**
   * Listen on the configured host and port; a port in use or a bad host throws a ListenError
   * naming the setting, CONNECTOR_PORT / CONNECTOR_HOST unless `names` says another (SANDBOX_HOST).
   */
  listen(names?: ListenVariables): Promise<string>;
  /** What an instance holds in memory, for a sandbox snapshot of the in-process connector. */
  memory(): ConnectorMemory;
  /** Hold `memory` instead, as the instance it was taken from did. */
  remember(memory: ConnectorMemory): void;
  close(): Promise<void>;
}

/** The Zuora token an instance holds and how far its reconciliation has read. */
export interface ConnectorMemory {
  zuoraToken: { value: string; expiresAt: number } | undefined;
  reconciled: Reconciler['readUpTo'];
}

export function vendorClients(config: ConnectorConfig, deps: HttpDeps = {}): FlowClients {
  return {
    togai: new TogaiClient(config.togai.baseUrl, config.togai.apiToken, config.retry, deps),
    ...(config.zuora ? { zuora: new ZuoraClient(config.zuora.baseUrl, config.zuora.clientId, config.zuora.clientSecret, config.retry, deps) } : {}),
    ...(config.chargebee ? { chargebee: new ChargebeeClient(config.chargebee.baseUrl, config.chargebee.apiKey, config.retry, deps), itemPricePlans: config.chargebee.itemPricePlans } : {}),
  };
}

/** The configured flows whose vendor connection is configured: flows 1-5 need Zuora, 6-9 Chargebee. */
export function enabledFlows(config: ConnectorConfig): ReadonlySet<FlowNumber> {
  return new Set(config.flows.filter((f) => (f <= 5 ? config.zuora : config.chargebee) !== undefined));
}

/**
 * The reference connector: receivers for the three vendors' deliveries, the flows behind them,
 * and a periodic reconciliation. It keeps no state of its own beyond a Zuora token, so a new
 * instance carries on wherever an old one stopped.
 */
export function buildConnector(config: ConnectorConfig, deps: HttpDeps & ReceiverLimits & { logger?: boolean } = {}): Connector {
  const app = Fastify({ logger: deps.logger ?? false, ...receiverServerOptions(deps) });
  const clients = vendorClients(config, deps);
  const enabled = enabledFlows(config);
  const runner = new FlowRunner(clients, enabled);
  registerReceivers(app, config, runner);
  const reconciler = new Reconciler(runner, deps.now);
  let timer: NodeJS.Timeout | undefined;

  // the receivers' /health, with reconciliation progress once the connector reconciles on its own
  app.addHook('preSerialization', async (req, _reply, payload) => {
    if (!timer || req.routeOptions.url !== '/health' || payload === null || typeof payload !== 'object') return payload;
    return { ...payload, reconciliation: { everySeconds: config.reconcileEverySeconds, ...reconciler.progress() } };
  });

  const reconcileInBackground = (onPass?: (report: ReconcileReport, progress: ReconcileProgress) => void) => {
    // a pass still running is not overlapped by the next
    if (reconciler.running) return;
    reconciler
      .pass()
      .then((r) => {
        if (r.failures.length) app.log.warn({ failures: r.failures }, 'reconciliation left failures for the next pass');
        onPass?.(r, reconciler.progress());
      })
      .catch((e: Error) => app.log.error(e, 'reconciliation failed'));
  };

  return {
    app,
    clients,
    enabled,
    reconcile: () => reconciler.pass(),
    reconciliation: () => reconciler.progress(),
    startReconciling(onPass) {
      if (config.reconcileEverySeconds === 0 || timer) return;
      timer = setInterval(() => reconcileInBackground(onPass), config.reconcileEverySeconds * 1000);
      timer.unref();
      reconcileInBackground(onPass);
    },
    listen: (names) =>
      listenExplained(() => app.listen({ host: config.host, port: config.port }), config, { portVariable: 'CONNECTOR_PORT', hostVariable: 'CONNECTOR_HOST', ...names }),
    memory: () => ({ zuoraToken: clients.zuora?.heldToken, reconciled: reconciler.readUpTo }),
    remember(memory) {
      if (clients.zuora) clients.zuora.heldToken = memory.zuoraToken;
      reconciler.readUpTo = memory.reconciled;
    },
    async close() {
      if (timer) clearInterval(timer);
      await reconciler.stop();
      await app.close();
    },
  };
}
