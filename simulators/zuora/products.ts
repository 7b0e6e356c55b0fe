import type { ZuoraHandlers } from './operations.js';
import type { ValidRequest } from '../kit/types.js';
import type { ZuoraContext } from './auth.js';
import { checkUnknownFields, crudNotFound, crudView, knownBody, requireWsdl } from './crud.js';
import { crudError } from './errors.js';
import { newId, numbered } from './ids.js';
import { unrealDate } from './time.js';
import type { ProductRecord, RatePlanRecord } from './records.js';

/** End dates must come after start dates: a product or plan is available from the one until the other. */
function checkEffectiveDates(body: Record<string, unknown>): void {
  const unreal = unrealDate(body, ['EffectiveStartDate', 'EffectiveEndDate'], 'date');
  if (unreal) throw crudError(400, `${unreal} '${String(body[unreal])}' is not a real date; write yyyy-mm-dd`);
  const start = body.EffectiveStartDate;
  const end = body.EffectiveEndDate;
  if (typeof start === 'string' && typeof end === 'string' && end <= start) {
    throw crudError(400, `EffectiveEndDate (${end}) must be later than EffectiveStartDate (${start})`);
  }
}

function uniqueKey(ctx: ZuoraContext, field: string, given: unknown, prefix: string, sequence: string): string {
  if (typeof given === 'string') {
    if (ctx.state.productKeys.has(given)) throw crudError(400, `${field} '${given}' is already used by another product; give a unique one or leave it out to have one generated`);
    return given;
  }
  let value: string;
  do value = numbered(prefix, ctx.sequences.next(sequence));
  while (ctx.state.productKeys.has(value));
  return value;
}

function currenciesOf(ctx: ZuoraContext, raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw.map(String) : String(raw).split(',')).map((c) => c.trim()).filter(Boolean);
  const unknown = list.filter((c) => !ctx.state.tenant.currencies.includes(c));
  if (unknown.length) throw crudError(400, `ActiveCurrencies lists ${unknown.join(', ')}, which Billing Settings does not have; use ${ctx.state.tenant.currencies.join(', ')}`);
  // object_postproductrateplan.md: the default currency and at most four more
  if (list.length > 5) throw crudError(400, `ActiveCurrencies may list at most 5 currencies (the default and four more), got ${list.length}`);
  return list;
}

function findProduct(ctx: ZuoraContext, req: ValidRequest): ProductRecord {
  const id = req.params.id!;
  const product = ctx.state.store.get<ProductRecord>('product', id);
  if (!product) throw crudNotFound('product', id);
  return product;
}

export const productHandlers = {
  crudCreateProduct(req, ctx) {
    checkUnknownFields(req);
    const body = knownBody(req);
    requireWsdl(req, body, { ProductNumber: 133 });
    checkEffectiveDates(body);
    const SKU = uniqueKey(ctx, 'SKU', body.SKU, 'SKU-', 'sku');
    const ProductNumber = uniqueKey(ctx, 'ProductNumber', body.ProductNumber, 'PC-', 'productNumber');
    const now = ctx.now();
    const product = ctx.state.store.insert<ProductRecord>('product', {
      Id: newId(ctx),
      fields: { AllowFeatureChanges: false, ...body, SKU, ProductNumber },
      ratePlanIds: [],
      createdAt: now,
      updatedAt: now,
    });
    ctx.state.productKeys.set(SKU, product.Id);
    ctx.state.productKeys.set(ProductNumber, product.Id);
    return { status: 200, body: { Id: product.Id, Success: true } };
  },

  crudGetProduct(req, ctx) {
    return { status: 200, body: crudView(findProduct(ctx, req), ctx.state.notifications.userId, req.query.fields) };
  },

  crudCreateProductRatePlan(req, ctx) {
    checkUnknownFields(req);
    const body = knownBody(req);
    requireWsdl(req, body, { Grade: 116, ExternalIdSourceSystem: 130, ExternalRatePlanIds: 130, ProductRatePlanNumber: 133 });
    const productId = String(body.ProductId);
    const product = ctx.state.store.get<ProductRecord>('product', productId);
    if (!product) throw crudError(400, `ProductId '${productId}' is not the ID of a product; create the product first (POST /v1/object/product)`);
    const name = String(body.Name);
    if (product.ratePlanIds.some((id) => ctx.state.ratePlan(id)!.fields.Name === name)) {
      throw crudError(400, `Product '${productId}' already has a rate plan named '${name}'; rate plan names are unique within a product`);
    }
    if (typeof body.Grade === 'number' && !(Number.isInteger(body.Grade) && body.Grade > 0)) throw crudError(400, `Grade must be a positive integer, got ${body.Grade}`);
    checkEffectiveDates(body);
    const currencies = currenciesOf(ctx, body.ActiveCurrencies);
    const now = ctx.now();
    const plan = ctx.state.store.insert<RatePlanRecord>('ratePlan', {
      Id: newId(ctx),
      fields: { ...body, ...(currencies ? { ActiveCurrencies: currencies } : {}) },
      productId,
      chargeIds: [],
      createdAt: now,
      updatedAt: now,
    });
    product.ratePlanIds.push(plan.Id);
    return { status: 200, body: { Id: plan.Id, Success: true } };
  },

  crudGetProductRatePlan(req, ctx) {
    const id = req.params.id!;
    const plan = ctx.state.ratePlan(id);
    if (!plan) throw crudNotFound('product rate plan', id);
    return { status: 200, body: crudView(plan, ctx.state.notifications.userId, req.query.fields) };
  },
} satisfies Partial<ZuoraHandlers>;
