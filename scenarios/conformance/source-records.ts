import type { World } from '../engine/world.js';
import type { Vendor } from '../engine/vendors.js';

/** One vendor's customer-side records, each as one line of its identifying and linking fields. */
export type SourceRecords = string[];

type Row = Record<string, unknown>;

const line = (kind: string, row: Row, keys: string[]) => `${kind} ${JSON.stringify(Object.fromEntries(keys.map((k) => [k, row[k] ?? null])))}`;

async function list(world: World, vendor: Vendor, operation: string, query: Record<string, string>, at: (body: any) => unknown): Promise<Row[]> {
  const res = await world.sim(vendor).call(operation, { query });
  if (res.status !== 200) throw new Error(`${vendor} ${operation} answered ${res.status} while the conformance run read its records`);
  const rows = at(res.body);
  return Array.isArray(rows) ? (rows as Row[]) : [];
}

/**
 * The records a flow between accounts could make or change at `vendor` (customers and accounts,
 * with the fields that link them across vendors), sorted: two runs that left the same records
 * give the same list.
 */
export async function sourceRecords(world: World, vendor: Vendor): Promise<SourceRecords> {
  const lines: string[] = [];
  if (vendor === 'togai') {
    for (const c of await list(world, 'togai', 'getCustomers', { pageSize: '50' }, (b) => b?.data)) lines.push(line('customer', c, ['id', 'name']));
    for (const a of await list(world, 'togai', 'getAccounts', { pageSize: '50' }, (b) => b?.data)) {
      // the mapping settings are the links another flow could overwrite
      const settings = ((a.settings as Row[] | undefined) ?? []).map((s) => `${s.namespace}.${s.id}=${s.value}`).sort();
      lines.push(line('account', { ...a, settings }, ['id', 'name', 'customerId', 'settings']));
    }
  } else if (vendor === 'zuora') {
    for (const a of await list(world, 'zuora', 'queryAccounts', { pageSize: '99' }, (b) => b?.data)) lines.push(line('account', a, ['id', 'name', 'currency', 'TogaiAccountId__c']));
  } else {
    for (const r of await list(world, 'chargebee', 'listCustomers', { limit: '100' }, (b) => b?.list)) lines.push(line('customer', r.customer as Row, ['id', 'email', 'company', 'meta_data']));
  }
  return lines.sort();
}

/** How `found` differs from `expected`: each record one has and the other lacks, as many times as it does. */
export function recordDiff(expected: SourceRecords, found: SourceRecords): string[] {
  const rest = [...found];
  const missing: string[] = [];
  for (const record of expected) {
    const i = rest.indexOf(record);
    if (i < 0) missing.push(record);
    else rest.splice(i, 1);
  }
  return [...rest.map((r) => `${r} is there, the happy path did not leave it`), ...missing.map((r) => `${r} is gone or changed`)];
}
