import jsonLogic from 'json-logic-js';
import type { UsageMeterRecord } from './records.js';

type Rule = (data: object) => unknown;

export interface CompiledMeter {
  id: string;
  aggregation: 'COUNT' | 'SUM';
  rules: { matcher: Rule; computation: Rule }[];
}

/** Parse a JSON Logic string as Togai stores it; a bare number is a constant rule. */
export function parseRule(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${field} is not valid JSON Logic: '${text.slice(0, 80)}'`);
  }
}

/**
 * A rule as a function. Constants and a bare `{"var": "a.b"}` (the usual SUM computation)
 * become direct reads; anything else goes through json-logic-js. Every event of a busy
 * schema runs these, so the common cases skip the interpreter.
 */
function compileRule(rule: unknown): Rule {
  if (rule === null || typeof rule !== 'object') return () => rule;
  const keys = Object.keys(rule);
  const arg = (rule as { var?: unknown }).var;
  const path = Array.isArray(arg) && arg.length === 1 ? arg[0] : arg;
  if (keys.length === 1 && keys[0] === 'var' && typeof path === 'string') {
    const [first, second, ...rest] = path.split('.');
    if (first !== undefined && second !== undefined && rest.length === 0) {
      return (data) => ((data as Record<string, Record<string, unknown> | undefined>)[first]?.[second] ?? null);
    }
  }
  return (data) => jsonLogic.apply(rule as jsonLogic.RulesLogic, data);
}

export function compileMeter(meter: UsageMeterRecord): CompiledMeter {
  const ordered = [...meter.computations].sort((a, b) => a.order - b.order);
  return {
    id: meter.id,
    aggregation: meter.aggregation,
    rules: ordered.map((c, i) => ({
      matcher: compileRule(c.matcher ? parseRule(c.matcher, `computations[${i}].matcher`) : true),
      computation: compileRule(parseRule(c.computation, `computations[${i}].computation`)),
    })),
  };
}

/**
 * The data a meter's rules see. Togai's own examples write both `attribute.x` and
 * `attributes.x` (and likewise for dimensions), so both spellings resolve.
 */
export function ruleData(attributes: Record<string, number>, dimensions: Record<string, string>) {
  return { attribute: attributes, attributes, dimension: dimensions, dimensions };
}

/** Units an event adds to a meter: the first matching computation (COUNT adds 1), or null if none matches. */
export function unitsFor(meter: CompiledMeter, data: object): number | null {
  if (meter.rules.length === 0) return meter.aggregation === 'COUNT' ? 1 : null;
  for (const rule of meter.rules) {
    if (!jsonLogic.truthy(rule.matcher(data))) continue;
    if (meter.aggregation === 'COUNT') return 1;
    const value = Number(rule.computation(data));
    return Number.isFinite(value) ? value : 0;
  }
  return null;
}
