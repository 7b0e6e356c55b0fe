import type { ContractOperation } from './contract.js';
import { BODY_LIMIT, MAX_BODY_DEPTH, MAX_KEY_LENGTH, MAX_STRING_LENGTH, REFUSED_KEYS, SNAPSHOT_BODY_LIMIT } from './limits.js';
import type { ValidationIssue } from './validation.js';

/**
 * Whether `op` takes a whole sandbox snapshot as its body (`x-snapshot-body: true` in its
 * contract: `PUT /__admin/snapshot`). Such a body may be SNAPSHOT_BODY_LIMIT bytes, and is parsed
 * without the walk below: a snapshot nests the records it holds (each within these bounds when
 * stored) inside its own structure, and its decoder reads every value of it anyway, refusing
 * what it cannot read.
 */
export function takesSnapshot(op: Pick<ContractOperation, 'raw'>): boolean {
  return (op.raw as { 'x-snapshot-body'?: unknown })['x-snapshot-body'] === true;
}

/** The most bytes a request body to `op` may have, on either transport. */
export function bodyLimitOf(op: Pick<ContractOperation, 'raw'>): number {
  return takesSnapshot(op) ? SNAPSHOT_BODY_LIMIT : BODY_LIMIT;
}

/** A value in the walk, with how it was reached: the path is only spelled out for a value at fault. */
interface Step {
  value: unknown;
  depth: number;
  parent?: Step;
  segment?: string | number;
}

// keys are echoed in field names; a name is for people to find the spot, not to copy back
const MAX_SEGMENT_ECHO = 100;

function echo(key: string): string {
  return key.length <= MAX_SEGMENT_ECHO ? key : `${key.slice(0, MAX_SEGMENT_ECHO - 1)}…`;
}

/** The dotted field name the kit's validation uses (`account.name`, `events[3].id`). */
function fieldOf(step: Step): string {
  const segments: (string | number)[] = [];
  for (let s: Step | undefined = step; s?.parent; s = s.parent) segments.push(s.segment!);
  let out = '';
  for (const segment of segments.reverse()) {
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${echo(segment)}` : echo(segment);
  }
  return out;
}

function issue(step: Step, problem: string): ValidationIssue {
  return { location: 'body', field: fieldOf(step), problem };
}

function scalarProblem(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) {
    return `is ${value.length} characters long; strings in a request body may be at most ${MAX_STRING_LENGTH} characters`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `is a number too large to store (it overflows to ${value}); numbers must lie within ±${Number.MAX_VALUE}`;
  }
  return undefined;
}

function keyProblem(key: string): string | undefined {
  if (REFUSED_KEYS.has(key)) return 'is a key that cannot be stored; rename it';
  if (key.length > MAX_KEY_LENGTH) return `is a key ${key.length} characters long; keys may be at most ${MAX_KEY_LENGTH} characters`;
  return undefined;
}

/**
 * The first place a decoded body breaks the kit's limits (too deep, an over-long string or key,
 * a refused key, a number JSON cannot carry back), or undefined. Walks with its own stack, so a
 * body of any depth is checked without recursion; the body itself is level 1.
 */
export function boundsIssue(body: unknown): ValidationIssue | undefined {
  const stack: Step[] = [{ value: body, depth: 1 }];
  while (stack.length) {
    const step = stack.pop()!;
    const value = step.value;
    if (value === null || typeof value !== 'object') {
      const problem = scalarProblem(value);
      if (problem) return issue(step, problem);
      continue;
    }
    if (step.depth > MAX_BODY_DEPTH) {
      return issue(step, `is nested more than ${MAX_BODY_DEPTH} levels deep; request bodies may nest at most ${MAX_BODY_DEPTH} levels of objects and arrays`);
    }
    const depth = step.depth + 1;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth, parent: step, segment: i });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      const problem = keyProblem(key);
      if (problem) return issue({ value: undefined, depth, parent: step, segment: key }, problem);
    }
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (value as Record<string, unknown>)[keys[i]!], depth, parent: step, segment: keys[i]! });
  }
  return undefined;
}
