import type { TogaiAccountCreated } from '../events.js';
import { findOrCreate } from '../find-or-create.js';
import { clip, emailOrNothing } from '../fit.js';
import { bornInVendor, mappedId, recordMapping } from '../mappings.js';
import { chargebeeOf, outcome, type FlowClients, type FlowOutcome } from './outcome.js';
import { splitName } from './togai-account-to-zuora.js';

/**
 * Flow 9: a Togai account was created. Make a Chargebee customer whose ID is the Togai account
 * ID and whose meta_data names the Togai customer and account, and keep the mapping in the
 * account's settings. Accounts that arrived already mapped came from a vendor and stay put.
 */
export async function togaiAccountToChargebee(event: TogaiAccountCreated, clients: FlowClients): Promise<FlowOutcome> {
  const { account, customerId } = event.data;
  const origin = bornInVendor(account.settings);
  if (origin) return outcome(9, 'skipped', `Togai account '${account.id}' was made from ${origin}; not pushing it to Chargebee`);
  const chargebee = chargebeeOf(clients);
  const mapped = await mappedId(clients.togai, account.id, 'chargebee');
  if (mapped) return outcome(9, 'already-done', `Togai account '${account.id}' is Chargebee customer ${mapped}`);

  const { record, created } = await findOrCreate(
    () => chargebee.customer(account.id),
    async () => {
      const customer = await clients.togai.customer(customerId);
      const { firstName, lastName } = splitName(customer?.name ?? account.name);
      // Chargebee's limits: company 250, names 150, email 70 and a valid address
      const email = emailOrNothing(customer?.primaryEmail, 70);
      const body = {
        id: account.id,
        company: clip(account.name, 250),
        first_name: clip(firstName, 150),
        last_name: clip(lastName, 150),
        ...(email ? { email } : {}),
        preferred_currency_code: account.invoiceCurrency,
        meta_data: JSON.stringify({ togai: { customerId, accountId: account.id } }),
      };
      return chargebee.createCustomer(body, `togai-account-${account.id}`);
    },
  );
  const wrote = await recordMapping(clients.togai, account.id, 'chargebee', record.id);
  return outcome(9, created || wrote ? 'done' : 'already-done', `Togai account '${account.id}' is Chargebee customer ${record.id}`);
}
