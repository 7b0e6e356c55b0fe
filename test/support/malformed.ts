/**
 * Malformed-request generator: derives, from an OpenAPI contract, one valid baseline request per
 * operation and a set of requests that each break exactly one field of it (a missing required
 * property, a value of the wrong type, an over-long string, an unknown enum value).
 *
 * Everything is read from the dereferenced operations of the contract, so operations added to
 * the contract are covered without touching this file.
 */
import type { Contract, ContractOperation } from '../../simulators/kit/contract.js';
import { FREE_KEY, INVALID_ENUM, type Schema, type Segment, childSchema, dotted, flatten, hasEnum, isSchema, minimalValue, overLongValue, requiredOf, typeOf, wrongTypeValue } from './schema-values.js';

export type Category = 'missing required' | 'wrong type' | 'over-long string' | 'unknown enum value';
export const CATEGORIES: readonly Category[] = ['missing required', 'wrong type', 'over-long string', 'unknown enum value'];

export type Location = 'path' | 'query' | 'body';

/** What a client puts on the wire, before serialisation. */
export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, string>;
  /** The body as a structure (JSON, or a form before encoding); undefined sends none. */
  body?: unknown;
}

export interface MalformedCase {
  operationId: string;
  method: string;
  /** The contract path, e.g. `/customers/{customer_id}`. */
  path: string;
  category: Category;
  location: Location;
  /** The field as the simulator names it: dotted for the body (`account.name`, `events[0].id`), the parameter name otherwise. */
  field: string;
  /** Nesting depth: 0 for parameters, the number of path segments for body fields. */
  depth: number;
  request: RequestParts;
  name: string;
}

export interface OperationPlan {
  op: ContractOperation;
  bodySchema: Schema | undefined;
  baseline: RequestParts;
  cases: MalformedCase[];
}

export interface PlanOptions {
  /** At most this many cases per category and operation. */
  perCategory?: number;
  /** Body fields deeper than this are not targeted (guards recursive schemas). */
  maxDepth?: number;
}


// ---------------------------------------------------------------------------------------------
// contract access

export interface ParameterInfo {
  name: string;
  in: string;
  required: boolean;
  schema: Schema;
}

export function parametersOf(op: ContractOperation): ParameterInfo[] {
  const raw = (op.raw as { parameters?: unknown }).parameters;
  if (!Array.isArray(raw)) return [];
  return raw.filter(isSchema).map((p) => {
    const schema = isSchema(p.schema) ? p.schema : isSchema(p.content?.['application/json']?.schema) ? p.content['application/json'].schema : {};
    return { name: String(p.name), in: String(p.in), required: Boolean(p.required), schema };
  });
}

export function jsonBodySchema(op: ContractOperation): Schema | undefined {
  const body = (op.raw as { requestBody?: unknown }).requestBody;
  if (!isSchema(body)) return undefined;
  const schema = body.content?.['application/json']?.schema;
  return isSchema(schema) ? schema : undefined;
}

/** Whether a required property exists anywhere in the schema (through optional parents and array items). */
export function hasRequiredAnywhere(schema: Schema, seen: Set<object> = new Set()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const s = flatten(schema);
  if (requiredOf(s).length) return true;
  const children: unknown[] = [];
  if (isSchema(s.properties)) children.push(...Object.values(s.properties));
  if (isSchema(s.items)) children.push(s.items);
  if (isSchema(s.additionalProperties)) children.push(s.additionalProperties);
  return children.some((c) => isSchema(c) && hasRequiredAnywhere(c, seen));
}

// ---------------------------------------------------------------------------------------------
// body fields and mutations

export interface BodySite {
  path: Segment[];
  schema: Schema;
  /** Listed in its parent object's `required`. */
  required: boolean;
}

/** Every field of a body schema, parents before children, cycles and depth bounded. */
export function bodySites(root: Schema, maxDepth: number): BodySite[] {
  const out: BodySite[] = [];
  const walk = (schema: Schema, path: Segment[], required: boolean, ancestors: Set<object>) => {
    const s = flatten(schema);
    if (path.length) out.push({ path, schema: s, required });
    if (ancestors.has(schema) || path.length >= maxDepth) return;
    const inner = new Set(ancestors).add(schema);
    const type = typeOf(s);
    if (type === 'object') {
      const req = requiredOf(s);
      const props = isSchema(s.properties) ? s.properties : {};
      for (const [key, child] of Object.entries(props)) {
        if (isSchema(child)) walk(child, [...path, key], req.includes(key), inner);
      }
      if (isSchema(s.additionalProperties) && Object.keys(s.additionalProperties).length) {
        walk(s.additionalProperties, [...path, FREE_KEY], false, inner);
      }
    } else if (type === 'array' && isSchema(s.items)) {
      walk(s.items, [...path, 0], false, inner);
    }
  };
  walk(root, [], false, new Set());
  return out;
}

