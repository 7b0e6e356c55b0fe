import type { ZuoraAccount } from '../clients/zuora.js';
import type { ZuoraAccountCallout } from '../events.js';
import { findOrCreate } from '../find-or-create.js';
import { clip } from '../fit.js';
import { mappingSetting, recordMapping, ZUORA_LINK_FIELD } from '../mappings.js';
import { outcome, zuoraOf, type FlowClients, type FlowOutcome } from './outcome.js';

function displayName(a: ZuoraAccount): string {
  const name = a.basicInfo.name.trim();
  // Togai names are 3 to 255 characters
  return clip(name.length >= 3 ? name : `${name} (${a.basicInfo.accountNumber})`, 255);
}

function address(a: ZuoraAccount): string {
  const c = a.billToContact ?? {};
  return [c.address1, c.city, c.country].filter((p) => typeof p === 'string' && p !== '').join(', ');
}

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

  const togaiId = zuoraId;
  const { created } = await findOrCreate(
    () => clients.togai.account(togaiId, togaiId),
    () =>
      clients.togai.createCustomer({
        id: togaiId,
        name: displayName(account),
        primaryEmail: account.billToContact?.workEmail ?? '',
        billingAddress: address(account),
        account: {
          id: togaiId,
          name: displayName(account),
          ...(account.billingAndPayment?.currency ? { invoiceCurrency: account.billingAndPayment.currency } : {}),
          settings: [mappingSetting('zuora', zuoraId)],
        },
      }),
  );
  // the account may have been made by an attempt that died before the rest; finish its work
  const wrote = !created && (await recordMapping(clients.togai, togaiId, 'zuora', zuoraId));
  if (link !== togaiId) await zuora.updateAccount(zuoraId, { [ZUORA_LINK_FIELD]: togaiId });
  return outcome(1, created || wrote || link !== togaiId ? 'done' : 'already-done', `Zuora account ${zuoraId} is Togai customer and account '${togaiId}'`);
}
