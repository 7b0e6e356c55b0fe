export const VENDORS = ['togai', 'zuora', 'chargebee'] as const;
export type Vendor = (typeof VENDORS)[number];
