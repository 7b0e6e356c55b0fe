/** Schema walking and value generation for contract-derived request tests. */

/** A dereferenced JSON schema (OpenAPI 3.0 flavour). */
export type Schema = { [keyword: string]: any };

export type Segment = string | number;

/** A placeholder key for free-form objects (`additionalProperties: {schema}`). */
export const FREE_KEY = 'key1';
export const INVALID_ENUM = 'NOT_A_VALID_VALUE';

// ---------------------------------------------------------------------------------------------
// schema helpers

export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `allOf` merged into one schema (properties and required lists united); other schemas unchanged. */
export function flatten(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  const merged: Schema = { ...rest };
  const properties: Schema = { ...(isSchema(rest.properties) ? rest.properties : {}) };
  const required = new Set<string>(Array.isArray(rest.required) ? rest.required : []);
  for (const part of allOf as unknown[]) {
    if (!isSchema(part)) continue;
    const flat = flatten(part);
    for (const [k, v] of Object.entries(flat)) {
      if (k === 'properties' || k === 'required') continue;
      if (merged[k] === undefined) merged[k] = v;
    }
    if (isSchema(flat.properties)) Object.assign(properties, flat.properties);
    if (Array.isArray(flat.required)) for (const r of flat.required) required.add(String(r));
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  return merged;
}

export function typeOf(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (isSchema(schema.properties)) return 'object';
  if (isSchema(schema.items)) return 'array';
  return undefined;
}

export function requiredOf(schema: Schema): string[] {
  return Array.isArray(schema.required) ? schema.required.map(String) : [];
}

/** The schema of a child (property name or array index) of an object or array schema. */
export function childSchema(schema: Schema, seg: Segment): Schema {
  const s = flatten(schema);
  if (typeof seg === 'number') {
    if (!isSchema(s.items)) throw new Error(`no items schema to index [${seg}]`);
    return s.items;
  }
  const prop = isSchema(s.properties) ? s.properties[seg] : undefined;
  if (isSchema(prop)) return prop;
  if (isSchema(s.additionalProperties)) return s.additionalProperties;
  throw new Error(`no schema for property '${seg}'`);
}

/** Dotted field name, written the way `simulators/kit/validation.ts` writes it. */
export function dotted(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

// ---------------------------------------------------------------------------------------------
// valid values

const FORMAT_VALUES: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  time: '00:00:00Z',
  email: 'someone@example.com',
  uri: 'https://example.com/x',
  url: 'https://example.com/x',
  uuid: '00000000-0000-4000-8000-000000000001',
  ipv4: '127.0.0.1',
  hostname: 'example.com',
};

export function patternOf(schema: Schema): RegExp | undefined {
  return typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
}

/** A string the schema accepts (format, enum, length limits and pattern honoured). */
export function validString(schema: Schema, salt: number): string {
  if (Array.isArray(schema.enum) && schema.enum.length) return String(schema.enum[Math.min(salt, schema.enum.length - 1)]);
  if (typeof schema.format === 'string' && FORMAT_VALUES[schema.format] !== undefined) return FORMAT_VALUES[schema.format]!;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  const re = patternOf(schema);
  const suffix = salt ? String(salt) : '';
  // the URL and date candidates come last, for patterns such as `^https://`; earlier picks are unchanged
  for (const base of ['x1', '1', 'abc', 'a', 'A', '0', 'https://example.com/x', '2026-01-01']) {
    let v = base + suffix;
    while (v.length < Math.max(min, 1)) v += v.at(-1);
    if (v.length > max) v = v.slice(0, max);
    if (v.length >= min && (!re || re.test(v))) return v;
  }
  throw new Error(`cannot make a valid string for ${JSON.stringify(schema)}`);
}

export function validNumber(schema: Schema, integer: boolean, salt: number): number {
  let n = 1 + salt;
  if (typeof schema.minimum === 'number') n = Math.max(n, schema.minimum);
  if (typeof schema.exclusiveMinimum === 'number') n = Math.max(n, schema.exclusiveMinimum + 1);
  if (typeof schema.maximum === 'number') n = Math.min(n, schema.maximum);
  if (typeof schema.exclusiveMaximum === 'number') n = Math.min(n, schema.exclusiveMaximum - 1);
  return integer ? Math.ceil(n) : n;
}

/**
 * The smallest value the schema accepts: objects carry their required properties only, arrays
 * their minimum number of items. `seen` stops recursion through cyclic (self-referencing) schemas.
 */
export function minimalValue(schema: Schema, salt = 0, seen: Set<object> = new Set()): unknown {
  const s = flatten(schema);
  if (s.enum && Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (Array.isArray(s.oneOf) && isSchema(s.oneOf[0])) return minimalValue(s.oneOf[0], salt, seen);
  if (Array.isArray(s.anyOf) && isSchema(s.anyOf[0])) return minimalValue(s.anyOf[0], salt, seen);
  if (seen.has(schema)) throw new Error('a required property cycles back to its own schema; no finite value exists');
  const inner = new Set(seen).add(schema);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of requiredOf(s)) out[key] = minimalValue(childSchema(s, key), salt, inner);
      return out;
    }
    case 'array': {
      const count = typeof s.minItems === 'number' ? s.minItems : 0;
      return Array.from({ length: count }, (_, i) => minimalValue(childSchema(s, i), salt + i, inner));
    }
    case 'string':
      return validString(s, salt);
    case 'integer':
      return validNumber(s, true, salt);
    case 'number':
      return validNumber(s, false, salt);
    case 'boolean':
      return true;
    default:
      return 'x1';
  }
}

