import type { TogaiAccountCreated } from '../events.js';
import { findOrCreate } from '../find-or-create.js';
import { bornInVendor, mappedId, recordMapping, ZUORA_LINK_FIELD } from '../mappings.js';
import { outcome, zuoraOf, type FlowClients, type FlowOutcome } from './outcome.js';

/** A person's name in Zuora's two contact fields; a one-word name goes in both. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1)! } : { firstName: parts[0]!, lastName: parts[0]! };
}

/**
 * Flow 2: a Togai account was created. Make a Zuora customer account linked to it by the
 * TogaiAccountId__c custom field, and keep the mapping in the account's settings. Accounts that arrived
 * already mapped were made from a vendor (flows 1 and 6) and are not pushed back.
 */
export async function togaiAccountToZuora(event: TogaiAccountCreated, clients: FlowClients): Promise<FlowOutcome> {
  const { account, customerId } = event.data;
  const origin = bornInVendor(account.settings);
  if (origin) return outcome(2, 'skipped', `Togai account '${account.id}' was made from ${origin}; not pushing it to Zuora`);
  const zuora = zuoraOf(clients);
  const mapped = await mappedId(clients.togai, account.id, 'zuora');
  if (mapped) return outcome(2, 'already-done', `Togai account '${account.id}' is Zuora account ${mapped}`);

  const { record, created } = await findOrCreate(
    async () => (await zuora.accountsWhere(ZUORA_LINK_FIELD, account.id))[0]?.id,
    async () => {
      const customer = await clients.togai.customer(customerId);
      const contact = customer?.primaryEmail ? { workEmail: customer.primaryEmail } : {};
      const body = {
        name: account.name,
        currency: account.invoiceCurrency,
        [ZUORA_LINK_FIELD]: account.id,
        // Togai bills the cycles; 0 lets Zuora set the bill cycle day at its first bill run
        billCycleDay: 0,
        billToContact: { ...splitName(customer?.name ?? account.name), ...contact },
      };
      return (await zuora.createAccount(body, `togai-account-${account.id}`)).accountId;
    },
  );
  const wrote = await recordMapping(clients.togai, account.id, 'zuora', record);
  return outcome(2, created || wrote ? 'done' : 'already-done', `Togai account '${account.id}' is Zuora account ${record}`);
}
