import type { TogaiHandlers } from './operations.js';
import type { ValidRequest } from '../kit/types.js';
import { badRequest, notFound, togaiError } from './errors.js';
import { findSchema, statusFilter } from './event-schemas.js';
import { currentVersion, fieldOf, readable, refreshMetering, schemaField, varsOf } from './metering.js';
import { togaiId } from './ids.js';
import type { TogaiContext } from './notifications.js';
import { page, pageContext } from './paging.js';
import { queryFlag } from './query-flags.js';
import { readRule, sampleData } from './rule-check.js';
import type { EventSchemaRecord, EventSchemaVersion, UsageMeterFilter, UsageMeterRecord } from './usage-records.js';
import { usageMeterView } from './usage-views.js';

/** What decides what a meter counts, and the names it goes by: what create and update both check. */
type Definition = Pick<UsageMeterRecord, 'name' | 'type' | 'aggregation' | 'computations' | 'filters' | 'schemaName'>;
/** A definition as a request gives it: the contract leaves `type` open text, checkDefinition pins it. */
type DraftDefinition = Omit<Definition, 'type'> & { type: string };

// the UsageMeter model's bounds on `name`, which UpdateUsageMeterRequest does not repeat
const NAME_PATTERN = /^[\sa-zA-Z0-9_-]*$/;
const NAME_MAX = 50;
const AGGREGATIONS = ['COUNT', 'SUM'];

/** The meter; on a legacy nested path (`/event_schema/{name}/usage_meters/{id}`) it must be one of that schema's. */
function findMeter(req: ValidRequest, ctx: TogaiContext): UsageMeterRecord {
  const id = req.params.usage_meter_id!;
  const schemaName = req.params.event_schema_name;
  if (schemaName !== undefined) findSchema(ctx, schemaName);
  const meter = ctx.state.store.get<UsageMeterRecord>('usageMeter', id);
  if (!meter || (schemaName !== undefined && meter.schemaName !== schemaName)) {
    throw notFound(schemaName === undefined ? 'Usage meter' : `Usage meter of event schema '${schemaName}'`, id);
  }
  return meter;
}

function deleted(meter: UsageMeterRecord, what: string) {
  return badRequest(`Usage meter '${meter.id}' was deleted (its status is ARCHIVED), so it cannot be ${what}`);
}

/** The current version of the schema a meter names; it must exist and not be deleted. */
function schemaFor(ctx: TogaiContext, name: string): EventSchemaVersion {
  const record = ctx.state.store.get<EventSchemaRecord>('eventSchema', name);
  if (!record) throw togaiError(404, `body field 'eventSchemaName': event schema '${name}' does not exist`);
  const schema = currentVersion(record);
  if (schema.status === 'ARCHIVED') throw badRequest(`body field 'eventSchemaName': event schema '${name}' was deleted (ARCHIVED)`);
  return schema;
}

function checkRule(text: string, field: string, fields: Pick<EventSchemaVersion, 'attributes' | 'dimensions'> | undefined, schemaName?: string): void {
  const rule = readRule(text, field, sampleData(fields));
  if (!fields) return;
  for (const path of varsOf(rule)) {
    if (fieldOf(path) && !schemaField(fields, path)) {
      throw badRequest(`body field '${field}' reads '${path}', which is not an attribute or dimension of event schema '${schemaName}'`);
    }
  }
}

function checkComputations(d: DraftDefinition, fields: Pick<EventSchemaVersion, 'attributes' | 'dimensions'> | undefined): void {
  const { computations, aggregation } = d;
  // the UsageMeter model holds at most one matcher and computation pair
  if (computations.length > 1) throw badRequest(`body field 'computations' may hold at most one matcher and computation pair, got ${computations.length}`);
  if (aggregation === 'SUM' && computations.length === 0) {
    throw badRequest(`body field 'computations' is required for a SUM usage meter: say what to add up, e.g. {"var": "attribute.duration"}`);
  }
  computations.forEach((c, i) => {
    if (c.matcher !== undefined) checkRule(c.matcher, `computations[${i}].matcher`, fields, d.schemaName);
    if (aggregation === 'COUNT' && c.computation.trim() !== '1') {
      throw badRequest(`body field 'computations[${i}].computation' must be '1' for a COUNT usage meter, got '${c.computation.slice(0, 80)}'`);
    }
    checkRule(c.computation, `computations[${i}].computation`, fields, d.schemaName);
  });
}

