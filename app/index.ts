/**
 * The package's main entry (`billing-sim-harness`): createSandbox, the one factory of
 * simulators, clock, outbox, fault plan and (optionally) the reference connector, with its
 * types and the vendors' types generated from the contracts.
 */
export {
  createSandbox,
  SandboxListenError,
  CONNECTOR_ORIGIN,
  type CreateSandboxOptions,
  type HarnessSandbox,
  type SandboxCredentials,
  type ConnectorOverrides,
  type ListenOptions,
  type Listening,
  type SubscriberInput,
  type Vendor,
} from './sandbox.js';
export type { InProcessConnector, DeliveryAnswer } from './in-process-connector.js';
export type { Delivery, Attempt, Subscriber } from '../simulators/kit/outbox.js';
export type { LoggedRequest } from '../simulators/kit/request-log.js';
export type { FaultPlan, FaultPlanInput, FaultDecision } from '../simulators/kit/faults.js';
export type { VirtualClock } from '../simulators/kit/clock.js';
export type { Simulator, CallInput } from '../simulators/kit/simulator.js';
export { ListenError } from '../simulators/kit/listen-errors.js';
// each vendor's paths, operations and schemas, as openapi-typescript generates them from contracts/*.yaml
export type { paths as TogaiPaths, operations as TogaiOperations, components as TogaiComponents } from '../contracts/types/togai.js';
export type { paths as ZuoraPaths, operations as ZuoraOperations, components as ZuoraComponents } from '../contracts/types/zuora.js';
export type { paths as ChargebeePaths, operations as ChargebeeOperations, components as ChargebeeComponents } from '../contracts/types/chargebee.js';
export type { paths as AdminPaths, operations as AdminOperations, components as AdminComponents } from '../contracts/types/admin.js';
export type { paths as ConnectorPaths, operations as ConnectorOperations, components as ConnectorComponents } from '../contracts/types/connector.js';
