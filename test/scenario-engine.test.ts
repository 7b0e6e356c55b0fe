import type { Faker } from '@faker-js/faker';
import { faker as baseFaker } from '@faker-js/faker/locale/en';
import { describe, expect, it } from 'vitest';
import { refersToFaker, UnknownVariable, Variables } from '../scenarios/engine/interpolate.js';
import { parseScenario, ScenarioError } from '../scenarios/engine/load.js';
import { runAll } from '../scenarios/engine/suite.js';
import { mismatches } from '../scenarios/engine/matchers.js';

const seededFaker = (seed: number) => new (baseFaker.constructor as typeof Faker)({ locale: baseFaker.rawDefinitions, seed });

describe('scenario matchers', () => {
  it('match objects as a subset and lists item by item, naming where they differ', () => {
    expect(mismatches({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x', d: 2 }, e: 3 })).toEqual([]);
    expect(mismatches({ b: { c: 'y' } }, { b: { c: 'x' } })).toEqual(['b.c: expected "y", found "x"']);
    expect(mismatches([1, 2], [1, 2, 3])).toEqual(['(value): expected 2 items, found 3: [1,2,3]']);
    expect(mismatches({ gone: 1 }, {})).toEqual(['gone: expected 1, but it is missing']);
  });

  it('apply each operator', () => {
    const rows = [{ id: 'a', n: 1 }, { id: 'b', n: 1 }];
    expect(mismatches({ $contains: [{ id: 'b' }] }, rows)).toEqual([]);
    expect(mismatches({ $contains: [{ id: 'z' }] }, rows)[0]).toContain('expected an item matching {"id":"z"}, found none');
    expect(mismatches({ $count: 2 }, rows)).toEqual([]);
    expect(mismatches({ $count: 3 }, rows)).toEqual(['(value) (count): expected 3, found 2']);
    expect(mismatches({ $exactlyOnce: { id: 'a' } }, rows)).toEqual([]);
    expect(mismatches({ $exactlyOnce: { n: 1 } }, rows)[0]).toContain('expected exactly one item matching {"n":1}, found 2');
    expect(mismatches({ total: { $approx: 3.009, $tolerance: 0.001 } }, { total: 3.0095 })).toEqual([]);
    expect(mismatches({ total: { $approx: 3.009, $tolerance: 0.0001 } }, { total: 3.01 })).toEqual(['total: expected 3.009 ± 0.0001, found 3.01']);
    expect(mismatches({ deleted: { $absent: true } }, {})).toEqual([]);
    expect(mismatches({ deleted: { $absent: true } }, { deleted: false })).toEqual(['deleted: expected to be absent, found false']);
    expect(mismatches({ $matches: '^inv-' }, 'inv-1')).toEqual([]);
    expect(mismatches({ $matches: '^inv-' }, 'INV-1')).toEqual(['(value): expected text matching /^inv-/, found "INV-1"']);
  });

  it('refuse operators that would be ignored, rather than pass', () => {
    expect(mismatches({ $count: 0, $contains: [{ id: 'x' }] }, [])).toEqual(['(value): one operator per object (with $tolerance only beside $approx), found $count, $contains']);
    expect(mismatches({ k: { $absent: false } }, {})).toEqual(['k: $absent takes only true']);
    expect(mismatches({ $tolerance: 1 }, 3)[0]).toContain('one operator per object');
    expect(mismatches({ $count: 1, id: 'a' }, [])[0]).toContain('id is not an operator');
  });
});

describe('scenario variables', () => {
  const at = Date.parse('2026-02-01T10:00:00Z');

  it('resolve captures, keeping the type of a whole reference, and the virtual time', () => {
    const vars = new Variables(seededFaker(1), () => at);
    vars.set('acct', { body: { id: 'A1', total: 12.5 } });
    expect(vars.resolve({ id: '${acct.body.id}', total: '${acct.body.total}', note: 'for ${acct.body.id} on ${today}', when: '${now}' })).toEqual({
      id: 'A1',
      total: 12.5,
      note: 'for A1 on 2026-02-01',
      when: '2026-02-01T10:00:00.000Z',
    });
  });

  it('load faker only for a scenario that refers to it, and give it the values then', async () => {
    expect(refersToFaker({ steps: [{ call: { body: { name: '${ faker.person.fullName }' } } }] })).toBe(true);
    expect(refersToFaker({ steps: [{ call: { body: { name: 'faker.person.fullName', note: '${fakers}' } } }] })).toBe(false);
    const text = [
      'name: a customer named by faker',
      'seed: 5',
      'steps:',
      '  - call:',
      '      vendor: togai',
      '      operation: createCustomer',
      '      body:',
      '        id: named',
      '        name: "${faker.person.fullName}"',
      '        primaryEmail: named@example.com',
      '        address: { line1: 1 Main St, city: Springfield }',
      '        account: { id: named-main, name: Named, invoiceCurrency: USD }',
      '  - expect:',
      '      - read: { vendor: togai, operation: getCustomer, params: { customer_id: named } }',
      '        body: { name: { $matches: "^[^ ]+ [^ ]+" } }',
    ].join('\n');
    const [result] = await runAll([parseScenario(text, 'named.yaml')]);
    expect(result!.failure).toBeUndefined();
  });

  it('take faker values from the seed, the same for the same seed', () => {
    const name = (seed: number) => new Variables(seededFaker(seed), () => at).resolve('${faker.person.fullName}');
    expect(name(7)).toBe(name(7));
    expect(name(7)).not.toBe(name(8));
  });

  it('name what is missing', () => {
    const vars = new Variables(seededFaker(1), () => at);
    vars.set('acct', { id: 'A1' });
    expect(() => vars.resolve('${acount.id}')).toThrow(new UnknownVariable("${acount.id}: no variable 'acount' has been captured (captured so far: acct)"));
    expect(() => vars.resolve('${acct.name}')).toThrow("${acct.name}: 'acct' has no 'name'");
    expect(() => vars.resolve('${faker.person.nobody}')).toThrow('is not a faker function');
  });
});

describe('scenario loading', () => {
  it('places every problem at its file, line and column', () => {
    const text = ['name: broken', 'seed: many', 'steps:', '  - advance: tomorrow', '  - call: { vendor: zuora }', '  - expect: [{ read: { vendor: togai, operation: getCustomers }, body: {} }]'].join('\n');
    let error: ScenarioError | undefined;
    try {
      parseScenario(text, 'broken.yaml');
    } catch (e) {
      error = e as ScenarioError;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error!.problems).toEqual(['broken.yaml:2:1: seed: a whole number (it fixes IDs and faker values)']);
    const steps = ['name: steps', 'steps:', '  - advance: tomorrow', '  - call: { vendor: zuora }', '  - wait: 1'].join('\n');
    expect(() => parseScenario(steps, 'steps.yaml')).toThrow(
      [
        'steps.yaml is not a valid scenario:',
        '  steps.yaml:3:5: steps.0.advance: an ISO-8601 duration, e.g. P32D, PT30M or P1M2DT3H',
        "  steps.yaml:4:5: steps.1.call.operation: missing; expected the contract's operationId, e.g. createAccount",
        '  steps.yaml:5:5: steps.2: a step must be one of call, ingest, advance, restartConnector, redeliver, fail, expect (found wait)',
      ].join('\n'),
    );
  });

  it('refuses, before running, operations the contracts lack, checks that could never fail, and senseless matchers', () => {
    const text = [
      'name: meaning',
      'steps:',
      '  - call: { vendor: zuora, operation: createAcount }',
      '  - expect:',
      '      - requests: { vendor: togai, operation: createCustomer }',
      '      - read: { vendor: togai, operation: getCustomers }',
      '        body: { data: { $count: 1, $contains: [] } }',
    ].join('\n');
    let problems: string[] = [];
    try {
      parseScenario(text, 'meaning.yaml');
    } catch (e) {
      problems = (e as ScenarioError).problems;
    }
    expect(problems).toEqual(['meaning.yaml:5:9: steps.1.expect.0: a requests check needs count, or it could never fail']);
    const fixed = text.replace('operation: createCustomer }', 'operation: createCustomer }\n        count: 1');
    try {
      parseScenario(fixed, 'meaning.yaml');
    } catch (e) {
      problems = (e as ScenarioError).problems;
    }
    expect(problems).toEqual([
      "meaning.yaml:3:28: steps.0.call.operation: contracts/zuora.yaml has no operation 'createAcount' (did you mean createAccount?)",
      'meaning.yaml:8:9: steps.1.expect.1.body: data: one operator per object (with $tolerance only beside $approx), found $count, $contains',
    ]);
  });
});
