/**
 * The sync graph of one record: the records linked to it in the three systems, found where the
 * reference connector keeps each link (README, "The reference connector": Togai settings, Zuora
 * `TogaiAccountId__c`, Chargebee `meta_data.togai`, shared IDs, invoice numbers `inv-X-Y`,
 * `po_number`, usage `UniqueKey` `<invoice>:<meter>`), with the flow that makes each link and
 * the delivery that set it off when the outbox still has it.
 */
import type { Attempt, Delivery, Outbox } from '../simulators/kit/outbox.js';
import type { LinkEdge, LinkGraph, LinkNode, Vendor } from './api-types.js';
import { zuoraInvoiceNumber } from './formats.js';
import { chargebeeTogaiLink, collection, kindOf, rowOf, togaiSettings, type Rec, type Sims } from './server-records.js';
import { connectorAnswer } from './server-timeline.js';

/** Records in one graph at most: an account with years of invoices still draws. */
const MAX_NODES = 40;
/** Records of one kind hanging off one record (an account's invoices) at most. */
const MAX_FAN_OUT = 8;

type Key = `${Vendor}:${string}:${string}`;
const keyOf = (vendor: Vendor, kind: string, id: string): Key => `${vendor}:${kind}:${id}`;

interface Neighbour {
  vendor: Vendor;
  kind: string;
  id: string;
  via: string;
  flow?: number;
  /** The record the flow's delivery is about, when the link was made by a flow. */
  about?: string;
}

/** A Zuora usage record's `UniqueKey` as flows 4 and 5 write it, `<Togai invoice>:<meter>`; undefined for any other key. */
function usageKey(uniqueKey: unknown): { invoice: string; meter: string } | undefined {
  if (typeof uniqueKey !== 'string') return undefined;
  const at = uniqueKey.lastIndexOf(':');
  return at < 0 ? undefined : { invoice: uniqueKey.slice(0, at), meter: uniqueKey.slice(at + 1) };
}

/** Records grouped by a key, built on first use: one pass over a collection per request. */
class Index {
  private readonly built = new Map<string, Map<string, Rec[]>>();
  constructor(private readonly sims: Sims) {}

  find(vendor: Vendor, name: string, keyName: string, keyOf: (r: Rec) => string | undefined, key: string): Rec[] {
    const id = `${vendor}/${name}/${keyName}`;
    let groups = this.built.get(id);
    if (!groups) {
      groups = new Map();
      for (const r of collection(this.sims[vendor], name).values()) {
        const k = keyOf(r);
        if (k === undefined) continue;
        const list = groups.get(k);
        if (list) list.push(r);
        else groups.set(k, [r]);
      }
      this.built.set(id, groups);
    }
    return groups.get(key) ?? [];
  }
}

/** What makes the links of each kind of record, both ways. */
class Links {
  private readonly index: Index;
  private readonly settings;

  constructor(sims: Sims) {
    this.index = new Index(sims);
    this.settings = togaiSettings(sims.togai);
  }

  /** A record the lists show (not a deleted one, nor a transaction that is no payment). */
  get(vendor: Vendor, kind: string, id: string): Rec | undefined {
    const spec = kindOf(vendor, kind);
    const record = this.byId(vendor, spec.collection, id);
    return record && (!spec.keep || spec.keep(record)) ? record : undefined;
  }

  private byId(vendor: Vendor, name: string, id: string): Rec | undefined {
    return this.index.find(vendor, name, 'id', (r) => r.id, id)[0];
  }

  /** Togai accounts whose setting `namespace.id` holds `value`. */
  private mappedFrom(setting: string, value: string): string[] {
    return this.index.find('togai', 'setting', setting, (s) => (`${s.namespace}.${s.id}` === setting && s.entityType === 'ACCOUNT' ? String(s.value) : undefined), value).map((s) => s.entityId);
  }

