/**
 * A scripted tour of the Togai simulator: one realistic billing set-up, in dependency order, that
 * calls every operation of contracts/togai.yaml at least once with a 2xx answer (and a few through
 * the 2023 nested paths). The clock starts on 2026-01-01; the plans bill monthly from the 1st.
 *
 * `$name` in a path or a body string is replaced by what an earlier step captured as `name`.
 */

import { ENTITLEMENTS } from './togai-tour-entitlements.js';

export interface TourCall {
  label: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  status: number;
  /** Values of the answer later steps refer to, by name. */
  capture?: Record<string, (body: any) => string>;
}

/** Moves the sandbox's clock (and lets what it triggers settle) before the next call. */
export interface TourClock {
  label: string;
  advanceTo: string;
}

export type TourStep = TourCall | TourClock;

export type TourContext = Map<string, string>;

/** `value` with every `$name` in its strings replaced from `ctx`; an unknown name is a tour bug. */
export function fill<T>(value: T, ctx: TourContext): T {
  if (typeof value === 'string') {
    return value.replace(/\$(\w+)/g, (_, name: string) => {
      const v = ctx.get(name);
      if (v === undefined) throw new Error(`tour: nothing captured as '${name}' before it is used`);
      return v;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, ctx)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, ctx)])) as T;
  return value;
}

const ADDRESS = { line1: '2281 Broadway Street', line2: 'G-31', postalCode: '29501', city: 'Florence', state: 'South Carolina', country: 'US' };
const MONTHLY = { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 3 };
const SETTING = { id: 'accountId', namespace: 'zuora', name: 'Zuora account id', value: '8ad0877b8c1e7f5f018c2b5f1d4a0001', dataType: 'STRING' };
const SETTING_KEY = 'setting.zuora.accountId.ACCOUNT.acme-main';
const RULE = { name: 'Double', order: 1, computation: '{"*": [{"var": "revenue"}, 2]}', action: { type: 'UPDATE_REVENUE' } };

/** A UsageRateCard with one slab per [startAfter, rate]. */
const usageCard = (displayName: string, usageMeterId: string, slabs: [number, number][]) => ({
  displayName,
  usageMeterId,
  ratePlan: { pricingModel: 'TIERED', slabs: slabs.map(([startAfter], i) => ({ order: i + 1, startAfter, priceType: 'PER_UNIT' })) },
  rateValues: [{ currency: 'USD', slabRates: slabs.map(([, rate], i) => ({ order: i + 1, rate })) }],
});
const usageOp = (actionType: string, name: string, meter: string, slabs: [number, number][]) => ({
  actionType,
  rateCardName: name,
  rateCard: { type: 'USAGE', billableId: meter, displayName: name, invoiceTiming: 'IN_ARREARS', rateCardDetails: { usageRateCard: usageCard(name, meter, slabs) } },
});
const platformFee = {
  actionType: 'CREATE',
  rateCardName: 'Platform fee',
  rateCard: {
    type: 'FIXED_FEE',
    billableId: 'addon.platform',
    displayName: 'Platform fee',
    invoiceTiming: 'IN_ARREARS',
    rateCardDetails: { fixedFeeRateCard: { id: 'addon.platform', rateValues: [{ currency: 'USD', rate: 31 }], enableProration: true } },
  },
};
const event = (id: string, accountId: string, duration: number, region: string) => ({
  id,
  schemaName: 'call',
  timestamp: '2026-01-10T12:00:00Z',
  accountId,
  attributes: [{ name: 'duration', value: String(duration) }],
  dimensions: { region },
});
const id = (b: any) => b.id as string;

