import { boundsIssue } from '../simulators/kit/body-bounds.js';
import type { ValidateFunction } from 'ajv';
import { loadContract } from '../simulators/kit/contract.js';
import { formatIssue, toIssues, type ValidationIssue } from '../simulators/kit/validation.js';

/** The request body schemas of contracts/connector.yaml, one per kind of delivery. */
export const DELIVERY_SCHEMAS = ['ZuoraAccountCallout', 'ChargebeeEvent', 'AccountCreated', 'InvoiceGenerated'] as const;
export type DeliverySchema = (typeof DELIVERY_SCHEMAS)[number];

const CONTRACT = 'connector.yaml';
// vendors cap their error messages; a refusal names every problem up to this length
const MAX_ERROR_LENGTH = 500;
// a lone UTF-16 surrogate: with the u flag a well-formed pair is one code point, never matched
const LONE_SURROGATE = /\p{Cs}/u;
const SURROGATE_PROBLEM = 'a lone UTF-16 surrogate (a \\ud800-\\udfff escape without its pair); text must be well-formed Unicode';


function fieldName(path: (string | number)[]): string {
  return path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

/**
 * The first string (or key) with a lone surrogate, which no vendor's UTF-8 can carry and which
 * breaks a URL the flows build from it. Recurses, but only over a body boundsIssue has passed,
 * so never deeper than the kit's depth limit.
 */
function loneSurrogate(value: unknown, path: (string | number)[] = []): ValidationIssue | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? { location: 'body', field: fieldName(path), problem: `has ${SURROGATE_PROBLEM}` } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === 'string' && LONE_SURROGATE.test(key)) return { location: 'body', field: fieldName([...path, key]), problem: `is a key with ${SURROGATE_PROBLEM}` };
    const found = loneSurrogate(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * One kind of delivery's validator, on its own rather than the operation's: Togai's body is a
 * oneOf, and validating a notification against both branches would report every field of the
 * other one.
 */
export function deliveryValidator(schema: DeliverySchema): ValidateFunction {
  return loadContract(CONTRACT).bodyValidator(schema);
}

/**
 * Why a parsed delivery breaks contracts/connector.yaml (its schema, the kit's nesting, size and
 * number limits, well-formed text), naming each field at fault and what is right; undefined
 * when it conforms. Such a delivery fails the same way every time it is sent, so it is refused
 * with 400, never 500: the vendor need not deliver it again.
 */
export function deliveryProblem(schema: DeliverySchema, body: unknown): string | undefined {
  // limits first: the schema's recursive parts must never walk a body nested without bound
  const bounds = boundsIssue(body) ?? loneSurrogate(body);
  const validate = deliveryValidator(schema);
  const issues = bounds ? [bounds] : validate({ requestBody: body }) ? [] : toIssues(validate.errors ?? []);
  if (issues.length === 0) return undefined;
  const text = `the delivery breaks contracts/connector.yaml (${schema}), so sending it again will not help: ${issues.map(formatIssue).join('; ')}`;
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