// ---------------------------------------------------------------------------------------------
// invalid values

/** A value of another JSON type than the schema's, or undefined when the schema has no type. */
export function wrongTypeValue(schema: Schema): unknown {
  switch (typeOf(flatten(schema))) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'not-a-number';
    case 'boolean':
    case 'array':
    case 'object':
      return 'x';
    default:
      return undefined;
  }
}

/** A string one character longer than `maxLength` (matching the pattern where one exists), or undefined. */
export function overLongValue(schema: Schema): string | undefined {
  const s = flatten(schema);
  if (typeOf(s) !== 'string' || typeof s.maxLength !== 'number') return undefined;
  const re = patternOf(s);
  for (const ch of ['x', '1', 'a', 'A', '0']) {
    const v = ch.repeat(s.maxLength + 1);
    if (!re || re.test(v)) return v;
  }
  return 'x'.repeat(s.maxLength + 1);
}

export function hasEnum(schema: Schema): boolean {
  const s = flatten(schema);
  return Array.isArray(s.enum) && s.enum.length > 0 && !s.enum.includes(INVALID_ENUM);
}

// ---------------------------------------------------------------------------------------------
// boundary values

/** A value just outside one limit of a schema, and which limit it breaks. */
export interface Boundary {
  label: string;
  value: unknown;
}

/** Strings no validator of the format accepts (ajv-formats' fast mode included). */
const BAD_FORMATS: Record<string, string> = {
  date: 'not-a-date',
  'date-time': 'not-a-date-time',
  time: 'not-a-time',
  email: 'not-an-email',
  uri: 'not a uri',
  url: 'not a url',
  uuid: 'not-a-uuid',
  ipv4: '999.1',
  hostname: '-bad-host-',
};

/** Beyond the int32 range: the one numeric format ajv checks by value. */
const INT32_OVERFLOW = 2 ** 31;
/** Arrays longer than this are not built just to break maxItems. */
const MAX_BUILT_ITEMS = 5_000;

/** A string one character shorter than `minLength` (matching the pattern where one can), or undefined. */
export function shortValue(schema: Schema): string | undefined {
  const s = flatten(schema);
  if (typeOf(s) !== 'string' || typeof s.minLength !== 'number' || s.minLength < 1) return undefined;
  const re = patternOf(s);
  for (const ch of ['x', '1', 'a', 'A', '0']) {
    const v = ch.repeat(s.minLength - 1);
    if (!re || re.test(v)) return v;
  }
  return 'x'.repeat(s.minLength - 1);
}

/** A string the schema's pattern refuses, or undefined when it has none (or accepts every candidate). */
export function patternMiss(schema: Schema): string | undefined {
  const re = patternOf(flatten(schema));
  return re ? ['!', ' ', '~~', '-', '0', 'x'].find((v) => !re.test(v)) : undefined;
}

/**
 * A value just past each limit the schema sets: maxLength+1, minLength-1, maxItems+1,
 * minItems-1, one past maximum and minimum, an unknown enum value, a bad format, a string the
 * pattern refuses. Empty when the schema sets none. Array items are minimal valid values.
 */
export function boundaryValues(schema: Schema): Boundary[] {
  const s = flatten(schema);
  const out: Boundary[] = [];
  const type = typeOf(s);
  if (type === 'string') {
    const long = overLongValue(s);
    if (long !== undefined) out.push({ label: 'maxLength+1', value: long });
    const short = shortValue(s);
    if (short !== undefined) out.push({ label: 'minLength-1', value: short });
    if (hasEnum(s)) out.push({ label: 'unknown enum value', value: INVALID_ENUM });
    const format = typeof s.format === 'string' ? BAD_FORMATS[s.format] : undefined;
    if (format !== undefined && !hasEnum(s)) out.push({ label: `bad ${s.format}`, value: format });
    const miss = patternMiss(s);
    if (miss !== undefined) out.push({ label: 'pattern mismatch', value: miss });
  } else if (type === 'integer' || type === 'number') {
    if (typeof s.maximum === 'number') out.push({ label: 'above maximum', value: s.maximum + 1 });
    if (typeof s.minimum === 'number') out.push({ label: 'below minimum', value: s.minimum - 1 });
    if (Array.isArray(s.enum) && s.enum.length) out.push({ label: 'unknown enum value', value: Math.max(...s.enum.map(Number)) + 1 });
    if (s.format === 'int32' && typeof s.maximum !== 'number') out.push({ label: 'past int32', value: INT32_OVERFLOW });
  } else if (type === 'array' && isSchema(s.items)) {
    const items = (n: number) => Array.from({ length: n }, (_, i) => minimalValue(s.items, i + 1));
    if (typeof s.maxItems === 'number' && s.maxItems < MAX_BUILT_ITEMS) out.push({ label: 'maxItems+1', value: items(s.maxItems + 1) });
    if (typeof s.minItems === 'number' && s.minItems > 0) out.push({ label: 'minItems-1', value: items(s.minItems - 1) });
  }
  return out;
}

/** What a form field can carry instead of its type: text for numbers and booleans, a group for text, text for a group. */
export function formWrongTypeValue(schema: Schema): unknown {
  switch (typeOf(flatten(schema))) {
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'not-a-boolean';
    case 'object':
    case 'array':
      return 'x';
    case 'string':
      return { x: '1' };
    default:
      return undefined;
  }
}
