import { snapshotClass } from '../kit/snapshot-codec.js';
import { REDACTED } from '../kit/admin-redaction.js';
import { mapped, Store, type Collection } from '../kit/store.js';
import type { CreditEntryRecord } from './entitlement-records.js';
import type { MeteringSnapshot } from './metering.js';
import type { AccountRecord, ContactRecord, SettingRecord } from './party-records.js';
import type { IngestedBody, StoredEvent } from './usage-records.js';

export type TogaiModel = 'customer' | 'contact' | 'account' | 'alias' | 'setting' | 'eventSchema' | 'usageMeter' | 'pricePlan' | 'schedule' | 'invoice' | 'credit' | 'wallet' | 'payment' | 'feature' | 'creditEntry';

export interface OpenCycle {
  invoiceId: string;
  start: number;
  end: number;
}

/**
 * Where each value routes events: an ACTIVE alias (or account id) to its account, as a Map's
 * get / has / set / delete. An account's own id routing to that account, as every ACTIVE
 * account's does, is not kept (a Map entry for each of a million accounts): an account id with
 * no entry routes to its account, and one that routes nowhere is kept as `null`. Every route is
 * set by aliases.ts `refreshRoute` once the account is stored, so the two answer alike. (A snapshot
 * taken before this class held a plain Map here, every route in it; restored, it works as one.)
 */
export class Routes {
  // every route but an account's own id to that account; null: an account's own id that routes nowhere
  private readonly table = new Map<string, string | null>();

  constructor(private readonly store: Store<TogaiModel>) {}

  get(value: string): string | undefined {
    const to = this.table.get(value);
    if (to !== undefined) return to ?? undefined;
    return this.store.has('account', value) ? value : undefined;
  }

  has(value: string): boolean {
    return this.get(value) !== undefined;
  }

  set(value: string, accountId: string): this {
    if (accountId === value && this.store.has('account', value)) this.table.delete(value);
    else this.table.set(value, accountId);
    return this;
  }

  delete(value: string): boolean {
    const had = this.has(value);
    if (this.store.has('account', value)) this.table.set(value, null);
    else this.table.delete(value);
    return had;
  }
}

export class TogaiState {
  readonly store = new Store<TogaiModel>({
    customer: 'id',
    contact: 'username',
    account: 'id',
    alias: 'value',
    setting: 'key',
    eventSchema: 'name',
    usageMeter: 'id',
    pricePlan: 'id',
    schedule: 'id',
    invoice: 'id',
    credit: 'id',
    wallet: 'accountId',
    payment: 'id',
    feature: 'id',
    creditEntry: 'key',
  });
  /** ACTIVE alias (and account id) -> account id, for routing events. */
  readonly routes = new Routes(this.store);
  /** Accepted events by id (the id is Togai's idempotency key). */
  readonly events = new Map<string, StoredEvent>();
  /** The request text last parsed to read events back, with its parse. */
  lastParsed: { body: IngestedBody; value: unknown } | undefined;
  /** Each ACTIVE event schema's current version and ACTIVE meters, compiled once (see metering.ts). */
  readonly meters = new Map<string, MeteringSnapshot>();
  /** The DRAFT billing cycles of each account still taking events (open, or in their grace period), oldest first. */
  readonly openCycles = new Map<string, OpenCycle[]>();
  /**
   * Each entity's settings, oldest first, by entity type and then entity id (strings the records
   * already hold, so no key is built per entity), so views need not scan every setting.
   */
  readonly settingsByEntity = new Map<string, Map<string, SettingRecord[]>>();

  /** Credit entry keys of each `accountId|featureId`, oldest first, so balances need not scan every entry. */
  readonly creditEntriesOf = new Map<string, string[]>();

  constructor(readonly baseCurrency: string) {}

  creditEntries(accountId: string, featureId: string): CreditEntryRecord[] {
    return (this.creditEntriesOf.get(`${accountId}|${featureId}`) ?? []).map((k) => this.store.get<CreditEntryRecord>('creditEntry', k)!);
  }

  addCreditEntry(entry: CreditEntryRecord): CreditEntryRecord {
    const created = this.store.insert('creditEntry', entry);
    const group = `${entry.accountId}|${entry.featureId}`;
    this.creditEntriesOf.set(group, [...(this.creditEntriesOf.get(group) ?? []), entry.key]);
    return created;
  }

  account(id: string): AccountRecord | undefined {
    return this.store.get<AccountRecord>('account', id);
  }

  settingsOf(entityType: string, entityId: string): SettingRecord[] {
    return [...(this.settingsByEntity.get(entityType)?.get(entityId) ?? [])];
  }

  addSetting(record: SettingRecord): SettingRecord {
    const created = this.store.insert('setting', record);
    let ofType = this.settingsByEntity.get(record.entityType);
    if (!ofType) this.settingsByEntity.set(record.entityType, (ofType = new Map()));
    // a list of exactly the settings held (settings are never removed, and keys are unique)
    const held = ofType.get(record.entityId);
    ofType.set(record.entityId, held ? held.concat(created) : [created]);
    return created;
  }

  dump(): Record<string, unknown> {
    return { ...this.store.dump(), events: this.events.size };
  }

  /**
   * What `/__admin/state` pages through: every model (contacts without their password hash) and
   * the accepted events, each as what was decided about it; the request text an event points
   * into is shared by up to 500 events and is not repeated.
   */
  collections(): Record<string, Collection> {
    const tables = this.store.collections();
    return {
      ...tables,
      contact: mapped(tables.contact as Map<string, ContactRecord>, (c) => (c.passwordHash === undefined ? c : { ...c, passwordHash: REDACTED })),
      events: mapped({ size: this.events.size, values: () => this.events.entries() }, ([id, e]) => ({
        id,
        accountId: e.accountId,
        receivedAt: new Date(e.body.at).toISOString(),
        schemaName: e.via.schema.name,
        schemaVersion: e.via.schema.version,
        status: e.status,
        invoiceId: e.invoiceId,
        ...(e.statusBeforeReverting ? { statusBeforeReverting: e.statusBeforeReverting } : {}),
      })),
    };
  }
}

snapshotClass(TogaiState, 'togai.State');
snapshotClass(Routes, 'togai.Routes');
