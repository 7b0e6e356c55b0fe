import type { TogaiOperations } from './operations.js';
import { loadContract } from '../kit/contract.js';
import type { Sandbox } from '../kit/sandbox.js';
import { Simulator, type SimulatorOptions, type VendorDefinition } from '../kit/simulator.js';
import { header } from '../kit/types.js';
import { accountPlanHandlers } from './account-plans.js';
import { accountHandlers } from './accounts.js';
import { aliasHandlers, aliasJobs } from './aliases.js';
import { creditJobs } from './credit-ledger.js';
import { customInvoiceJobs } from './custom-invoices.js';
import { cycleJobs } from './cycle-invoices.js';
import { featureCreditJobs } from './feature-credits.js';
import { creditHandlers } from './credits.js';
import { customerHandlers } from './customers.js';
import { entitlementHandlers } from './entitlements.js';
import { toTogaiError } from './errors.js';
import { eventCorrectionHandlers } from './event-correction.js';
import { eventHandlers } from './events.js';
import { eventSchemaHandlers } from './event-schemas.js';
import { featureHandlers } from './features.js';
import { ingestionHandlers } from './ingestion.js';
import { invoiceHandlers } from './invoices.js';
import { notServedMessage } from './not-served.js';
import { togaiDeliveryPolicy } from './notifications.js';
import { paymentHandlers } from './payments.js';
import { pricePlanV2Handlers } from './price-plans-v2.js';
import { pricePlanHandlers } from './price-plans.js';
import { scheduleHandlers } from './schedules.js';
import { settingHandlers } from './settings.js';
import { TogaiState } from './state.js';
import { usageMeterHandlers } from './usage-meters.js';
import { walletHandlers } from './wallet.js';

export interface TogaiOptions extends SimulatorOptions {
  /** Accepted as `Authorization: Bearer <token>` and as `X-API-Key`. */
  apiToken: string;
  /** Invoice currency of accounts created without one (Togai's organisation base currency). */
  baseCurrency?: string;
}

// one map for every simulator of the vendor, frozen as sandboxes share it: an object literal of
// many spreads is V8's slow path, about 0.4 ms each time, and every sandbox made one
const TOGAI_HANDLERS = Object.freeze({
  ...customerHandlers,
  ...accountHandlers,
  ...aliasHandlers,
  ...eventSchemaHandlers,
  ...usageMeterHandlers,
  ...pricePlanHandlers,
  ...pricePlanV2Handlers,
  ...scheduleHandlers,
  ...accountPlanHandlers,
  ...settingHandlers,
  ...ingestionHandlers,
  ...eventHandlers,
  ...eventCorrectionHandlers,
  ...invoiceHandlers,
  ...featureHandlers,
  ...entitlementHandlers,
  ...creditHandlers,
  ...walletHandlers,
  ...paymentHandlers,
});

const TOGAI_JOBS = Object.freeze({ ...aliasJobs, ...creditJobs, ...customInvoiceJobs, ...cycleJobs, ...featureCreditJobs });

export function togaiDefinition(options: TogaiOptions): VendorDefinition<TogaiState, TogaiOperations> {
  return {
    vendor: 'togai',
    contract: loadContract('togai.yaml'),
    toError: toTogaiError,
    createState: () => new TogaiState(options.baseCurrency ?? 'USD'),
    authenticate(req) {
      const auth = header(req, 'authorization');
      const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
      if (bearer === options.apiToken || header(req, 'x-api-key') === options.apiToken) return undefined;
      const message =
        auth || header(req, 'x-api-key')
          ? 'The API token is not valid for this Togai sandbox'
          : 'Missing credentials: send Authorization: Bearer <token> or X-API-Key: <token>';
      return { status: 401, body: { message } };
    },
    handlers: TOGAI_HANDLERS,
    notServed: notServedMessage,
    deliveryPolicy: togaiDeliveryPolicy,
    jobs: TOGAI_JOBS,
  };
}

/** A Togai simulator added to `sandbox`. */
export function createTogaiSimulator(sandbox: Sandbox, options: TogaiOptions): Simulator<TogaiState> {
  return sandbox.add(new Simulator(togaiDefinition(options), sandbox, options));
}