const PARTIES: TourStep[] = [
  {
    label: 'create a customer with its account, address and settings',
    method: 'POST',
    path: '/customers',
    status: 201,
    body: {
      id: 'acme',
      name: 'ACME Enterprise',
      primaryEmail: 'admin@acme.test',
      address: ADDRESS,
      settings: [{ id: 'tier', namespace: 'USER', name: 'Tier', value: 'gold', dataType: 'STRING' }],
      account: {
        id: 'acme-main',
        name: 'ACME main',
        invoiceCurrency: 'USD',
        aliases: ['acme_primary'],
        netTermDays: 10,
        tags: ['Enterprise'],
        metadata: { vatn: 'DE123' },
        primaryEmail: 'billing@acme.test',
        billingInformation: { emailRecipients: ['ap@acme.test'] },
        settings: [{ id: 'region', namespace: 'USER', name: 'Region', value: 'eu', dataType: 'STRING' }],
      },
    },
  },
  { label: 'create a second customer', method: 'POST', path: '/customers', status: 201, body: { id: 'globex', name: 'Globex', primaryEmail: 'ops@globex.test', address: { line1: '1 Main St', country: 'GB' } } },
  { label: 'create a third customer, to archive', method: 'POST', path: '/customers', status: 201, body: { id: 'initech', name: 'Initech', primaryEmail: 'it@initech.test', address: {} } },
  { label: 'list customers', method: 'GET', path: '/customers?pageSize=2', status: 200 },
  { label: 'get a customer', method: 'GET', path: '/customers/acme', status: 200 },
  { label: 'update a customer', method: 'PATCH', path: '/customers/acme', status: 200, body: { name: 'ACME Group', address: { ...ADDRESS, line2: 'G-32' } } },
  { label: 'add a contact', method: 'POST', path: '/customers/acme/contacts', status: 201, body: { name: 'Ada', email: 'ada@acme.test', loginAccess: true, password: 's3cret', preferredUsername: 'ada' } },
  { label: 'create a DRAFT account', method: 'POST', path: '/accounts', status: 201, body: { customerId: 'acme', id: 'acme-eu', name: 'ACME EU', invoiceCurrency: 'USD', status: 'DRAFT', aliases: ['acme_eu'] } },
  { label: 'create an account to archive', method: 'POST', path: '/accounts', status: 201, body: { customerId: 'globex', id: 'globex-old', name: 'Globex old' } },
  { label: 'activate the DRAFT account', method: 'PATCH', path: '/accounts/acme-eu', status: 200, body: { status: 'ACTIVE', netTermDays: 5 } },
  { label: 'list accounts', method: 'GET', path: '/accounts', status: 200 },
  { label: 'get an account', method: 'GET', path: '/accounts/acme-main', status: 200 },
  { label: 'add aliases', method: 'POST', path: '/accounts/acme-main/add_aliases', status: 200, body: { aliases: ['acme@example.com', 'acme-temp'] } },
  { label: 'add a timed alias', method: 'POST', path: '/accounts/acme-main/add_aliases', status: 200, body: { accountAliases: [{ value: 'acme-promo', effectiveFrom: '2026-01-05T00:00:00Z', effectiveUntil: '2026-03-01T00:00:00Z' }] } },
  { label: 'remove an alias', method: 'POST', path: '/accounts/acme-main/remove_aliases', status: 200, body: { aliases: ['acme-temp'] } },
  { label: "list an account's alias periods", method: 'GET', path: '/accounts/acme-main/account_aliases', status: 200 },
  { label: 'register organisation aliases', method: 'POST', path: '/aliases', status: 201, body: { aliases: [{ value: 'spare-1' }, { value: 'spare-2' }] } },
  { label: 'list aliases', method: 'GET', path: '/aliases?pageSize=50', status: 200 },
  { label: 'get an alias', method: 'GET', path: '/aliases/acme_primary', status: 200 },
  { label: 'create an account setting', method: 'POST', path: '/settings', status: 201, body: { ...SETTING, entityType: 'ACCOUNT', entityId: 'acme-main' } },
  { label: 'get a setting', method: 'GET', path: `/settings/${SETTING_KEY}`, status: 200 },
  { label: 'update a setting', method: 'PATCH', path: `/settings/${SETTING_KEY}`, status: 201, body: { value: '8ad0877b8c1e7f5f018c2b5f1d4a0002' } },
  { label: 'list settings', method: 'GET', path: '/settings?entity_type=ACCOUNT&entity_id=acme-main', status: 200 },
  { label: 'legacy: list accounts of a customer', method: 'GET', path: '/customers/acme/accounts', status: 200 },
  { label: 'legacy: get an account of a customer', method: 'GET', path: '/customers/acme/accounts/acme-main', status: 200 },
  { label: 'legacy: update an account of a customer', method: 'PATCH', path: '/customers/acme/accounts/acme-eu', status: 200, body: { name: 'ACME Europe' } },
  { label: 'legacy: add an alias', method: 'POST', path: '/customers/acme/accounts/acme-eu/add_aliases', status: 200, body: { aliases: ['acme-eu-2'] } },
  { label: 'legacy: remove an alias', method: 'POST', path: '/customers/acme/accounts/acme-eu/remove_aliases', status: 200, body: { aliases: ['acme-eu-2'] } },
];

