import { inProcessConnectorConfig, InProcessWorld } from '../../scenarios/engine/in-process-world.js';
import type { LoadedScenario } from '../../scenarios/engine/load.js';
import { connectorOverrides } from '../../scenarios/engine/suite.js';

/**
 * The reference connector with a bug planted in its usage flow: it forgets which usage it has
 * already sent and gives each post a fresh idempotency key, so when a delivery is retried
 * after a 503 part-way through, the usage sent before the 503 is posted a second time.
 */
export class DoublePostingWorld extends InProcessWorld {
  override start(): void {
    super.start();
    const zuora = this.connector.clients.zuora!;
    let posts = 0;
    zuora.usageOf = async () => [];
    const create = zuora.createUsage.bind(zuora);
    zuora.createUsage = (body) => create(body, `planted-bug-${++posts}`);
  }
}

export const doublePostingWorld = (scenario: LoadedScenario) => new DoublePostingWorld(inProcessConnectorConfig(connectorOverrides(scenario)), scenario.seed);

/**
 * The reference connector with a bug planted in flow 7: it never reads which plan the account is
 * on already, so every delivery of a payment puts the account on the paid plan again (a later
 * payment still wins over an older one: the planPaidAt setting is kept).
 */
export class ReassociatingWorld extends InProcessWorld {
  override start(): void {
    super.start();
    this.connector.clients.togai.schedules = async () => [];
  }
}

export const reassociatingWorld = (scenario: LoadedScenario) => new ReassociatingWorld(inProcessConnectorConfig(connectorOverrides(scenario)), scenario.seed);
