import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_NAMES, generatedTypes, typesPath } from '../scripts/generate-contract-types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => join(ROOT, path);

/**
 * Small programs that use the handler types as a vendor file does. Each is compiled with the
 * repository's own tsconfig options, as `npm run typecheck` would compile it; the broken ones
 * must fail naming the operation, the correct one must compile clean (so the failures are about
 * the handler names, not about a fixture that cannot compile at all).
 */
const head = `
import { togaiDefinition } from '${at('simulators/togai/index.js')}';
import type { VendorDefinition } from '${at('simulators/kit/simulator.js')}';
import type { TogaiHandlers, TogaiOperations } from '${at('simulators/togai/operations.js')}';
import type { TogaiState } from '${at('simulators/togai/state.js')}';
const full = togaiDefinition({ apiToken: 't' });
const { createCustomer, ...rest } = full.handlers;
`;
const FIXTURES = {
  correct: `${head}
export const def: VendorDefinition<TogaiState, TogaiOperations> = { ...full, handlers: { ...rest, createCustomer } };
export const part = { getCustomer: (req) => ({ status: 200, body: { id: req.params.customer_id } }) } satisfies Partial<TogaiHandlers>;
`,
  missing: `${head}
export const def: VendorDefinition<TogaiState, TogaiOperations> = { ...full, handlers: rest };
`,
  misnamed: `${head}
export const def: VendorDefinition<TogaiState, TogaiOperations> = { ...full, handlers: { ...rest, createCustomr: createCustomer } };
`,
  // a resource file declares its share of the handlers; a misspelt one fails there already
  misnamedInResourceFile: `${head}
export const part = { getCustomr: () => ({ status: 200 }) } satisfies Partial<TogaiHandlers>;
`,
  // the body is the contract's CreateCustomerRequest: a field it does not have does not compile
  wrongBodyField: `${head}
export const part = { createCustomer: (req) => ({ status: 201, body: { id: req.body.customerName } }) } satisfies Partial<TogaiHandlers>;
`,
};
type Fixture = keyof typeof FIXTURES;

let dir: string;
let errors: Record<Fixture, string[]>;

function repoOptions(): ts.CompilerOptions {
  const file = at('tsconfig.json');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, file).options;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'contract-types-'));
  // .mts: an ES module wherever it lies, as the repository's "type": "module" makes its .ts files
  const files = Object.fromEntries(Object.entries(FIXTURES).map(([name, text]) => [name, join(dir, `${name}.mts`)])) as Record<Fixture, string>;
  for (const name of Object.keys(FIXTURES) as Fixture[]) writeFileSync(files[name], FIXTURES[name]);
  // one program for all fixtures: the simulator sources they import are checked once
  const program = ts.createProgram(Object.values(files), repoOptions());
  errors = Object.fromEntries(
    (Object.keys(files) as Fixture[]).map((name) => [
      name,
      ts.getPreEmitDiagnostics(program, program.getSourceFile(files[name])).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  ) as Record<Fixture, string[]>;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('handler types generated from the contracts', () => {
  it('a definition with a handler for every operation compiles clean', () => {
    expect(errors.correct).toEqual([]);
  });

  it('a definition missing a handler does not compile, and the error names the operation', () => {
    expect(errors.missing.join('\n')).toMatch(/Property 'createCustomer' is missing/);
  });

  it('a handler named after no operation does not compile, and the error names it', () => {
    expect(errors.misnamed.join('\n')).toMatch(/'createCustomr' does not exist in type/);
    expect(errors.misnamedInResourceFile.join('\n')).toMatch(/'getCustomr' does not exist in type/);
  });

  it("a handler's body has the contract's type", () => {
    expect(errors.wrongBodyField.join('\n')).toMatch(/Property 'customerName' does not exist on type/);
  });

  it('no vendor handler casts its body', () => {
    const casts: string[] = [];
    for (const vendor of ['togai', 'zuora', 'chargebee']) {
      for (const file of readdirSync(at(`simulators/${vendor}`)).filter((f) => f.endsWith('.ts'))) {
        const text = readFileSync(at(`simulators/${vendor}/${file}`), 'utf8');
        text.split('\n').forEach((line, i) => {
          if (/req\.body\s+as\b/.test(line)) casts.push(`simulators/${vendor}/${file}:${i + 1}`);
        });
      }
    }
    expect(casts).toEqual([]);
  });
});

describe('contracts/types', () => {
  it.each(CONTRACT_NAMES)('contracts/types/%s.ts is what npm run generate makes from the contract now', async (name) => {
    const committed = readFileSync(typesPath(name), 'utf8');
    // a stale file fails here: run `npm run generate` and commit the result
    expect(committed === (await generatedTypes(name))).toBe(true);
  });
});
