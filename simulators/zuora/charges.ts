import type { ZuoraHandlers } from './operations.js';
import type { ZuoraContext } from './auth.js';
import { chargeDefaults } from './charge-defaults.js';
import { checkUnknownFields, crudNotFound, crudView, knownBody, requireWsdl } from './crud.js';
import { crudError } from './errors.js';
import { newId } from './ids.js';
import { tiersOf } from './pricing.js';
import type { ChargeRecord, RatePlanRecord } from './records.js';

/** Charge models that price per unit and so need a unit of measure (object_postproductrateplancharge.md, UOM). */
const NEEDS_UOM = new Set(['Per Unit Pricing', 'Volume Pricing', 'Overage Pricing', 'Tiered Pricing', 'Tiered with Overage Pricing']);

/** Fields that need a minimum WSDL version, per the reference pages of the charge operations. */
const WSDL_GATES = { ChargeModelConfiguration: 102 };

function need(fields: Record<string, unknown>, field: string, why: string): void {
  if (fields[field] === undefined || fields[field] === null || fields[field] === '') throw crudError(400, `${field} is required ${why}`);
}

/** The conditional requirements the charge pages state, checked on the charge as it would be after the write. */
function checkCharge(ctx: ZuoraContext, f: Record<string, unknown>): RatePlanRecord {
  const planId = String(f.ProductRatePlanId);
  const plan = ctx.state.ratePlan(planId);
  if (!plan) throw crudError(400, `ProductRatePlanId '${planId}' is not the ID of a product rate plan; create it first (POST /v1/object/product-rate-plan)`);
  const model = String(f.ChargeModel);
  if (NEEDS_UOM.has(model)) need(f, 'UOM', `for the '${model}' charge model`);
  const uoms = ctx.state.tenant.unitsOfMeasure;
  if (typeof f.UOM === 'string' && !uoms.includes(f.UOM)) throw crudError(400, `UOM '${f.UOM}' is not a unit of measure of this tenant's Billing Settings; use one of ${uoms.join(', ')}`);
  if (model === 'Per Unit Pricing' && f.ChargeType !== 'Usage') need(f, 'DefaultQuantity', 'for a per-unit charge');
  if (f.Taxable === true) {
    need(f, 'TaxCode', 'when Taxable is true');
    need(f, 'TaxMode', 'when Taxable is true');
  }
  if (f.BillCycleType === 'SpecificDayofMonth') need(f, 'BillCycleDay', "when BillCycleType is 'SpecificDayofMonth'");
  if (f.BillCycleType === 'SpecificDayofWeek') need(f, 'WeeklyBillCycleDay', "when BillCycleType is 'SpecificDayofWeek'");
  if (f.BillingPeriod === 'Specific Months' || f.BillingPeriod === 'Specific Weeks') {
    need(f, 'SpecificBillingPeriod', `when BillingPeriod is '${String(f.BillingPeriod)}'`);
    if (!(Number(f.SpecificBillingPeriod) > 0)) throw crudError(400, `SpecificBillingPeriod must be a positive integer, got ${String(f.SpecificBillingPeriod)}`);
  }
  if (f.ListPriceBase === 'Per Specific Months') need(f, 'SpecificListPriceBase', "when ListPriceBase is 'Per Specific Months'");
  const tiers = tiersOf({ fields: f } as ChargeRecord);
  if (tiers.length === 0) throw crudError(400, 'ProductRatePlanChargeTierData.ProductRatePlanChargeTier must list at least one tier, e.g. [{"Currency": "USD", "Price": 0.1}]');
  const currencies = ctx.state.tenant.currencies;
  const strange = tiers.map((t) => t.Currency).filter((c): c is string => typeof c === 'string' && !currencies.includes(c));
  if (strange.length) throw crudError(400, `ProductRatePlanChargeTier lists currency ${strange[0]}, which Billing Settings does not have; use ${currencies.join(', ')}`);
  return plan;
}

function findCharge(ctx: ZuoraContext, id: string): ChargeRecord {
  const charge = ctx.state.productCharge(id);
  if (!charge) throw crudNotFound('product rate plan charge', id);
  return charge;
}

export const chargeHandlers = {
  crudCreateProductRatePlanCharge(req, ctx) {
    checkUnknownFields(req);
    const fields = knownBody(req);
    requireWsdl(req, fields, WSDL_GATES);
    const plan = checkCharge(ctx, fields);
    const now = ctx.now();
    const charge: ChargeRecord = { Id: newId(ctx), fields, ratePlanId: plan.Id, createdAt: now, updatedAt: now };
    ctx.state.store.insert('charge', charge);
    plan.chargeIds.push(charge.Id);
    return { status: 200, body: { Id: charge.Id, Success: true } };
  },

  crudGetProductRatePlanCharge(req, ctx) {
    const charge = findCharge(ctx, req.params.id!);
    // the retrieve sample of object_getproductrateplancharge.md carries no pricing container
    const { ProductRatePlanChargeTierData: _tiers, ...shown } = crudView(charge, ctx.state.notifications.userId, req.query.fields, chargeDefaults(charge.fields));
    return { status: 200, body: shown };
  },

  crudUpdateProductRatePlanCharge(req, ctx) {
    const charge = findCharge(ctx, req.params.id!);
    checkUnknownFields(req);
    const changes = knownBody(req);
    requireWsdl(req, changes, WSDL_GATES);
    const merged = { ...charge.fields, ...changes };
    const plan = checkCharge(ctx, merged);
    if (plan.Id !== charge.ratePlanId) {
      const old = ctx.state.ratePlan(charge.ratePlanId)!;
      old.chargeIds = old.chargeIds.filter((id) => id !== charge.Id);
      plan.chargeIds.push(charge.Id);
      charge.ratePlanId = plan.Id;
    }
    charge.fields = merged;
    charge.updatedAt = ctx.now();
    return { status: 200, body: { Id: charge.Id, Success: true } };
  },

  crudDeleteProductRatePlanCharge(req, ctx) {
    const id = req.params.id!;
    const charge = ctx.state.productCharge(id);
    // the operation documents only 200 and 401, so an unknown ID is reported in the body
    if (!charge) return { status: 200, body: { id, success: false } };
    const plan = ctx.state.ratePlan(charge.ratePlanId)!;
    plan.chargeIds = plan.chargeIds.filter((c) => c !== id);
    ctx.state.store.remove('charge', id);
    return { status: 200, body: { id, success: true } };
  },
} satisfies Partial<ZuoraHandlers>;