function checkFilters(filters: UsageMeterFilter[], fields: Pick<EventSchemaVersion, 'attributes' | 'dimensions'> | undefined, schemaName?: string): void {
  filters.forEach((f, i) => {
    if (!fields) throw badRequest(`body field 'filters[${i}].field' needs an event schema to refer to; give eventSchemaName`);
    const field = schemaField(fields, f.field);
    if (!field) {
      throw badRequest(`body field 'filters[${i}].field': '${f.field}' is not an attribute or dimension of event schema '${schemaName}' (write e.g. 'dimension.region' or 'attribute.bytes')`);
    }
    if (field.kind === 'attribute' && (f.value.trim() === '' || !Number.isFinite(Number(f.value)))) {
      throw badRequest(`body field 'filters[${i}].value' must be a number to compare with attribute '${field.name}', got '${f.value}'`);
    }
  });
}

function checkDefinition(ctx: TogaiContext, d: DraftDefinition, selfId?: string): asserts d is Definition {
  if (d.type !== 'COUNTER') throw badRequest(`body field 'type' must be COUNTER (the only usage meter type), got '${d.type}'`);
  if (d.name.trim() === '' || d.name.length > NAME_MAX || !NAME_PATTERN.test(d.name)) {
    throw badRequest(`body field 'name' must be 1 to ${NAME_MAX} letters, digits, spaces, '_' or '-', got '${d.name.slice(0, 80)}'`);
  }
  for (const m of ctx.state.store.values<UsageMeterRecord>('usageMeter')) {
    if (m.name === d.name && m.id !== selfId && m.status !== 'ARCHIVED') {
      throw badRequest(`body field 'name': a usage meter named '${d.name}' already exists (${m.id}); names are unique in the organisation`);
    }
  }
  const schema = d.schemaName === undefined ? undefined : schemaFor(ctx, d.schemaName);
  const fields = schema && readable(schema);
  checkComputations(d, fields);
  checkFilters(d.filters, fields, d.schemaName);
}

function sameRules(a: Definition, b: Definition): boolean {
  return a.aggregation === b.aggregation && JSON.stringify([a.computations, a.filters]) === JSON.stringify([b.computations, b.filters]);
}

/** The query's `aggregations`: one aggregation or a comma-separated list. */
function aggregationFilter(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const wanted = String(raw).split(',').map((s) => s.trim());
  const wrong = wanted.find((a) => !AGGREGATIONS.includes(a));
  if (wrong !== undefined) throw badRequest(`query parameter 'aggregations' must be COUNT, SUM or both comma-separated, got '${String(raw)}'`);
  return wanted;
}

