/** The three systems as the page names them, and how it points at one record. */
import type { Vendor } from '../api-types.js';

export const VENDORS: readonly Vendor[] = ['togai', 'zuora', 'chargebee'];

export const VENDOR_TITLE: Record<Vendor, string> = { togai: 'Togai', zuora: 'Zuora', chargebee: 'Chargebee' };

/** A record the page can open: the side panel's subject. */
export interface RecordRef {
  vendor: Vendor;
  kind: string;
  id: string;
}

/** `vendor:kind:id`, as LinkGraph names its nodes. */
export const refKey = (ref: RecordRef): string => `${ref.vendor}:${ref.kind}:${ref.id}`;

/** The `data-testid` suffix for a record: `togai-customers-<id>`. */
export const refTestId = (ref: RecordRef): string => `${ref.vendor}-${ref.kind}-${ref.id}`;
