/**
 * A record's sync graph: the records linked to it, in the other systems and its own (a Togai
 * customer's account), nearest first, each with the link that reaches it from the record (or from
 * a record nearer to it) and how that link was made: where it lives, which flow, which delivery.
 */
import type { LinkEdge, LinkGraph, LinkNode } from '../api-types.js';
import { type RecordRef, refKey, refTestId, VENDOR_TITLE } from './vendors.js';

/** `via Togai setting zuora.accountId (flow 1, delivery d_…)` */
function how(edge: LinkEdge): string {
  const made = [edge.flow !== undefined && `flow ${edge.flow}`, edge.deliveryId && `delivery ${edge.deliveryId}`].filter(Boolean).join(', ');
  return `via ${edge.via}${made ? ` (${made})` : ''}`;
}

function describe(node: LinkNode | undefined, key: string): string {
  return node ? `${VENDOR_TITLE[node.vendor]} ${node.kind} ${node.label || node.id}` : key;
}

/** Breadth first from the root: each linked record once, with the edge that first reached it and the record it came from. */
function reach(graph: LinkGraph): { key: string; edge: LinkEdge; from: string }[] {
  const found: { key: string; edge: LinkEdge; from: string }[] = [];
  const seen = new Set([graph.root]);
  const queue = [graph.root];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const edge of graph.edges) {
      const next = edge.from === at ? edge.to : edge.to === at ? edge.from : undefined;
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
      found.push({ key: next, edge, from: at });
    }
  }
  return found;
}

export function LinkGraphView({ graph, onOpen }: { graph: LinkGraph; onOpen: (ref: RecordRef) => void }) {
  const byKey = new Map(graph.nodes.map((n) => [refKey(n), n]));
  const linked = reach(graph).filter((r) => byKey.has(r.key));
  if (linked.length === 0) {
    return (
      <p class="muted" data-testid="graph-empty">
        Not linked to any other record yet.
      </p>
    );
  }
  return (
    <ul class="graph" data-testid="graph">
      {linked.map(({ key, edge, from }) => {
        const node = byKey.get(key) as LinkNode;
        return (
          <li key={key} class={`graph-item vendor-${node.vendor}`} data-testid={`graph-item-${refTestId(node)}`}>
            <button type="button" class="graph-node" data-testid={`graph-node-${refTestId(node)}`} aria-label={`Open ${describe(node, key)}`} onClick={() => onOpen({ vendor: node.vendor, kind: node.kind, id: node.id })}>
              <span class={`vendor-tag vendor-${node.vendor}`}>{VENDOR_TITLE[node.vendor]}</span>
              <span class="graph-kind">{node.kind}</span>
              <code class="graph-id">{node.id}</code>
              {node.label && node.label !== node.id && <span class="graph-label">{node.label}</span>}
            </button>
            <p class="graph-via" data-testid={`graph-via-${refTestId(node)}`}>
              {how(edge)}
              {from !== graph.root && <span class="muted"> — through {describe(byKey.get(from), from)}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
