import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ConfigError, ENV_KEYS, parseConnectorConfig, type ConnectorConfig, type ConnectorInput } from './config.js';
import { yamlLocations, yamlSyntaxError } from './yaml-positions.js';

// The standalone connector's loading of its configuration: a YAML file and the environment. Apart
// from config.ts so the live sandbox, which passes its settings in, never loads a YAML parser.

function fromEnv(env: NodeJS.ProcessEnv, into: Record<string, unknown>, origin: Map<string, string>): void {
  for (const [name, { path, type }] of Object.entries(ENV_KEYS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    let value: unknown = raw;
    if (type === 'number') value = raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    if (type === 'list') value = raw.split(',').map((s) => (Number.isFinite(Number(s.trim())) ? Number(s.trim()) : s.trim()));
    if (type === 'json') {
      try {
        value = JSON.parse(raw);
      } catch {
        throw new ConfigError(`${name} must be JSON, e.g. {"item-price-id":"price-plan-id"}; got ${JSON.stringify(raw)}`);
      }
    }
    let node = into;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
    origin.set(path.join('.'), `environment variable ${name}`);
  }
}

function fromFile(file: string, origin: Map<string, string>): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`Cannot read the connector config file ${file}: ${(e as Error).message}`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = yamlSyntaxError(doc, lines, file);
  if (syntax) throw new ConfigError(syntax);
  const value = doc.toJS() as unknown;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${file}: the config file must be a mapping of keys (togai:, zuora:, …)`);
  yamlLocations(doc.contents as YamlNode, [], lines, file, origin);
  return value as Record<string, unknown>;
}

/**
 * The configuration from an optional YAML file overlaid with environment variables, checked
 * as a whole; a bad value throws one message naming every key at fault and what it expects.
 */
export function loadConnectorConfig(options: { env?: NodeJS.ProcessEnv; file?: string; overrides?: ConnectorInput } = {}): ConnectorConfig {
  const env = options.env ?? process.env;
  const origin = new Map<string, string>();
  const file = options.file ?? env.CONNECTOR_CONFIG;
  const raw: Record<string, unknown> = file ? fromFile(file, origin) : {};
  fromEnv(env, raw, origin);
  return parseConnectorConfig({ ...raw, ...options.overrides }, origin);
}
