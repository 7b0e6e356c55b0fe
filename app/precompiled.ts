import { readdirSync } from 'node:fs';
import { DELIVERY_SCHEMAS, deliveryValidator } from '../connector/delivery-checks.js';
import { contractPath, loadContract } from '../simulators/kit/contract.js';

/**
 * The build's step that works out ahead of time what every process needs from the contracts:
 * each contract parsed, and every validator the simulators and the connector use compiled,
 * written into dist/precompiled/, so that a fresh install (a CI job's, every time) neither
 * parses nor compiles them; the files written.
 */
export function writePrecompiled(): string[] {
  for (const schema of DELIVERY_SCHEMAS) deliveryValidator(schema);
  const names = readdirSync(contractPath('')).filter((name) => name.endsWith('.yaml'));
  return names.flatMap((name) => loadContract(name).writePrecompiled());
}
