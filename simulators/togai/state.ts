import { primaryKey, nullable } from '@mswjs/data';
import { Store } from '../kit/store.js';
import type { AccountRecord, SettingRecord, StoredEvent } from './records.js';
import type { CompiledMeter } from './metering.js';

export type TogaiModel = 'customer' | 'account' | 'setting' | 'eventSchema' | 'usageMeter' | 'pricePlan' | 'invoice';

const list = () => [] as any[];
const map = () => ({}) as Record<string, any>;

function dictionary() {
  return {
    customer: {
      id: primaryKey(String),
      name: String,
      primaryEmail: String,
      billingAddress: String,
      status: String,
      createdAt: String,
      updatedAt: String,
    },
    account: {
      id: primaryKey(String),
      customerId: String,
      name: String,
      invoiceCurrency: String,
      status: String,
      aliases: list,
      schedules: list,
      createdAt: String,
    },
    setting: {
      key: primaryKey(String),
      id: String,
      value: String,
      entityType: String,
      entityId: String,
      namespace: String,
      name: String,
      dataType: String,
    },
    eventSchema: {
      name: primaryKey(String),
      description: nullable(String),
      version: Number,
      status: String,
      attributes: list,
      dimensions: list,
      createdAt: String,
      updatedAt: String,
    },
    usageMeter: {
      id: primaryKey(String),
      schemaName: String,
      name: String,
      description: nullable(String),
      type: String,
      status: String,
      aggregation: String,
      computations: list,
      createdAt: String,
      updatedAt: String,
      lastActivatedAt: nullable(String),
    },
    pricePlan: {
      id: primaryKey(String),
      name: String,
      description: nullable(String),
      status: String,
      details: map,
      createdAt: String,
      updatedAt: String,
    },
    invoice: {
      id: primaryKey(String),
      customerId: String,
      accountId: String,
      pricePlanId: String,
      status: String,
      startDate: String,
      endDate: String,
      invoiceDate: String,
      generatedAt: nullable(String),
      updatedAt: String,
      usage: map,
      lines: map,
    },
  };
}

/**
 * Everything one Togai simulator holds. Records live in @mswjs/data; ingested events and
 * the indexes the ingestion hot path needs live beside it in plain maps.
 */
export interface OpenCycle {
  invoiceId: string;
  start: number;
  end: number;
}

export class TogaiState {
  readonly store = new Store<TogaiModel>(dictionary() as any);
  /** ACTIVE alias (and account id) -> account id, for routing events. */
  readonly routes = new Map<string, string>();
  /** Accepted events by id (the id is Togai's idempotency key). */
  readonly events = new Map<string, StoredEvent>();
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
