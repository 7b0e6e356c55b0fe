import type { TogaiHandlers } from './operations.js';
import { settingRef } from './enrichment.js';
import { badRequest, notFound, requireId, togaiError } from './errors.js';
import { currentVersion, fieldOf, readable, refreshMetering, schemaField, varsOf } from './metering.js';
import type { TogaiContext } from './notifications.js';
import { page, pageContext } from './paging.js';
import { readRule, sampleData } from './rule-check.js';
import type { TogaiState } from './state.js';
import type { Enrichments, EventSchemaRecord, EventSchemaVersion, LifecycleStatus, UsageMeterRecord } from './usage-records.js';
import { eventSchemaListView, eventSchemaView } from './usage-views.js';

export const STATUSES: readonly LifecycleStatus[] = ['DRAFT', 'ACTIVE', 'INACTIVE', 'ARCHIVED'];

/** A `status` filter, refused unless it is one of the statuses Togai gives schemas and meters. */
export function statusFilter(raw: unknown): LifecycleStatus | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!STATUSES.includes(raw as LifecycleStatus)) throw badRequest(`query parameter 'status' must be one of ${STATUSES.join(', ')}, got '${String(raw)}'`);
  return raw as LifecycleStatus;
}

export function findSchema(ctx: TogaiContext, name: string): EventSchemaRecord {
  const schema = ctx.state.store.get<EventSchemaRecord>('eventSchema', name);
  if (!schema) throw notFound('Event schema', name);
  return schema;
}

/** The usage meters of a schema that were not deleted. */
export function metersOf(state: TogaiState, schemaName: string): UsageMeterRecord[] {
  return [...state.store.values<UsageMeterRecord>('usageMeter')].filter((m) => m.schemaName === schemaName && m.status !== 'ARCHIVED');
}

function deleted(v: EventSchemaVersion, what: string) {
  return badRequest(`Event schema '${v.name}' was deleted (its status is ARCHIVED), so it cannot be ${what}`);
}

type Fields = Pick<EventSchemaVersion, 'description' | 'attributes' | 'dimensions' | 'filterFields' | 'enrichments'>;

/** The pages say only that the template makes an event's id from its payload, not how it is written. */
function refuseIdTemplate(template: string | undefined): void {
  if (template) {
    throw badRequest(
      "body field 'eventIdTemplate': deriving event ids from a template is not simulated, as Togai does not document the template's syntax; " +
        'leave it out and give each event its id',
    );
  }
}

function uniqueNames(list: { name: string }[], field: string): void {
  const seen = new Set<string>();
  for (const { name } of list) {
    if (seen.has(name)) throw badRequest(`body field '${field}' names '${name}' twice; each name may appear once`);
    seen.add(name);
  }
}

const ENRICHED_TYPES = ['ATTRIBUTE', 'DIMENSION'];
const ENRICHMENT_KINDS = ['VALUE', 'JSON_LOGIC'];

function checkEnrichments(e: Enrichments, known: Set<string>, sample: object): void {
  e.fields.forEach((f, i) => {
    const at = `enrichments.fields[${i}]`;
    if (!ENRICHED_TYPES.includes(f.type)) throw badRequest(`body field '${at}.type' must be ${ENRICHED_TYPES.join(' or ')}, got '${f.type}'`);
    if (!ENRICHMENT_KINDS.includes(f.enrichmentType)) throw badRequest(`body field '${at}.enrichmentType' must be ${ENRICHMENT_KINDS.join(' or ')}, got '${f.enrichmentType}'`);
    if (known.has(f.name)) throw badRequest(`body field '${at}.name': '${f.name}' is already an attribute or dimension of the schema; an enriched field needs a new name`);
    if (f.enrichmentType === 'JSON_LOGIC') readRule(f.value, `${at}.value`, sample);
  });
  uniqueNames(e.fields, 'enrichments.fields');
  (e.dependencies ?? []).forEach((d, i) => {
    if (d.type !== 'SETTING') throw badRequest(`body field 'enrichments.dependencies[${i}].type' must be SETTING, got '${d.type}'`);
    if (!settingRef(d.key)) throw badRequest(`body field 'enrichments.dependencies[${i}].key' must name a setting as setting.<namespace>.<id>, got '${d.key}'`);
  });
}

