import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../scenarios/cli.js';
import { scenarioFiles, SCENARIO_DIR } from '../scenarios/engine/suite.js';
import { PROJECT_ROOT } from '../simulators/kit/project-root.js';
import { captureIo } from './support/cli.js';

const COMMITTED = join(SCENARIO_DIR, 'scenario.schema.json');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(COMMITTED, 'utf8')));
}

describe('scenarios/scenario.schema.json, the JSON Schema editors check scenario files with', () => {
  it('is what `billing-sim schema` prints (regenerate: npx billing-sim schema --out scenarios/scenario.schema.json)', async () => {
    const io = captureIo();
    expect(await main(['schema'], io)).toBe(0);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(io.stdout);
  });

  it('accepts every scenario file, each of which points editors at it', () => {
    const validate = validator();
    const files = scenarioFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const valid = validate(parse(text));
      expect(validate.errors ?? [], relative(PROJECT_ROOT, file)).toEqual([]);
      expect(valid).toBe(true);
      const schemaPath = relative(dirname(file), COMMITTED).replace(/^(?!\.)/, './');
      expect(text, relative(PROJECT_ROOT, file)).toContain(`# yaml-language-server: $schema=${schemaPath}\n`);
    }
  });

  it('rejects what the loader rejects: an unknown step, a bad vendor, a missing name', () => {
    const validate = validator();
    const bad = (doc: unknown) => {
      expect(validate(doc)).toBe(false);
      return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    };
    expect(bad({ steps: [{ advance: 'P1D' }] })).toContain(" must have required property 'name'");
    expect(bad({ name: 'x', steps: [{ bogus: true }] }).length).toBeGreaterThan(0);
    expect(bad({ name: 'x', steps: [{ call: { vendor: 'stripe', operation: 'x' } }] }).length).toBeGreaterThan(0);
    expect(validate({ name: 'x', steps: [{ advance: 'P1D' }] })).toBe(true);
  });
});
