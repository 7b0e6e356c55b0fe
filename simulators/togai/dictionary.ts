/**
 * A plain object keyed by names a client chose (attribute, dimension, dependency names), with no
 * prototype: `__proto__`, `constructor` or `toString` are stored and read as any other name, and
 * a name that was not given reads as undefined, never as one of Object's own members.
 */
export function dictionary<T>(entries?: Readonly<Record<string, T>>): Record<string, T> {
  // Object.assign onto a prototype-less target defines `__proto__` as an own key, as it does any other
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