/**
 * A copy of `body` in which every parent of `path` exists (optional objects and array items
 * are filled in with their minimal valid value), handed to `mutate` with the direct parent.
 */
export function mutateAt(body: unknown, root: Schema, path: readonly Segment[], mutate: (parent: any, key: Segment) => void): unknown {
  const copy = structuredClone(body) as any;
  let container = copy;
  let schema = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    const child = childSchema(schema, seg);
    if (container[seg] === undefined) container[seg] = minimalValue(child);
    container = container[seg];
    schema = child;
  }
  mutate(container, path[path.length - 1]!);
  return copy;
}

// ---------------------------------------------------------------------------------------------
// plans

/** Up to `cap` cases, alternating between groups (location and depth) so top-level and nested fields are both picked. */
function pick(cases: MalformedCase[], cap: number): MalformedCase[] {
  const groups = new Map<string, MalformedCase[]>();
  const ordered = [...cases].sort((a, b) => a.depth - b.depth);
  for (const c of ordered) {
    const key = `${c.depth}:${c.location}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const lists = [...groups.values()];
  const out: MalformedCase[] = [];
  for (let round = 0; out.length < cap && lists.some((l) => l.length > round); round++) {
    for (const l of lists) {
      const c = l[round];
      if (c && out.length < cap) out.push(c);
    }
  }
  return out;
}

export function planOperation(op: ContractOperation, options: PlanOptions = {}): OperationPlan {
  const perCategory = options.perCategory ?? 3;
  const maxDepth = options.maxDepth ?? 6;
  const params = parametersOf(op);
  const bodySchema = op.mediaTypes.includes('application/json') ? jsonBodySchema(op) : undefined;

  const baseline: RequestParts = { params: {}, query: {} };
  for (const p of params) {
    if (p.in === 'path') baseline.params[p.name] = String(minimalValue(p.schema));
    else if (p.in === 'query' && p.required) baseline.query[p.name] = String(minimalValue(p.schema));
  }
  if (bodySchema) baseline.body = minimalValue(bodySchema);

  const found: MalformedCase[] = [];
  const add = (category: Category, location: Location, field: string, depth: number, request: RequestParts) => {
    found.push({
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      category,
      location,
      field,
      depth,
      request,
      name: `${op.operationId}: ${category} ${field}`,
    });
  };
  const withParam = (p: ParameterInfo, value: string): RequestParts =>
    p.in === 'path'
      ? { ...baseline, params: { ...baseline.params, [p.name]: value } }
      : { ...baseline, query: { ...baseline.query, [p.name]: value } };

  // path and query parameters travel as text: only non-string types can be of the wrong type
  for (const p of params) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const location: Location = p.in;
    const type = typeOf(flatten(p.schema));
    if (type === 'number' || type === 'integer' || type === 'boolean') add('wrong type', location, p.name, 0, withParam(p, 'not-a-number'));
    const long = overLongValue(p.schema);
    if (long !== undefined) add('over-long string', location, p.name, 0, withParam(p, long));
    if (hasEnum(p.schema)) add('unknown enum value', location, p.name, 0, withParam(p, INVALID_ENUM));
  }

  if (bodySchema) {
    for (const site of bodySites(bodySchema, maxDepth)) {
      const field = dotted(site.path);
      const depth = site.path.length;
      const withBody = (body: unknown): RequestParts => ({ ...baseline, body });
      const set = (value: unknown) =>
        withBody(
          mutateAt(baseline.body, bodySchema, site.path, (parent, key) => {
            parent[key] = value;
          }),
        );
      const last = site.path[site.path.length - 1];
      if (site.required && typeof last === 'string') {
        add(
          'missing required',
          'body',
          field,
          depth,
          withBody(
            mutateAt(baseline.body, bodySchema, site.path, (parent, key) => {
              delete parent[key];
            }),
          ),
        );
      }
      const wrong = wrongTypeValue(site.schema);
      if (wrong !== undefined) add('wrong type', 'body', field, depth, set(wrong));
      const long = overLongValue(site.schema);
      if (long !== undefined) add('over-long string', 'body', field, depth, set(long));
      if (hasEnum(site.schema)) add('unknown enum value', 'body', field, depth, set(INVALID_ENUM));
    }
  }

  const cases = CATEGORIES.flatMap((category) =>
    pick(
      found.filter((c) => c.category === category),
      perCategory,
    ),
  );
  return { op, bodySchema, baseline, cases };
}

export function planContract(contract: Contract, options: PlanOptions = {}): OperationPlan[] {
  return contract.operations.map((op) => planOperation(op, options));
}

/** The URL path (with the contract's base path) of a request, path parameters encoded. */
export function urlPath(contract: Contract, op: { path: string }, request: RequestParts): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request.params[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const qs = new URLSearchParams(request.query).toString();
  return contract.basePath + path + (qs ? `?${qs}` : '');
}
