import type { TogaiAccountCreated } from '../events.js';
import { clip, emailOrNothing } from '../fit.js';
import { chargebeeOf, type FlowClients, type FlowOutcome } from './outcome.js';
import { pushAccount, splitName } from './push-account.js';

/**
 * Flow 9: a Togai account was created. Make a Chargebee customer whose ID is the Togai account
 * ID and whose meta_data names the Togai account, and keep the mapping in the account's settings.
 */
export function togaiAccountToChargebee(event: TogaiAccountCreated, clients: FlowClients): Promise<FlowOutcome> {
  return pushAccount(event, clients, {
    flow: 9,
    vendor: 'chargebee',
    to: 'Chargebee',
    record: 'customer',
    find: async (account) => (await chargebeeOf(clients).customer(account.id))?.id,
    async create(account, customer) {
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
        // the link flows 6 and 7 follow back: the account ID is all Togai needs to find the account
        meta_data: JSON.stringify({ togai: { accountId: account.id } }),
      };
      return (await chargebeeOf(clients).createCustomer(body, `togai-account-${account.id}`)).id;
    },
  });
}
