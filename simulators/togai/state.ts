import { Store } from '../kit/store.js';
import type { AccountRecord, IngestedBody, SettingRecord, StoredEvent } from './records.js';
import type { CompiledMeter } from './metering.js';

export type TogaiModel = 'customer' | 'account' | 'setting' | 'eventSchema' | 'usageMeter' | 'pricePlan' | 'invoice';

export interface OpenCycle {
  invoiceId: string;
  start: number;
  end: number;
}

export class TogaiState {
  readonly store = new Store<TogaiModel>({
    customer: 'id',
    account: 'id',
    setting: 'key',
    eventSchema: 'name',
    usageMeter: 'id',
    pricePlan: 'id',
    invoice: 'id',
  });
  /** ACTIVE alias (and account id) -> account id, for routing events. */
  readonly routes = new Map<string, string>();
  /** Accepted events by id (the id is Togai's idempotency key). */
  readonly events = new Map<string, StoredEvent>();
  /** The request text last parsed to read events back, with its parse. */
  lastParsed: { body: IngestedBody; value: unknown } | undefined;
  /** ACTIVE meters of each event schema, with their rules parsed once. */
  readonly meters = new Map<string, CompiledMeter[]>();
  /** The open (ONGOING or GRACE_PERIOD) billing cycles of each account, oldest first. */
  readonly openCycles = new Map<string, OpenCycle[]>();
  /** Setting keys by `entityType|entityId`, so views need not scan every setting. */
  readonly settingsByEntity = new Map<string, Set<string>>();

  constructor(readonly baseCurrency: string) {}

  account(id: string): AccountRecord | undefined {
    return this.store.get<AccountRecord>('account', id);
  }

  settingsOf(entityType: string, entityId: string): SettingRecord[] {
    const keys = this.settingsByEntity.get(`${entityType}|${entityId}`);
    if (!keys) return [];
    return [...keys].map((k) => this.store.get<SettingRecord>('setting', k)!);
  }

  addSetting(record: SettingRecord): SettingRecord {
    const created = this.store.insert('setting', record);
    const group = `${record.entityType}|${record.entityId}`;
    const keys = this.settingsByEntity.get(group) ?? new Set<string>();
    keys.add(record.key);
    this.settingsByEntity.set(group, keys);
    return created;
  }

  dump(): Record<string, unknown> {
    return { ...this.store.dump(), events: this.events.size };
  }
}
