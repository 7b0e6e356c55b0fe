import { addressFromZuora } from '../address.js';
import type { ZuoraAccountCallout } from '../events.js';
import { ZUORA_LINK_FIELD } from '../mappings.js';
import { outcome, zuoraOf, type FlowClients, type FlowOutcome } from './outcome.js';
import { pullAccount } from './pull-account.js';

/**
 * Flow 1: a Zuora account was created (the account-created callout). Make a Togai customer
 * with one account, both with the Zuora account ID as their ID, the mapping in the account's
 * settings from the first write; then link the Zuora account back through its custom field.
 */
export async function zuoraAccountToTogai(event: ZuoraAccountCallout, clients: FlowClients): Promise<FlowOutcome> {
  const zuora = zuoraOf(clients);
  const account = await zuora.account(event.accountId);
  if (!account) return outcome(1, 'skipped', `Zuora has no account '${event.accountId}' (deleted since the callout?)`);
  const zuoraId = account.basicInfo.id;
  const link = account.basicInfo[ZUORA_LINK_FIELD];
  if (typeof link === 'string' && link !== '' && link !== zuoraId) {
    return outcome(1, 'skipped', `Zuora account ${zuoraId} was made from Togai account '${link}' (flow 2); not syncing it back`);
  }

  const changed = await pullAccount(clients.togai, {
    vendor: 'zuora',
    id: zuoraId,
    name: account.basicInfo.name,
    email: account.billToContact?.workEmail,
    address: addressFromZuora(account.billToContact),
    currency: account.billingAndPayment?.currency,
  });
  // the Togai account's ID is the Zuora account's; an attempt that died before this step left it unlinked
  if (link !== zuoraId) await zuora.updateAccount(zuoraId, { [ZUORA_LINK_FIELD]: zuoraId });
  return outcome(1, changed || link !== zuoraId ? 'done' : 'already-done', `Zuora account ${zuoraId} is Togai customer and account '${zuoraId}'`);
}
