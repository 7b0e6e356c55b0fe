/**
 * Compare what a scenario expects with what it found. Plain objects match as a subset (only
 * the keys given), arrays element by element with the same length, other values exactly.
 * Operators, as an object's only keys:
 *   {$contains: [a, b]}        the array has an element matching each
 *   {$count: n}                the array (or string) has n items; n may itself be a matcher
 *   {$exactlyOnce: m}          exactly one element of the array matches m
 *   {$approx: n, $tolerance: t} a number within t of n (t defaults to 1e-9)
 *   {$absent: true}            the key is missing (or undefined)
 *   {$matches: "regex"}        a string matching the regular expression
 * Answers one line per mismatch, each naming where (`body.data.0.name`), what was expected and what was found.
 */
export function mismatches(expected: unknown, actual: unknown, at = ''): string[] {
  const here = at || '(value)';
  if (isOperator(expected)) {
    const invalid = matcherProblems(expected, at);
    return invalid.length ? invalid : operator(expected, actual, here);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${here}: expected a list of ${expected.length}, found ${show(actual)}`];
    if (actual.length !== expected.length) return [`${here}: expected ${expected.length} items, found ${actual.length}: ${show(actual)}`];
    return expected.flatMap((e, i) => mismatches(e, actual[i], `${at}.${i}`.replace(/^\./, '')));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${here}: expected an object, found ${show(actual)}`];
    return Object.entries(expected).flatMap(([k, e]) => {
      const path = at ? `${at}.${k}` : k;
      const a = (actual as Record<string, unknown>)[k];
      if (a === undefined && !(isOperator(e) && '$absent' in e)) return [`${path}: expected ${show(e)}, but it is missing`];
      return mismatches(e, a, path);
    });
  }
  return Object.is(expected, actual) || expected === actual ? [] : [`${here}: expected ${show(expected)}, found ${show(actual)}`];
}

const OPERATORS = ['$contains', '$count', '$exactlyOnce', '$approx', '$tolerance', '$absent', '$matches'];

function isOperator(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.keys(value).some((k) => k.startsWith('$'));
}

/**
 * What is wrong with the matchers in an expected value, each with where: an operator object
 * has exactly one operator ($tolerance only beside $approx), nothing else, and $absent is true.
 */
export function matcherProblems(expected: unknown, at = ''): string[] {
  const here = at || '(value)';
  if (Array.isArray(expected)) return expected.flatMap((e, i) => matcherProblems(e, at ? `${at}.${i}` : String(i)));
  if (expected === null || typeof expected !== 'object') return [];
  if (!isOperator(expected)) return Object.entries(expected).flatMap(([k, v]) => matcherProblems(v, at ? `${at}.${k}` : k));
  const keys = Object.keys(expected);
  const unknown = keys.filter((k) => !OPERATORS.includes(k));
  if (unknown.length) return [`${here}: ${unknown.join(', ')} is not an operator (operators: ${OPERATORS.join(', ')}); an object with an operator holds nothing else`];
  const primary = keys.filter((k) => k !== '$tolerance');
  if (primary.length !== 1 || (keys.includes('$tolerance') && primary[0] !== '$approx')) {
    return [`${here}: one operator per object (with $tolerance only beside $approx), found ${keys.join(', ')}`];
  }
  const op = expected as Record<string, unknown>;
  if ('$absent' in op && op.$absent !== true) return [`${here}: $absent takes only true`];
  if ('$count' in op) return matcherProblems(op.$count, `${here} ($count)`);
  if ('$exactlyOnce' in op) return matcherProblems(op.$exactlyOnce, `${here} ($exactlyOnce)`);
  if ('$contains' in op) return matcherProblems(op.$contains, `${here} ($contains)`);
  return [];
}

function operator(op: Record<string, unknown>, actual: unknown, at: string): string[] {
  if ('$absent' in op) return actual === undefined ? [] : [`${at}: expected to be absent, found ${show(actual)}`];
  if ('$approx' in op) {
    const target = Number(op.$approx);
    const tolerance = op.$tolerance === undefined ? 1e-9 : Number(op.$tolerance);
    if (typeof actual !== 'number') return [`${at}: expected a number near ${target}, found ${show(actual)}`];
    return Math.abs(actual - target) <= tolerance ? [] : [`${at}: expected ${target} ± ${tolerance}, found ${actual}`];
  }
  if ('$matches' in op) {
    if (typeof actual !== 'string') return [`${at}: expected text matching /${String(op.$matches)}/, found ${show(actual)}`];
    return new RegExp(String(op.$matches)).test(actual) ? [] : [`${at}: expected text matching /${String(op.$matches)}/, found ${show(actual)}`];
  }
  if ('$count' in op) {
    if (!Array.isArray(actual) && typeof actual !== 'string') return [`${at}: expected a list to count, found ${show(actual)}`];
    return mismatches(op.$count, actual.length, `${at} (count)`);
  }
  if (!Array.isArray(actual)) return [`${at}: expected a list, found ${show(actual)}`];
  if ('$exactlyOnce' in op) {
    const hits = actual.filter((a) => mismatches(op.$exactlyOnce, a).length === 0).length;
    return hits === 1 ? [] : [`${at}: expected exactly one item matching ${show(op.$exactlyOnce)}, found ${hits} among ${show(actual)}`];
  }
  const wanted = op.$contains as unknown[];
  return (Array.isArray(wanted) ? wanted : [wanted]).flatMap((w) =>
    actual.some((a) => mismatches(w, a).length === 0) ? [] : [`${at}: expected an item matching ${show(w)}, found none among ${show(actual)}`],
  );
}

/** A value for a message: JSON, cut short. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