export const usageMeterHandlers = {
  /** All meters, or one schema's on the legacy nested path; deleted (ARCHIVED) ones only when asked for by status. */
  getUsageMetersForEventSchema(req, ctx) {
    const schemaName = req.params.event_schema_name;
    if (schemaName !== undefined) findSchema(ctx, schemaName);
    const status = statusFilter(req.query.status);
    const aggregations = aggregationFilter(req.query.aggregations);
    const meters = [...ctx.state.store.values<UsageMeterRecord>('usageMeter')].filter(
      (m) =>
        (schemaName === undefined || m.schemaName === schemaName) &&
        (status ? m.status === status : m.status !== 'ARCHIVED') &&
        (!aggregations || aggregations.includes(m.aggregation)),
    );
    const result = page(meters, (m) => m.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map((m) => usageMeterView(ctx.state, m)), context: pageContext(req.query) } };
  },

  createUsageMeter(req, ctx) {
    const body = req.body;
    const pathSchema = req.params.event_schema_name;
    if (pathSchema !== undefined) {
      findSchema(ctx, pathSchema);
      if (body.eventSchemaName !== undefined && body.eventSchemaName !== pathSchema) {
        throw badRequest(`body field 'eventSchemaName' ('${body.eventSchemaName}') differs from the event schema of the path ('${pathSchema}')`);
      }
    }
    const definition: DraftDefinition = {
      name: body.name,
      type: body.type,
      aggregation: body.aggregation,
      computations: body.computations ?? [],
      filters: body.filters ?? [],
      schemaName: body.eventSchemaName ?? pathSchema,
    };
    checkDefinition(ctx, definition);
    const now = ctx.nowIso();
    const meter = ctx.state.store.insert<UsageMeterRecord>('usageMeter', {
      id: togaiId(ctx, 'um'),
      ...definition,
      ...(body.billableName !== undefined && { billableName: body.billableName }),
      ...(body.description !== undefined && { description: body.description }),
      status: 'DRAFT',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return { status: 201, body: usageMeterView(ctx.state, meter) };
  },

  getUsageMeter(req, ctx) {
    return { status: 200, body: usageMeterView(ctx.state, findMeter(req, ctx), queryFlag(req.query.include_schema)) };
  },

  /**
   * Any field may change, but an ACTIVE meter keeps its event schema (deactivate it to move it).
   * When an ACTIVE meter's rules change, events from then on are metered by the new rules; events
   * already taken keep the version that metered them.
   */
  updateUsageMeter(req, ctx) {
    const meter = findMeter(req, ctx);
    if (meter.status === 'ARCHIVED') throw deleted(meter, 'updated');
    const body = req.body;
    const next: DraftDefinition = {
      name: body.name ?? meter.name,
      type: body.type ?? meter.type,
      aggregation: body.aggregation ?? meter.aggregation,
      computations: body.computations ?? meter.computations,
      filters: body.filters ?? meter.filters,
      schemaName: body.eventSchemaName ?? meter.schemaName,
    };
    if (meter.status === 'ACTIVE' && next.schemaName !== meter.schemaName) {
      throw badRequest(`Usage meter '${meter.id}' is ACTIVE on event schema '${meter.schemaName}'; deactivate it before moving it to '${next.schemaName}'`);
    }
    checkDefinition(ctx, next, meter.id);
    if (meter.status === 'ACTIVE' && !sameRules(meter, next)) meter.version += 1;
    Object.assign(meter, next, {
      ...(body.billableName !== undefined && { billableName: body.billableName }),
      ...(body.description !== undefined && { description: body.description }),
      updatedAt: ctx.nowIso(),
    });
    if (meter.status === 'ACTIVE') refreshMetering(ctx.state, meter.schemaName!);
    return { status: 200, body: usageMeterView(ctx.state, meter) };
  },

  /** An active meter meters its schema's events from now on; the schema must be ACTIVE first. */
  activateUsageMeter(req, ctx) {
    const meter = findMeter(req, ctx);
    if (meter.status === 'ARCHIVED') throw deleted(meter, 'activated');
    if (meter.status !== 'ACTIVE') {
      if (meter.schemaName === undefined) throw badRequest(`Usage meter '${meter.id}' has no event schema; set its eventSchemaName before activating it`);
      const schema = currentVersion(findSchema(ctx, meter.schemaName));
      if (schema.status === 'ARCHIVED') throw badRequest(`Event schema '${schema.name}' was deleted (ARCHIVED); move the meter to another schema (eventSchemaName) to activate it`);
      if (schema.status !== 'ACTIVE') throw badRequest(`Event schema '${schema.name}' is ${schema.status}; activate it before its usage meters`);
      meter.status = 'ACTIVE';
      meter.lastActivatedAt = meter.updatedAt = ctx.nowIso();
      refreshMetering(ctx.state, schema.name);
    }
    return { status: 200, body: usageMeterView(ctx.state, meter) };
  },

  /** Togai lets a meter go INACTIVE even while a price plan prices it: it then adds nothing. */
  deactivateUsageMeter(req, ctx) {
    const meter = findMeter(req, ctx);
    if (meter.status === 'ARCHIVED') throw deleted(meter, 'deactivated');
    if (meter.status === 'DRAFT') throw badRequest(`Usage meter '${meter.id}' is DRAFT; only an ACTIVE usage meter can be deactivated`);
    if (meter.status === 'ACTIVE') {
      meter.status = 'INACTIVE';
      meter.updatedAt = ctx.nowIso();
      refreshMetering(ctx.state, meter.schemaName!);
    }
    return { status: 200, body: usageMeterView(ctx.state, meter) };
  },

  /** Deleting archives the meter: it meters nothing more, and stays readable for the invoices and events that name it. */
  deleteUsageMeter(req, ctx) {
    const meter = findMeter(req, ctx);
    if (meter.status !== 'ARCHIVED') {
      const wasActive = meter.status === 'ACTIVE';
      meter.status = 'ARCHIVED';
      meter.updatedAt = ctx.nowIso();
      if (wasActive) refreshMetering(ctx.state, meter.schemaName!);
    }
    return { status: 200, body: { success: true } };
  },
} satisfies Partial<TogaiHandlers>;
