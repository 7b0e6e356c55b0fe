/**
 * The fuzz suite's cases: for every operation of a contract, requests malformed in each way a
 * client can get one wrong. Field-level cases come from test/support/fuzz-fields.ts (missing
 * required inputs, wrong types, values just past a limit); this file adds what breaks a request
 * as a whole (an unreadable body, a wrong Content-Type, a body over the kit's limit, a path no
 * route has, a method the path does not allow) and puts every case into wire form.
 *
 * Generation is deterministic: which field-level cases are kept, when an operation has more than
 * the cap, is drawn from a seeded generator.
 */
import type { Contract, ContractOperation } from '../../simulators/kit/contract.js';
import { Random } from '../../simulators/kit/random.js';
import { BODY_LIMIT } from '../../simulators/kit/limits.js';
import { BOUNDARY, FORM, JSON_TYPE, MULTIPART, bodySchemaOf, decodedBody, encodeBody, fieldCases, mediaTypeOf, multipartText, type FieldCase, type FieldKind, type FieldLocation, type FormCodec, type Parts } from './fuzz-fields.js';
import { flatten, isSchema, requiredOf, typeOf } from './schema-values.js';

export type FuzzKind = FieldKind | 'invalid body' | 'wrong content type' | 'oversized body' | 'unknown path' | 'wrong method';
export const FUZZ_KINDS: readonly FuzzKind[] = ['missing required', 'wrong type', 'boundary', 'invalid body', 'wrong content type', 'oversized body', 'unknown path', 'wrong method'];

export interface WireRequest {
  method: string;
  /** Path (with the contract's base path) and query. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzCase {
  vendor: string;
  /** The operation the request reaches; undefined when no operation matches (unknown paths and methods). */
  operationId?: string;
  /** The operation the case was derived from. */
  from: string;
  kind: FuzzKind;
  detail: string;
  name: string;
  request: WireRequest;
  /** For field-level cases: the decoded parts the contract must refuse, and the input it must fault. */
  check?: { parts: { path: Record<string, string>; query: Record<string, string>; header: Record<string, string>; body: unknown }; location: FieldLocation; field: string };
}

export interface FuzzOptions {
  vendor: string;
  seed: number;
  /** The vendor's nested form encoding, if its forms use one. */
  codec?: FormCodec;
  /** At most this many cases of each field-level kind per operation (default 12). */
  perKind?: number;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

// ---------------------------------------------------------------------------------------------
// paths

function routePattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

/** The path of a request to `op` with these parameters, and its query. */
export function urlOf(contract: Contract, op: ContractOperation, parts: Pick<Parts, 'params' | 'query'>): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(parts.params[name] ?? ''));
  const qs = new URLSearchParams(parts.query).toString();
  return contract.basePath + path + (qs ? `?${qs}` : '');
}

/** Paths near the operation's that no route of the contract matches. */
function unknownPaths(contract: Contract, op: ContractOperation, concrete: string): string[] {
  const routes = contract.operations.map((o) => routePattern(contract.basePath + o.path));
  const segments = concrete.split('/');
  const literal = (contract.basePath + op.path).split('/').map((s) => s !== '' && !s.startsWith('{'));
  const last = literal.lastIndexOf(true);
  const mangled = segments.map((s, i) => (i === last ? `${s}-unknown` : s)).join('/');
  const candidates = [`${concrete}/fuzz-unknown`, mangled, `/fuzz-unknown${concrete}`];
  return candidates.filter((p) => !routes.some((re) => re.test(p)));
}

/** The methods some operation of the contract answers on this concrete path. */
function allowedOn(contract: Contract, concrete: string): Set<string> {
  return new Set(contract.operations.filter((o) => routePattern(contract.basePath + o.path).test(concrete)).map((o) => o.method));
}

// ---------------------------------------------------------------------------------------------
// bodies broken as a whole

type Body = { type?: string; text: string; detail: string };