/** The checks every version must pass, whatever its status. */
function checkFields(f: Fields): void {
  uniqueNames(f.attributes, 'attributes');
  uniqueNames(f.dimensions, 'dimensions');
  for (const field of f.filterFields ?? []) {
    if (!schemaField(readable(f), field)) throw badRequest(`body field 'filterFields': '${field}' is not an attribute or dimension of the schema`);
  }
  if (f.enrichments) {
    const sample = sampleData(readable(f), (f.enrichments.dependencies ?? []).map((d) => d.name));
    checkEnrichments(f.enrichments, new Set([...f.attributes, ...f.dimensions].map((x) => x.name)), sample);
  }
}

/** The schema fields a meter reads (its filters, and its rules' attribute and dimension paths). */
function fieldsReadBy(m: UsageMeterRecord): string[] {
  const paths = m.filters.map((f) => f.field);
  for (const c of m.computations) {
    for (const text of [c.matcher, c.computation]) {
      // saved rules were checked when saved (rule-check.ts), so they parse
      if (text) paths.push(...varsOf(JSON.parse(text)).filter((p) => fieldOf(p)));
    }
  }
  return paths;
}

/** An activated schema only grows: every attribute and dimension it has stays, unchanged. */
function checkOnlyAdds(cur: EventSchemaVersion, next: Fields): void {
  for (const kind of ['attributes', 'dimensions'] as const) {
    for (const old of cur[kind]) {
      const now = next[kind].find((x) => x.name === old.name);
      if (!now || JSON.stringify(now) !== JSON.stringify(old)) {
        throw badRequest(
          `Event schema '${cur.name}' is ${cur.status}: its existing ${kind} cannot be removed or changed (${kind} '${old.name}'); ` +
            `an activated schema only takes new attributes and dimensions, and a new description`,
        );
      }
    }
  }
}

