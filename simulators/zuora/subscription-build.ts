import { loadContract } from '../kit/contract.js';
import { SimError } from '../kit/errors.js';
import type { ZuoraContext } from './auth.js';
import { round } from './account-views.js';
import { Category, failureBody, issueReasons, notFound, ruleFailure } from './errors.js';
import { customFieldsOf, newId, numbered } from './ids.js';
import { modelName, monthlyValue, priceOf, termMonths } from './pricing.js';
import type { AccountRecord, ChargeRecord, ProductRecord, RatePlanRecord, SubscriptionCharge, SubscriptionRecord, TermPeriod } from './records.js';
import { addPeriods, unrealDate } from './time.js';

export interface SubscriptionInput {
  accountKey?: string;
  contractEffectiveDate?: string;
  customerAcceptanceDate?: string;
  serviceActivationDate?: string;
  termStartDate?: string;
  termType?: string;
  initialTerm?: number;
  initialTermPeriodType?: TermPeriod;
  renewalTerm?: number;
  renewalTermPeriodType?: TermPeriod;
  renewalSetting?: string;
  autoRenew?: boolean;
  notes?: string;
  invoiceOwnerAccountKey?: string;
  invoiceSeparately?: boolean;
  subscriptionNumber?: string;
  subscribeToRatePlans?: { productRatePlanId?: string }[];
  [custom: string]: unknown;
}

/** What a request resolved to, once every rule is checked; building it can no longer fail. */
export interface SubscriptionPlan {
  input: SubscriptionInput & { contractEffectiveDate: string; termType: 'TERMED' | 'EVERGREEN' };
  termEndDate?: string;
  account: AccountRecord;
  invoiceOwner: AccountRecord;
  ratePlans: { product: ProductRecord; ratePlan: RatePlanRecord; charges: ChargeRecord[] }[];
}

/**
 * A subscription given inside a new account is an untyped object in the contract, so its
 * fields are checked against the create-subscription schema here. Required fields are left
 * to the rules below, which name what the account's subscription needs.
 */
export function checkInlineSubscription(input: SubscriptionInput): void {
  const contract = loadContract('zuora.yaml');
  const body = { ...input, accountKey: 'new-account' };
  const issues = contract.validateRequest(contract.operation('createSubscription'), { path: {}, query: {}, header: {}, body }).filter((i) => i.problem !== 'is required');
  if (issues.length) throw new SimError(400, failureBody(issueReasons(issues, 'subscription.')));
}

function missing(field: string, what: string): never {
  throw ruleFailure(Category.MISSING_FIELD, `'${field}' is required: ${what}`);
}

function effectiveOn(fields: Record<string, unknown>, date: string): boolean {
  const start = fields.EffectiveStartDate;
  const end = fields.EffectiveEndDate;
  return (typeof start !== 'string' || start <= date) && (typeof end !== 'string' || date < end);
}

/**
 * Check a new subscription against the rules of post_subscription.md and the catalog. `prefix`
 * names where the subscription sits in the body ('' or 'subscription.'), for the messages.
 */
