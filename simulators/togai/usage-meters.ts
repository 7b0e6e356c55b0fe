import type { Handler } from '../kit/simulator.js';
import { togaiId } from './billing.js';
import { badRequest, notFound } from './errors.js';
import { findSchema } from './event-schemas.js';
import { compileMeter, parseRule } from './metering.js';
import type { TogaiContext } from './notifications.js';
import { page } from './paging.js';
import type { Computation, UsageMeterRecord } from './records.js';
import type { TogaiState } from './state.js';
import { usageMeterView } from './views.js';

function findMeter(ctx: TogaiContext, schemaName: string, id: string): UsageMeterRecord {
  findSchema(ctx, schemaName);
  const meter = ctx.state.store.get<UsageMeterRecord>('usageMeter', id);
  if (!meter || meter.schemaName !== schemaName) throw notFound(`Usage meter of event schema '${schemaName}'`, id);
  return meter;
}

function checkComputations(aggregation: string, computations: Computation[]): void {
  // Togai's UsageMeter holds at most one matcher/computation pair
  if (computations.length > 1) throw badRequest('computations may hold at most one matcher and computation pair');
  if (aggregation === 'SUM' && computations.length === 0) {
    throw badRequest('A SUM usage meter needs a computation saying what to add up, e.g. {"var": "attribute.duration"}');
  }
  computations.forEach((c, i) => {
    try {
      if (c.matcher) parseRule(c.matcher, `computations[${i}].matcher`);
      parseRule(c.computation, `computations[${i}].computation`);
    } catch (e) {
      throw badRequest((e as Error).message);
    }
    if (aggregation === 'COUNT' && c.computation.trim() !== '1') {
      throw badRequest(`computations[${i}].computation must be '1' for a COUNT usage meter`);
    }
  });
}

export const usageMeterHandlers: Record<string, Handler<TogaiState>> = {
  getUsageMetersForEventSchema(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    const { status, aggregations } = req.query;
    const meters = [...ctx.state.store.values<UsageMeterRecord>('usageMeter')].filter(
      (m) => m.schemaName === schema.name && (!status || m.status === status) && (!aggregations || m.aggregation === aggregations),
    );
    const result = page(meters, (m) => m.id, req.query);
    return { status: 200, body: { ...result, data: result.data.map(usageMeterView) } };
  },

  createUsageMeter(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    const body = req.body as Pick<UsageMeterRecord, 'name' | 'description' | 'type' | 'aggregation'> & { computations?: Computation[] };
    const computations = body.computations ?? [];
    checkComputations(body.aggregation, computations);
    for (const m of ctx.state.store.values<UsageMeterRecord>('usageMeter')) {
      if (m.name === body.name) throw badRequest(`A usage meter named '${body.name}' already exists (${m.id})`);
    }
    const now = ctx.nowIso();
    const meter = ctx.state.store.insert<UsageMeterRecord>('usageMeter', {
      id: togaiId(ctx, 'um'),
      schemaName: schema.name,
      name: body.name,
      description: body.description ?? null,
      type: body.type,
      status: 'DRAFT',
      aggregation: body.aggregation,
      computations,
      createdAt: now,
      updatedAt: now,
      lastActivatedAt: null,
    });
    return { status: 201, body: usageMeterView(meter) };
  },

  getUsageMeter(req, ctx) {
    return { status: 200, body: usageMeterView(findMeter(ctx, req.params.event_schema_name!, req.params.usage_meter_id!)) };
  },

  /** An active meter starts metering events of its schema; the schema must be active first. */
  activateUsageMeter(req, ctx) {
    const meter = findMeter(ctx, req.params.event_schema_name!, req.params.usage_meter_id!);
    const schema = findSchema(ctx, meter.schemaName);
    if (schema.status !== 'ACTIVE') throw badRequest(`Event schema '${schema.name}' is ${schema.status}; activate it before its usage meters`);
    if (meter.status !== 'ACTIVE') {
      meter.status = 'ACTIVE';
      meter.lastActivatedAt = meter.updatedAt = ctx.nowIso();
      const compiled = ctx.state.meters.get(schema.name) ?? [];
      compiled.push(compileMeter(meter));
      ctx.state.meters.set(schema.name, compiled);
    }
    return { status: 200, body: usageMeterView(meter) };
  },
};
