/**
 * Requirement: for every operation, a missing required parameter, a value of the wrong type and a
 * malformed bracket key each get a 4xx (never a 5xx) with Chargebee's error body naming the param
 * as the client wrote it (`billing_address[city]`, `subscription_items[quantity][0]`).
 *
 * Path and query cases come from the shared generator (test/support/malformed.ts); form bodies are
 * generated here from each operation's decoded form schema and sent in Chargebee's bracket
 * encoding. Parameters Chargebee requires that the contract leaves optional are listed by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../simulators/kit/contract.js';
import { formSchema } from '../simulators/chargebee/form-decoder.js';
import { encodeForm } from '../simulators/chargebee/form-encoder.js';
import type { ContractOperation } from '../simulators/kit/contract.js';
import { expectConformance, must, seedCatalog, servedChargebee } from './support/chargebee.js';
import { parametersOf, planOperation } from './support/malformed.js';
import { flatten, formWrongTypeValue, isSchema, minimalValue, requiredOf, typeOf, type Schema } from './support/schema-values.js';

type Category = 'missing required' | 'wrong type' | 'malformed bracket key' | 'over-long string' | 'unknown enum value';
const REQUIRED_CATEGORIES: Category[] = ['missing required', 'wrong type', 'malformed bracket key'];

interface Case {
  name: string;
  op: ContractOperation;
  category: Category;
  /** Path parameters replacing the fixture ones. */
  params?: Record<string, string>;
  query?: string;
  form?: string;
  /** The param the answer must name. */
  param: string;
}

/** Required by Chargebee although the contract leaves them optional: a valid body without them, and the param. */
const HANDLER_REQUIRED: Record<string, { form: Record<string, unknown>; param: string }[]> = {
  createSubscriptionWithItems: [{ form: { auto_collection: 'off' }, param: 'subscription_items[item_price_id][0]' }],
  createInvoiceForChargeItemsAndCharges: [{ form: { item_prices: { item_price_id: ['setup-USD'] } }, param: 'customer_id' }],
  recordInvoicePayment: [{ form: { comment: 'no transaction' }, param: 'transaction[payment_method]' }],
  travelForwardTimeMachine: [{ form: {}, param: 'destination_time' }],
  createItemPrice: [{ form: { id: 'ip-no-period', name: 'No period', item_id: 'plan' }, param: 'period_unit' }],
};

const contract = loadContract('chargebee.yaml');
const bracket = (path: (string | number)[]) => String(path[0]) + path.slice(1).map((s) => `[${s}]`).join('');

interface Site {
  path: (string | number)[];
  schema: Schema;
  required: boolean;
  kind: string;
}

/** Every field of a decoded form schema: top-level, nested one level, and list entries (row 0). */
function sites(root: Schema): Site[] {
  const out: Site[] = [];
  const walk = (schema: Schema, path: (string | number)[], required: boolean, depth: number) => {
    const s = flatten(schema);
    const type = typeOf(s);
    out.push({ path, schema: s, required, kind: `${depth}:${type}` });
    if (type === 'object' && isSchema(s.properties)) {
      for (const [key, child] of Object.entries(s.properties)) if (isSchema(child)) walk(child, [...path, key], requiredOf(s).includes(key), depth + 1);
    } else if (type === 'array' && isSchema(s.items)) {
      walk(s.items, [...path, 0], false, depth + 1);
    }
  };
  for (const [key, child] of Object.entries(root.properties ?? {})) if (isSchema(child)) walk(child, [key], requiredOf(root).includes(key), 0);
  return out;
}

/** A value for a group's field that puts one row (or one value) on the wire. */
function present(schema: Schema): unknown {
  const s = flatten(schema);
  return typeOf(s) === 'array' ? [minimalValue(s.items)] : minimalValue(s);
}

/**
 * A group holding `key` plus enough else to be sent at all: its other required fields, or else its
 * first other field (a group with no field on the wire is not sent, and cannot miss one).
 */
function groupFor(schema: Schema, key: string | number): Record<string, unknown> {
  const props: Record<string, Schema> = schema.properties ?? {};
  const others = Object.keys(props).filter((k) => k !== key);
  const fill = others.filter((k) => requiredOf(schema).includes(k));
  const group: Record<string, unknown> = {};
  for (const k of fill.length ? fill : others.slice(0, 1)) group[k] = present(props[k]!);
  if (typeof key === 'string' && props[key]) group[key] = present(props[key]);
  return group;
}

