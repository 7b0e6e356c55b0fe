import type { ChargebeeCustomer } from './clients/chargebee.js';
import type { TogaiAccount } from './clients/togai.js';
import type { ZuoraAccountRow } from './clients/zuora.js';
import { FlowFailure, type FlowRunner } from './dispatch.js';
import { togaiLink } from './flows/chargebee-customer-to-togai.js';
import { chargebeeOf, zuoraOf, type FlowOutcome } from './flows/outcome.js';
import { bornIn, ZUORA_LINK_FIELD, type MappedVendor } from './mappings.js';
import { isPermanent } from './permanent-failures.js';
import type { ReconcileReport } from './reconcile.js';

/**
 * Where a pass starts reading a vendor's records: the vendor's own time (epoch ms) of the
 * latest record the last pass looked at, or undefined for every record.
 */
export type Mark = number | undefined;

/** One vendor's account records, whose account flow may have missed its notification. */
export interface AccountSource<R> {
  /** What a report calls one record, e.g. "Zuora account". */
  noun: string;
  /** The records from `since` on (all of them when the vendor cannot list by time), oldest first. */
  pages(since: Mark): AsyncIterable<R[]>;
  id(record: R): string;
  /** The record's time in the listing order (epoch ms); undefined when the vendor keeps none. */
  at(record: R): number | undefined;
  /** Whether its flow may still have work to do, read from the listing where it says so. */
  pending(record: R): Promise<boolean>;
  /** The flow the record's notification runs. */
  run(record: R): Promise<FlowOutcome[]>;
}

/** Records of one account flow a pass runs at once; each is about another account, and the flows' own queue keeps one account's work in order. */
export const RECONCILE_CONCURRENCY = 4;

/** `work` for each item, RECONCILE_CONCURRENCY at a time; false when `stopping` cut it short. */
export async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, stopping: () => boolean): Promise<boolean> {
  for (let i = 0; i < items.length; i += RECONCILE_CONCURRENCY) {
    if (stopping()) return false;
    await Promise.all(items.slice(i, i + RECONCILE_CONCURRENCY).map(work));
  }
  return true;
}

/**
 * Look at one vendor's records since `since` and run the flow of each one still pending; a record
 * that fails is reported and the rest go on. Answers where the next pass starts: after the latest
 * record seen, but never past one that failed for a reason that may pass, so the next pass tries
 * it again (listing from a mark takes in records at the mark, so a boundary record is looked at
 * twice, which costs a read). A listing that fails, or a pass stopped part way, leaves the mark
 * where it was.
 */
export async function reconcileSource<R>(source: AccountSource<R>, since: Mark, report: ReconcileReport, stopping: () => boolean): Promise<Mark> {
  let latest = since;
  let firstFailed: number | undefined;
  const one = async (record: R) => {
    report.accounts++;
    const at = source.at(record);
    try {
      if (await source.pending(record)) report.outcomes.push(...(await source.run(record)));
    } catch (e) {
      if (e instanceof FlowFailure) report.outcomes.push(...e.outcomes);
      report.failures.push(`${source.noun} ${source.id(record)}: ${(e as Error).message}`);
      // a vendor that refused the flow's request as invalid will refuse it again: reported, not held for
      const permanent = e instanceof FlowFailure ? e.permanent : isPermanent(e as Error);
      if (at !== undefined && !permanent) firstFailed = Math.min(firstFailed ?? at, at);
    }
    if (at !== undefined) latest = Math.max(latest ?? at, at);
  };
  try {
    for await (const page of source.pages(since)) {
      if (!(await inBatches(page, one, stopping))) return since;
    }
  } catch (e) {
    report.failures.push(`${source.noun}s could not be listed: ${(e as Error).message}`);
    return since;
  }
  return firstFailed ?? latest;
}

/**
 * Flow 1: Zuora accounts updated since the mark (Object Query filters on update time, not
 * creation; a new account's update time is its creation). Flow 1 links an account to itself
 * when done and flow 2 links the accounts it makes to their Togai account, so only an unlinked
 * account is pending.
 */
export function zuoraAccounts(runner: FlowRunner): AccountSource<ZuoraAccountRow> {
  const zuora = zuoraOf(runner.clients);
  return {
    noun: 'Zuora account',
    pages: (since) => zuora.accountPages(since, [ZUORA_LINK_FIELD]),
    id: (a) => a.id,
    at: (a) => Date.parse(a.updatedDate),
    pending: async (a) => typeof a[ZUORA_LINK_FIELD] !== 'string' || a[ZUORA_LINK_FIELD] === '',
    run: (a) => runner.onZuoraCallout({ accountId: a.id }),
  };
}

/**
 * Flow 6: Chargebee customers created since the mark. One flow 9 made names its Togai account
 * and is left alone; for the others, one read of the Togai account of the same ID says whether
 * flow 6 made it (the account carries the Chargebee mapping).
 */
export function chargebeeCustomers(runner: FlowRunner): AccountSource<ChargebeeCustomer> {
  const chargebee = chargebeeOf(runner.clients);
  return {
    noun: 'Chargebee customer',
    pages: (since) => chargebee.customerPages(since === undefined ? undefined : Math.floor(since / 1000)),
    id: (c) => c.id,
    at: (c) => (c.created_at === undefined ? undefined : c.created_at * 1000),
    pending: async (c) => !togaiLink(c) && !bornIn((await runner.clients.togai.account(c.id))?.settings, 'chargebee'),
    run: (c) => runner.onChargebeeEvent({ id: `reconcile-${c.id}`, event_type: 'customer_created', occurred_at: c.created_at ?? 0, content: { customer: c } }),
  };
}

/**
 * Flows 2 and 9: every Togai account. Togai's account list has no creation time to filter or
 * order on, so each pass reads it all; a page carries each account's settings, and an account
 * mapped to every vendor it is pushed to (by flow 2 or 9, or born there by flow 1 or 6) costs
 * nothing more. The flows get the account without its mappings, as only a notification shows the
 * settings it was born with: they read the stored mapping instead, which a born account has had
 * from its first write, so nothing is pushed back, and each flow says truly what it found.
 */
export function togaiAccounts(runner: FlowRunner): AccountSource<TogaiAccount> {
  const pushedTo: MappedVendor[] = [...(runner.enabled.has(2) ? ['zuora' as const] : []), ...(runner.enabled.has(9) ? ['chargebee' as const] : [])];
  return {
    noun: 'Togai account',
    pages: () => runner.clients.togai.accountPages(),
    id: (a) => a.id,
    at: () => undefined,
    pending: async (a) => pushedTo.some((vendor) => !bornIn(a.settings, vendor)),
    run: (a) => {
      const account = { ...a, settings: a.settings?.filter((s) => !pushedTo.some((vendor) => bornIn([s], vendor))) };
      return runner.onTogaiNotification({ id: `reconcile-${a.id}`, type: 'account.created', createdAt: new Date().toISOString(), data: { customerId: a.customerId, account } });
    },
  };
}
