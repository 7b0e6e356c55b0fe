import type { TogaiAccount } from '../clients/togai.js';
import type { FlowNumber } from '../config.js';
import type { TogaiAccountCreated } from '../events.js';
import { findOrCreate } from '../find-or-create.js';
import { bornIn, mappedId, recordMapping, type MappedVendor } from '../mappings.js';
import { outcome, type FlowClients, type FlowOutcome } from './outcome.js';

export interface PushTarget {
  flow: FlowNumber;
  vendor: MappedVendor;
  /** The vendor's name and what it calls the record, for outcomes. */
  to: string;
  record: string;
  /** The vendor record an earlier attempt made for this account, by the link it carries back. */
  find(account: TogaiAccount): Promise<string | undefined>;
  /** Make the vendor record (with its idempotency key) and answer its ID. */
  create(account: TogaiAccount, customer: { name: string; primaryEmail: string } | undefined): Promise<string>;
}

/** A person's name in two fields (first, last); a one-word name goes in both. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1)! } : { firstName: parts[0]!, lastName: parts[0]! };
}

/**
 * Flows 2 and 9: push a Togai account to a vendor. An account that arrived already mapped to
 * that vendor was made from it (flow 1 or 6) and is not pushed back; one made from the other
 * vendor is pushed like any Togai account. An existing mapping,
 * or a vendor record linked back to the account, means an earlier attempt did the work.
 */
export async function pushAccount(event: TogaiAccountCreated, clients: FlowClients, target: PushTarget): Promise<FlowOutcome> {
  const { account, customerId } = event.data;
  if (bornIn(account.settings, target.vendor)) return outcome(target.flow, 'skipped', `Togai account '${account.id}' was made from ${target.to}; not pushing it back`);
  const mapped = await mappedId(clients.togai, account.id, target.vendor);
  if (mapped) return outcome(target.flow, 'already-done', `Togai account '${account.id}' is ${target.to} ${target.record} ${mapped}`);

  const { record, created } = await findOrCreate(
    () => target.find(account),
    async () => target.create(account, await clients.togai.customer(customerId)),
  );
  const wrote = await recordMapping(clients.togai, account.id, target.vendor, record);
  return outcome(target.flow, created || wrote ? 'done' : 'already-done', `Togai account '${account.id}' is ${target.to} ${target.record} ${record}`);
}