/** `body` with the field at `path` set to `value` (or removed when undefined), its parents filled in. */
function setAt(body: Record<string, unknown>, root: Schema, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body) as any;
  let container = copy;
  let schema = flatten(root);
  for (const [i, seg] of path.slice(0, -1).entries()) {
    const child = flatten(typeof seg === 'number' ? schema.items : schema.properties[seg]);
    container[seg] ??= typeOf(child) === 'array' ? [] : groupFor(child, path[i + 1]!);
    container = container[seg];
    schema = child;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete container[last];
  else container[last] = value;
  return copy;
}

/** Up to `cap` items, alternating between groups so different depths and types are all picked. */
function spread<T>(items: T[], group: (t: T) => string, cap: number): T[] {
  const groups = [...items.reduce((m, t) => m.set(group(t), [...(m.get(group(t)) ?? []), t]), new Map<string, T[]>()).values()];
  const out: T[] = [];
  for (let round = 0; out.length < cap && groups.some((g) => g.length > round); round++) for (const g of groups) if (g[round] && out.length < cap) out.push(g[round]!);
  return out;
}

function casesOf(op: ContractOperation): Case[] {
  const cases: Case[] = [];
  const add = (c: Omit<Case, 'name' | 'op'>, detail: string) => cases.push({ ...c, op, name: `${op.operationId}: ${c.category} ${detail}` });
  for (const p of parametersOf(op)) if (p.in === 'path') add({ category: 'missing required', params: { [p.name]: '' }, param: p.name }, `path ${p.name}`);
  for (const c of planOperation(op).cases.filter((c) => c.location === 'query')) {
    add({ category: c.category, query: new URLSearchParams(c.request.query).toString(), param: c.field }, `query ${c.field}`);
  }
  const schema = formSchema(op);
  const baseline = schema ? (minimalValue(schema) as Record<string, unknown>) : {};
  // the body a request needs anyway goes along, so the query key is the only fault
  const base = encodeForm(baseline) || undefined;
  add({ category: 'malformed bracket key', query: 'created_at[after=1', form: base, param: 'created_at[after' }, 'query created_at[after');
  if (!schema) return cases;
  const all = sites(schema);
  for (const site of all.filter((s) => s.required)) {
    add({ category: 'missing required', form: encodeForm(setAt(baseline, schema, site.path, undefined)), param: bracket(site.path) }, bracket(site.path));
  }
  for (const { form, param } of HANDLER_REQUIRED[op.operationId] ?? []) add({ category: 'missing required', form: encodeForm(form), param }, `${param} (Chargebee's rule)`);
  // deepest first, so list-row fields (`group[field][0]`) are always among the picks
  const deepestFirst = [...all].sort((a, b) => b.path.length - a.path.length);
  for (const site of spread(deepestFirst, (s) => s.kind, 8)) {
    add({ category: 'wrong type', form: encodeForm(setAt(baseline, schema, site.path, formWrongTypeValue(site.schema))), param: bracket(site.path) }, bracket(site.path));
  }
  const first = Object.keys(schema.properties ?? {})[0]!;
  const withBase = (form: string) => (base ? `${base}&${form}` : form);
  add({ category: 'malformed bracket key', form: withBase(`${first}[inner=x`), param: `${first}[inner` }, `${first}[inner=x`);
  add({ category: 'malformed bracket key', form: withBase('extra[]]=1'), param: 'extra[]]' }, 'extra[]]=1');
  add({ category: 'malformed bracket key', form: withBase('mixed=1&mixed[b]=2'), param: 'mixed' }, 'mixed=1&mixed[b]=2');
  return cases;
}

const allCases = contract.operations.flatMap(casesOf);

