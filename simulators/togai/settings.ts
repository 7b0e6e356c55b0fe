import type { TogaiHandlers } from './operations.js';
import { badRequest, notFound, requireId, togaiError } from './errors.js';
import type { TogaiContext } from './notifications.js';
import { page, pageContext } from './paging.js';
import type { SettingInput, SettingRecord } from './party-records.js';
import { flat } from './ids.js';
import { settingView } from './party-views.js';
import type { TogaiState } from './state.js';

/** Entity types a setting may attach to, and how to tell the entity exists. */
const ENTITIES: Record<string, (state: TogaiState, id: string) => boolean> = {
  ORGANIZATION: () => true,
  CUSTOMER: (s, id) => s.store.has('customer', id),
  ACCOUNT: (s, id) => s.store.has('account', id),
  USAGE_METER: (s, id) => s.store.has('usageMeter', id),
  PRICE_PLAN: (s, id) => s.store.has('pricePlan', id),
};

// Customers and accounts answer their settings in lists of at most 10 (CreateCustomerResponse, Account).
const MAX_LISTED: Partial<Record<string, number>> = { CUSTOMER: 10, ACCOUNT: 10 };

/** Togai addresses a setting as `setting.<namespace>.<id>.<entityType>.<entityId>`. */
export function settingKey(s: { namespace: string; id: string; entityType: string; entityId: string }): string {
  return `setting.${s.namespace}.${s.id}.${s.entityType}.${s.entityId}`;
}

function checkValue(dataType: string, value: string, field: string): void {
  if (dataType === 'NUMERIC' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
    throw badRequest(`${field} must be a number for a NUMERIC setting, got '${value}'`);
  }
  if (dataType === 'JSON' || dataType === 'JSON_LOGIC') {
    try {
      JSON.parse(value);
    } catch {
      throw badRequest(`${field} must be valid JSON for a ${dataType} setting`);
    }
  }
}

function checkEntityType(entityType: string, field: string): void {
  // an own key only: '__proto__' or 'toString' must not find Object's
  if (!Object.hasOwn(ENTITIES, entityType)) throw badRequest(`${field} must be one of ${Object.keys(ENTITIES).join(', ')}, got '${entityType}'`);
}

/** Validate settings for one entity without storing them, so callers can check before creating anything. */
export function prepareSettings(
  ctx: TogaiContext,
  entityType: string,
  entityId: string,
  inputs: SettingInput[],
  field = 'settings',
): SettingRecord[] {
  const records = inputs.map((input, i) => {
    requireId(input.id, `body field '${field}[${i}].id'`);
    requireId(input.namespace, `body field '${field}[${i}].namespace'`);
    checkValue(input.dataType, input.value, `${field}[${i}].value`);
    // one flat key, and a record of exactly its fields: a literal with a spread reserves 16 slots
    const key = flat(settingKey({ namespace: input.namespace, id: input.id, entityType, entityId }));
    const record: SettingRecord = { id: input.id, value: input.value, namespace: input.namespace, name: input.name, dataType: input.dataType, entityType, entityId, key };
    if (ctx.state.store.has('setting', record.key)) {
      throw badRequest(`Setting '${input.id}' in namespace '${input.namespace}' already exists on ${entityType} '${entityId}'; update it instead`);
    }
    return record;
  });
  if (new Set(records.map((r) => r.key)).size !== records.length) throw badRequest(`${field} repeats a setting id within one namespace`);
  const max = MAX_LISTED[entityType];
  const held = ctx.state.settingsOf(entityType, entityId).length;
  if (max !== undefined && held + records.length > max) {
    throw badRequest(`${entityType} '${entityId}' holds at most ${max} settings; it has ${held} and ${records.length} more were given`);
  }
  return records;
}

/** Validate and store settings for one entity; all or nothing. */
export function addSettings(ctx: TogaiContext, entityType: string, entityId: string, inputs: SettingInput[], field = 'settings'): SettingRecord[] {
  return prepareSettings(ctx, entityType, entityId, inputs, field).map((r) => ctx.state.addSetting(r));
}

function findSetting(ctx: TogaiContext, key: string): SettingRecord {
  const setting = ctx.state.store.get<SettingRecord>('setting', key);
  if (!setting) throw togaiError(404, `No setting '${key}'; settings are addressed as setting.<namespace>.<id>.<entityType>.<entityId>`);
  return setting;
}

type Query = Record<string, string | undefined>;

export const settingHandlers = {
  listSetting(req, ctx) {
    const q = req.query as Query;
    if (q.entity_type !== undefined) checkEntityType(q.entity_type, "query parameter 'entity_type'");
    const all =
      q.entity_type && q.entity_id ? ctx.state.settingsOf(q.entity_type, q.entity_id) : [...ctx.state.store.values<SettingRecord>('setting')];
    const matching = all.filter(
      (s) =>
        (!q.entity_type || s.entityType === q.entity_type) &&
        (!q.entity_id || s.entityId === q.entity_id) &&
        (!q.setting_id || s.id === q.setting_id) &&
        (!q.namespace || s.namespace === q.namespace),
    );
    const result = page(matching, (s) => s.key, req.query);
    return { status: 200, body: { ...result, data: result.data.map(settingView), context: pageContext(req.query) } };
  },

  insertSetting(req, ctx) {
    const { entityType, entityId, ...input } = req.body;
    checkEntityType(entityType, "body field 'entityType'");
    const label = entityType.charAt(0) + entityType.slice(1).toLowerCase().replace('_', ' ');
    if (!ENTITIES[entityType]!(ctx.state, entityId)) throw notFound(label, entityId);
    const [created] = addSettings(ctx, entityType, entityId, [input], 'body');
    return { status: 201, body: settingView(created!) };
  },

  getSetting(req, ctx) {
    return { status: 200, body: settingView(findSetting(ctx, req.params.setting_id_str!)) };
  },

  updateSetting(req, ctx) {
    const setting = findSetting(ctx, req.params.setting_id_str!);
    const body = req.body;
    const dataType = body.dataType ?? setting.dataType;
    const value = body.value ?? setting.value;
    checkValue(dataType, value, 'value');
    Object.assign(setting, { dataType, value, name: body.name ?? setting.name });
    return { status: 201, body: settingView(setting) };
  },
} satisfies Partial<TogaiHandlers>;
