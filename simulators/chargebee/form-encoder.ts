/**
 * The inverse of the form decoder: a body in the decoded shape the contract describes (nested
 * objects, lists by row, null for a missing row) as Chargebee form text. In-process callers and
 * tests use it to send exactly what a client puts on the wire.
 */
export function encodeForm(body: Record<string, unknown>): string {
  const out: string[] = [];
  const add = (value: unknown, name: string): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((item, i) => add(item, `${name}[${i}]`));
    else if (typeof value === 'object') for (const [key, child] of Object.entries(value)) add(child, `${name}[${key}]`);
    else out.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(body)) add(value, key);
  return out.join('&');
}
