import { Contract, loadContract } from '../kit/contract.js';

/**
 * contracts/chargebee.yaml with its path parameters renamed from `customer-id` to `customer_id`.
 * The transports turn `{customer-id}` into the route `:customer-id`, which Fastify's router reads
 * as the parameter `customer` followed by the text `-id`, so no id would ever match. The paths,
 * schemas and responses are otherwise the contract's own; only the parameter names differ.
 */
let routable: Contract | undefined;

const rename = (name: string) => name.replace(/-/g, '_');

function withRoutableParams(source: Record<string, any>): Record<string, any> {
  const doc = structuredClone(source);
  const paths: Record<string, any> = {};
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths ?? {})) {
    for (const op of Object.values<any>(item)) {
      for (const p of op?.parameters ?? []) if (!p.$ref && p.in === 'path') p.name = rename(p.name);
    }
    paths[path.replace(/\{([^}]+)\}/g, (_, name: string) => `{${rename(name)}}`)] = item;
  }
  doc.paths = paths;
  for (const p of Object.values<any>(doc.components?.parameters ?? {})) if (p.in === 'path') p.name = rename(p.name);
  return doc;
}

export function chargebeeContract(): Contract {
  if (!routable) {
    const source = loadContract('chargebee.yaml');
    routable = new Contract(source.file, withRoutableParams(source.document));
  }
  return routable;
}
