import { dictionary } from './dictionary.js';
import { badRequest } from './errors.js';
import { ruleData } from './metering.js';
import { RULE_CHARS_PER_STEP, RULE_STEP_BUDGET, stepsOn } from './rule-budget.js';
import type { EventSchemaVersion } from './usage-records.js';

/**
 * The JSON Logic rules a client saves (usage meter matchers and computations, JSON_LOGIC
 * enrichments) are checked here, once, so that running them on every event cannot fail on the
 * rule itself: it parses, is of bounded size, and uses only operators json-logic-js runs. A rule
 * is also tried on a sample event of its schema: one that needs more than the step budget there
 * (rule-budget.ts) is refused, rather than failing every event it meets.
 */

// json-logic-js is recursive: a deeper rule could overflow the stack on every event it meets
export const MAX_RULE_DEPTH = 32;
// a meter matcher's maxLength in the contract, the longest rule it allows; enrichments get the same
export const MAX_RULE_LENGTH = 1500;

// json-logic-js 2.0.5's operators: its operations table and the control structures apply() runs itself
const OPERATORS = [
  ...['var', 'missing', 'missing_some', 'if', '?:', 'and', 'or', '!', '!!'],
  ...['==', '===', '!=', '!==', '>', '>=', '<', '<='],
  ...['+', '-', '*', '/', '%', 'min', 'max'],
  ...['cat', 'substr', 'in', 'merge', 'map', 'filter', 'reduce', 'all', 'none', 'some', 'log'],
];
const KNOWN = new Set(OPERATORS);

/** Why `rule` cannot be run, or undefined. Every object and array is a level; stops at the first problem. */
function problem(rule: unknown, depth: number): string | undefined {
  if (rule === null || typeof rule !== 'object') return undefined;
  if (depth > MAX_RULE_DEPTH) return `is nested more than ${MAX_RULE_DEPTH} levels deep; JSON Logic rules may nest at most ${MAX_RULE_DEPTH} objects and arrays`;
  const values = Array.isArray(rule) ? rule : Object.values(rule);
  if (!Array.isArray(rule)) {
    const keys = Object.keys(rule);
    // json-logic-js runs a one-key object as an operation; any other object is a plain value
    if (keys.length === 1 && !KNOWN.has(keys[0]!)) {
      return `uses the operator '${keys[0]!.slice(0, 40)}', which JSON Logic does not have; its operators are ${OPERATORS.join(' ')}`;
    }
  }
  for (const v of values) {
    const found = problem(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

// what the sample event gives each attribute and dimension the rule may read
const SAMPLE_ATTRIBUTE = 1;
const SAMPLE_DIMENSION = 'sample';

/**
 * What a rule sees of a sample event with every attribute and dimension in `fields` (enriched ones
 * included); an enrichment rule also sees each dependency, as null (settings are read per event).
 */
export function sampleData(fields: Pick<EventSchemaVersion, 'attributes' | 'dimensions'> | undefined, dependencies?: string[]): object {
  const attributes = Object.fromEntries((fields?.attributes ?? []).map((a) => [a.name, SAMPLE_ATTRIBUTE]));
  const dimensions = Object.fromEntries((fields?.dimensions ?? []).map((d) => [d.name, SAMPLE_DIMENSION]));
  const data = ruleData(attributes, dimensions);
  if (dependencies) Object.assign(data, { dependencies: dictionary(Object.fromEntries(dependencies.map((name) => [name, null]))) });
  return data;
}

/**
 * Parse and check a rule as saved in body field `field`, and try it on `sample` (see sampleData);
 * refused with a 400 saying what is wrong.
 */
export function readRule(text: string, field: string, sample: object): unknown {
  if (text.length > MAX_RULE_LENGTH) throw badRequest(`body field '${field}' is ${text.length} characters long; a JSON Logic rule may be at most ${MAX_RULE_LENGTH}`);
  let rule: unknown;
  try {
    rule = JSON.parse(text);
  } catch {
    throw badRequest(`body field '${field}' is not valid JSON Logic: '${text.slice(0, 80)}'`);
  }
  const found = problem(rule, 1);
  if (found) throw badRequest(`body field '${field}' ${found}`);
  if (stepsOn(rule, sample) === undefined) {
    throw badRequest(
      `body field '${field}' needs more than ${RULE_STEP_BUDGET} JSON Logic steps on a sample event of its schema; a rule may take at most ` +
        `${RULE_STEP_BUDGET} per event (a step: each operation or value applied, each item a map, filter, reduce, all, some or none visits, ` +
        `and each array element or ${RULE_CHARS_PER_STEP} characters of text an operation gives)`,
    );
  }
  return rule;
}