  neighbours(vendor: Vendor, kind: string, r: Rec): Neighbour[] {
    const n = this.index;
    const few = (list: Rec[]) => list.slice(-MAX_FAN_OUT);
    switch (`${vendor}:${kind}`) {
      case 'togai:customers':
        return few(n.find('togai', 'account', 'customerId', (a) => a.customerId, r.id)).map((a) => ({ vendor, kind: 'accounts', id: a.id, via: 'account of customer (customerId)' }));
      case 'togai:accounts':
        return this.togaiAccount(r);
      case 'togai:invoices':
        return this.togaiInvoice(r);
      case 'zuora:accounts': {
        const togai = new Set([...(r.custom?.TogaiAccountId__c ? [String(r.custom.TogaiAccountId__c)] : []), ...this.mappedFrom('zuora.accountId', r.id)]);
        return [...togai].filter((t) => this.byId('togai', 'account', t)).map((t) => this.zuoraLink(t, r));
      }
      case 'zuora:invoices':
        return [{ vendor, kind: 'accounts', id: r.accountId, via: 'invoice of account (accountId)' }, ...this.fromTogaiInvoice(r.invoiceNumber, 3, 'Zuora invoice number inv-X-Y')];
      case 'zuora:usage': {
        const key = usageKey(r.uniqueKey);
        const account: Neighbour = { vendor, kind: 'accounts', id: r.accountId, via: 'usage of account (accountId)' };
        return key ? [account, ...this.fromTogaiInvoice(zuoraInvoiceNumber(key.invoice), this.usageFlow(key.meter), 'Zuora usage UniqueKey <invoice>:<meter>')] : [account];
      }
      case 'chargebee:customers': {
        const togai = new Set([...this.mappedFrom('chargebee.customerId', r.id), ...(this.byId('togai', 'account', r.id) ? [r.id] : [])]);
        const link = chargebeeTogaiLink(r);
        if (link) togai.add(link);
        const own = [
          ...few(n.find('chargebee', 'subscription', 'customer_id', (s) => s.customer_id, r.id)).map((s) => ({ vendor, kind: 'subscriptions', id: s.id, via: 'subscription of customer (customer_id)' })),
          ...few(n.find('chargebee', 'transaction', 'customer_id', (t) => t.customer_id, r.id).filter((t) => (t.type ?? 'payment') === 'payment')).map((t) => ({ vendor, kind: 'payments', id: t.id, via: 'payment of customer (customer_id)' })),
        ];
        return [...[...togai].filter((t) => this.byId('togai', 'account', t)).map((t) => this.chargebeeLink(t, r)), ...own];
      }
      case 'chargebee:subscriptions':
        return [{ vendor, kind: 'customers', id: r.customer_id, via: 'subscription of customer (customer_id)' }];
      case 'chargebee:invoices': {
        const togai = r.po_number && this.byId('togai', 'invoice', r.po_number) ? [{ vendor: 'togai' as const, kind: 'invoices', id: String(r.po_number), via: 'Chargebee po_number', flow: 8, about: String(r.po_number) }] : [];
        return [{ vendor, kind: 'customers', id: r.customer_id, via: 'invoice of customer (customer_id)' }, ...togai];
      }
      case 'chargebee:payments': {
        const paid = this.mappedFrom('chargebee.customerId', r.customer_id).filter((a) => this.settings(a).has('chargebee.planPaidAt'));
        return [{ vendor, kind: 'customers', id: r.customer_id, via: 'payment of customer (customer_id)' }, ...paid.map((a) => ({ vendor: 'togai' as const, kind: 'accounts', id: a, via: 'plan put on the account (Togai setting chargebee.planPaidAt)', flow: 7, about: r.id }))];
      }
      default:
        return [];
    }
  }

  /** Flow 1 made it when the Togai account has the Zuora account's ID; flow 2 otherwise. */
  private zuoraLink(togaiAccount: string, zuora: Rec): Neighbour {
    const flow = togaiAccount === zuora.id ? 1 : 2;
    const via = this.settings(togaiAccount).get('zuora.accountId') === zuora.id ? 'Togai setting zuora.accountId' : 'Zuora TogaiAccountId__c';
    return { vendor: 'togai', kind: 'accounts', id: togaiAccount, via, flow, about: flow === 1 ? zuora.id : togaiAccount };
  }

  /** Flow 9 made it when the customer carries `meta_data.togai` (a link back); flow 6 otherwise. */
  private chargebeeLink(togaiAccount: string, customer: Rec): Neighbour {
    const flow = chargebeeTogaiLink(customer) ? 9 : 6;
    const setting = this.settings(togaiAccount).get('chargebee.customerId') === customer.id;
    const via = setting ? 'Togai setting chargebee.customerId' : chargebeeTogaiLink(customer) ? 'Chargebee meta_data.togai' : 'same ID';
    return { vendor: 'togai', kind: 'accounts', id: togaiAccount, via, flow, about: flow === 6 ? customer.id : togaiAccount };
  }

