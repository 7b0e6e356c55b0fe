import { badRequest } from './errors.js';

/**
 * The JSON Logic rules a client saves (usage meter matchers and computations, JSON_LOGIC
 * enrichments) are checked here, once, so that running them on every event cannot fail on the
 * rule itself: it parses, is of bounded size, and uses only operators json-logic-js runs.
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

/** Parse and check a rule as saved in body field `field`; refused with a 400 saying what is wrong. */
export function readRule(text: string, field: string): unknown {
  if (text.length > MAX_RULE_LENGTH) throw badRequest(`body field '${field}' is ${text.length} characters long; a JSON Logic rule may be at most ${MAX_RULE_LENGTH}`);
  let rule: unknown;
  try {
    rule = JSON.parse(text);
  } catch {
    throw badRequest(`body field '${field}' is not valid JSON Logic: '${text.slice(0, 80)}'`);
  }
  const found = problem(rule, 1);
  if (found) throw badRequest(`body field '${field}' ${found}`);
  return rule;
}
