import type { ChargebeeClient } from '../clients/chargebee.js';
import type { TogaiClient } from '../clients/togai.js';
import type { ZuoraClient } from '../clients/zuora.js';
import type { FlowNumber } from '../config.js';

/** The vendor clients a flow may use, and the mapping the guide keeps per connection. */
export interface FlowClients {
  togai: TogaiClient;
  zuora?: ZuoraClient;
  chargebee?: ChargebeeClient;
  /** Chargebee item price ID to the Togai price plan its payment grants (flow 7). */
  itemPricePlans?: Record<string, string>;
}

/**
 * What a flow did with one event. `done`: it made the change; `already-done`: the change was
 * there (a duplicate or a redelivery); `skipped`: the event is not this flow's to act on.
 */
export interface FlowOutcome {
  flow: FlowNumber;
  result: 'done' | 'already-done' | 'skipped';
  detail: string;
}

export function outcome(flow: FlowNumber, result: FlowOutcome['result'], detail: string): FlowOutcome {
  return { flow, result, detail };
}

export class NotConfigured extends Error {
  override name = 'NotConfigured';
}

export function zuoraOf(clients: FlowClients): ZuoraClient {
  if (!clients.zuora) throw new NotConfigured('This flow needs the Zuora connection, which is not configured (zuora: in the connector config)');
  return clients.zuora;
}

export function chargebeeOf(clients: FlowClients): ChargebeeClient {
  if (!clients.chargebee) throw new NotConfigured('This flow needs the Chargebee connection, which is not configured (chargebee: in the connector config)');
  return clients.chargebee;
}