const USAGE: TourStep[] = [
  { label: 'create an event schema', method: 'POST', path: '/event_schema', status: 201, body: { name: 'call', description: 'Calls', attributes: [{ name: 'duration', defaultUnit: 'min' }], dimensions: [{ name: 'region' }], filterFields: ['region'] } },
  { label: 'edit the DRAFT schema in place', method: 'PATCH', path: '/event_schema/call', status: 200, body: { description: 'Phone calls' } },
  { label: 'activate the schema', method: 'POST', path: '/event_schema/call/activate', status: 200 },
  { label: 'grow the ACTIVE schema into version 2', method: 'PATCH', path: '/event_schema/call', status: 200, body: { attributes: [{ name: 'duration', defaultUnit: 'min' }, { name: 'bytes' }] } },
  { label: "list the schema's versions", method: 'GET', path: '/event_schema/call/versions', status: 200 },
  { label: 'get the schema', method: 'GET', path: '/event_schema/call', status: 200 },
  { label: 'get an archived version of the schema', method: 'GET', path: '/event_schema/call?version=1', status: 200 },
  { label: 'create a schema to retire', method: 'POST', path: '/event_schema', status: 201, body: { name: 'sms', attributes: [], dimensions: [{ name: 'country' }] } },
  { label: 'activate it', method: 'POST', path: '/event_schema/sms/activate', status: 200 },
  { label: 'deactivate it', method: 'POST', path: '/event_schema/sms/deactivate', status: 200 },
  { label: 'list event schemas', method: 'GET', path: '/event_schema', status: 200 },
  {
    label: 'create a SUM usage meter with a matcher',
    method: 'POST',
    path: '/usage_meters',
    status: 201,
    capture: { minutes: id },
    body: { name: 'EU minutes', billableName: 'EU call minutes', type: 'COUNTER', aggregation: 'SUM', eventSchemaName: 'call', computations: [{ order: 1, matcher: '{"==": [{"var": "dimension.region"}, "eu"]}', computation: '{"var": "attribute.duration"}' }] },
  },
  { label: 'create a COUNT usage meter', method: 'POST', path: '/usage_meters', status: 201, capture: { calls: id }, body: { name: 'Calls', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'call', computations: [{ order: 1, computation: '1' }] } },
  { label: 'create a meter to retire', method: 'POST', path: '/usage_meters', status: 201, capture: { spareMeter: id }, body: { name: 'US calls', type: 'COUNTER', aggregation: 'COUNT', eventSchemaName: 'call', filters: [{ field: 'dimension.region', value: 'us' }] } },
  { label: 'activate a meter', method: 'POST', path: '/usage_meters/$minutes/activate', status: 200 },
  { label: 'activate a meter', method: 'POST', path: '/usage_meters/$calls/activate', status: 200 },
  { label: 'legacy: activate a meter of a schema', method: 'POST', path: '/event_schema/call/usage_meters/$spareMeter/activate', status: 200 },
  { label: 'deactivate a meter', method: 'POST', path: '/usage_meters/$spareMeter/deactivate', status: 200 },
  { label: 'update a meter', method: 'PATCH', path: '/usage_meters/$calls', status: 200, body: { description: 'Every call' } },
  { label: 'get a meter with its schema', method: 'GET', path: '/usage_meters/$minutes?include_schema=true', status: 200 },
  { label: 'list meters', method: 'GET', path: '/usage_meters?pageSize=50', status: 200 },
  { label: 'legacy: list the meters of a schema', method: 'GET', path: '/event_schema/call/usage_meters', status: 200 },
  { label: 'legacy: get a meter of a schema', method: 'GET', path: '/event_schema/call/usage_meters/$calls', status: 200 },
];

