import type { ChargebeeState } from '../../simulators/chargebee/state.js';
import { createChargebeeSimulator, chargebeeOrigin } from '../../simulators/chargebee/index.js';
import { seedChargebeeDemo } from '../../simulators/chargebee/demo-data.js';
import type { Sandbox } from '../../simulators/kit/sandbox.js';
import type { Simulator } from '../../simulators/kit/simulator.js';
import { seedTogaiDemo } from '../../simulators/togai/demo-data.js';
import { createTogaiSimulator } from '../../simulators/togai/index.js';
import type { TogaiState } from '../../simulators/togai/state.js';
import { seedZuoraDemo } from '../../simulators/zuora/demo-data.js';
import { createZuoraSimulator, type ZuoraSimulator } from '../../simulators/zuora/index.js';
import type { Vendor } from './vendors.js';

/** How the simulators of a world let clients in: what a connector must be configured with. */
export interface SimulatorCredentials {
  togaiToken: string;
  zuoraClientId: string;
  zuoraClientSecret: string;
  chargebeeSite: string;
  chargebeeApiKey: string;
}

/** What a scenario runs against: three simulators on one sandbox, and some connector. */
export abstract class World {
  readonly togai: Simulator<TogaiState>;
  readonly zuora: ZuoraSimulator;
  readonly chargebee: Simulator<ChargebeeState>;

  constructor(
    readonly sandbox: Sandbox,
    readonly credentials: SimulatorCredentials,
  ) {
    this.togai = createTogaiSimulator(sandbox, { apiToken: credentials.togaiToken });
    this.zuora = createZuoraSimulator(sandbox, { clientId: credentials.zuoraClientId, clientSecret: credentials.zuoraClientSecret });
    this.chargebee = createChargebeeSimulator(sandbox, { site: credentials.chargebeeSite, apiKey: credentials.chargebeeApiKey });
  }

  get chargebeeOrigin(): string {
    return chargebeeOrigin(this.credentials.chargebeeSite);
  }

  sim(vendor: Vendor): Simulator<any> {
    return { togai: this.togai, zuora: this.zuora, chargebee: this.chargebee }[vendor];
  }

  /** The live sandbox's demo data for these simulators, announced to no one. */
  async seedDemo(vendors: readonly Vendor[]): Promise<void> {
    const faker = await this.sandbox.faker();
    const seeders = { togai: () => seedTogaiDemo(this.togai, faker), zuora: () => seedZuoraDemo(this.zuora, faker), chargebee: () => seedChargebeeDemo(this.chargebee, faker) };
    for (const vendor of vendors) await this.sandbox.outbox.silently(seeders[vendor]);
  }

  /** Restart the connector; answers a note when this world cannot (a partner's process). */
  abstract restartConnector(): Promise<string | undefined>;

  abstract close(): Promise<void>;
}
