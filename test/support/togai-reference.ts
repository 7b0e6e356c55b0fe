import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../simulators/kit/project-root.js';

/**
 * An oracle for Togai's real API built only from the generated reference pages (one `<Group>Api.md`
 * per API group, one `<Model>.md` per model), deliberately not from contracts/togai.yaml, so the
 * contract and the simulator can both be checked against something they were not derived from.
 *
 * Composed models: the pages hold no OneOf/AnyOf models, only two `*AllOf` pages
 * (EventSchemaListDataAllOf, EventWithStatusAndEventPipelineInfoAllOf). Those are fragments no page
 * links to; their composites (EventSchemaListData, EventWithStatusAndEventPipelineInfo) already list
 * the merged fields, so every page is checked as the self-contained shape it documents, and where a
 * fragment and its composite disagree the composite, being the wire shape, wins.
 *
 * Null: the pages mark no field nullable. A few optional fields' descriptions talk of a null value
 * (e.g. Alert.validity "if null then alert will be valid forever"), so null is allowed on an optional
 * field only when its own description mentions null, or its type lists `none_type`; elsewhere, and on
 * every required field, null is a violation.
 */

export const REFERENCE_DIR = resolve(PROJECT_ROOT, '../shared/reference/togai/current-api');

export type FieldType =
  | { kind: 'str' | 'int' | 'float' | 'bool' | 'datetime' | 'date' | 'object' | 'null' | 'any' }
  | { kind: 'list'; item: FieldType }
  | { kind: 'dict'; value: FieldType }
  | { kind: 'model'; name: string }
  | { kind: 'union'; options: FieldType[] };

export interface ReferenceField {
  /** The snake_case name on the page. */
  name: string;
  /** The camelCase name on the wire. */
  wire: string;
  type: FieldType;
  required: boolean;
  nullable: boolean;
  /** An inline enum from the Notes column (`must be one of [...]`). */
  allowed?: string[];
}

export type ReferenceModel =
  | { kind: 'enum'; name: string; values: string[] }
  /** `extra` is the type of the page's `any string name` row: keys beyond `fields` are allowed. */
  | { kind: 'object'; name: string; fields: Map<string, ReferenceField>; extra?: FieldType };

export interface ReferenceOperation {
  operationId: string;
  fnName: string;
  /** The page's group, e.g. `Customers` for CustomersApi.md. */
  group: string;
  method: string;
  path: string;
  summary: string;
  returnModel?: string;
  /** Documented status codes; the pages' `0` row (OpenAPI's `default`) is `hasDefaultResponse`. */
  statusCodes: number[];
  hasDefaultResponse: boolean;
}

const camel = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/**
 * A field's name on the wire. The pages come from a Python client, which writes names that are
 * Python reserved words with a `var_` prefix (`var_from` is `from` on the wire).
 */
const wireName = (snake: string): string => camel(snake.replace(/^var_/, ''));
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const ANY: FieldType = { kind: 'any' };
const SCALARS: Record<string, FieldType> = {
  str: { kind: 'str' },
  int: { kind: 'int' },
  float: { kind: 'float' },
  bool: { kind: 'bool' },
  datetime: { kind: 'datetime' },
  date: { kind: 'date' },
  object: { kind: 'object' },
  none_type: { kind: 'null' },
  // The older generator's union spelling (`bool, date, ..., dict, list, ...`) uses bare dict/list.
  dict: { kind: 'dict', value: ANY },
  list: { kind: 'list', item: ANY },
};

/** Splits on commas outside brackets, so `Dict[str, X]` and `{str: (X,)}` stay whole. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}

/** Both generator styles occur: `List[X]`/`Dict[str, X]` and the older `[X]`/`{str: (X,)}`. */
function parseType(text: string): FieldType {
  const parts = splitTopLevel(text);
  if (parts.length > 1) return { kind: 'union', options: parts.map(parseType) };
  const list = /^List\[(.+)\]$/.exec(text) ?? /^\[(.+)\]$/.exec(text);
  if (list?.[1]) return { kind: 'list', item: parseType(list[1]) };
  const dict = /^Dict\[str, (.+)\]$/.exec(text) ?? /^\{str: \((.+),\)\}$/.exec(text);
  if (dict?.[1]) {
    // `Dict[str, object]` is Python's "any value" map (free-form metadata), not a map of objects.
    return { kind: 'dict', value: dict[1] === 'object' ? ANY : parseType(dict[1]) };
  }
  const scalar = SCALARS[text];
  if (scalar) return scalar;
  if (/^[A-Z]\w*$/.test(text)) return { kind: 'model', name: text };
  throw new Error(`unrecognised type in the Togai reference: ${text}`);
}