const PLANS: TourStep[] = [
  {
    label: 'create a v2 plan in two currencies',
    method: 'POST',
    path: '/v2/price_plans',
    status: 200,
    capture: { plan: id },
    body: { name: 'Telephony', description: 'Calls', type: 'BILLING', supportedCurrencies: ['USD', 'EUR'], pricingCycleConfig: MONTHLY },
  },
  {
    label: 'add its rate cards',
    method: 'POST',
    path: '/v2/price_plans/$plan/rate_cards',
    status: 200,
    body: { operations: [usageOp('CREATE', 'EU minutes', '$minutes', [[0, 0.1], [100, 0.05]]), usageOp('CREATE', 'Calls', '$calls', [[0, 0.5]]), platformFee] },
  },
  { label: 'list its errors: no EUR rates', method: 'GET', path: '/v2/price_plans/$plan/errors', status: 200 },
  { label: 'keep it to USD', method: 'PATCH', path: '/v2/price_plans/$plan', status: 200, body: { supportedCurrencies: ['USD'] } },
  { label: 'list its rate cards', method: 'GET', path: '/v2/price_plans/$plan/rate_cards', status: 200 },
  { label: 'finalise it', method: 'POST', path: '/v2/price_plans/$plan/finalize', status: 200, body: {} },
  { label: 'edit it into a DRAFT version 2', method: 'POST', path: '/v2/price_plans/$plan/rate_cards', status: 200, body: { operations: [usageOp('UPDATE', 'Calls', '$calls', [[0, 0.4]])] } },
  { label: 'list its versions', method: 'GET', path: '/v2/price_plans/$plan/versions', status: 200 },
  { label: 'get its ACTIVE version', method: 'GET', path: '/v2/price_plans/$plan?version=ACTIVE', status: 200 },
  { label: 'discard the DRAFT version', method: 'DELETE', path: '/v2/price_plans/$plan/discard', status: 200 },
  { label: 'create a second v2 plan', method: 'POST', path: '/v2/price_plans', status: 200, capture: { basic: id }, body: { name: 'Basic', type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY } },
  { label: 'add its rate card', method: 'POST', path: '/v2/price_plans/$basic/rate_cards', status: 200, body: { operations: [usageOp('CREATE', 'Calls', '$calls', [[0, 1]])] } },
  { label: 'finalise it', method: 'POST', path: '/v2/price_plans/$basic/finalize', status: 200, body: {} },
  { label: 'create a plan for pricing rules', method: 'POST', path: '/v2/price_plans', status: 200, capture: { ruled: id }, body: { name: 'Ruled', type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY } },
  { label: 'set its pricing rules', method: 'PUT', path: '/v2/price_plans/$ruled/pricing_rules', status: 200, body: { pricingRules: [RULE] } },
  { label: 'list its pricing rules', method: 'GET', path: '/v2/price_plans/$ruled/pricing_rules', status: 200 },
  { label: 'list its errors: rules not simulated', method: 'GET', path: '/v2/price_plans/$ruled/errors', status: 200 },
  { label: 'discard it whole', method: 'DELETE', path: '/v2/price_plans/$ruled/discard', status: 200 },
  { label: 'list v2 plans', method: 'GET', path: '/v2/price_plans', status: 200 },
  { label: 'get a v2 plan', method: 'GET', path: '/v2/price_plans/$plan', status: 200 },
  {
    label: 'v1: create a plan',
    method: 'POST',
    path: '/price_plans',
    status: 200,
    capture: { flat: id },
    body: { name: 'Flat', description: 'Flat calls', pricePlanDetails: { supportedCurrencies: ['USD'], pricingCycleConfig: MONTHLY, usageRateCards: [usageCard('Calls', '$calls', [[0, 1]])] } },
  },
  { label: 'v1: update the DRAFT plan', method: 'PATCH', path: '/price_plans/$flat', status: 200, body: { description: 'Flat rate calls' } },
  { label: 'v1: activate it', method: 'POST', path: '/price_plans/$flat/activate', status: 200, body: { currencies: ['USD'] } },
  { label: 'v1: get it', method: 'GET', path: '/price_plans/$flat', status: 200 },
  { label: 'v1: list plans', method: 'GET', path: '/price_plans', status: 200 },
];

