import { isMap, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';

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

/**
 * The document's first syntax error as `file:line:column: message`, at the place the yaml
 * library gives, or undefined when it parsed. Only the first: the errors after it mostly follow
 * from it (one tab used as indentation makes seven), and fixing it changes what they are.
 * Parse with `prettyErrors: false`, so the message is one line without a code excerpt.
 */
export function yamlSyntaxError(doc: Document.Parsed, lines: LineCounter, file: string): string | undefined {
  const error = doc.errors[0];
  if (!error) return undefined;
  const { line, col } = lines.linePos(error.pos[0]);
  return `${file}:${line}:${col}: ${error.message.split('\n')[0]}`;
}
