import type { TogaiClient, TogaiEntitySetting } from './clients/togai.js';
import { VendorError } from './http/vendor-http.js';

/**
 * Where the guides keep an ID mapping: a setting on the Togai account, in the vendor's
 * namespace. The vendor side holds the reverse link where it has a place for one: a custom
 * field on the Zuora account (its CRM ID belongs to the tenant's CRM integration), the
 * Chargebee customer's id and meta_data.
 */
export const MAPPINGS = {
  zuora: { namespace: 'zuora', id: 'accountId', name: 'Zuora account ID' },
  chargebee: { namespace: 'chargebee', id: 'customerId', name: 'Chargebee customer ID' },
} as const;

/** The Zuora account custom field naming the Togai account it is linked to. */
export const ZUORA_LINK_FIELD = 'TogaiAccountId__c';

export type MappedVendor = keyof typeof MAPPINGS;

export function mappingSetting(vendor: MappedVendor, value: string): TogaiEntitySetting {
  return { ...MAPPINGS[vendor], value, dataType: 'STRING' };
}

/** Whether an account arrived already mapped to `vendor`: flows 1 and 6 make accounts so, from that vendor. */
export function bornIn(settings: { namespace?: string; id?: string }[] | undefined, vendor: MappedVendor): boolean {
  const m = MAPPINGS[vendor];
  return settings?.some((s) => s.namespace === m.namespace && s.id === m.id) ?? false;
}

export class MappingConflict extends Error {
  override name = 'MappingConflict';
}

/** The vendor ID a Togai account is mapped to, if any. */
export async function mappedId(togai: TogaiClient, accountId: string, vendor: MappedVendor): Promise<string | undefined> {
  return settingValue(togai, 'ACCOUNT', accountId, MAPPINGS[vendor].namespace, MAPPINGS[vendor].id);
}

/**
 * Keep the mapping on the Togai account; true when this call wrote it. Writing the same value again is a no-op; a different
 * value already there is a conflict a person must look at, so it is reported, not overwritten.
 */
export async function recordMapping(togai: TogaiClient, accountId: string, vendor: MappedVendor, value: string): Promise<boolean> {
  const existing = await mappedId(togai, accountId, vendor);
  if (existing === value) return false;
  if (existing !== undefined) {
    throw new MappingConflict(`Togai account '${accountId}' is already mapped to ${vendor} '${existing}', not '${value}'; fix setting ${MAPPINGS[vendor].namespace}.${MAPPINGS[vendor].id} by hand`);
  }
  try {
    await togai.insertSetting({ ...mappingSetting(vendor, value), entityType: 'ACCOUNT', entityId: accountId });
    return true;
  } catch (e) {
    // a concurrent delivery may have written it first; the read decides
    if (e instanceof VendorError && e.status !== undefined && e.status < 500 && (await mappedId(togai, accountId, vendor)) === value) return false;
    throw e;
  }
}

/** A connector setting on a Togai entity (not a mapping): read it, or write it whether or not it exists. */
export async function settingValue(togai: TogaiClient, entityType: string, entityId: string, namespace: string, id: string): Promise<string | undefined> {
  return (await togai.settings({ entity_type: entityType, entity_id: entityId, namespace, setting_id: id }))[0]?.value;
}

export async function upsertSetting(togai: TogaiClient, entityType: string, entityId: string, setting: TogaiEntitySetting): Promise<void> {
  if ((await settingValue(togai, entityType, entityId, setting.namespace, setting.id)) !== undefined) {
    await togai.updateSetting(`setting.${setting.namespace}.${setting.id}.${entityType}.${entityId}`, setting.value);
    return;
  }
  await togai.insertSetting({ ...setting, entityType, entityId });
}
