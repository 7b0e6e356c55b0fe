import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * Writes contracts/types/<name>.ts from contracts/<name>.yaml with openapi-typescript, so handlers,
 * the connector's clients and users' tests share one set of types taken from the contracts. The
 * output is committed (a clean checkout typechecks without a generation step, and a diff shows
 * what a contract change did to the types); test/contract-types.test.ts fails when it is stale.
 */

export const CONTRACT_NAMES = ['togai', 'zuora', 'chargebee', 'admin', 'connector'] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function typesPath(name: ContractName): string {
  return join(ROOT, 'contracts', 'types', `${name}.ts`);
}

/** The text contracts/types/<name>.ts should hold for the contract as it is now. */
export async function generatedTypes(name: ContractName): Promise<string> {
  const source = join(ROOT, 'contracts', `${name}.yaml`);
  // `silent`: the vendor extensions (x-legacy-paths, x-default-response) are ours, not mistakes to warn about.
  // `defaultNonNullable: false`: a field with a default stays optional, as validation fills in no defaults
  const ast = await openapiTS(await readFile(source, 'utf8'), { silent: true, defaultNonNullable: false });
  const header =
    `// Generated from contracts/${name}.yaml by openapi-typescript (npm run generate); do not edit.\n` +
    `// test/contract-types.test.ts fails when this file no longer matches the contract.\n\n`;
  return header + astToString(ast);
}

async function main(): Promise<void> {
  for (const name of CONTRACT_NAMES) {
    await writeFile(typesPath(name), await generatedTypes(name));
    console.log(`contracts/types/${name}.ts written from contracts/${name}.yaml`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