  private togaiAccount(a: Rec): Neighbour[] {
    const own = this.settings(a.id);
    const out: Neighbour[] = [{ vendor: 'togai', kind: 'customers', id: a.customerId, via: 'account of customer (customerId)' }];
    const zuora = new Set([own.get('zuora.accountId'), ...this.index.find('zuora', 'account', 'TogaiAccountId__c', (z) => z.custom?.TogaiAccountId__c, a.id).map((z) => z.id)]);
    for (const id of zuora) {
      const z = id && this.byId('zuora', 'account', id);
      if (z) out.push({ ...this.zuoraLink(a.id, z), vendor: 'zuora', kind: 'accounts', id: z.id });
    }
    const chargebee = new Set([own.get('chargebee.customerId'), this.byId('chargebee', 'customer', a.id)?.id, ...this.index.find('chargebee', 'customer', 'togai', chargebeeTogaiLink, a.id).map((c) => c.id)]);
    for (const id of chargebee) {
      const c = id && this.byId('chargebee', 'customer', id);
      if (c && !c.deleted) out.push({ ...this.chargebeeLink(a.id, c), vendor: 'chargebee', kind: 'customers', id: c.id });
    }
    const invoices = this.index.find('togai', 'invoice', 'accountId', (i) => i.accountId, a.id).slice(-MAX_FAN_OUT);
    return [...out, ...invoices.map((i) => ({ vendor: 'togai' as const, kind: 'invoices', id: i.id, via: 'invoice of account (accountId)' }))];
  }

  private togaiInvoice(i: Rec): Neighbour[] {
    const n = this.index;
    const about = i.id;
    return [
      { vendor: 'togai', kind: 'accounts', id: i.accountId, via: 'invoice of account (accountId)' },
      ...n.find('zuora', 'invoice', 'invoiceNumber', (z) => z.invoiceNumber, zuoraInvoiceNumber(i.id)).map((z) => ({ vendor: 'zuora' as const, kind: 'invoices', id: z.id, via: 'Zuora invoice number inv-X-Y', flow: 3, about })),
      ...n.find('zuora', 'usage', 'invoice', (u) => usageKey(u.uniqueKey)?.invoice, i.id).map((u) => ({ vendor: 'zuora' as const, kind: 'usage', id: u.id, via: 'Zuora usage UniqueKey <invoice>:<meter>', flow: this.usageFlow(usageKey(u.uniqueKey)!.meter), about })),
      ...n.find('chargebee', 'invoice', 'po_number', (c) => c.po_number, i.id).map((c) => ({ vendor: 'chargebee' as const, kind: 'invoices', id: c.id, via: 'Chargebee po_number', flow: 8, about })),
    ];
  }

  /** The Togai invoice a Zuora invoice number or usage key was made from. */
  private fromTogaiInvoice(number: string, flow: number, via: string): Neighbour[] {
    return this.index.find('togai', 'invoice', 'zuoraNumber', (i) => zuoraInvoiceNumber(i.id), number).map((i) => ({ vendor: 'togai' as const, kind: 'invoices', id: i.id, via, flow, about: i.id }));
  }

  /** 5 when the usage's meter is set to REVENUE mode, else 4. */
  private usageFlow(meter: string): number {
    return this.settings(meter).get('zuora.usageSyncMode') === 'REVENUE' ? 5 : 4;
  }
}

/** The notification each flow acts on: its source and event type. */
const TRIGGERS: Record<number, { source: Vendor; eventType: string }> = {
  1: { source: 'zuora', eventType: '' },
  2: { source: 'togai', eventType: 'account.created' },
  3: { source: 'togai', eventType: 'invoice.generated' },
  4: { source: 'togai', eventType: 'invoice.generated' },
  5: { source: 'togai', eventType: 'invoice.generated' },
  6: { source: 'chargebee', eventType: 'customer_created' },
  7: { source: 'chargebee', eventType: 'payment_succeeded' },
  8: { source: 'togai', eventType: 'invoice.generated' },
  9: { source: 'togai', eventType: 'account.created' },
};

