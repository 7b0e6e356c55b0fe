import type { TogaiHandlers } from './operations.js';
import type { FeatureRecord, SchemaAssociation } from './entitlement-records.js';
import { badRequest, notFound, requireId } from './errors.js';
import { togaiId } from './ids.js';
import { currentVersion } from './metering.js';
import type { TogaiContext } from './notifications.js';
import { page, pageContext } from './paging.js';
import type { EventSchemaRecord } from './usage-records.js';

/**
 * Features (Togai's Feature API). Rules chosen from the Feature pages:
 * - names are unique, as the plans' and meters' are; the displayName is the billableName, else the name;
 * - a schema association names an existing event schema and an attribute of its current version:
 *   that attribute of the schema's events is the feature's use (what POST /entitled burns);
 * - one attribute of a schema counts for at most one feature, so an event's use is never read twice;
 * - an update's schemaAssociations replace the feature's whole list.
 */

export function findFeature(ctx: TogaiContext, id: string): FeatureRecord {
  const feature = ctx.state.store.get<FeatureRecord>('feature', id);
  if (!feature) throw notFound('Feature', id);
  return feature;
}

function checkName(ctx: TogaiContext, name: string, self?: string): void {
  requireId(name, 'name');
  for (const f of ctx.state.store.values<FeatureRecord>('feature')) {
    if (f.name === name && f.id !== self) throw badRequest(`A feature named '${name}' already exists (${f.id}); feature names are unique`);
  }
}

function checkAssociations(ctx: TogaiContext, list: SchemaAssociation[], self?: string): void {
  const seen = new Set<string>();
  list.forEach((a, i) => {
    const at = `schemaAssociations[${i}]`;
    const schema = ctx.state.store.get<EventSchemaRecord>('eventSchema', a.schemaName);
    if (!schema) throw badRequest(`${at}.schemaName: event schema '${a.schemaName}' does not exist`);
    const attributes = currentVersion(schema).attributes.map((x) => x.name);
    if (!attributes.includes(a.attributeName)) {
      throw badRequest(`${at}.attributeName: event schema '${a.schemaName}' has no attribute '${a.attributeName}' (it has ${attributes.join(', ') || 'none'})`);
    }
    const pair = `${a.schemaName}.${a.attributeName}`;
    if (seen.has(pair)) throw badRequest(`${at} repeats ${pair}; list each schema attribute once`);
    seen.add(pair);
    for (const f of ctx.state.store.values<FeatureRecord>('feature')) {
      if (f.id !== self && f.schemaAssociations.some((x) => x.schemaName === a.schemaName && x.attributeName === a.attributeName)) {
        throw badRequest(`${at}: attribute '${a.attributeName}' of event schema '${a.schemaName}' already measures feature '${f.id}'; an attribute counts for one feature`);
      }
    }
  });
}

/** The features an event of `schemaName` uses, with the attribute that measures each. */
export function featuresOfSchema(ctx: TogaiContext, schemaName: string): { feature: FeatureRecord; attributeName: string }[] {
  const out: { feature: FeatureRecord; attributeName: string }[] = [];
  for (const f of ctx.state.store.values<FeatureRecord>('feature')) {
    for (const a of f.schemaAssociations) if (a.schemaName === schemaName) out.push({ feature: f, attributeName: a.attributeName });
  }
  return out;
}

const displayName = (f: FeatureRecord) => f.billableName ?? f.name;

function featureView(f: FeatureRecord) {
  return {
    id: f.id,
    name: f.name,
    ...(f.billableName !== undefined ? { billableName: f.billableName } : {}),
    displayName: displayName(f),
    schemaAssociations: f.schemaAssociations,
    createdAt: f.createdAt,
    ...(f.updatedAt ? { updatedAt: f.updatedAt } : {}),
  };
}

function featureListView(f: FeatureRecord) {
  const { schemaAssociations, ...rest } = featureView(f);
  return { ...rest, schemaCount: new Set(schemaAssociations.map((a) => a.schemaName)).size };
}

export const featureHandlers = {
  createFeature(req, ctx) {
    const body = req.body;
    checkName(ctx, body.name);
    checkAssociations(ctx, body.schemaAssociations);
    const feature: FeatureRecord = {
      id: togaiId(ctx, 'feature'),
      name: body.name,
      ...(body.billableName !== undefined ? { billableName: body.billableName } : {}),
      schemaAssociations: body.schemaAssociations.map((a) => ({ schemaName: a.schemaName, attributeName: a.attributeName })),
      createdAt: ctx.nowIso(),
    };
    ctx.state.store.insert('feature', feature);
    return { status: 200, body: featureView(feature) };
  },

  getFeatures(req, ctx) {
    const query = req.query as Record<string, unknown>;
    const { data, nextToken } = page([...ctx.state.store.values<FeatureRecord>('feature')], (f) => f.id, query);
    return { status: 200, body: { data: data.map(featureListView), ...(nextToken ? { nextToken } : {}), context: pageContext(query) } };
  },

  getFeature(req, ctx) {
    return { status: 200, body: featureView(findFeature(ctx, req.params.feature_id!)) };
  },

  updateFeature(req, ctx) {
    const feature = findFeature(ctx, req.params.feature_id!);
    const body = req.body;
    if (body.name !== undefined) checkName(ctx, body.name, feature.id);
    if (body.schemaAssociations) checkAssociations(ctx, body.schemaAssociations, feature.id);
    if (body.name !== undefined) feature.name = body.name;
    if (body.billableName !== undefined) feature.billableName = body.billableName;
    if (body.schemaAssociations) feature.schemaAssociations = body.schemaAssociations.map((a) => ({ schemaName: a.schemaName, attributeName: a.attributeName }));
    feature.updatedAt = ctx.nowIso();
    return { status: 200, body: featureView(feature) };
  },
} satisfies Partial<TogaiHandlers>;