describe('malformed requests to every Chargebee operation', async () => {
  const { sim, http, raw } = await servedChargebee();
  const fixtures: Record<string, string> = { 'time-machine-name': 'delorean', 'item-family-id': 'fam', 'item-id': 'plan', 'item-price-id': 'plan-USD-monthly', 'customer-id': 'cust-1' };

  beforeAll(async () => {
    await seedCatalog(sim);
    await must(sim, 'createCustomer', { body: { id: 'cust-1' } });
    const sub = await must(sim, 'createSubscriptionWithItems', { params: { 'customer-id': 'cust-1' }, body: { subscription_items: { item_price_id: ['plan-USD-monthly'] } } });
    const paid = await must(sim, 'recordInvoicePayment', { params: { 'invoice-id': sub.invoice.id }, body: { transaction: { payment_method: 'cash', amount: 100 } } });
    const hook = await must(sim, 'createWebhookEndpoint', { body: { name: 'h', url: 'http://127.0.0.1:9/h', disabled: true } });
    const event = await must(sim, 'listEvents', { query: { limit: '1' } });
    Object.assign(fixtures, {
      'subscription-id': sub.subscription.id,
      'invoice-id': sub.invoice.id,
      'transaction-id': paid.transaction.id,
      'webhook-endpoint-id': hook.webhook_endpoint.id,
      'event-id': event.list[0].event.id,
    });
  });
  afterAll(async () => {
    // every refusal must itself be a contract-valid Chargebee error
    expectConformance(sim);
    await http.close();
  });

  for (const c of allCases) {
    it(c.name, async () => {
      const params = { ...fixtures, ...c.params };
      const path = c.op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
      const answer = await raw(c.op.method, `${path}${c.query ? `?${c.query}` : ''}`, c.form);
      const context = `${c.op.method} ${path}?${c.query ?? ''} ${c.form ?? ''} -> ${answer.status} ${JSON.stringify(answer.body)}`;
      expect(answer.status, context).toBeGreaterThanOrEqual(400);
      expect(answer.status, context).toBeLessThan(500);
      expect(answer.body, context).toMatchObject({ api_error_code: expect.any(String), http_status_code: answer.status, param: c.param });
      expect(answer.body.message, context).toContain(`${c.param} : `);
    });
  }

  it('the simulator still serves a valid request afterwards', async () => {
    const created = await raw('POST', '/customers', { id: 'after-malformed' });
    expect(created.status).toBe(200);
    expect((await raw('GET', '/customers/after-malformed')).body.customer.id).toBe('after-malformed');
  });
});

describe('coverage of the generated cases', () => {
  const byOp = (id: string) => allCases.filter((c) => c.op.operationId === id);
  const has = (id: string, category: Category) => byOp(id).some((c) => c.category === category);

  it('every form baseline is valid, so each case breaks exactly what it names', () => {
    for (const op of contract.operations) {
      const schema = formSchema(op);
      if (!schema) continue;
      const path = Object.fromEntries(parametersOf(op).filter((p) => p.in === 'path').map((p) => [p.name, 'x1']));
      expect(contract.validateRequest(op, { path, query: {}, header: {}, body: minimalValue(schema) }), op.operationId).toEqual([]);
    }
  });

  it('every operation gets a malformed bracket key; every one with a form body gets them in the body too', () => {
    for (const op of contract.operations) {
      expect(has(op.operationId, 'malformed bracket key'), op.operationId).toBe(true);
      if (formSchema(op)) expect(byOp(op.operationId).filter((c) => c.category === 'malformed bracket key' && c.form && !c.query).length, op.operationId).toBe(3);
    }
  });

  it('every operation with a required input gets "missing required"; the others take no required input at all', () => {
    for (const op of contract.operations) {
      const required =
        parametersOf(op).some((p) => p.required) || sites(formSchema(op) ?? {}).some((s) => s.required) || HANDLER_REQUIRED[op.operationId] !== undefined;
      expect(has(op.operationId, 'missing required'), op.operationId).toBe(required);
    }
    const optionalOnly = contract.operations.filter((op) => !has(op.operationId, 'missing required')).map((op) => op.operationId);
    expect(optionalOnly.every((id) => id.startsWith('list') || id === 'createCustomer'), optionalOnly.join(', ')).toBe(true);
  });

  it('every operation with an input that can have a wrong type gets "wrong type"; the others take only path ids', () => {
    for (const op of contract.operations) {
      const onlyPathIds = !formSchema(op) && parametersOf(op).every((p) => p.in === 'path' || p.in === 'header');
      expect(has(op.operationId, 'wrong type'), op.operationId).toBe(!onlyPathIds);
    }
  });

  it('covers nested and list-row fields, and names are unique', () => {
    for (const id of ['createSubscriptionWithItems', 'createInvoiceForChargeItemsAndCharges', 'createItemPrice']) {
      expect(byOp(id).some((c) => c.category === 'wrong type' && /^[a-z_]+\[[a-z_]+\]\[0\]$/.test(c.param)), id).toBe(true);
    }
    expect(allCases.some((c) => c.category === 'wrong type' && /^[a-z_]+\[[a-z_]+\]$/.test(c.param))).toBe(true);
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
    expect(REQUIRED_CATEGORIES.every((cat) => allCases.filter((c) => c.category === cat).length >= 20)).toBe(true);
  });
});
