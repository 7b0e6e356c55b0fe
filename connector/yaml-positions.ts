import { isMap, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';

/**
 * Where each key and list item of a YAML document sits, as `file:line:column` by dotted path
 * (`steps.2.call.body`), so an error about a value can point at it.
 */
export function yamlLocations(node: YamlNode | null | undefined, path: string[], lines: LineCounter, file: string, out: Map<string, string>): void {
  const mark = (here: string[], offset: number | undefined) => {
    if (offset === undefined) return;
    const { line, col } = lines.linePos(offset);
    out.set(here.join('.'), `${file}:${line}:${col}`);
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const here = [...path, key];
      mark(here, (pair.key as YamlNode | undefined)?.range?.[0]);
      yamlLocations(pair.value as YamlNode, here, lines, file, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const here = [...path, String(i)];
      mark(here, (item as YamlNode | undefined)?.range?.[0]);
      yamlLocations(item as YamlNode, here, lines, file, out);
    });
  }
}

/** The location of the deepest part of `path` that has one. */
export function locate(path: readonly PropertyKey[], locations: Map<string, string>): string | undefined {
  for (let n = path.length; n >= 0; n--) {
    const where = locations.get(path.slice(0, n).map(String).join('.'));
    if (where) return where;
  }
  return undefined;
}
