import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { yamlLocations, yamlSyntaxError } from '../../connector/yaml-positions.js';
import { keepFile } from '../../simulators/kit/cache-file.js';
import { CACHE_DIR } from '../../simulators/kit/project-root.js';

/** A scenario file's YAML as values, and where each key and item sits (`file:line:column` by dotted path). */
export type ParsedYaml = { value: unknown; locations: Map<string, string> } | { syntax: string };

const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
// bumped when what is kept changes (the parse options, what yamlLocations records), as the yaml version is
const CACHE_FORMAT = 1;
const dir = join(CACHE_DIR, 'scenarios');

/**
 * Parse a scenario's YAML, or read the values and positions a process parsed before from a JSON
 * copy keyed by the text (and the yaml version): parsing was most of what loading the stock
 * scenarios cost a fresh `billing-sim run`. A copy that cannot be read or written is no copy.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const key = createHash('sha256').update(`${CACHE_FORMAT}\n${YAML_VERSION}\n${text}`).digest('hex').slice(0, 24);
  const copy = join(dir, `${key}.json`);
  try {
    const kept = JSON.parse(readFileSync(copy, 'utf8')) as { value: unknown; positions: [string, string][] };
    return { value: kept.value, locations: new Map(kept.positions.map(([path, at]) => [path, `${file}:${at}`])) };
  } catch {
    // not parsed before: parse it now
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = yamlSyntaxError(doc, lines, file);
  if (syntax) return { syntax };
  const locations = new Map<string, string>();
  yamlLocations(doc.contents as YamlNode, [], lines, file, locations);
  const value = doc.toJS() as unknown;
  const positions = [...locations].map(([path, at]) => [path, at.slice(file.length + 1)]);
  // YAML's .inf and .nan have no JSON: such a file is parsed every time rather than kept changed
  let exact = true;
  let kept: string | undefined;
  try {
    kept = JSON.stringify({ value, positions }, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
      return v;
    });
  } catch {
    // a value an alias made cyclic has no JSON either
  }
  if (kept !== undefined && exact) keepFile(copy, kept);
  return { value, locations };
}
