/**
 * Field-level malformations for the fuzz suite: for one operation, requests that each break one
 * input (a parameter, a header or a body field) by leaving out what is required, giving a value
 * of the wrong type, or stepping just past a limit the schema sets. Bodies may be JSON, a form
 * (flat, or nested with a vendor's bracket codec) or multipart; each request is kept both as the
 * decoded parts a simulator validates and as what goes on the wire.
 */
import type { ContractOperation } from '../../simulators/kit/contract.js';
import { bodySites, mutateAt, parametersOf, type ParameterInfo, type RequestParts } from './malformed.js';
import { boundaryValues, dotted, flatten, formWrongTypeValue, isSchema, minimalValue, requiredOf, typeOf, wrongTypeValue, type Schema, type Segment } from './schema-values.js';

export type FieldKind = 'missing required' | 'wrong type' | 'boundary';
export type FieldLocation = 'path' | 'query' | 'header' | 'body';

/** A vendor's nested form encoding (Chargebee's bracket keys); flat `a=1&b=2` forms need none. */
export interface FormCodec {
  encode(body: Record<string, unknown>): string;
  decode(raw: string, op: ContractOperation): unknown;
}

/** A request in parts, headers included: what the client means, before its body is put into the operation's media type. */
export interface Parts extends RequestParts {
  headers: Record<string, string>;
}

export interface FieldCase {
  kind: FieldKind;
  location: FieldLocation;
  /** As the kit's validation names it: a parameter's name, or a dotted body field (`''` for the whole body). */
  field: string;
  /** What breaks it, e.g. `maxLength+1`. */
  label: string;
  /** For spreading a capped pick over locations, depths and labels. */
  group: string;
  parts: Parts;
}

export const MULTIPART = 'multipart/form-data';
export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
export const BOUNDARY = 'fuzz-boundary-7f3a';

/** The media type a client of the operation sends: JSON where accepted, else the first listed. */
export function mediaTypeOf(op: ContractOperation): string | undefined {
  return op.mediaTypes.includes(JSON_TYPE) ? JSON_TYPE : op.mediaTypes[0];
}

export function bodySchemaOf(op: ContractOperation): Schema | undefined {
  const media = mediaTypeOf(op);
  const schema = media ? (op.raw.requestBody as Schema | undefined)?.content?.[media]?.schema : undefined;
  return isSchema(schema) ? schema : undefined;
}

// ---------------------------------------------------------------------------------------------
// bodies on the wire

