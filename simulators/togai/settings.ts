import type { Handler } from '../kit/simulator.js';
import { badRequest, notFound, togaiError } from './errors.js';
import type { TogaiContext } from './notifications.js';
import type { SettingInput, SettingRecord } from './records.js';
import type { TogaiState } from './state.js';
import { settingView } from './views.js';

/** Entity types a setting may attach to, and how to tell the entity exists. */
const ENTITIES: Record<string, (state: TogaiState, id: string) => boolean> = {
  ORGANIZATION: () => true,
  CUSTOMER: (s, id) => s.store.has('customer', id),
  ACCOUNT: (s, id) => s.store.has('account', id),
  USAGE_METER: (s, id) => s.store.has('usageMeter', id),
  PRICE_PLAN: (s, id) => s.store.has('pricePlan', id),
};

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

/** Validate settings for one entity without storing them, so callers can check before creating anything. */
export function prepareSettings(
  ctx: TogaiContext,
  entityType: string,
  entityId: string,
  inputs: SettingInput[],
  field = 'settings',
): SettingRecord[] {
  const records = inputs.map((input, i) => {
    checkValue(input.dataType, input.value, `${field}[${i}].value`);
    const record: SettingRecord = { ...input, entityType, entityId, key: '' };
    record.key = settingKey(record);
    if (ctx.state.store.has('setting', record.key)) {
      throw badRequest(`Setting '${input.id}' in namespace '${input.namespace}' already exists on ${entityType} '${entityId}'; update it instead`);
    }
    return record;
  });
  if (new Set(records.map((r) => r.key)).size !== records.length) throw badRequest(`${field} repeats a setting id within one namespace`);
  return records;
}

/** Validate and store settings for one entity; all or nothing. */
export function addSettings(ctx: TogaiContext, entityType: string, entityId: string, inputs: SettingInput[], field = 'settings'): SettingRecord[] {
  return prepareSettings(ctx, entityType, entityId, inputs, field).map((r) => ctx.state.addSetting(r));
}

type Query = Record<string, string | undefined>;

export const settingHandlers: Record<string, Handler<TogaiState>> = {
  listSetting(req, ctx) {
    const q = req.query as Query;
    const all =
      q.entity_type && q.entity_id ? ctx.state.settingsOf(q.entity_type, q.entity_id) : [...ctx.state.store.values<SettingRecord>('setting')];
    const data = all.filter(
      (s) =>
        (!q.entity_type || s.entityType === q.entity_type) &&
        (!q.entity_id || s.entityId === q.entity_id) &&
        (!q.setting_id || s.id === q.setting_id) &&
        (!q.namespace || s.namespace === q.namespace),
    );
    return { status: 200, body: { data: data.map(settingView) } };
  },

  insertSetting(req, ctx) {
    const body = req.body as SettingRecord;
    const exists = ENTITIES[body.entityType];
    if (!exists) throw badRequest(`entityType must be one of ${Object.keys(ENTITIES).join(', ')}, got '${body.entityType}'`);
    if (!exists(ctx.state, body.entityId)) throw notFound(body.entityType.toLowerCase().replace('_', ' '), body.entityId);
    const { entityType, entityId, ...input } = body;
    const [created] = addSettings(ctx, entityType, entityId, [input], 'body');
    return { status: 201, body: settingView(created!) };
  },

  getSetting(req, ctx) {
    const setting = ctx.state.store.get<SettingRecord>('setting', req.params.setting_id_str!);
    if (!setting) throw togaiError(404, `No setting '${req.params.setting_id_str}'; settings are addressed as setting.<namespace>.<id>.<entityType>.<entityId>`);
    return { status: 200, body: settingView(setting) };
  },

  updateSetting(req, ctx) {
    const setting = ctx.state.store.get<SettingRecord>('setting', req.params.setting_id_str!);
    if (!setting) throw togaiError(404, `No setting '${req.params.setting_id_str}'; settings are addressed as setting.<namespace>.<id>.<entityType>.<entityId>`);
    const body = req.body as Partial<SettingRecord>;
    const dataType = body.dataType ?? setting.dataType;
    checkValue(dataType, body.value ?? setting.value, 'value');
    Object.assign(setting, { dataType, value: body.value ?? setting.value, name: body.name ?? setting.name });
    return { status: 201, body: settingView(setting) };
  },
};