export function planSubscription(ctx: ZuoraContext, account: AccountRecord, input: SubscriptionInput, prefix = ''): SubscriptionPlan {
  const field = (name: string) => `${prefix}${name}`;
  const ce = input.contractEffectiveDate ?? missing(field('contractEffectiveDate'), 'the contract effective date, as yyyy-mm-dd');
  const unreal = unrealDate(input, ['contractEffectiveDate', 'customerAcceptanceDate', 'serviceActivationDate', 'termStartDate'], 'date');
  if (unreal) throw ruleFailure(Category.INVALID_VALUE, `'${field(unreal)}' must be a real date as yyyy-mm-dd, got '${String(input[unreal])}'`);
  const termType = input.termType ?? missing(field('termType'), 'TERMED or EVERGREEN');
  if (termType !== 'TERMED' && termType !== 'EVERGREEN') throw ruleFailure(Category.INVALID_VALUE, `'${field('termType')}' value should be one of: TERMED, EVERGREEN`);
  let termEndDate: string | undefined;
  if (termType === 'TERMED') {
    if (input.initialTerm === undefined) missing(field('initialTerm'), 'a TERMED subscription needs the length of its first term');
    if (input.initialTerm <= 0) throw ruleFailure(Category.INVALID_VALUE, `'${field('initialTerm')}' must be greater than 0 for a TERMED subscription, got ${input.initialTerm}`);
    termEndDate = addPeriods(input.termStartDate ?? ce, input.initialTerm, input.initialTermPeriodType ?? 'Month');
    if (termEndDate === undefined) throw ruleFailure(Category.INVALID_VALUE, `'${field('initialTerm')}' ${input.initialTerm} makes the term end after the year 9999; give a shorter term`);
  }
  if (account.status !== 'Active') throw ruleFailure(Category.RULE, `Account '${account.accountNumber}' is ${account.status}; subscriptions can only be created for Active accounts`);
  if (input.subscriptionNumber !== undefined && ctx.state.subscriptionNumbers.has(input.subscriptionNumber)) {
    throw ruleFailure(Category.RULE, `A subscription with number '${input.subscriptionNumber}' already exists; give a unique ${field('subscriptionNumber')} or leave it out to have one generated`);
  }
  let invoiceOwner = account;
  if (input.invoiceOwnerAccountKey !== undefined) {
    const owner = ctx.state.account(input.invoiceOwnerAccountKey);
    if (!owner) throw notFound('invoice owner account', input.invoiceOwnerAccountKey);
    invoiceOwner = owner;
  }
  const requested = input.subscribeToRatePlans ?? [];
  if (requested.length === 0) missing(field('subscribeToRatePlans'), 'at least one product rate plan ({"productRatePlanId": "…"}) to subscribe to');
  const ratePlans = requested.map((r, i) => {
    const where = field(`subscribeToRatePlans[${i}].productRatePlanId`);
    if (typeof r.productRatePlanId !== 'string' || r.productRatePlanId === '') missing(where, 'the ID of a product rate plan of the catalog');
    const ratePlan = ctx.state.ratePlan(r.productRatePlanId);
    if (!ratePlan) throw notFound('product rate plan', r.productRatePlanId);
    const product = ctx.state.product(ratePlan.productId)!;
    if (!effectiveOn(product.fields, ce) || !effectiveOn(ratePlan.fields, ce)) {
      throw ruleFailure(
        Category.RULE,
        `Product rate plan '${ratePlan.Id}' (${where}) cannot be subscribed to on the contract effective date ${ce}: it or its product is effective only from ${String(ratePlan.fields.EffectiveStartDate ?? product.fields.EffectiveStartDate)} until ${String(ratePlan.fields.EffectiveEndDate ?? product.fields.EffectiveEndDate)}`,
      );
    }
    return { product, ratePlan, charges: ratePlan.chargeIds.map((id) => ctx.state.productCharge(id)!) };
  });
  return { input: { ...input, contractEffectiveDate: ce, termType }, ...(termEndDate ? { termEndDate } : {}), account, invoiceOwner, ratePlans };
}

function nextNumber(ctx: ZuoraContext): string {
  let number: string;
  do number = numbered('A-S', ctx.sequences.next('subscription'));
  while (ctx.state.subscriptionNumbers.has(number));
  return number;
}

