import jsonLogic from 'json-logic-js';
import { dictionary } from './dictionary.js';
import { compileEnrichments, type CompiledEnrichment } from './enrichment.js';
import { snapshotClass } from '../kit/snapshot-codec.js';
import { evaluate } from './rule-budget.js';
import type { TogaiState } from './state.js';
import type { EventSchemaRecord, EventSchemaVersion, UsageMeterFilter, UsageMeterRecord } from './usage-records.js';

/**
 * What a meter's rules see of an event. Togai's own examples write both `attribute.x` and
 * `attributes.x` (and likewise for dimensions), so both spellings resolve.
 */
export interface RuleData {
  attribute: Record<string, number>;
  attributes: Record<string, number>;
  dimension: Record<string, string>;
  dimensions: Record<string, string>;
}

type Rule = (data: RuleData) => unknown;

export interface CompiledMeter {
  id: string;
  version: number;
  aggregation: 'COUNT' | 'SUM';
  /** Every filter must hold for the meter to see an event. */
  filters: ((data: RuleData) => boolean)[];
  rules: { matcher: Rule; computation: Rule }[];
}

/**
 * What events of one ACTIVE schema are checked and metered against: its current version and its
 * ACTIVE meters, compiled once. Replaced, never changed, when either changes, so each stored
 * event keeps the snapshot that metered it and can be read back or reverted exactly.
 */
export class MeteringSnapshot {
  /** Each attribute an event may give, with the unit the schema measures it in (null: none said). */
  readonly attributes: Map<string, string | null>;
  readonly dimensions: Set<string>;
  /** Fields the schema's enrichments add to each event before its meters see it. */
  readonly enrichment?: CompiledEnrichment;
  readonly meters: CompiledMeter[];

  /** `sources`: copies of the meters as they were compiled (a snapshot of the sandbox compiles them again from these). */
  constructor(
    readonly schema: EventSchemaVersion,
    readonly sources: UsageMeterRecord[],
  ) {
    this.attributes = new Map(schema.attributes.map((a) => [a.name, a.defaultUnit ?? null]));
    this.dimensions = new Set(schema.dimensions.map((d) => d.name));
    const enrichment = compileEnrichments(schema.enrichments);
    if (enrichment) this.enrichment = enrichment;
    this.meters = sources.map((m) => compileMeter(m, schema));
  }
}

// compiled rules are closures: a snapshot holds what they were compiled from
snapshotClass(MeteringSnapshot, 'togai.MeteringSnapshot', {
  encode: (m) => ({ schema: m.schema, sources: m.sources }),
  decode: (data) => {
    const { schema, sources } = data as { schema: EventSchemaVersion; sources: UsageMeterRecord[] };
    return new MeteringSnapshot(schema, sources);
  },
});

/** The data rules read; dictionaries with no prototype, so a field named `constructor` or `toString` is just that field. */
export function ruleData(attributes: Record<string, number>, dimensions: Record<string, string>): RuleData {
  const a = dictionary(attributes);
  const d = dictionary(dimensions);
  return dictionary<unknown>({ attribute: a, attributes: a, dimension: d, dimensions: d }) as unknown as RuleData;
}

