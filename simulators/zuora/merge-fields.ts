/**
 * Merge fields in callout templates (merge-field-syntax.md): advanced `{{Account.Id}}`, data
 * source `{{DataSource.Account.Id}}` or `<DataSource.Account.Id>`, and the angle-bracket form
 * `<Account.Id>` that callout histories use for their event context. Object and field names
 * are matched without regard to case; a field the object lacks renders empty, as a null does.
 */

/** Field values per object, all keys lower-case: `{ account: { id: '…' }, billtocontact: {…} }`. */
export type MergeContext = Record<string, Record<string, string>>;

/** Values for every object an Account Created callout can merge, to check that a template renders. */
export const SAMPLE_CONTEXT: MergeContext = {
  account: { id: 'x', accountnumber: 'x', number: 'x', name: 'x', currency: 'x', status: 'x' },
  billtocontact: { id: 'x', firstname: 'x', lastname: 'x', workemail: 'x' },
  soldtocontact: { id: 'x', firstname: 'x', lastname: 'x', workemail: 'x' },
  event: { id: 'x', category: 'x', timestamp: 'x' },
  object: { id: 'x' },
};

/** Joined objects reached from the base object, e.g. `{{Account.BillTo.FirstName}}`. */
const JOINS: Record<string, string> = {
  'account.billto': 'billtocontact',
  'account.soldto': 'soldtocontact',
  'account.billtocontact': 'billtocontact',
  'account.soldtocontact': 'soldtocontact',
  billingaccount: 'account',
};

const CURLY = /\{\{\s*(?:DataSource\s*\.\s*)?([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\}\}/g;
const ANGLE = /<(?:DataSource\.)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)>/g;

function lookup(context: MergeContext, path: string): string | undefined {
  const parts = path.split('.').map((p) => p.trim().toLowerCase());
  const field = parts.pop()!;
  const objectPath = parts.join('.');
  // names come from templates: only the context's own entries count, never Object.prototype's
  const name = Object.hasOwn(JOINS, objectPath) ? JOINS[objectPath]! : objectPath;
  if (!Object.hasOwn(context, name)) return undefined;
  const object = context[name]!;
  return Object.hasOwn(object, field) ? (object[field] ?? '') : '';
}

/**
 * Replace the merge fields of `template`. With `json`, values are escaped for a JSON string,
 * since custom request bodies put merge fields inside quoted values. Text that names no object
 * of the context (an HTML tag, say) is left alone.
 */
export function renderMergeFields(template: string, context: MergeContext, json = false): string {
  const value = (match: string, path: string) => {
    const found = lookup(context, path);
    if (found === undefined) return match;
    return json ? JSON.stringify(found).slice(1, -1) : found;
  };
  return template.replace(CURLY, value).replace(ANGLE, value);
}

/** Whether a custom request body is JSON once its merge fields are filled in (checked when a template is saved). */
export function customBodyProblem(template: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(renderMergeFields(template, SAMPLE_CONTEXT, true));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'must be a JSON object enclosed in curly braces';
    return undefined;
  } catch (e) {
    return `is not valid JSON once its merge fields are filled in (${(e as Error).message})`;
  }
}

/** Whether text holds a merge field of any syntax. */
export function hasMergeFields(text: string): boolean {
  return new RegExp(CURLY.source).test(text) || new RegExp(ANGLE.source).test(text);
}