export const eventSchemaHandlers = {
  /** Current versions; deleted (ARCHIVED) schemas only when asked for by status. */
  listEventSchemas(req, ctx) {
    const status = statusFilter(req.query.status);
    const counts = new Map<string, number>();
    for (const m of ctx.state.store.values<UsageMeterRecord>('usageMeter')) {
      if (m.schemaName && m.status !== 'ARCHIVED') counts.set(m.schemaName, (counts.get(m.schemaName) ?? 0) + 1);
    }
    const schemas = [...ctx.state.store.values<EventSchemaRecord>('eventSchema')]
      .map(currentVersion)
      .filter((v) => (status ? v.status === status : v.status !== 'ARCHIVED'));
    const result = page(schemas, (v) => v.name, req.query);
    return {
      status: 200,
      body: { ...result, data: result.data.map((v) => eventSchemaListView(v, counts.get(v.name) ?? 0)), context: pageContext(req.query) },
    };
  },

  createEventSchema(req, ctx) {
    const { eventIdTemplate, ...body } = req.body;
    requireId(body.name, "body field 'name'");
    refuseIdTemplate(eventIdTemplate);
    const existing = ctx.state.store.get<EventSchemaRecord>('eventSchema', body.name);
    if (existing) {
      throw badRequest(`An event schema named '${body.name}' already exists (status ${currentVersion(existing).status}); schema names are unique in the organisation`);
    }
    checkFields(body);
    const now = ctx.nowIso();
    const version: EventSchemaVersion = { ...body, name: body.name, version: 1, status: 'DRAFT', createdAt: now, updatedAt: now };
    ctx.state.store.insert<EventSchemaRecord>('eventSchema', { name: body.name, versions: [version] });
    return { status: 201, body: eventSchemaView(version) };
  },

  getEventSchema(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    if (req.query.version === undefined) return { status: 200, body: eventSchemaView(currentVersion(schema)) };
    const wanted = Number(req.query.version);
    const version = schema.versions.find((v) => v.version === wanted);
    if (!version) throw togaiError(404, `Event schema '${schema.name}' has no version ${String(req.query.version)}; its versions are 1 to ${schema.versions.length}`);
    return { status: 200, body: eventSchemaView(version) };
  },

  listEventSchemaVersions(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    return { status: 200, body: { data: schema.versions.map(eventSchemaView) } };
  },

  /**
   * A DRAFT schema is edited in place. An activated one (ACTIVE or INACTIVE) only grows, and
   * each change makes a new version, archiving the one before: events already taken keep the
   * version they were checked against.
   */
  eventSchemaEventSchemaNamePatch(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    const cur = currentVersion(schema);
    if (cur.status === 'ARCHIVED') throw deleted(cur, 'updated');
    const body = req.body;
    refuseIdTemplate(body.eventIdTemplate);
    const next: Fields = {
      description: body.description ?? cur.description,
      attributes: body.attributes ?? cur.attributes,
      dimensions: body.dimensions ?? cur.dimensions,
      filterFields: body.filterFields ?? cur.filterFields,
      enrichments: body.enrichments ?? cur.enrichments,
    };
    checkFields(next);
    const now = ctx.nowIso();
    if (cur.status === 'DRAFT') {
      const fields = readable(next);
      for (const m of metersOf(ctx.state, cur.name)) {
        for (const path of fieldsReadBy(m)) {
          if (!schemaField(fields, path)) {
            throw badRequest(`Usage meter '${m.id}' reads '${path}', which this update removes from event schema '${cur.name}'; change the meter first`);
          }
        }
      }
      Object.assign(cur, next, { updatedAt: now });
      return { status: 200, body: eventSchemaView(cur) };
    }
    checkOnlyAdds(cur, next);
    const changed = (Object.keys(next) as (keyof Fields)[]).some((k) => JSON.stringify(next[k]) !== JSON.stringify(cur[k]));
    if (!changed) return { status: 200, body: eventSchemaView(cur) };
    const version: EventSchemaVersion = { ...next, name: cur.name, version: cur.version + 1, status: cur.status, createdAt: now, updatedAt: now };
    cur.status = 'ARCHIVED';
    cur.updatedAt = now;
    schema.versions.push(version);
    refreshMetering(ctx.state, cur.name);
    return { status: 200, body: eventSchemaView(version) };
  },

  activateEventSchema(req, ctx) {
    const cur = currentVersion(findSchema(ctx, req.params.event_schema_name!));
    if (cur.status === 'ARCHIVED') throw deleted(cur, 'activated');
    if (cur.status !== 'ACTIVE') {
      cur.status = 'ACTIVE';
      cur.updatedAt = ctx.nowIso();
      refreshMetering(ctx.state, cur.name);
    }
    return { status: 200, body: eventSchemaView(cur) };
  },

  /** Togai's rule: the schema's ACTIVE usage meters are deactivated first. */
  deactivateEventSchema(req, ctx) {
    const cur = currentVersion(findSchema(ctx, req.params.event_schema_name!));
    if (cur.status === 'ARCHIVED') throw deleted(cur, 'deactivated');
    if (cur.status === 'DRAFT') throw badRequest(`Event schema '${cur.name}' is DRAFT; only an ACTIVE schema can be deactivated`);
    if (cur.status === 'ACTIVE') {
      const active = metersOf(ctx.state, cur.name).filter((m) => m.status === 'ACTIVE');
      if (active.length) {
        throw badRequest(`Event schema '${cur.name}' has ACTIVE usage meters (${active.map((m) => m.id).join(', ')}); deactivate them before the schema`);
      }
      cur.status = 'INACTIVE';
      cur.updatedAt = ctx.nowIso();
      refreshMetering(ctx.state, cur.name);
    }
    return { status: 200, body: eventSchemaView(cur) };
  },

  /**
   * Deleting archives every version (Togai's "delete (archive)"): the schema stops taking
   * events, and stays readable for the meters and events that name it. Its ACTIVE usage meters
   * are deleted or deactivated first.
   */
  deleteEventSchema(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    const cur = currentVersion(schema);
    if (cur.status !== 'ARCHIVED') {
      const active = metersOf(ctx.state, cur.name).filter((m) => m.status === 'ACTIVE');
      if (active.length) {
        throw badRequest(`Event schema '${cur.name}' has ACTIVE usage meters (${active.map((m) => m.id).join(', ')}); delete or deactivate them before the schema`);
      }
      const now = ctx.nowIso();
      for (const v of schema.versions) {
        if (v.status !== 'ARCHIVED') Object.assign(v, { status: 'ARCHIVED', updatedAt: now });
      }
      refreshMetering(ctx.state, cur.name);
    }
    return { status: 200, body: { success: true } };
  },
} satisfies Partial<TogaiHandlers>;
