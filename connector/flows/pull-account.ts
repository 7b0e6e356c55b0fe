import type { TogaiAddress, TogaiClient } from '../clients/togai.js';
import { clip } from '../fit.js';
import { findOrCreate } from '../find-or-create.js';
import { mappingSetting, recordMapping, type MappedVendor } from '../mappings.js';

export interface PulledAccount {
  vendor: MappedVendor;
  /** The vendor record's ID: the Togai customer and account take it as theirs, and the mapping holds it. */
  id: string;
  name: string;
  email?: string;
  address: TogaiAddress;
  currency?: string;
}

/**
 * Flows 1 and 6: the Togai customer and account for a vendor record, made in one request with
 * the mapping among the account's settings, so no account exists unmapped. When an earlier
 * attempt made it, its mapping is checked; answers whether this call changed anything.
 */
export async function pullAccount(togai: TogaiClient, record: PulledAccount): Promise<boolean> {
  // Togai names are 3 to 255 characters
  const name = clip(record.name.trim().length >= 3 ? record.name.trim() : `${record.name.trim()} (${record.id})`, 255);
  const { created } = await findOrCreate(
    () => togai.account(record.id),
    () =>
      togai.createCustomer({
        id: record.id,
        name,
        // both required by Togai: a record without them gets an empty email and an empty address
        primaryEmail: record.email ?? '',
        address: record.address,
        account: {
          id: record.id,
          name,
          ...(record.currency ? { invoiceCurrency: record.currency } : {}),
          settings: [mappingSetting(record.vendor, record.id)],
        },
      }),
  );
  return created || (await recordMapping(togai, record.id, record.vendor, record.id));
}
