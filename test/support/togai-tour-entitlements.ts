import type { TourStep } from './togai-tour.js';

/**
 * The tour's prepaid part: a feature measured by the `call` schema's `duration`, a plan whose
 * billing entitlement card grants 500 of it each month (billed in advance), an account put on it,
 * and every Feature and Entitlements operation on what that grants. Runs on 2026-01-01, after the
 * tour's usage set-up.
 */

const id = (b: any) => b.id as string;
const PER_UNIT = { pricingModel: 'TIERED', slabs: [{ order: 1, startAfter: 0, priceType: 'PER_UNIT' }] };

const minutesBundle = {
  actionType: 'CREATE',
  rateCardName: 'Minutes bundle',
  rateCard: {
    type: 'BILLING_ENTITLEMENT',
    billableId: '$feature',
    displayName: 'Minutes bundle',
    invoiceTiming: 'IN_ADVANCE',
    rateCardDetails: {
      billingEntitlementRateCard: {
        featureId: '$feature',
        featureConfigs: [{ effectiveUntil: 'P1M', featureCreditLimit: 500 }],
        invoiceTiming: 'IN_ADVANCE',
        ratePlan: PER_UNIT,
        rateValues: [{ currency: 'USD', slabRates: [{ order: 1, rate: 0.02 }] }],
      },
    },
  },
};

const call = (eventId: string, minutes: number) => ({
  event: { id: eventId, schemaName: 'call', timestamp: '2026-01-10T12:00:00Z', accountId: 'wayne-main', attributes: [{ name: 'duration', value: String(minutes) }], dimensions: { region: 'eu' } },
});

export const ENTITLEMENTS: TourStep[] = [
  { label: 'create a feature measured by call minutes', method: 'POST', path: '/features', status: 200, capture: { feature: id }, body: { name: 'Call minutes', schemaAssociations: [{ schemaName: 'call', attributeName: 'duration' }] } },
  { label: 'list features', method: 'GET', path: '/features', status: 200 },
  { label: 'get a feature', method: 'GET', path: '/features/$feature', status: 200 },
  { label: 'update a feature', method: 'PATCH', path: '/features/$feature', status: 200, body: { billableName: 'Prepaid call minutes' } },
  { label: 'create a plan granting the feature', method: 'POST', path: '/v2/price_plans', status: 200, capture: { bundle: id }, body: { name: 'Minutes bundle', type: 'BILLING', supportedCurrencies: ['USD'], pricingCycleConfig: { interval: 'MONTHLY', startOffset: { dayOffset: '1', monthOffset: 'NIL' }, gracePeriod: 0 } } },
  { label: 'add its billing entitlement card', method: 'POST', path: '/v2/price_plans/$bundle/rate_cards', status: 200, body: { operations: [minutesBundle] } },
  { label: 'finalise it', method: 'POST', path: '/v2/price_plans/$bundle/finalize', status: 200, body: {} },
  { label: 'create a customer for it', method: 'POST', path: '/customers', status: 201, body: { id: 'wayne', name: 'Wayne', primaryEmail: 'ops@wayne.test', address: {}, account: { id: 'wayne-main', name: 'Wayne main' } } },
  { label: 'put the account on it: credits granted', method: 'POST', path: '/v2/accounts/wayne-main/edit_schedules', status: 200, body: { edits: [{ mode: 'ASSOCIATE', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31', associationConfig: { pricePlanId: '$bundle' } }] } },
  { label: "list the account's entitlements", method: 'GET', path: '/accounts/wayne-main/entitlements', status: 200 },
  { label: 'get an entitlement value', method: 'GET', path: '/accounts/wayne-main/entitlements/$feature', status: 200 },
  { label: 'check an entitlement value', method: 'POST', path: '/accounts/wayne-main/entitlements/$feature', status: 200, body: { value: '120' } },
  { label: 'ingest an entitled event', method: 'POST', path: '/entitled', status: 200, body: call('evt-wayne-1', 120) },
  { label: "get the feature's credit balance", method: 'GET', path: '/accounts/wayne-main/features/$feature', status: 200 },
  { label: "list the feature's credit entries", method: 'GET', path: '/accounts/wayne-main/features/$feature/entries', status: 200, capture: { entry: (b) => encodeURIComponent(b.data[0].id) } },
  { label: 'update a credit entry', method: 'PATCH', path: '/accounts/wayne-main/features/$feature/entries/$entry', status: 200, body: { granted: 600 } },
  { label: 'void a credit entry', method: 'POST', path: '/accounts/wayne-main/features/$feature/entries/$entry/void', status: 200 },
  { label: 'an entitled event is refused once the credits are gone', method: 'POST', path: '/entitled', status: 400, body: call('evt-wayne-2', 1) },
];
