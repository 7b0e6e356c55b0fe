import type { Faker } from '@faker-js/faker';
import { seedChargebeeDemo } from '../simulators/chargebee/demo-data.js';
import type { ChargebeeState } from '../simulators/chargebee/state.js';
import type { Simulator } from '../simulators/kit/simulator.js';
import { seedTogaiDemo } from '../simulators/togai/demo-data.js';
import type { TogaiState } from '../simulators/togai/state.js';
import { seedZuoraDemo, seedZuoraDemoCustomer } from '../simulators/zuora/demo-data.js';
import type { ZuoraSimulator } from '../simulators/zuora/index.js';

/**
 * The live sandbox's demo data in all three simulators. Zuora first: its demo customer's IDs are
 * what the Togai demo's mappings name (the vendors know nothing of each other; this is app/'s job).
 */
export async function seedDemo(sims: { togai: Simulator<TogaiState>; zuora: ZuoraSimulator; chargebee: Simulator<ChargebeeState> }, faker: Faker, options: { validate?: boolean } = {}): Promise<void> {
  await seedZuoraDemo(sims.zuora, faker, options);
  const zuoraLinks = await seedZuoraDemoCustomer(sims.zuora, faker, options);
  await seedTogaiDemo(sims.togai, faker, { ...options, zuora: zuoraLinks });
  await seedChargebeeDemo(sims.chargebee, faker, options);
}