function buildCharge(ctx: ZuoraContext, source: ChargeRecord, sub: SubscriptionRecord): SubscriptionCharge {
  const f = source.fields;
  const type = String(f.ChargeType);
  const model = modelName(String(f.ChargeModel));
  const price = priceOf(source, sub.currency);
  const quantity = typeof f.DefaultQuantity === 'number' ? f.DefaultQuantity : type === 'Usage' ? null : 1;
  const billingPeriod = String(f.BillingPeriod);
  const mrr = monthlyValue(type, model, price, quantity, billingPeriod);
  const oneTime = type === 'OneTime' && price !== null ? price * (quantity ?? 1) : 0;
  const id = newId(ctx);
  const charge: SubscriptionCharge = {
    id,
    number: numbered('C-', ctx.sequences.next('charge')),
    productRatePlanChargeId: source.Id,
    name: String(f.Name),
    description: typeof f.Description === 'string' ? f.Description : '',
    type,
    model,
    uom: typeof f.UOM === 'string' ? f.UOM : null,
    price,
    quantity,
    billingPeriod,
    billingPeriodAlignment: typeof f.BillingPeriodAlignment === 'string' ? f.BillingPeriodAlignment : 'AlignToCharge',
    billCycleType: String(f.BillCycleType),
    triggerEvent: String(f.TriggerEvent),
    endDateCondition: f.EndDateCondition === 'FixedPeriod' ? 'Fixed_Period' : 'Subscription_End',
    currency: sub.currency,
    effectiveStartDate: sub.contractEffectiveDate,
    ...(sub.termEndDate ? { effectiveEndDate: sub.termEndDate } : {}),
    mrr: round(mrr),
    tcv: round(mrr * termMonths(sub) + oneTime),
  };
  ctx.state.charges.set(charge.id, { subscriptionId: sub.id, charge });
  ctx.state.charges.set(charge.number, { subscriptionId: sub.id, charge });
  return charge;
}

/** Create the planned subscription, its rate plans and charges; set the account's bill cycle day if it was auto. */
export function buildSubscription(ctx: ZuoraContext, plan: SubscriptionPlan): SubscriptionRecord {
  const { input, account } = plan;
  const ce = input.contractEffectiveDate;
  const sa = input.serviceActivationDate ?? input.customerAcceptanceDate ?? ce;
  const termStart = input.termStartDate ?? ce;
  const initialTermPeriodType = input.initialTermPeriodType ?? 'Month';
  const now = ctx.now();
  const sub: SubscriptionRecord = {
    id: newId(ctx),
    subscriptionNumber: input.subscriptionNumber ?? nextNumber(ctx),
    accountId: account.id,
    invoiceOwnerAccountId: plan.invoiceOwner.id,
    status: 'Active',
    termType: input.termType,
    initialTerm: input.termType === 'TERMED' ? input.initialTerm! : 0,
    initialTermPeriodType,
    renewalTerm: input.renewalTerm ?? 0,
    renewalTermPeriodType: input.renewalTermPeriodType ?? 'Month',
    autoRenew: input.autoRenew ?? false,
    renewalSetting: input.renewalSetting ?? 'RENEW_WITH_SPECIFIC_TERM',
    contractEffectiveDate: ce,
    // defaults table of post_subscription.md: SA and CA default to each other, then to CE
    serviceActivationDate: sa,
    customerAcceptanceDate: input.customerAcceptanceDate ?? sa,
    termStartDate: termStart,
    ...(plan.termEndDate ? { termEndDate: plan.termEndDate } : {}),
    notes: input.notes ?? '',
    currency: account.currency,
    invoiceSeparately: input.invoiceSeparately ?? false,
    ratePlans: [],
    custom: customFieldsOf(input),
    createdAt: now,
    updatedAt: now,
  };
  sub.ratePlans = plan.ratePlans.map(({ product, ratePlan, charges }) => ({
    id: newId(ctx),
    productId: product.Id,
    productName: String(product.fields.Name),
    productSku: String(product.fields.SKU),
    productRatePlanId: ratePlan.Id,
    ratePlanName: String(ratePlan.fields.Name),
    charges: charges.map((c) => buildCharge(ctx, c, sub)),
  }));
  ctx.state.addSubscription(sub);
  if (account.billCycleDay === 0) account.billCycleDay = Number(ce.slice(8, 10));
  return sub;
}

export function contractedValues(sub: SubscriptionRecord): { contractedMrr: number; totalContractedValue: number } {
  const charges = sub.ratePlans.flatMap((p) => p.charges);
  return {
    contractedMrr: round(charges.reduce((s, c) => s + c.mrr, 0)),
    totalContractedValue: round(charges.reduce((s, c) => s + c.tcv, 0)),
  };
}
