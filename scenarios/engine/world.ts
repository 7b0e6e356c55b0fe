import type { HarnessSandbox } from '../../app/sandbox.js';
import type { ChargebeeState } from '../../simulators/chargebee/state.js';
import { seedChargebeeDemo } from '../../simulators/chargebee/demo-data.js';
import type { Sandbox } from '../../simulators/kit/sandbox.js';
import type { Simulator } from '../../simulators/kit/simulator.js';
import { seedTogaiDemo } from '../../simulators/togai/demo-data.js';
import type { TogaiState } from '../../simulators/togai/state.js';
import { seedZuoraDemo } from '../../simulators/zuora/demo-data.js';
import type { ZuoraSimulator } from '../../simulators/zuora/index.js';
import type { Vendor } from './vendors.js';

/** What a scenario runs against: the three simulators of one sandbox (createSandbox), and some connector. */
export abstract class World {
  readonly sandbox: Sandbox;
  readonly togai: Simulator<TogaiState>;
  readonly zuora: ZuoraSimulator;
  readonly chargebee: Simulator<ChargebeeState>;

  constructor(readonly harness: HarnessSandbox) {
    this.sandbox = harness.kit;
    this.togai = harness.togai;
    this.zuora = harness.zuora;
    this.chargebee = harness.chargebee;
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
