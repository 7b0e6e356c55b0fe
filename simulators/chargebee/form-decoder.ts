import { FormFieldError, type FormDecoder } from '../kit/body.js';
import type { ContractOperation } from '../kit/contract.js';
import { MAX_BODY_DEPTH } from '../kit/limits.js';

/**
 * Chargebee's form encoding, as the official SDK writes it: bracket keys for nested objects
 * (`billing_address[city]=X`), a row index last for lists (`subscription_items[quantity][0]=2`,
 * `coupon_ids[1]=c`), rows possibly missing (gaps become null). Values are text; they are turned
 * into the types the operation's schema declares, so contract validation sees real integers,
 * numbers and booleans (and reports, by name, any value that is not one).
 */

/** A body that is not Chargebee's encoding; the message is Chargebee's "param : problem", naming the key as sent. */
export class FormError extends FormFieldError {
  constructor(param: string, problem: string) {
    super(param, `${param} : ${problem}`);
  }
}

// the largest list row accepted: a guard against `x[99999999]=1` allocating a huge array
const MAX_INDEX = 999;
const MAX_PARAM_ECHO = 100;

type Segment = string | number;
type Node = { kind: 'leaf'; value: string } | { kind: 'object'; children: Map<string, Node> } | { kind: 'list'; items: Map<number, Node> };
type Schema = Record<string, any>;

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

function echo(text: string): string {
  return text.length <= MAX_PARAM_ECHO ? text : `${text.slice(0, MAX_PARAM_ECHO - 1)}…`;
}

/** The segments of a bracket key: `a[b][0]` is `['a', 'b', 0]`. Throws FormError for anything else. */
function parseKey(key: string): Segment[] {
  // a key's segments are the levels it nests the body (`a[b][c]` is three); counted before any parsing
  let depth = 1;
  for (let at = key.indexOf('['); at >= 0; at = key.indexOf('[', at + 1)) {
    if (++depth > MAX_BODY_DEPTH) {
      throw new FormError(echo(key.slice(0, at)), `is nested more than ${MAX_BODY_DEPTH} levels deep; request bodies may nest at most ${MAX_BODY_DEPTH} levels of objects and lists`);
    }
  }
  const m = KEY.exec(key);
  if (!m) {
    throw new FormError(echo(key), 'is not a valid parameter name; nest with name[field] and index lists with name[field][0]');
  }
  const segments: Segment[] = [m[1]!];
  if (!m[2]) return segments;
  for (const inner of m[2].slice(1, -1).split('][')) {
    if (inner === '') throw new FormError(echo(key), 'has an empty []; give the list index explicitly, as in name[0]');
    if (/^\d+$/.test(inner)) {
      const index = Number(inner);
      if (index > MAX_INDEX) throw new FormError(echo(key), `has list index ${inner}; indexes go from 0 to ${MAX_INDEX}`);
      segments.push(index);
    } else {
      segments.push(inner);
    }
  }
  return segments;
}

function nameOf(segments: Segment[]): string {
  const [head, ...rest] = segments;
  return String(head) + rest.map((s) => `[${s}]`).join('');
}

function describe(node: Node): string {
  return node.kind === 'leaf' ? 'a single value' : node.kind === 'object' ? 'a group of named fields' : 'an indexed list';
}

function childOf(parent: Node, segment: Segment): Node | undefined {
  if (parent.kind === 'object') return parent.children.get(String(segment));
  if (parent.kind === 'list') return parent.items.get(segment as number);
  return undefined;
}

function setChild(parent: Node, segment: Segment, child: Node): void {
  if (parent.kind === 'object') parent.children.set(String(segment), child);
  else if (parent.kind === 'list') parent.items.set(segment as number, child);
}

function containerFor(segment: Segment): Node {
  return typeof segment === 'number' ? { kind: 'list', items: new Map() } : { kind: 'object', children: new Map() };
}

/** Put one key's value into the tree; a name used both as a value and as a group, or twice, is refused by name. */
function insert(root: Node, segments: Segment[], value: string): void {
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    const wanted: Node = last ? { kind: 'leaf', value } : containerFor(segments[i + 1]!);
    const existing = childOf(node, segment);
    const name = nameOf(segments.slice(0, i + 1));
    if (!existing) {
      setChild(node, segment, wanted);
      node = wanted;
      continue;
    }
    if (last && existing.kind === 'leaf') throw new FormError(name, 'is sent more than once; send each parameter once');
    if (existing.kind !== wanted.kind) {
      throw new FormError(name, `is sent both as ${describe(existing)} and as ${describe(wanted)}; use one form`);
    }
    node = existing;
  }
}

function decodePart(text: string, param: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new FormError(param, 'has a malformed %-escape; percent-encode the parameter as UTF-8');
  }
}

/** The key-value pairs of a form body, in order, decoded. */
function formPairs(raw: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const key = decodePart(rawKey, echo(rawKey));
    pairs.push([key, decodePart(eq < 0 ? '' : part.slice(eq + 1), echo(key))]);
  }
  return pairs;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Text as the declared scalar type; text that is not one stays text, for validation to name. */
function typed(text: string, schema: Schema | undefined): unknown {
  switch (schema?.type) {
    case 'integer':
      return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
    case 'number':
      return NUMBER.test(text) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}

function schemaChild(schema: Schema | undefined, segment: Segment): Schema | undefined {
  if (!schema) return undefined;
  if (typeof segment === 'number') return schema.type === 'array' ? schema.items : undefined;
  const properties = schema.type === 'object' || schema.properties ? (schema.properties as Schema | undefined) : undefined;
  // segments are the client's keys: only the schema's own properties describe them
  return properties && Object.hasOwn(properties, segment) ? properties[segment] : undefined;
}

function toValue(node: Node, schema: Schema | undefined): unknown {
  if (node.kind === 'leaf') return typed(node.value, schema);
  if (node.kind === 'object') {
    return Object.fromEntries([...node.children].map(([key, child]) => [key, toValue(child, schemaChild(schema, key))]));
  }
  const length = Math.max(...node.items.keys()) + 1;
  // rows left out (the SDK skips undefined ones) read as null, which the contract allows
  return Array.from({ length }, (_, i) => {
    const child = node.items.get(i);
    return child ? toValue(child, schemaChild(schema, i)) : null;
  });
}

export function formSchema(op: ContractOperation): Schema | undefined {
  return (op.raw.requestBody as Schema | undefined)?.content?.['application/x-www-form-urlencoded']?.schema;
}

/** Decode a form body against an operation's schema (throws FormError for malformed keys). */
export function decodeForm(raw: string, schema: Schema | undefined): Record<string, unknown> {
  const root: Node = { kind: 'object', children: new Map() };
  for (const [key, value] of formPairs(raw)) insert(root, parseKey(key), value);
  return toValue(root, schema ?? { type: 'object' }) as Record<string, unknown>;
}

export const decodeChargebeeForm: FormDecoder = (raw, op) => decodeForm(raw, formSchema(op));