function invalidBodies(op: ContractOperation, baseline: Parts, codec: FormCodec | undefined): Body[] {
  const media = mediaTypeOf(op);
  if (!media) return [];
  const base = encodeBody(op, baseline.body, codec);
  const out: Body[] = [];
  const add = (detail: string, text: string, type = base.type) => out.push({ type, text, detail });
  if (media === JSON_TYPE) {
    const json = base.text;
    add('truncated by one character', json.slice(0, -1));
    if (json.length > 4) add('truncated halfway', json.slice(0, Math.ceil(json.length / 2)));
    add('trailing garbage', `${json} trailing`);
    add('two documents', `${json}${json}`);
    add('unquoted key and single quotes', `{fuzz: 'x'}`);
    add('undefined as a value', '{"fuzz": undefined}');
    add('only whitespace', '   ');
  } else if (media === FORM && codec) {
    const schema = flatten(bodySchemaOf(op) ?? {});
    const props: Record<string, unknown> = isSchema(schema.properties) ? schema.properties : {};
    const sent = new Set(Object.keys((baseline.body as object | undefined) ?? {}));
    const names = Object.keys(props);
    const prop = names.find((n) => !sent.has(n)) ?? names[0] ?? 'fuzz';
    const withBase = (tail: string) => (base.text ? `${base.text}&${tail}` : tail);
    add('malformed %-escape in a value', withBase(`${prop}=%E0%A4%A`));
    add('malformed %-escape in a key', withBase(`%ZZ${prop}=1`));
    add('unclosed bracket', withBase(`${prop}[inner=x`));
    add('stray closing bracket', withBase(`${prop}]x[=1`));
    add('empty brackets', withBase(`${prop}[]=1`));
    add('list index too large', withBase(`${prop}[1000]=1`));
    add('empty key', withBase('=1'));
    add('key sent twice', withBase(`${prop}=1&${prop}=1`));
    add('a name both a value and a group', withBase(`${prop}=1&${prop}[b]=2`));
    const group = names.find((n) => !sent.has(n) && ['object', 'array'].includes(typeOf(flatten(props[n] as object)) ?? ''));
    if (group) add(`a value where the group ${group} is expected`, withBase(`${group}=x`));
  } else if (media === FORM) {
    const cut = base.text.lastIndexOf('&');
    if (cut > 0) add('truncated inside the last key', base.text.slice(0, cut + 3));
    if (requiredOf(flatten(bodySchemaOf(op) ?? {})).length) add('garbage with no fields', '%ZZ&&==');
  } else if (media === MULTIPART) {
    add('no closing boundary', base.text.replace(new RegExp(`--${BOUNDARY}--\\r\\n$`), ''));
    add('boundary missing from Content-Type', base.text, MULTIPART);
    add('not multipart at all', 'just some text');
  }
  return out;
}

/** A valid body in the wrong media type, or no Content-Type at all (type undefined). */
function wrongTypes(op: ContractOperation, baseline: Parts, codec: FormCodec | undefined): Body[] {
  const media = mediaTypeOf(op);
  if (!media) return [];
  // an empty body is no body, which is no fault: send something
  const text = encodeBody(op, baseline.body, codec).text || 'fuzz=1';
  const others: Body[] = [
    { type: 'text/plain', text, detail: 'text/plain' },
    { type: 'application/xml', text: '<fuzz/>', detail: 'application/xml' },
    { type: undefined, text, detail: 'no Content-Type' },
    { type: 'not a media type', text, detail: 'an unparseable Content-Type' },
  ];
  if (media !== JSON_TYPE) others.push({ type: JSON_TYPE, text: JSON.stringify(baseline.body ?? {}), detail: JSON_TYPE });
  if (media !== FORM) others.push({ type: FORM, text: 'fuzz=1', detail: FORM });
  if (media !== MULTIPART) others.push({ type: `${MULTIPART}; boundary=${BOUNDARY}`, text: multipartText({ fuzz: '1' }), detail: MULTIPART });
  return others;
}

/** The operation's valid body (or an empty one in the vendor's usual type), padded to one byte over the kit's limit. */
function oversized(op: ContractOperation, baseline: Parts, codec: FormCodec | undefined): Body {
  const media = mediaTypeOf(op) ?? (codec ? FORM : JSON_TYPE);
  const body = baseline.body ?? {};
  const fill = (text: string) => BODY_LIMIT + 1 - Buffer.byteLength(text);
  if (media === FORM) {
    const text = encodeBody({ ...op, mediaTypes: [FORM] }, body, codec).text;
    return { type: FORM, text: text + '&'.repeat(fill(text)), detail: `${BODY_LIMIT + 1} bytes of form (empty pairs)` };
  }
  if (media === MULTIPART) {
    const text = multipartText(body as Record<string, unknown>);
    return { type: `${MULTIPART}; boundary=${BOUNDARY}`, text: `${'x'.repeat(fill(text) - 2)}\r\n${text}`, detail: `${BODY_LIMIT + 1} bytes of multipart (long preamble)` };
  }
  const text = JSON.stringify(body);
  return { type: JSON_TYPE, text: text + ' '.repeat(fill(text)), detail: `${BODY_LIMIT + 1} bytes of JSON (trailing whitespace)` };
}

/**
 * Whether the contract gives the operation a status to refuse a malformed input with (400, a 4XX
 * range, or default). Zuora's CRUD reads and deletes document only 200, 401 and 404, yet take a
 * length-limited trace header: no answer to an over-long one is in the contract, so operations
 * without such a status get no field-level cases.
 */
export function refusable(op: ContractOperation): boolean {
  const responses = (op.raw.responses ?? {}) as Record<string, unknown>;
  return ['400', '4XX', 'default'].some((key) => responses[key] !== undefined);
}

