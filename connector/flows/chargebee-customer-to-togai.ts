import { addressFromChargebee } from '../address.js';
import type { ChargebeeCustomer } from '../clients/chargebee.js';
import type { ChargebeeEvent } from '../events.js';
import { outcome, type FlowClients, type FlowOutcome } from './outcome.js';
import { pullAccount } from './pull-account.js';

/** The Togai account a Chargebee customer made by flow 9 names in its meta_data: all Togai needs to find it. */
export function togaiLink(customer: ChargebeeCustomer): string | undefined {
  const accountId = (customer.meta_data as { togai?: { accountId?: unknown } } | undefined)?.togai?.accountId;
  return typeof accountId === 'string' && accountId !== '' ? accountId : undefined;
}

function displayName(c: ChargebeeCustomer): string {
  return c.company?.trim() || [c.first_name, c.last_name].filter(Boolean).join(' ').trim() || `Chargebee customer ${c.id}`;
}

/**
 * Flow 6: a Chargebee customer was created (webhook customer_created). Make a Togai customer
 * with one account, both with the Chargebee customer ID as their ID and the mapping in the
 * account's settings from the first write. Customers flow 9 made from Togai are not synced back.
 */
export async function chargebeeCustomerToTogai(event: ChargebeeEvent, clients: FlowClients): Promise<FlowOutcome> {
  const customer = event.content.customer;
  if (!customer) return outcome(6, 'skipped', `event ${event.id} (${event.event_type}) carries no customer`);
  const link = togaiLink(customer);
  if (link) return outcome(6, 'skipped', `Chargebee customer ${customer.id} was made from Togai account '${link}' (flow 9); not syncing it back`);
  const changed = await pullAccount(clients.togai, {
    vendor: 'chargebee',
    id: customer.id,
    name: displayName(customer),
    email: customer.email,
    address: addressFromChargebee(customer),
    currency: customer.preferred_currency_code,
  });
  return outcome(6, changed ? 'done' : 'already-done', `Chargebee customer ${customer.id} is Togai customer and account '${customer.id}'`);
}
