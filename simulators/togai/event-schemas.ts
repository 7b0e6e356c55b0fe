import type { Handler } from '../kit/simulator.js';
import { badRequest, notFound, requireId } from './errors.js';
import type { TogaiContext } from './notifications.js';
import { page } from './paging.js';
import type { EventSchemaRecord, UsageMeterRecord } from './records.js';
import type { TogaiState } from './state.js';
import { eventSchemaView } from './views.js';

export function findSchema(ctx: TogaiContext, name: string): EventSchemaRecord {
  const schema = ctx.state.store.get<EventSchemaRecord>('eventSchema', name);
  if (!schema) throw notFound('Event schema', name);
  return schema;
}

function uniqueNames(list: { name: string }[], field: string): void {
  const seen = new Set<string>();
  for (const { name } of list) {
    if (seen.has(name)) throw badRequest(`${field} names '${name}' twice`);
    seen.add(name);
  }
}

export const eventSchemaHandlers: Record<string, Handler<TogaiState>> = {
  listEventSchemas(req, ctx) {
    const status = req.query.status;
    const meters = [...ctx.state.store.values<UsageMeterRecord>('usageMeter')];
    const schemas = [...ctx.state.store.values<EventSchemaRecord>('eventSchema')].filter((s) => !status || s.status === status);
    const result = page(schemas, (s) => s.name, req.query);
    return {
      status: 200,
      body: {
        ...result,
        data: result.data.map((s) => ({ ...eventSchemaView(s), usageMetersCount: meters.filter((m) => m.schemaName === s.name).length })),
      },
    };
  },

  createEventSchema(req, ctx) {
    const body = req.body as Pick<EventSchemaRecord, 'name' | 'description' | 'attributes' | 'dimensions'>;
    requireId(body.name, "body field 'name'");
    if (ctx.state.store.has('eventSchema', body.name)) throw badRequest(`Event schema '${body.name}' already exists`);
    uniqueNames(body.attributes, 'attributes');
    uniqueNames(body.dimensions, 'dimensions');
    const now = ctx.nowIso();
    const schema = ctx.state.store.insert<EventSchemaRecord>('eventSchema', {
      name: body.name,
      description: body.description ?? null,
      version: 1,
      status: 'DRAFT',
      attributes: body.attributes,
      dimensions: body.dimensions,
      createdAt: now,
      updatedAt: now,
    });
    return { status: 201, body: eventSchemaView(schema) };
  },

  getEventSchema(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    const version = req.query.version === undefined ? undefined : Number(req.query.version);
    if (version !== undefined && version !== schema.version) {
      throw notFound(`Version ${version} of event schema`, schema.name);
    }
    return { status: 200, body: eventSchemaView(schema) };
  },

  activateEventSchema(req, ctx) {
    const schema = findSchema(ctx, req.params.event_schema_name!);
    if (schema.status === 'ARCHIVED') throw badRequest(`Event schema '${schema.name}' is ARCHIVED and cannot be activated`);
    schema.status = 'ACTIVE';
    schema.updatedAt = ctx.nowIso();
    return { status: 200, body: eventSchemaView(schema) };
  },
};
