/** The location of the deepest part of `path` that has one. */
export function locate(path: readonly PropertyKey[], locations: Map<string, string>): string | undefined {
  for (let n = path.length; n >= 0; n--) {
    const where = locations.get(path.slice(0, n).map(String).join('.'));
    if (where) return where;
  }
  return undefined;
}