// ---------------------------------------------------------------------------------------------
// selection

/** Up to `cap` cases, spread over their groups (location, depth, limit), the order drawn from `random`. */
function sample<T extends { group: string }>(items: T[], cap: number, random: Random): T[] {
  if (items.length <= cap) return items;
  const shuffle = <U>(list: U[]) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const groups = shuffle([...new Set(items.map((c) => c.group))]).map((g) => shuffle(items.filter((c) => c.group === g)));
  const out: T[] = [];
  for (let round = 0; out.length < cap; round++) for (const g of groups) if (g[round] && out.length < cap) out.push(g[round]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// cases

/** Every case for one contract, operation by operation. */
export function fuzzCases(contract: Contract, options: FuzzOptions): FuzzCase[] {
  const { vendor, codec } = options;
  const perKind = options.perKind ?? 12;
  const out: FuzzCase[] = [];
  const seen = new Set<string>();
  const push = (c: Omit<FuzzCase, 'vendor' | 'name'>) => {
    const key = `${c.request.method} ${c.request.url} ${JSON.stringify(c.request.headers)} ${c.request.body ?? ''}`;
    if (seen.has(key)) return; // the same request derived twice (e.g. a path several operations share)
    seen.add(key);
    out.push({ ...c, vendor, name: `${vendor} ${c.from} ${c.kind}: ${c.detail}` });
  };
  const bodyRequest = (op: ContractOperation, method: string, url: string, body: Body | undefined, headers: Record<string, string> = {}): WireRequest => ({
    method,
    url,
    headers: { ...headers, ...(body?.type ? { 'content-type': body.type } : {}) },
    ...(body ? { body: body.text } : {}),
  });

  for (const op of contract.operations) {
    const from = op.operationId;
    const { baseline, cases } = fieldCases(op, { codec });
    const url = urlOf(contract, op, baseline);
    const valid: Body | undefined = baseline.body === undefined ? undefined : { ...encodeBody(op, baseline.body, codec), detail: 'valid' };

    for (const kind of ['missing required', 'wrong type', 'boundary'] as const) {
      if (!refusable(op)) break;
      const picked = sample(
        cases.filter((c) => c.kind === kind),
        perKind,
        new Random(options.seed, `${vendor}:${from}:${kind}`),
      );
      for (const c of picked) push(fieldCase(contract, op, c, codec));
    }
    for (const body of invalidBodies(op, baseline, codec)) push({ operationId: from, from, kind: 'invalid body', detail: body.detail, request: bodyRequest(op, op.method, url, body, baseline.headers) });
    for (const body of wrongTypes(op, baseline, codec)) push({ operationId: from, from, kind: 'wrong content type', detail: body.detail, request: bodyRequest(op, op.method, url, body, baseline.headers) });
    // servers ignore a GET request's body, so only other methods can be refused for its size
    if (op.method !== 'GET') {
      const body = oversized(op, baseline, codec);
      push({ operationId: from, from, kind: 'oversized body', detail: body.detail, request: bodyRequest(op, op.method, url, body, baseline.headers) });
    }
    const path = url.split('?')[0]!;
    for (const unknown of unknownPaths(contract, op, path)) {
      push({ from, kind: 'unknown path', detail: `${op.method} ${unknown}`, request: bodyRequest(op, op.method, unknown, valid, baseline.headers) });
    }
    const allowed = allowedOn(contract, path);
    for (const method of METHODS.filter((m) => !allowed.has(m))) {
      push({ from, kind: 'wrong method', detail: `${method} ${path}`, request: { method, url: path, headers: {} } });
    }
  }
  return out;
}

function fieldCase(contract: Contract, op: ContractOperation, c: FieldCase, codec: FormCodec | undefined): Omit<FuzzCase, 'vendor' | 'name'> {
  const encoded = c.parts.body === undefined ? undefined : encodeBody(op, c.parts.body, codec);
  const request: WireRequest = {
    method: op.method,
    url: urlOf(contract, op, c.parts),
    headers: { ...c.parts.headers, ...(encoded ? { 'content-type': encoded.type } : {}) },
    ...(encoded ? { body: encoded.text } : {}),
  };
  const parts = { path: c.parts.params, query: c.parts.query, header: c.parts.headers, body: decodedBody(op, c.parts.body, codec) };
  const where = c.location === 'body' ? (c.field ? `body ${c.field}` : 'the body') : `${c.location} ${c.field}`;
  return { operationId: op.operationId, from: op.operationId, kind: c.kind, detail: `${where}: ${c.label}`, request, check: { parts, location: c.location, field: c.field } };
}

/** Cases by a key, for the coverage assertions and the report. */
export function countBy(cases: FuzzCase[], key: (c: FuzzCase) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cases) out[key(c)] = (out[key(c)] ?? 0) + 1;
  return out;
}