function parseModelPage(name: string, text: string): ReferenceModel {
  if (/^## Enum$/m.test(text)) {
    return { kind: 'enum', name, values: [...text.matchAll(/^\* `[^`]*` \(value: `'(.*)'`\)$/gm)].map((m) => m[1] ?? '') };
  }
  const fields = new Map<string, ReferenceField>();
  let extra: FieldType | undefined;
  for (const row of text.split('\n').filter((line) => line.startsWith('**'))) {
    // Descriptions may hold their own `|` tables, so only the first two cells and the last are trusted.
    const cells = row.split('|').map((c) => c.trim());
    const fieldName = /^\*\*(.+)\*\*$/.exec(cells[0] ?? '')?.[1];
    const typeText = /\*\*(.+?)\*\*/.exec(cells[1] ?? '')?.[1];
    if (!fieldName || !typeText) throw new Error(`${name}.md: unreadable property row: ${row}`);
    const type = parseType(typeText);
    if (fieldName === 'any string name') {
      extra = type;
      continue;
    }
    const notes = cells.length > 3 ? (cells[cells.length - 1] ?? '') : '';
    const description = cells.slice(2, -1).join('|');
    const required = !notes.includes('[optional]');
    const field: ReferenceField = { name: fieldName, wire: wireName(fieldName), type, required, nullable: !required && /\bnull\b/i.test(description) };
    const inlineEnum = /must be one of \[(.*)\]/.exec(notes)?.[1];
    if (inlineEnum) field.allowed = [...inlineEnum.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
    fields.set(field.wire, field);
  }
  return extra ? { kind: 'object', name, fields, extra } : { kind: 'object', name, fields };
}

const models = new Map<string, ReferenceModel>();

export function modelPageExists(name: string): boolean {
  return existsSync(join(REFERENCE_DIR, `${name}.md`));
}

/** Every model page's name (every `.md` that is not an `*Api.md` page). */
export function referenceModelNames(): string[] {
  return readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.md') && !f.endsWith('Api.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The parsed page of one model; each page is read and parsed once per process. */
export function referenceModel(name: string): ReferenceModel {
  let model = models.get(name);
  if (!model) {
    if (!modelPageExists(name)) throw new Error(`no Togai reference page for model ${name}`);
    model = parseModelPage(name, readFileSync(join(REFERENCE_DIR, `${name}.md`), 'utf8'));
    models.set(name, model);
  }
  return model;
}

function parseApiPage(file: string): ReferenceOperation[] {
  const text = readFileSync(join(REFERENCE_DIR, file), 'utf8');
  const group = file.slice(0, -'Api.md'.length);
  // split with a capture group alternates [preamble, fnName, body, fnName, body, ...].
  const pieces = text.split(/^# \*\*(\w+)\*\*$/m);
  const sections = new Map<string, string>();
  for (let i = 1; i + 1 < pieces.length; i += 2) sections.set(pieces[i] ?? '', pieces[i + 1] ?? '');
  const rows = text.matchAll(/^\[\*\*(\w+)\*\*\]\([^)]*\) \| \*\*([A-Z]+)\*\* (\S+) \| (.*)$/gm);
  return [...rows].map(([, fnName = '', method = '', path = '', summary = '']) => {
    const body = sections.get(fnName);
    if (body === undefined) throw new Error(`${file}: ${fnName} is in the table but has no section`);
    const returnLine = /^### Return type\s*\n\s*(.*)$/m.exec(body)?.[1] ?? '';
    const returnModel = /^\[\*\*(\w+)\*\*\]\(\w+\.md\)/.exec(returnLine)?.[1];
    const responses = body.slice(body.indexOf('### HTTP response details'));
    const codes = [...responses.matchAll(/^\*\*(\d+)\*\* \|/gm)].map((m) => Number(m[1]));
    const op: ReferenceOperation = {
      operationId: camel(fnName),
      fnName,
      group,
      method,
      path,
      summary: summary.trim(),
      statusCodes: codes.filter((c) => c !== 0),
      hasDefaultResponse: codes.includes(0),
    };
    if (returnModel) op.returnModel = returnModel;
    return op;
  });
}

let operations: ReferenceOperation[] | undefined;

/** Every operation on every `*Api.md` page, parsed once per process. */
export function referenceOperations(): ReferenceOperation[] {
  operations ??= readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('Api.md'))
    .sort()
    .flatMap(parseApiPage);
  return operations;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999 (0001-01-01 is a real date).
  date.setUTCFullYear(y, mo - 1, d);
  // Round-tripping rejects dates the calendar lacks (2024-02-30), which Date would roll over.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** ISO 8601 as OpenAPI's date-time means it (RFC 3339): seconds and a Z or ±hh:mm offset are required. */
function isDateTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  return !!m && isDate(m[1] ?? '') && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 61;
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function describeType(type: FieldType): string {
  switch (type.kind) {
    case 'list':
      return `List[${describeType(type.item)}]`;
    case 'dict':
      return `Dict[str, ${describeType(type.value)}]`;
    case 'model':
      return type.name;
    case 'union':
      return type.options.map(describeType).join(' | ');
    default:
      return type.kind;
  }
}

const SCALAR_TESTS: Record<string, (v: unknown) => boolean> = {
  str: (v) => typeof v === 'string',
  int: (v) => Number.isInteger(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  bool: (v) => typeof v === 'boolean',
  datetime: (v) => typeof v === 'string' && isDateTime(v),
  date: (v) => typeof v === 'string' && isDate(v),
  object: isPlainObject,
  null: (v) => v === null,
  any: () => true,
};

function checkValue(type: FieldType, value: unknown, path: string, out: string[]): void {
  switch (type.kind) {
    case 'model':
      return checkModel(type.name, value, path, out);
    case 'list':
      if (!Array.isArray(value)) out.push(`${path}: expected ${describeType(type)}, got ${show(value)}`);
      else value.forEach((item, i) => checkValue(type.item, item, `${path}[${i}]`, out));
      return;
    case 'dict':
      if (!isPlainObject(value)) out.push(`${path}: expected ${describeType(type)}, got ${show(value)}`);
      else for (const [k, v] of Object.entries(value)) checkValue(type.value, v, `${path}.${k}`, out);
      return;
    case 'union':
      if (!type.options.some((option) => violations(option, value).length === 0)) {
        out.push(`${path}: expected ${describeType(type)}, got ${show(value)}`);
      }
      return;
    default:
      if (!SCALAR_TESTS[type.kind]?.(value)) out.push(`${path}: expected ${type.kind}, got ${show(value)}`);
  }
}

function violations(type: FieldType, value: unknown): string[] {
  const out: string[] = [];
  checkValue(type, value, '', out);
  return out;
}

function checkModel(name: string, value: unknown, path: string, out: string[]): void {
  const model = referenceModel(name);
  if (model.kind === 'enum') {
    if (typeof value !== 'string' || !model.values.includes(value)) {
      out.push(`${path}: ${show(value)} is not a ${name} (${model.values.join(', ')})`);
    }
    return;
  }
  if (!isPlainObject(value)) {
    out.push(`${path}: expected a ${name} object, got ${show(value)}`);
    return;
  }
  for (const field of model.fields.values()) {
    const v = value[field.wire];
    const at = `${path}.${field.wire}`;
    if (v === undefined) {
      if (field.required) out.push(`${at}: required by ${name} but missing`);
    } else if (v === null) {
      if (field.required) out.push(`${at}: required by ${name} but null`);
      else if (!field.nullable) out.push(`${at}: null, but nothing in the reference says the API sends null here`);
    } else {
      checkValue(field.type, v, at, out);
      if (field.allowed && !field.allowed.includes(v as string)) {
        out.push(`${at}: ${show(v)} is not one of ${field.allowed.join(', ')}`);
      }
    }
  }
  for (const [key, v] of Object.entries(value)) {
    if (model.fields.has(key)) continue;
    if (model.extra) checkValue(model.extra, v, `${path}.${key}`, out);
    else out.push(`${path}.${key}: not a field of ${name}`);
  }
}

/**
 * Checks a wire (camelCase) value against a reference model and returns readable violations such as
 * `account.aliases[0].status: not a field of AccountAliases`; empty means it conforms.
 * `root` names the value in paths (default: the model name, lower-camel-cased).
 */
export function checkAgainstModel(modelName: string, value: unknown, root = lowerFirst(modelName)): string[] {
  const out: string[] = [];
  checkModel(modelName, value, root, out);
  return out;
}
