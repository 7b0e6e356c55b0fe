import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { DELIVERY_SCHEMAS } from '../connector/delivery-checks.js';
import { Contract, contractPath, loadContract } from '../simulators/kit/contract.js';
import { PRECOMPILED_DIR } from '../simulators/kit/project-root.js';

const dir = contractPath('');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

const parsed = new Map<string, Record<string, any>>();
/** A contract's YAML parsed here, once for the file's tests (parsing is the slow part); not to be changed. */
function parsedYaml(file: string): Record<string, any> {
  if (!parsed.has(file)) parsed.set(file, YAML.parse(readFileSync(`${dir}/${file}`, 'utf8')));
  return parsed.get(file)!;
}

describe('contracts', () => {
  it('include the Togai and admin contracts', () => {
    expect(files).toEqual(expect.arrayContaining(['togai.yaml', 'admin.yaml']));
  });

  // The reference document's `$ref`-beside-`value: null` examples made openapi-backend's
  // definition check fail and then route nothing; a contract must pass the strict check.
  it.each(files)('%s is valid OpenAPI 3 and every validator the simulators use compiles', async (file) => {
    // a copy: openapi-backend's init dereferences the document it is given in place
    const doc = structuredClone(parsedYaml(file)) as Document;
    expect(doc.openapi).toMatch(/^3\./);
    // strict: init() throws on a document that is not valid OpenAPI; the validators are the kit's, below
    const api = new OpenAPIBackend({ definition: doc, strict: true, validate: false });
    await api.init();
    const ops = api.router.getOperations();
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) expect(op.operationId, `${op.method} ${op.path} has an operationId`).toBeTruthy();
    // the simulators' own validators (compiled, or loaded as the code a process compiled before)
    expect(loadContract(file).prepareAll()).toBeGreaterThanOrEqual(ops.length);
  });

  // what a fresh install, which has kept nothing yet (a CI job's, every time), starts with
  it('the build ships every contract parsed and every validator the simulators and the connector use: a machine that kept none parses and compiles none', () => {
    const precompiled = readdirSync(PRECOMPILED_DIR);
    const fresh = mkdtempSync(join(tmpdir(), 'fresh-install-'));
    try {
      for (const file of files) {
        const text = readFileSync(`${dir}/${file}`, 'utf8');
        const shipped = precompiled.filter((name) => name.startsWith(`${file}.`) && name.endsWith('.json'));
        expect(shipped).toHaveLength(1);
        expect(JSON.parse(readFileSync(join(PRECOMPILED_DIR, shipped[0]!), 'utf8'))).toEqual(parsedYaml(file));
        const contract = new Contract(contractPath(file), parsedYaml(file), text, fresh);
        expect(contract.prepareAll()).toBeGreaterThan(0);
        if (file === 'connector.yaml') for (const schema of DELIVERY_SCHEMAS) expect(contract.bodyValidator(schema)({ requestBody: {} })).toBe(false);
      }
      // a validator compiled here would have been kept here
      expect(existsSync(join(fresh, 'validators'))).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('the response check catches bodies outside the contract, with status ranges honoured', () => {
    const zuora = loadContract('zuora.yaml');
    expect(zuora.responseViolations('getAccount', 200, { basicInfo: 'not an object' })).not.toEqual([]);
    expect(zuora.responseViolations('crudCreateUsage', 400, { Errors: 'x' })).not.toEqual([]);
    // getAccount documents 4XX as a range; a 404 in the v1 error shape conforms
    expect(zuora.responseViolations('getAccount', 404, { success: false, processId: 'p', reasons: [{ code: 50000040, message: 'no such account' }] })).toEqual([]);
    // Togai's models are closed: a field the model lacks is a violation
    expect(loadContract('togai.yaml').responseViolations('ingest', 202, { unexpected: true })).toEqual(['ingest 202 body: must NOT have additional properties']);
    expect(zuora.responseViolations('createToken', 429, { unexpected: true })).toEqual(['status 429 of createToken documents no body, but one was sent']);
  });

  it('date-time formats are checked, not ignored', async () => {
    const togai = loadContract('togai.yaml');
    const op = togai.operation('ingest');
    const issues = togai.validateRequest(op, {
      path: {},
      query: {},
      header: {},
      body: { event: { id: 'e', schemaName: 's', timestamp: 'yesterday', accountId: 'a', attributes: [], dimensions: {} } },
    });
    expect(issues).toEqual([{ location: 'body', field: 'event.timestamp', problem: 'must be a valid date-time' }]);
  });
});
