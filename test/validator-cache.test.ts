// The compiled-validator cache (simulators/kit/validator-cache.ts): a schema several operations
// share is compiled once and its code kept once, and a later process gets working validators back.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidatorCache } from '../simulators/kit/validator-cache.js';

const root = mkdtempSync(join(tmpdir(), 'validator-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OPTIONS = { allErrors: true, strict: false, code: { source: true } };
const error = () => ({ type: 'object', required: ['message'], properties: { message: { type: 'string' } } });
const customer = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };

/** A cache for one contract text, as a fresh process makes it, with an Ajv per validator set as openapi-backend makes them. */
function cacheFor(text: string, where = root, shipped = { dir: join(root, 'shipped'), name: 'vendor.yaml' }) {
  const cache = new ValidatorCache(where, text, 'settings', shipped);
  return { cache, ajv: (context: string) => cache.track(new AjvModule.default(OPTIONS), context) };
}

describe('the compiled-validator cache', () => {
  it('compiles a schema two operations share once per context, and keeps its code once', () => {
    const { cache, ajv } = cacheFor('contract one');
    const getError = ajv('response').compile(error());
    const listError = ajv('response').compile(error());
    expect(listError).toBe(getError);
    // parameters are coerced and bodies are not: the same schema in another context is its own validator
    expect(ajv('params').compile(error())).not.toBe(getError);
    cache.save('getCustomer', { request: [], responses: { '200': ajv('response').compile(customer), '404': getError } });
    cache.save('listCustomers', { request: [], responses: { '400': listError } });
    const [key] = readdirSync(join(root, 'validators'));
    expect(readdirSync(join(root, 'validators', key!, 'code'))).toHaveLength(2);
  });

  it('gives a later process the same validators back, one function for shared code', () => {
    const { cache } = cacheFor('contract one');
    const get = cache.load('getCustomer')!;
    const list = cache.load('listCustomers')!;
    expect(list.responses!['400']).toBe(get.responses!['404']);
    const check = get.responses!['200']!;
    expect(check({ id: 'c1' })).toBe(true);
    expect(check({ name: 'no id' })).toBe(false);
    expect(check.errors?.map((e) => e.message)).toEqual(["must have required property 'id'"]);
    expect(cache.load('neverCompiled')).toBeUndefined();
  });

  it('compiles again when a contract text changed, or the code an operation names is gone', () => {
    expect(cacheFor('contract two').cache.load('getCustomer')).toBeUndefined();
    const [key] = readdirSync(join(root, 'validators'));
    const code = join(root, 'validators', key!, 'code');
    for (const file of readdirSync(code)) rmSync(join(code, file));
    expect(cacheFor('contract one').cache.load('getCustomer')).toBeUndefined();
  });

  it('gives a machine that kept none the validators the build shipped, and compiles when they are for another contract text or do not read', () => {
    const built = cacheFor('contract three', join(root, 'build'));
    built.cache.save('getCustomer', { request: [], responses: { '200': built.ajv('response').compile(customer), '404': built.ajv('response').compile(error()) } });
    const file = built.cache.writeShipped(['getCustomer']);
    expect(file).toMatch(/vendor\.yaml\.[0-9a-f]{20}\.validators\.json\.br$/);
    // an operation the build could not keep fails the build, naming the file, rather than shipping less
    expect(() => built.cache.writeShipped(['getCustomer', 'neverCompiled'])).toThrow(/neverCompiled\.json was not kept .* must be writable/);

    const fresh = join(root, 'fresh-install');
    const check = cacheFor('contract three', fresh).cache.load('getCustomer')!.responses!['200']!;
    expect(check({ id: 'c1' })).toBe(true);
    expect(check({})).toBe(false);
    // read from the shipped file, nothing compiled or kept here
    expect(existsSync(fresh)).toBe(false);
    expect(cacheFor('contract four', fresh).cache.load('getCustomer')).toBeUndefined();

    writeFileSync(file, 'not brotli');
    expect(cacheFor('contract three', join(root, 'damaged')).cache.load('getCustomer')).toBeUndefined();
  });
});
