import { dictionary } from './dictionary.js';
import type { RuleData } from './metering.js';
import type { SettingRecord } from './party-records.js';
import { evaluate } from './rule-budget.js';
import type { TogaiState } from './state.js';
import type { Enrichments } from './usage-records.js';

/**
 * A schema's enrichments, ready to run: fields computed in their order from the event, the fields
 * before them and the dependencies (settings read for the event's account), then added to the
 * event's attributes or dimensions for its meters to read.
 */
export interface CompiledEnrichment {
  dependencies: { key: string; name: string; namespace: string; id: string }[];
  fields: { name: string; type: 'ATTRIBUTE' | 'DIMENSION'; enrichmentType: string; compute: (scope: object) => unknown }[];
}

/** What enriching one event gave, as EventPipelineInfoEnrichments reports it. */
export interface EnrichmentTrace {
  attributes: { name: string; type: string; value: string }[];
  dimensions: { name: string; type: string; value: string }[];
  dependencies: { key: string; type: string; name: string; value: string }[];
}

/** `setting.<namespace>.<id>`, the form of a dependency's key; undefined for any other. */
export function settingRef(key: string): { namespace: string; id: string } | undefined {
  const [root, namespace, ...id] = key.split('.');
  return root === 'setting' && namespace && id.length ? { namespace, id: id.join('.') } : undefined;
}

export function compileEnrichments(e: Enrichments | undefined): CompiledEnrichment | undefined {
  if (!e?.fields.length) return undefined;
  return {
    dependencies: (e.dependencies ?? []).map((d) => ({ key: d.key, name: d.name, ...settingRef(d.key)! })),
    fields: [...e.fields]
      .sort((a, b) => a.order - b.order)
      .map((f) => {
        const rule: unknown = f.enrichmentType === 'JSON_LOGIC' ? JSON.parse(f.value) : undefined;
        const what = `enrichment field '${f.name}'`;
        return {
          name: f.name,
          type: f.type as 'ATTRIBUTE' | 'DIMENSION',
          enrichmentType: f.enrichmentType,
          compute: rule === undefined ? () => f.value : (scope: object) => evaluate(rule, scope, what),
        };
      }),
  };
}

/** A setting's value for an event of `accountId`: the account's own, else its customer's, else the organisation's. */
function settingValue(state: TogaiState, accountId: string, namespace: string, id: string): unknown {
  const matches = (s: SettingRecord) => s.id === id && s.namespace.toLowerCase() === namespace.toLowerCase();
  const customerId = state.account(accountId)?.customerId;
  const found =
    state.settingsOf('ACCOUNT', accountId).find(matches) ??
    (customerId === undefined ? undefined : state.settingsOf('CUSTOMER', customerId).find(matches)) ??
    [...state.store.values<SettingRecord>('setting')].find((s) => s.entityType === 'ORGANIZATION' && matches(s));
  if (!found) return null;
  if (found.dataType === 'NUMERIC') return Number(found.value);
  return found.dataType === 'STRING' ? found.value : JSON.parse(found.value);
}

/** Add the enriched fields to `data` (in place; its dimensions are copied first, as they are the request's own). */
export function enrich(state: TogaiState, e: CompiledEnrichment, accountId: string, data: RuleData): EnrichmentTrace {
  const dependencies = dictionary<unknown>();
  const trace: EnrichmentTrace = { attributes: [], dimensions: [], dependencies: [] };
  for (const d of e.dependencies) {
    dependencies[d.name] = settingValue(state, accountId, d.namespace, d.id);
    trace.dependencies.push({ key: d.key, type: 'SETTING', name: d.name, value: JSON.stringify(dependencies[d.name]) });
  }
  data.dimension = data.dimensions = dictionary(data.dimensions);
  const scope = dictionary<unknown>({ ...data, dependencies });
  for (const f of e.fields) {
    const value = f.compute(scope);
    if (f.type === 'ATTRIBUTE') {
      data.attribute[f.name] = Number(value);
      trace.attributes.push({ name: f.name, type: f.enrichmentType, value: String(data.attribute[f.name]) });
    } else {
      data.dimension[f.name] = value === null || value === undefined ? '' : String(value);
      trace.dimensions.push({ name: f.name, type: f.enrichmentType, value: data.dimension[f.name]! });
    }
  }
  return trace;
}