const SCHEDULES: TourStep[] = [
  {
    label: 'associate an account (bulkEditSchedules)',
    method: 'POST',
    path: '/v2/accounts/acme-main/edit_schedules',
    status: 200,
    body: { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: '$plan' } }] },
  },
  {
    label: 'associate another account on the second plan',
    method: 'POST',
    path: '/v2/accounts/acme-eu/edit_schedules',
    status: 200,
    body: { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: '$basic' } }] },
  },
  { label: "list an account's schedules", method: 'GET', path: '/v2/accounts/acme-main/schedules?mode=ACTIVE', status: 200, capture: { schedule: (b) => b.data[0].id } },
  { label: "list a schedule's rate cards", method: 'GET', path: '/v2/schedules/$schedule/rate_cards?mode=ACTIVE', status: 200 },
  { label: 'override a rate card on the schedule', method: 'POST', path: '/v2/schedules/$schedule/rate_cards', status: 200, body: { operations: [usageOp('UPDATE', 'Calls', '$calls', [[0, 0.45]])] } },
  { label: 'set pricing rules on the schedule', method: 'PUT', path: '/v2/schedules/$schedule/pricing_rules', status: 200, body: { pricingRules: [RULE] } },
  { label: "list the schedule's pricing rules", method: 'GET', path: '/v2/schedules/$schedule/pricing_rules?mode=DRAFT', status: 200 },
  { label: "list the schedule's errors", method: 'GET', path: '/v2/schedules/$schedule/errors', status: 200 },
  { label: "discard the account's DRAFT schedule changes", method: 'DELETE', path: '/v2/accounts/acme-main/discard_schedules', status: 200 },
  { label: 'override a rate card again', method: 'POST', path: '/v2/schedules/$schedule/rate_cards', status: 200, body: { operations: [usageOp('UPDATE', 'Calls', '$calls', [[0, 0.45]])] } },
  { label: "finalise the account's schedules", method: 'POST', path: '/v2/accounts/acme-main/finalize_schedules', status: 200, body: {} },
  { label: 'v1: associate an account with a plan', method: 'POST', path: '/accounts/globex/price_plans', status: 200, body: { mode: 'ASSOCIATE', pricePlanId: '$flat', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31' } },
  { label: 'v1: carve a month out in a batch', method: 'POST', path: '/accounts/globex/edit_schedules', status: 200, body: { edits: [{ mode: 'DISASSOCIATE', effectiveFrom: '2026-06-01', effectiveUntil: '2026-06-30' }] } },
  { label: "v1: list an account's pricing schedules", method: 'GET', path: '/accounts/globex/pricing_schedules?include_price_plan_info=true', status: 200 },
  { label: 'v1: migrate the accounts of a plan', method: 'POST', path: '/price_plans/migration', status: 201, body: { sourceId: '$flat', sourceVersion: 1, targetId: '$basic', migrationMode: 'IMMEDIATE' } },
  { label: 'v2: migrate the accounts of a plan', method: 'POST', path: '/v2/price_plans/migration', status: 201, body: { sourceId: '$basic', sourceVersion: 1, targetId: '$plan', migrationMode: 'IMMEDIATE' } },
];

const EVENTS: TourStep[] = [
  { label: 'ingest an event', method: 'POST', path: '/ingest', status: 202, body: { event: event('evt-1', 'acme-main', 60, 'eu') } },
  { label: 'ingest a batch by alias', method: 'POST', path: '/ingestBatch', status: 202, body: { events: [event('evt-2', 'acme@example.com', 90, 'eu'), event('evt-3', 'acme_eu', 30, 'us')] } },
  { label: 'ingest a batch with a refused event', method: 'POST', path: '/ingestBatch', status: 207, body: { events: [event('evt-4', 'acme-main', 400, 'eu'), event('evt-5', 'nobody', 1, 'eu')] } },
  { label: 'list events', method: 'GET', path: '/events?account_id=acme-main', status: 200 },
  { label: 'get an event', method: 'GET', path: '/events/evt-1', status: 200 },
  { label: 'correct an event: UNDO', method: 'POST', path: '/events/correction?action=UNDO', status: 200, body: { event: event('evt-4', 'acme-main', 400, 'eu') } },
  { label: 'correct an event: REDO_EVENT', method: 'POST', path: '/events/correction?action=REDO_EVENT', status: 200, body: { event: event('evt-4', 'acme-main', 40, 'eu') } },
];

const INVOICES: TourStep[] = [
  { label: 'list invoices of an account', method: 'GET', path: '/invoices?owner_id=acme-main', status: 200, capture: { january: (b) => b.data[0].id } },
  { label: 'get the DRAFT invoice', method: 'GET', path: '/invoices/$january', status: 200 },
  { label: 'add miscellaneous charges to the account', method: 'PUT', path: '/accounts/acme-main/miscellaneous_charges', status: 200, body: { items: [{ name: 'Setup', value: '12.5' }, { name: 'Support', rate: 2, quantity: 3, considerForRevenue: true }] } },
  { label: 'add miscellaneous charges to the invoice', method: 'PUT', path: '/invoices/$january/miscellaneous_charges', status: 200, body: { items: [{ name: 'Onboarding', value: '20' }] } },
  { label: 'the January cycle ends; its grace period begins', advanceTo: '2026-02-01T00:00:00Z' },
  { label: 'list the invoices a bill run would finalise', method: 'GET', path: '/invoices/bill_runs', status: 200 },
  { label: 'run a bill run', method: 'POST', path: '/invoices/bill_runs', status: 200 },
  { label: 'get the finalised invoice', method: 'GET', path: '/invoices/$january', status: 200 },
  { label: 'list DRAFT invoices', method: 'GET', path: '/invoices?owner_id=acme-eu&status=DRAFT', status: 200, capture: { february: (b) => b.data[0].id } },
  { label: 'the February cycle and its grace period end', advanceTo: '2026-03-04T00:00:00Z' },
  { label: 'get the invoice the clock made DUE', method: 'GET', path: '/invoices/$february', status: 200 },
  { label: "list an invoice's pricing rule logs", method: 'GET', path: '/invoice/$january/pricing_rules_logs', status: 200 },
  {
    label: 'create a custom invoice',
    method: 'POST',
    path: '/invoices',
    status: 201,
    capture: { custom: id },
    body: { accountId: 'acme-main', startDate: '2026-02-01T00:00:00Z', endDate: '2026-02-28T00:00:00Z', status: 'DRAFT', idempotencyKey: 'consulting-feb', lineItems: [{ description: 'Consulting', quantity: 3, valuePerQuantity: 100 }, { description: 'Travel', value: 45.5 }] },
  },
  { label: 'update the custom invoice', method: 'PATCH', path: '/invoices/$custom', status: 200, body: { lineItems: [{ description: 'Consulting', value: 250 }] } },
  { label: 'make the custom invoice DUE', method: 'PATCH', path: '/invoices/$custom', status: 200, body: { status: 'DUE' } },
  { label: 'create a custom invoice to delete', method: 'POST', path: '/invoices', status: 201, capture: { spare: id }, body: { accountId: 'acme-eu', startDate: '2026-02-01T00:00:00Z', endDate: '2026-02-28T00:00:00Z', status: 'DRAFT', lineItems: [{ value: 1 }] } },
  { label: 'delete the DRAFT custom invoice', method: 'DELETE', path: '/invoices/$spare', status: 200 },
  { label: 'void a DUE invoice', method: 'PATCH', path: '/invoices/$january', status: 200, body: { status: 'VOID' } },
  { label: 'list all invoices', method: 'GET', path: '/invoices?pageSize=50', status: 200 },
];

const CLEAN_UP: TourStep[] = [
  { label: 'delete an organisation alias', method: 'DELETE', path: '/aliases/spare-2', status: 200 },
  { label: 'delete a usage meter', method: 'DELETE', path: '/usage_meters/$spareMeter', status: 200 },
  { label: 'delete an event schema', method: 'DELETE', path: '/event_schema/sms', status: 200 },
  { label: 'v1: archive a plan no account is on', method: 'DELETE', path: '/price_plans/$flat', status: 200 },
  { label: 'archive an account', method: 'DELETE', path: '/accounts/globex-old', status: 200 },
  { label: 'archive a customer and its accounts', method: 'DELETE', path: '/customers/initech', status: 200 },
  { label: 'read the archived account', method: 'GET', path: '/accounts/initech', status: 200 },
];

export const TOUR: TourStep[] = [...PARTIES, ...USAGE, ...PLANS, ...SCHEDULES, ...EVENTS, ...ENTITLEMENTS, ...INVOICES, ...CLEAN_UP];