/** Parse a JSON Logic string as Togai stores it; a bare number is a constant rule. */
export function parseRule(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${field} is not valid JSON Logic: '${text.slice(0, 80)}'`);
  }
}

/** Every `var` path a JSON Logic rule reads. */
export function varsOf(rule: unknown, out: string[] = []): string[] {
  if (Array.isArray(rule)) {
    for (const r of rule) varsOf(r, out);
  } else if (rule !== null && typeof rule === 'object') {
    for (const [op, arg] of Object.entries(rule)) {
      const path = op === 'var' ? (Array.isArray(arg) ? arg[0] : arg) : undefined;
      if (typeof path === 'string') out.push(path);
      else varsOf(arg, out);
    }
  }
  return out;
}

/** `attribute.x`, `attributes.x`, `dimension.x` or `dimensions.x` as the field it names. */
export function fieldOf(path: string): { kind: 'attribute' | 'dimension'; name: string } | undefined {
  const dot = path.indexOf('.');
  const root = path.slice(0, dot);
  const name = path.slice(dot + 1);
  if (dot < 0 || !name) return undefined;
  if (root === 'attribute' || root === 'attributes') return { kind: 'attribute', name };
  if (root === 'dimension' || root === 'dimensions') return { kind: 'dimension', name };
  return undefined;
}

/**
 * A rule as a function. Constants and a bare `{"var": "a.b"}` (the usual SUM computation)
 * become direct reads; anything else goes through json-logic-js, within the step budget
 * (rule-budget.ts), failing as `what` when it needs more. Every event of a busy schema runs
 * these, so the common cases skip the interpreter.
 */
function compileRule(rule: unknown, what: string): Rule {
  if (rule === null || typeof rule !== 'object') return () => rule;
  const keys = Object.keys(rule);
  const arg = (rule as { var?: unknown }).var;
  const path = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
  if (keys.length === 1 && keys[0] === 'var' && typeof path === 'string') {
    const [first, second, ...rest] = path.split('.');
    if (first !== undefined && second !== undefined && rest.length === 0) {
      return (data) => (data as unknown as Record<string, Record<string, unknown> | undefined>)[first]?.[second] ?? null;
    }
  }
  return (data) => evaluate(rule, data, what);
}

/** A filter as a test; one naming no field of the schema (checked when saved, so never expected) matches nothing. */
function compileFilter(filter: UsageMeterFilter, field: { kind: 'attribute' | 'dimension'; name: string } | undefined): (data: RuleData) => boolean {
  if (!field) return () => false;
  const { name } = field;
  if (field.kind === 'dimension') return (data) => data.dimension[name] === filter.value;
  const wanted = Number(filter.value);
  return (data) => data.attribute[name] === wanted;
}

export function compileMeter(meter: UsageMeterRecord, schema: EventSchemaVersion): CompiledMeter {
  const ordered = [...meter.computations].sort((a, b) => a.order - b.order);
  return {
    id: meter.id,
    version: meter.version,
    aggregation: meter.aggregation,
    filters: meter.filters.map((f) => compileFilter(f, schemaField(readable(schema), f.field))),
    rules: ordered.map((c, i) => {
      const at = `usage meter '${meter.id}' computations[${i}]`;
      return {
        matcher: compileRule(c.matcher ? parseRule(c.matcher, `computations[${i}].matcher`) : true, `${at}.matcher`),
        computation: compileRule(parseRule(c.computation, `computations[${i}].computation`), `${at}.computation`),
      };
    }),
  };
}

/** Units an event adds to a meter: the first matching computation (COUNT adds 1), or null if it does not count. */
export function unitsFor(meter: CompiledMeter, data: RuleData): number | null {
  for (const filter of meter.filters) if (!filter(data)) return null;
  if (meter.rules.length === 0) return meter.aggregation === 'COUNT' ? 1 : null;
  for (const rule of meter.rules) {
    if (!jsonLogic.truthy(rule.matcher(data))) continue;
    if (meter.aggregation === 'COUNT') return 1;
    const value = Number(rule.computation(data));
    return Number.isFinite(value) ? value : 0;
  }
  return null;
}

export function currentVersion(schema: EventSchemaRecord): EventSchemaVersion {
  return schema.versions[schema.versions.length - 1]!;
}

/**
 * The field a filter's `field` names in `schema`: a rule path (`dimension.region`) or a bare
 * attribute or dimension name. Undefined when the schema has no such field.
 */
export function schemaField(schema: Pick<EventSchemaVersion, 'attributes' | 'dimensions'>, path: string): { kind: 'attribute' | 'dimension'; name: string } | undefined {
  const field = fieldOf(path);
  const has = (kind: 'attribute' | 'dimension', name: string) => (kind === 'attribute' ? schema.attributes : schema.dimensions).some((f) => f.name === name);
  if (field) return has(field.kind, field.name) ? field : undefined;
  if (has('dimension', path)) return { kind: 'dimension', name: path };
  if (has('attribute', path)) return { kind: 'attribute', name: path };
  return undefined;
}

/** The attribute and dimension names a meter may read: the schema's own and those its enrichments add. */
export function readable(schema: Pick<EventSchemaVersion, 'attributes' | 'dimensions' | 'enrichments'>): Pick<EventSchemaVersion, 'attributes' | 'dimensions'> {
  const added = schema.enrichments?.fields ?? [];
  return {
    attributes: [...schema.attributes, ...added.filter((f) => f.type === 'ATTRIBUTE')],
    dimensions: [...schema.dimensions, ...added.filter((f) => f.type === 'DIMENSION')],
  };
}

/**
 * Rebuild the snapshot of schema `name` after it or one of its meters changed: present while the
 * schema is ACTIVE, with its ACTIVE meters in creation order.
 */
export function refreshMetering(state: TogaiState, name: string): void {
  const record = state.store.get<EventSchemaRecord>('eventSchema', name);
  const schema = record && currentVersion(record);
  if (!schema || schema.status !== 'ACTIVE') {
    state.meters.delete(name);
    return;
  }
  const meters: UsageMeterRecord[] = [];
  for (const m of state.store.values<UsageMeterRecord>('usageMeter')) {
    if (m.schemaName === name && m.status === 'ACTIVE') meters.push(structuredClone(m));
  }
  state.meters.set(name, new MeteringSnapshot(schema, meters));
}