/** A multipart body: every field a part, `file` an uploaded CSV file. */
export function multipartText(fields: Record<string, unknown>, preamble = ''): string {
  const parts = Object.entries(fields).map(([name, value]) => {
    const file = name === 'file' ? `; filename="usage.csv"\r\nContent-Type: text/csv` : '';
    return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${String(value)}\r\n`;
  });
  return `${preamble}${parts.join('')}--${BOUNDARY}--\r\n`;
}

/** Content-Type header and text of a body structure in the operation's media type. */
export function encodeBody(op: ContractOperation, body: unknown, codec?: FormCodec): { type: string; text: string } {
  const media = mediaTypeOf(op) ?? JSON_TYPE;
  if (media === FORM) {
    const fields = body as Record<string, unknown>;
    return { type: FORM, text: codec ? codec.encode(fields) : new URLSearchParams(fields as Record<string, string>).toString() };
  }
  if (media === MULTIPART) return { type: `${MULTIPART}; boundary=${BOUNDARY}`, text: multipartText(body as Record<string, unknown>) };
  return { type: media, text: JSON.stringify(body) };
}

/** The body as the simulator sees it once decoded: what contract validation is run against. */
export function decodedBody(op: ContractOperation, body: unknown, codec?: FormCodec): unknown {
  if (body === undefined) return undefined;
  const media = mediaTypeOf(op);
  if (media === FORM) {
    const text = encodeBody(op, body, codec).text;
    if (text === '') return undefined; // an empty body is no body
    return codec ? codec.decode(text, op) : Object.fromEntries(new URLSearchParams(text));
  }
  if (media === MULTIPART) return Object.fromEntries(Object.entries(body as object).map(([k, v]) => [k, String(v)]));
  return body;
}

// ---------------------------------------------------------------------------------------------
// nested forms: a group with no field on the wire is not sent at all

function present(schema: Schema): unknown {
  const s = flatten(schema);
  return typeOf(s) === 'array' ? [minimalValue(s.items)] : minimalValue(s);
}

/** A group holding `key` plus enough else to be sent at all: its other required fields, or else its first other field. */
function groupFor(schema: Schema, key: Segment): Record<string, unknown> {
  const s = flatten(schema);
  const props: Record<string, Schema> = isSchema(s.properties) ? s.properties : {};
  const others = Object.keys(props).filter((k) => k !== key);
  const fill = others.filter((k) => requiredOf(s).includes(k));
  const group: Record<string, unknown> = {};
  for (const k of fill.length ? fill : others.slice(0, 1)) group[k] = present(props[k]!);
  if (typeof key === 'string' && props[key]) group[key] = present(props[key]);
  return group;
}

/** `body` with `mutate` applied at `path`, parents filled in so that each goes on the wire; undefined when one would not. */
function mutateForm(body: unknown, root: Schema, path: readonly Segment[], mutate: (parent: any, key: Segment) => void): unknown {
  const copy = structuredClone(body) as any;
  let container = copy;
  let schema = flatten(root);
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    const child = flatten(typeof seg === 'number' ? schema.items : schema.properties[seg]);
    container[seg] ??= typeOf(child) === 'array' ? [] : groupFor(child, path[i + 1]!);
    container = container[seg];
    schema = child;
  }
  mutate(container, path[path.length - 1]!);
  const left = Object.values(container).filter((v) => v !== undefined && v !== null);
  return left.length ? copy : undefined;
}

// ---------------------------------------------------------------------------------------------
// cases

export interface FieldOptions {
  codec?: FormCodec;
  /** Body fields deeper than this are not targeted (guards recursive schemas). */
  maxDepth?: number;
}

/** A valid request: path parameters, required query parameters and headers, the minimal body. */
export function baselineOf(op: ContractOperation): Parts {
  const parts: Parts = { params: {}, query: {}, headers: {} };
  for (const p of parametersOf(op)) {
    if (p.in === 'path') parts.params[p.name] = String(minimalValue(p.schema));
    else if (p.in === 'query' && p.required) parts.query[p.name] = String(minimalValue(p.schema));
    else if (p.in === 'header' && p.required) parts.headers[p.name.toLowerCase()] = String(minimalValue(p.schema));
  }
  const schema = bodySchemaOf(op);
  if (schema) parts.body = minimalValue(schema);
  return parts;
}

function paramCases(op: ContractOperation, baseline: Parts, add: (c: Omit<FieldCase, 'parts'>, parts: Parts) => void): void {
  const withValue = (p: ParameterInfo, value: string | undefined): Parts => {
    const parts = structuredClone(baseline);
    const where = p.in === 'path' ? parts.params : p.in === 'query' ? parts.query : parts.headers;
    if (value === undefined) delete where[p.name];
    else where[p.name] = value;
    return parts;
  };
  for (const param of parametersOf(op)) {
    if (param.in !== 'path' && param.in !== 'query' && param.in !== 'header') continue;
    const location = param.in;
    // the kit reads headers as Node hands them over, by lower-case name
    const p = location === 'header' ? { ...param, name: param.name.toLowerCase() } : param;
    const type = typeOf(flatten(p.schema));
    // an empty path segment routes elsewhere, so a path parameter is "missing" only below its minLength
    if (p.required && location !== 'path') add({ kind: 'missing required', location, field: p.name, label: 'absent', group: location }, withValue(p, undefined));
    if (type === 'integer' || type === 'number') add({ kind: 'wrong type', location, field: p.name, label: 'text for a number', group: location }, withValue(p, 'not-a-number'));
    if (type === 'boolean') add({ kind: 'wrong type', location, field: p.name, label: 'text for a boolean', group: location }, withValue(p, 'maybe'));
    if (type === 'array') continue; // list parameters are not targeted
    for (const b of boundaryValues(p.schema)) {
      // over-long headers are told apart by operation, so one operation's Idempotency-Key is not another's
      const text = location === 'header' && b.label === 'maxLength+1' ? `${op.operationId}-${String(b.value)}`.slice(0, String(b.value).length) : String(b.value);
      add({ kind: 'boundary', location, field: p.name, label: b.label, group: `${location}:${b.label}` }, withValue(p, text));
    }
  }
}

function bodyCases(op: ContractOperation, baseline: Parts, options: FieldOptions, add: (c: Omit<FieldCase, 'parts'>, parts: Parts) => void): void {
  const schema = bodySchemaOf(op);
  if (!schema) return;
  const media = mediaTypeOf(op);
  const nested = media === FORM && options.codec !== undefined;
  const flat = (media === FORM && !nested) || media === MULTIPART;
  const withBody = (body: unknown): Parts => ({ ...baseline, body });
  const at = (path: Segment[], mutate: (parent: any, key: Segment) => void) =>
    nested ? mutateForm(baseline.body, schema, path, mutate) : mutateAt(baseline.body, schema, path, mutate);

  if (op.bodyRequired) add({ kind: 'missing required', location: 'body', field: '', label: 'no body', group: 'body:0' }, withBody(undefined));
  // a form body is always a group of fields; a JSON one can be anything, so give it the wrong thing
  const rootType = flat || nested ? undefined : typeOf(flatten(schema));
  const roots: [string, unknown][] = [
    ['null for the body', null],
    ['number for the body', 42],
    ['text for the body', 'x'],
    rootType === 'array' ? ['object for the body', {}] : ['array for the body', []],
  ];
  if (rootType === 'object' || rootType === 'array') for (const [label, value] of roots) add({ kind: 'wrong type', location: 'body', field: '', label, group: 'body:0' }, withBody(value));

  for (const site of bodySites(schema, options.maxDepth ?? 6)) {
    const field = dotted(site.path);
    const group = `body:${site.path.length}`;
    const last = site.path[site.path.length - 1];
    const set = (value: unknown) => at(site.path, (parent, key) => void (parent[key] = value));
    const push = (kind: FieldKind, label: string, body: unknown, extra = '') => {
      if (body !== undefined) add({ kind, location: 'body', field, label, group: group + extra }, withBody(body));
    };
    if (site.required && typeof last === 'string') {
      const body = at(site.path, (parent, key) => void delete parent[key]);
      // a flat form emptied of its only field is no body at all
      const emptied = flat && Object.keys(body as object).length === 0;
      if (!emptied) push('missing required', 'absent', body);
    }
    const wrong = nested ? formWrongTypeValue(site.schema) : flat ? undefined : wrongTypeValue(site.schema);
    if (wrong !== undefined) push('wrong type', `${typeof wrong === 'object' ? 'group' : typeof wrong} for ${typeOf(site.schema)}`, set(wrong));
    for (const b of boundaryValues(site.schema)) {
      // forms carry text: a number past a limit is still its digits
      const value = flat && typeof b.value === 'number' ? String(b.value) : b.value;
      if (flat && typeof value === 'object') continue;
      push('boundary', b.label, set(value), `:${b.label}`);
    }
  }
}

/** Every field-level malformation of an operation, in a stable order. */
export function fieldCases(op: ContractOperation, options: FieldOptions = {}): { baseline: Parts; cases: FieldCase[] } {
  const baseline = baselineOf(op);
  const cases: FieldCase[] = [];
  const add = (c: Omit<FieldCase, 'parts'>, parts: Parts) => cases.push({ ...c, parts });
  paramCases(op, baseline, add);
  bodyCases(op, baseline, options, add);
  return { baseline, cases };
}
