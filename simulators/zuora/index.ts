import type { ZuoraOperations } from './operations.js';
import { loadContract } from '../kit/contract.js';
import { Random } from '../kit/random.js';
import type { Sandbox } from '../kit/sandbox.js';
import { Simulator, type VendorDefinition } from '../kit/simulator.js';
import { header } from '../kit/types.js';
import { accountHandlers } from './accounts.js';
import { authenticate, authHandlers } from './auth.js';
import { calloutHistoryHandlers } from './callout-history.js';
import { calloutPolicy } from './callouts.js';
import { catalogHandlers } from './catalog.js';
import { chargeHandlers } from './charges.js';
import { toZuoraError } from './errors.js';
import { zuoraIdempotency } from './idempotency.js';
import { invoiceHandlers } from './invoices.js';
import { NotificationConfig } from './notification-config.js';
import { notificationHandlers } from './notifications.js';
import { objectQueryHandlers } from './object-query.js';
import { productHandlers } from './products.js';
import { familyOf, inScope } from './scope.js';
import { VENDOR, ZuoraState } from './state.js';
import { subscriptionHandlers } from './subscriptions.js';
import { resolveTenant, type Tenant, type ZuoraOptions } from './tenant.js';
import { usageImportHandlers } from './usage-import.js';
import { usageHandlers } from './usage.js';

export type { ZuoraOptions } from './tenant.js';

export type ZuoraSimulator = Simulator<ZuoraState>;

// one map for every simulator of the vendor, frozen as sandboxes share it: an object literal of
// many spreads is V8's slow path, about 0.4 ms each time, and every sandbox made one
const ZUORA_HANDLERS = Object.freeze({
  ...authHandlers,
  ...accountHandlers,
  ...objectQueryHandlers,
  ...catalogHandlers,
  ...productHandlers,
  ...chargeHandlers,
  ...subscriptionHandlers,
  ...invoiceHandlers,
  ...usageHandlers,
  ...usageImportHandlers,
  ...calloutHistoryHandlers,
  ...notificationHandlers,
});

/**
 * `current` reads the simulator's state as it is now (a reset or a restored snapshot replaces it):
 * the delivery policy is set once per sandbox and outlives each state, and the callout
 * configuration is carried from one state to the next, as the subscribers it serves are.
 */
export function zuoraDefinition(tenant: Tenant, current: () => ZuoraState | undefined): VendorDefinition<ZuoraState, ZuoraOperations> {
  return {
    vendor: VENDOR,
    contract: loadContract('zuora.yaml'),
    toError: toZuoraError,
    createState: (ctx) => {
      const config = current()?.notifications ?? new NotificationConfig(new Random(ctx.sandbox.seed, 'zuora-notifications'));
      return new ZuoraState(tenant, config, ctx.sandbox.outbox, ctx.sandbox.seed);
    },
    // the callout templates and definitions drive subscribers of the outbox's own, which stay the loading sandbox's
    configuration: (state) => ({ tenant: state.tenant, notifications: state.notifications }),
    authenticate,
    responseHeaders(req, ctx) {
      const headers = ctx.state.rates.count(req.path === '/oauth/token' ? 'AUTH' : 'API', ctx.now());
      // guide_error-handling.md: every answer names its API call, for support to look it up
      headers['zuora-request-id'] = ctx.state.nextRequestId();
      // guide_error-handling.md: Zuora-Track-Id comes back in the same header
      const track = header(req, 'zuora-track-id');
      if (track !== undefined) headers['zuora-track-id'] = track;
      return headers;
    },
    handlers: ZUORA_HANDLERS,
    deliveryPolicy: calloutPolicy(tenant, () => current()!),
    idempotency: zuoraIdempotency,
    readsByPost: ['createToken'],
    // the error shape depends on the API family the request is for (see scope.ts)
    aroundRequest: (request, ctx, answer) =>
      inScope({ family: familyOf(request.path), operationId: request.operationId, state: ctx.state }, answer),
  };
}

/** A Zuora simulator added to `sandbox`; `options` are the tenant's OAuth client and settings. */
export function createZuoraSimulator(sandbox: Sandbox, options: ZuoraOptions): ZuoraSimulator {
  // undefined while the constructor makes the first state
  let simulator: ZuoraSimulator | undefined = undefined;
  simulator = new Simulator(zuoraDefinition(resolveTenant(options), () => simulator?.state), sandbox, options);
  return sandbox.add(simulator);
}
