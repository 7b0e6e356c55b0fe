import type { ErrorObject, ValidateFunction } from 'ajv';

export interface ValidationIssue {
  /** Where the problem is: the body, a query or path parameter, or a header. */
  location: 'body' | 'query' | 'path' | 'header';
  /** Dotted field name, e.g. `account.name` or `events[3].id`; empty for the whole body. */
  field: string;
  problem: string;
}

const LOCATIONS: Record<string, ValidationIssue['location']> = {
  requestBody: 'body',
  query: 'query',
  path: 'path',
  header: 'header',
};

function dotted(segments: string[]): string {
  let out = '';
  for (const s of segments) {
    const name = s.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(name) ? `[${name}]` : out ? `.${name}` : name;
  }
  return out;
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a field this operation accepts';
    case 'type':
      return `must be of type ${p.type}`;
    case 'maxLength':
      return `must be at most ${p.limit} characters long`;
    case 'minLength':
      return `must be at least ${p.limit} characters long`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return `must be a valid ${p.format}`;
    case 'pattern':
      return `must match the pattern ${p.pattern}`;
    case 'maxItems':
      return `must have at most ${p.limit} items`;
    case 'minItems':
      return `must have at least ${p.limit} items`;
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `must be ${p.comparison} ${p.limit}`;
    case 'uniqueItems':
      return 'must not repeat items';
    default:
      return e.message ?? `fails the ${e.keyword} rule`;
  }
}

/** Turn Ajv's errors on the `{path, query, header, requestBody}` object into issues people can act on. */
export function toIssues(errors: ErrorObject[]): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const e of errors) {
    // oneOf/anyOf summaries repeat what their branches already said
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const segments = e.instancePath.split('/').slice(1);
    const p = e.params as Record<string, any>;
    if (e.keyword === 'required') segments.push(String(p.missingProperty));
    if (e.keyword === 'additionalProperties') segments.push(String(p.additionalProperty));
    const [root = 'requestBody', ...rest] = segments;
    if (root === 'requestBody' && rest.length === 0 && e.keyword === 'required') {
      out.push({ location: 'body', field: '', problem: 'a request body is required' });
      continue;
    }
    const issue: ValidationIssue = { location: LOCATIONS[root] ?? 'body', field: dotted(rest), problem: describe(e) };
    const key = `${issue.location}|${issue.field}|${issue.problem}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}

const WHERE: Record<ValidationIssue['location'], string> = {
  body: 'body field',
  query: 'query parameter',
  path: 'path parameter',
  header: 'header',
};

export function formatIssue(i: ValidationIssue): string {
  return i.field ? `${WHERE[i.location]} '${i.field}' ${i.problem}` : i.problem;
}

/** One sentence naming every problem, cut to `max` characters (vendors cap their messages). */
export function formatIssues(issues: ValidationIssue[], max = 500): string {
  const text = `Invalid request: ${issues.map(formatIssue).join('; ')}`;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function runValidators(validators: ValidateFunction[], input: Record<string, unknown>): ValidationIssue[] {
  const errors: ErrorObject[] = [];
  for (const validate of validators) {
    if (!validate(input) && validate.errors) errors.push(...validate.errors);
  }
  return errors.length ? toIssues(errors) : [];
}
