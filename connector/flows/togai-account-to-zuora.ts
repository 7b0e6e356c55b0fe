import type { NewZuoraAccount } from '../clients/zuora.js';
import type { TogaiAccountCreated } from '../events.js';
import { ZUORA_LINK_FIELD } from '../mappings.js';
import { UnsyncableRecord } from '../permanent-failures.js';
import { zuoraOf, type FlowClients, type FlowOutcome } from './outcome.js';
import { pushAccount, splitName } from './push-account.js';

/**
 * Flow 2: a Togai account was created. Make a Zuora customer account linked to it by the
 * TogaiAccountId__c custom field, and keep the mapping in the account's settings.
 */
export function togaiAccountToZuora(event: TogaiAccountCreated, clients: FlowClients): Promise<FlowOutcome> {
  return pushAccount(event, clients, {
    flow: 2,
    vendor: 'zuora',
    to: 'Zuora',
    record: 'account',
    find: async (account) => (await zuoraOf(clients).accountsWhere(ZUORA_LINK_FIELD, account.id))[0]?.id,
    async create(account, customer) {
      // a Zuora account needs its currency; without one it could never be made
      if (!account.invoiceCurrency) throw new UnsyncableRecord(`Togai account '${account.id}' has no invoiceCurrency, and a Zuora account needs a currency`);
      const body: NewZuoraAccount = {
        name: account.name,
        currency: account.invoiceCurrency,
        [ZUORA_LINK_FIELD]: account.id,
        // Togai bills the cycles; 0 lets Zuora set the bill cycle day at its first bill run
        billCycleDay: 0,
        billToContact: { ...splitName(customer?.name ?? account.name), ...(customer?.primaryEmail ? { workEmail: customer.primaryEmail } : {}) },
      };
      return (await zuoraOf(clients).createAccount(body, `togai-account-${account.id}`)).accountId;
    },
  });
}
