import { currentVersion } from './metering.js';
import type { TogaiState } from './state.js';
import type { EventSchemaRecord, EventSchemaVersion, UsageMeterRecord } from './usage-records.js';

/** Response bodies of event schemas and usage meters, shaped as the contract's models; absent values are left out. */

/** An EventSchema: one version of a schema. */
export function eventSchemaView(v: EventSchemaVersion) {
  return {
    name: v.name,
    version: v.version,
    status: v.status,
    ...(v.description !== undefined && { description: v.description }),
    attributes: v.attributes.map((a) => ({ ...a })),
    dimensions: v.dimensions.map((d) => ({ ...d })),
    ...(v.filterFields && { filterFields: [...v.filterFields] }),
    ...(v.enrichments && { enrichments: v.enrichments }),
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}

/** An EventSchemaListData: the current version and how many usage meters (not deleted) use the schema. */
export function eventSchemaListView(v: EventSchemaVersion, usageMetersCount: number) {
  return { ...eventSchemaView(v), usageMetersCount };
}

/** A UsageMeter; `eventSchema` (the current version of its schema) only when asked for. */
export function usageMeterView(state: TogaiState, m: UsageMeterRecord, includeSchema = false) {
  const schema = includeSchema && m.schemaName ? state.store.get<EventSchemaRecord>('eventSchema', m.schemaName) : undefined;
  return {
    id: m.id,
    name: m.name,
    ...(m.billableName !== undefined && { billableName: m.billableName }),
    // Togai derives it: the billable name, else the name
    displayName: m.billableName ?? m.name,
    ...(m.description !== undefined && { description: m.description }),
    filters: m.filters.map((f) => ({ ...f })),
    type: m.type,
    status: m.status,
    aggregation: m.aggregation,
    computations: m.computations.map((c) => ({ ...c })),
    ...(schema && { eventSchema: eventSchemaView(currentVersion(schema)) }),
    createdAt: m.createdAt,
    ...(m.lastActivatedAt !== undefined && { lastActivatedAt: m.lastActivatedAt }),
    updatedAt: m.updatedAt,
  };
}
