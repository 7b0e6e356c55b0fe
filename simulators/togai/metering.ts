import jsonLogic from 'json-logic-js';
import type { UsageMeterRecord } from './records.js';

export interface CompiledMeter {
  id: string;
  aggregation: 'COUNT' | 'SUM';
  rules: { matcher: unknown; computation: unknown }[];
}

/** Parse a JSON Logic string as Togai stores it; a bare number is a constant rule. */
export function parseRule(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${field} is not valid JSON Logic: '${text.slice(0, 80)}'`);
  }
}

export function compileMeter(meter: UsageMeterRecord): CompiledMeter {
  const ordered = [...meter.computations].sort((a, b) => a.order - b.order);
  return {
    id: meter.id,
    aggregation: meter.aggregation,
    rules: ordered.map((c, i) => ({
      matcher: c.matcher ? parseRule(c.matcher, `computations[${i}].matcher`) : true,
      computation: parseRule(c.computation, `computations[${i}].computation`),
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
    if (!jsonLogic.truthy(jsonLogic.apply(rule.matcher as any, data))) continue;
    if (meter.aggregation === 'COUNT') return 1;
    const value = Number(jsonLogic.apply(rule.computation as any, data));
    return Number.isFinite(value) ? value : 0;
  }
  return null;
}
