import type { ChargebeeOperations } from './operations.js';
import { loadContract } from '../kit/contract.js';
import { encodeForm } from './form-encoder.js';
import type { Sandbox } from '../kit/sandbox.js';
import { Simulator, type SimulatorOptions, type VendorDefinition } from '../kit/simulator.js';
import { authenticator, type AccessOptions } from './auth.js';
import { billingJobs } from './billing.js';
import { customerHandlers } from './customers.js';
import { toChargebeeError } from './errors.js';
import { eventHandlers } from './events.js';
import { decodeChargebeeForm } from './form-decoder.js';
import { chargebeeIdempotency } from './idempotency.js';
import { invoiceHandlers } from './invoices.js';
import { itemFamilyHandlers } from './item-families.js';
import { itemPriceHandlers } from './item-prices.js';
import { itemHandlers } from './items.js';
import { paymentHandlers } from './payments.js';
import { ChargebeeState } from './state.js';
import { subscriptionHandlers } from './subscriptions.js';
import { timeMachineHandlers } from './time-machines.js';
import { transactionHandlers } from './transactions.js';
import { webhookEndpointHandlers } from './webhook-endpoints.js';
import { chargebeeDeliveryPolicy } from './webhooks.js';

export interface ChargebeeOptions extends SimulatorOptions, AccessOptions {
  /** The site's currency: of item prices and invoices that name none (default USD). */
  baseCurrency?: string;
}

// one map for every simulator of the vendor, frozen as sandboxes share it: an object literal of
// many spreads is V8's slow path, about 0.4 ms each time, and every sandbox made one
const CHARGEBEE_HANDLERS = Object.freeze({
  ...customerHandlers,
  ...itemFamilyHandlers,
  ...itemHandlers,
  ...itemPriceHandlers,
  ...subscriptionHandlers,
  ...invoiceHandlers,
  ...paymentHandlers,
  ...transactionHandlers,
  ...eventHandlers,
  ...webhookEndpointHandlers,
  ...timeMachineHandlers,
});

export function chargebeeDefinition(options: ChargebeeOptions): VendorDefinition<ChargebeeState, ChargebeeOperations> {
  return {
    vendor: 'chargebee',
    contract: loadContract('chargebee.yaml'),
    encodeForm,
    toError: toChargebeeError,
    createState: (ctx) => new ChargebeeState({ baseCurrency: options.baseCurrency ?? 'USD' }, ctx.now()),
    authenticate: authenticator(options),
    handlers: CHARGEBEE_HANDLERS,
    decodeForm: decodeChargebeeForm,
    deliveryPolicy: chargebeeDeliveryPolicy,
    jobs: billingJobs,
    idempotency: chargebeeIdempotency,
  };
}

/** A Chargebee simulator for one site, added to `sandbox`. */
export function createChargebeeSimulator(sandbox: Sandbox, options: ChargebeeOptions): Simulator<ChargebeeState> {
  return sandbox.add(new Simulator(chargebeeDefinition(options), sandbox, options));
}

/** Where a site lives, for the in-process (msw) transport: `mswHandlers(sim, chargebeeOrigin(site))`. */
export function chargebeeOrigin(site: string): string {
  return `https://${site}.chargebee.com`;
}
