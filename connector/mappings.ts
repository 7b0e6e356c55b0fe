import type { TogaiClient, TogaiSetting } from './clients/togai.js';
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

export function mappingSetting(vendor: MappedVendor, value: string): TogaiSetting {
  return { ...MAPPINGS[vendor], value, dataType: 'STRING' };
}

/** An account that arrived with a vendor mapping was made from that vendor (flows 1 and 6), not in Togai. */
export function bornInVendor(settings: { namespace?: string; id?: string }[] | undefined): MappedVendor | undefined {
  for (const vendor of Object.keys(MAPPINGS) as MappedVendor[]) {
    const m = MAPPINGS[vendor];
    if (settings?.some((s) => s.namespace === m.namespace && s.id === m.id)) return vendor;
  }
  return undefined;
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
  const res = await togai.insertSetting({ ...mappingSetting(vendor, value), entityType: 'ACCOUNT', entityId: accountId });
  if (res.status === 200 || res.status === 201) return true;
  // a concurrent delivery may have written it first; the read decides
  if ((await mappedId(togai, accountId, vendor)) === value) return false;
  throw new VendorError('togai', 'insertSetting', res.status, res.body, (res.body as { message?: string })?.message ?? 'setting not stored');
}

/** A connector setting on a Togai entity (not a mapping): read it, or write it whether or not it exists. */
export async function settingValue(togai: TogaiClient, entityType: string, entityId: string, namespace: string, id: string): Promise<string | undefined> {
  return (await togai.settings({ entity_type: entityType, entity_id: entityId, namespace, setting_id: id }))[0]?.value;
}

export async function upsertSetting(togai: TogaiClient, entityType: string, entityId: string, setting: TogaiSetting): Promise<void> {
  if ((await settingValue(togai, entityType, entityId, setting.namespace, setting.id)) !== undefined) {
    await togai.updateSetting(`setting.${setting.namespace}.${setting.id}.${entityType}.${entityId}`, setting.value);
    return;
  }
  const res = await togai.insertSetting({ ...setting, entityType, entityId });
  if (res.status !== 200 && res.status !== 201) {
    throw new VendorError('togai', 'insertSetting', res.status, res.body, (res.body as { message?: string })?.message ?? 'setting not stored');
  }
}

