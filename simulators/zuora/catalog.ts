import type { ZuoraHandlers } from './operations.js';
import type { ZuoraContext } from './auth.js';
import { notFound } from './errors.js';
import { v1Page } from './paging.js';
import { modelName } from './pricing.js';
import type { ProductRecord } from './records.js';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A product with its rate plans and charges, as the catalog operations return it. The reference
 * sample shows a URL in productRatePlans; the contract also allows the plans themselves, which
 * is what the operation's description ("including ... product rate plans, charges") promises.
 */
function catalogProductView(ctx: ZuoraContext, p: ProductRecord) {
  const f = p.fields;
  return {
    ...(typeof f.Category === 'string' ? { category: f.Category } : {}),
    description: text(f.Description),
    effectiveEndDate: String(f.EffectiveEndDate),
    effectiveStartDate: String(f.EffectiveStartDate),
    id: p.Id,
    name: String(f.Name),
    productNumber: String(f.ProductNumber),
    productRatePlans: p.ratePlanIds.map((id) => {
      const plan = ctx.state.ratePlan(id)!;
      return {
        id: plan.Id,
        name: String(plan.fields.Name),
        description: text(plan.fields.Description),
        effectiveStartDate: plan.fields.EffectiveStartDate ?? f.EffectiveStartDate,
        effectiveEndDate: plan.fields.EffectiveEndDate ?? f.EffectiveEndDate,
        productRatePlanCharges: plan.chargeIds.map((cid) => {
          const c = ctx.state.productCharge(cid)!.fields;
          return {
            id: cid,
            name: String(c.Name),
            type: String(c.ChargeType),
            model: modelName(String(c.ChargeModel)),
            uom: typeof c.UOM === 'string' ? c.UOM : null,
            billingPeriod: String(c.BillingPeriod),
          };
        }),
      };
    }),
    sku: String(f.SKU),
  };
}

export const catalogHandlers = {
  listCatalogProducts(req, ctx) {
    // get_catalog.md: newest UpdatedDate first
    const products = [...ctx.state.store.values<ProductRecord>('product')].reverse().sort((a, b) => b.updatedAt - a.updatedAt);
    const { rows, nextPage } = v1Page(products, req, 10);
    return { status: 200, body: { products: rows.map((p) => catalogProductView(ctx, p)), ...(nextPage ? { nextPage } : {}), success: true } };
  },

  getCatalogProduct(req, ctx) {
    const key = req.params['product-key']!;
    const product = ctx.state.product(key);
    if (!product) throw notFound('product', key);
    return { status: 200, body: { ...catalogProductView(ctx, product), success: true } };
  },
} satisfies Partial<ZuoraHandlers>;