/** The deliveries that had flows done, read once per graph: each source's list fetched and each answer parsed once. */
class Deliveries {
  private readonly bySource = new Map<Vendor, Delivery[]>();
  private readonly answers = new Map<Attempt, ReturnType<typeof connectorAnswer>>();
  constructor(private readonly outbox: Outbox) {}

  /**
   * The delivery that had flow `flow` done for record `about`: of the deliveries that name it, one
   * whose answer says the flow was done, else one whose answer names the flow.
   */
  find(flow: number, about: string): string | undefined {
    const trigger = TRIGGERS[flow];
    if (!trigger) return undefined;
    const quoted = JSON.stringify(about);
    const candidates = this.of(trigger.source).filter((d) => (!trigger.eventType || d.eventType === trigger.eventType) && d.body.includes(quoted));
    const said = (result?: string) => candidates.find((d) => d.attempts.some((a) => this.answer(a)?.outcomes?.some((o) => o.flow === flow && (!result || o.result === result))));
    return (said('done') ?? said())?.id;
  }

  /** Whether the outbox let deliveries from the source of `flow` go: one that made a link may be among them. */
  mayHaveDropped(flow: number): boolean {
    const trigger = TRIGGERS[flow];
    return trigger !== undefined && this.outbox.dropped(trigger.source) > 0;
  }

  private of(source: Vendor): Delivery[] {
    let list = this.bySource.get(source);
    if (!list) this.bySource.set(source, (list = this.outbox.list(source)));
    return list;
  }

  private answer(attempt: Attempt): ReturnType<typeof connectorAnswer> {
    if (!this.answers.has(attempt)) this.answers.set(attempt, connectorAnswer(attempt));
    return this.answers.get(attempt);
  }
}

/**
 * How a link was made: by its flow, with the delivery that set it off; a link a flow could have
 * made but no delivery did (the seeded demo data, a client's own call, the connector's
 * reconciling) has no flow.
 */
function madeBy(deliveries: Deliveries, n: Neighbour): Pick<LinkEdge, 'via' | 'flow' | 'deliveryId'> {
  if (n.flow === undefined || n.about === undefined) return { via: n.via };
  const deliveryId = deliveries.find(n.flow, n.about);
  if (deliveryId) return { via: n.via, flow: n.flow, deliveryId };
  if (deliveries.mayHaveDropped(n.flow)) return { via: n.via, flow: n.flow };
  return { via: `${n.via} (no delivery made it: seeded, set directly or reconciled)` };
}

/** The graph around one record, breadth first, MAX_NODES records at most. */
export function linkGraph(sims: Sims, outbox: Outbox, vendor: Vendor, kind: string, id: string): LinkGraph | undefined {
  const links = new Links(sims);
  const deliveries = new Deliveries(outbox);
  const root = links.get(vendor, kind, id);
  if (!root) return undefined;
  const rootKey = keyOf(vendor, kind, id);
  const nodes = new Map<Key, LinkNode>([[rootKey, { vendor, kind, id, label: rowOf(sims, vendor, kind, root).label }]]);
  const edges = new Map<string, LinkEdge>();
  const queue: { key: Key; vendor: Vendor; kind: string; record: Rec }[] = [{ key: rootKey, vendor, kind, record: root }];
  while (queue.length) {
    const at = queue.shift()!;
    for (const n of links.neighbours(at.vendor, at.kind, at.record)) {
      const record = links.get(n.vendor, n.kind, n.id);
      if (!record) continue;
      const key = keyOf(n.vendor, n.kind, n.id);
      if (!nodes.has(key)) {
        if (nodes.size >= MAX_NODES) continue;
        nodes.set(key, { vendor: n.vendor, kind: n.kind, id: n.id, label: rowOf(sims, n.vendor, n.kind, record).label });
        queue.push({ key, vendor: n.vendor, kind: n.kind, record });
      }
      // each link once, whichever end found it first
      const edgeKey = [[at.key, key].sort().join('|'), n.via].join('|');
      if (edges.has(edgeKey)) continue;
      edges.set(edgeKey, { from: at.key, to: key, ...madeBy(deliveries, n) });
    }
  }
  return { root: rootKey, nodes: [...nodes.values()], edges: [...edges.values()] };
}
