import type { TogaiState } from './state.js';
import type {
  AccountRecord,
  CustomerRecord,
  EventSchemaRecord,
  PricePlanRecord,
  SettingRecord,
  UsageMeterRecord,
} from './records.js';

/** Response bodies, shaped exactly as the Togai contract's schemas. Absent values are left out, never null. */

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === null || o[k] === undefined) delete o[k];
  return o;
}

export function customerView(c: CustomerRecord) {
  return {
    id: c.id,
    name: c.name,
    primaryEmail: c.primaryEmail,
    billingAddress: c.billingAddress,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function entitySettingView(s: SettingRecord) {
  return { id: s.id, value: s.value, namespace: s.namespace, name: s.name, dataType: s.dataType };
}

export function settingView(s: SettingRecord) {
  return {
    id: s.id,
    value: s.value,
    entityType: s.entityType,
    entityId: s.entityId,
    namespace: s.namespace,
    name: s.name,
    dataType: s.dataType,
  };
}

export function accountView(state: TogaiState, a: AccountRecord) {
  return {
    id: a.id,
    name: a.name,
    invoiceCurrency: a.invoiceCurrency,
    aliases: a.aliases.map((x) => ({ alias: x.alias, status: x.status })),
    status: a.status,
    settings: state.settingsOf('ACCOUNT', a.id).map(entitySettingView),
  };
}

export function eventSchemaView(s: EventSchemaRecord) {
  return defined({
    name: s.name,
    description: s.description,
    version: s.version,
    status: s.status,
    attributes: s.attributes,
    dimensions: s.dimensions,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  });
}

export function usageMeterView(m: UsageMeterRecord) {
  return defined({
    id: m.id,
    name: m.name,
    description: m.description,
    type: m.type,
    status: m.status,
    aggregation: m.aggregation,
    computations: m.computations,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    lastActivatedAt: m.lastActivatedAt,
  });
}

/** Plans are not versioned here, so a plan has one schedule: from its creation, open-ended. */
const OPEN_END = '9999-12-31T23:59:59.999Z';

export function pricePlanView(p: PricePlanRecord) {
  return defined({
    id: p.id,
    name: p.name,
    description: p.description,
    status: p.status,
    pricingSchedule: [{ pricePlanDetails: p.details, startDate: p.createdAt, endDate: OPEN_END }],
  });
}

export function pricePlanListView(p: PricePlanRecord) {
  return defined({
    id: p.id,
    name: p.name,
    description: p.description,
    status: p.status,
    usageMeters: (p.details.usageRateCards ?? []).map((c) => c.usageMeterId),
    pricePlanDetails: p.details,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  });
}
