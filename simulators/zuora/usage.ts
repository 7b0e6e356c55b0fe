import type { ZuoraHandlers } from './operations.js';
import type { ZuoraContext } from './auth.js';
import { checkUnknownFields, crudNotFound, knownBody, pickFields, requireWsdl } from './crud.js';
import { crudError, notFound } from './errors.js';
import { customFieldsOf } from './ids.js';
import type { UsageRecord } from './records.js';
import { crudTime, parseInstant, unrealDate, v1Time } from './time.js';
import { insertUsage, prepareUsage, type UsageFieldNames } from './usage-records.js';

const CRUD_NAMES: UsageFieldNames = {
  accountId: 'AccountId',
  accountNumber: 'AccountNumber',
  subscriptionId: 'SubscriptionId',
  subscriptionNumber: 'SubscriptionNumber',
  chargeId: 'ChargeId',
  chargeNumber: 'ChargeNumber',
  uom: 'UOM',
};

const crudFail = (message: string): never => {
  throw crudError(400, message);
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function checkInstants(body: Record<string, unknown>): void {
  const unreal = unrealDate(body, ['StartDateTime', 'EndDateTime'], 'date-time');
  if (unreal) throw crudError(400, `${unreal} '${String(body[unreal])}' is not a real date and time; write e.g. 2026-01-15T00:00:00Z`);
}

/** A usage record as the CRUD retrieve operation shows it. */
function crudUsageView(u: UsageRecord, userId: string, fields: unknown) {
  const full: Record<string, unknown> = {
    AccountId: u.accountId,
    AccountNumber: u.accountNumber,
    ...(u.chargeId ? { ChargeId: u.chargeId, ChargeNumber: u.chargeNumber } : {}),
    CreatedById: userId,
    CreatedDate: crudTime(u.createdAt),
    ...(u.description !== undefined ? { Description: u.description } : {}),
    ...(u.endDateTime !== undefined ? { EndDateTime: crudTime(u.endDateTime) } : {}),
    Id: u.id,
    Quantity: u.quantity,
    RbeStatus: u.rbeStatus,
    SourceType: u.sourceType,
    StartDateTime: crudTime(u.startDateTime),
    SubmissionDateTime: crudTime(u.createdAt),
    ...(u.subscriptionId ? { SubscriptionId: u.subscriptionId, SubscriptionNumber: u.subscriptionNumber } : {}),
    ...(u.uniqueKey !== undefined ? { UniqueKey: u.uniqueKey } : {}),
    UOM: u.uom,
    UpdatedById: userId,
    UpdatedDate: crudTime(u.updatedAt),
    ...u.custom,
  };
  return pickFields(full, fields);
}

/** A usage record as GET /v1/usage/accounts/{account-key} (older_get_usage.md) shows it. */
function accountUsageView(ctx: ZuoraContext, u: UsageRecord) {
  return {
    ...u.custom,
    accountId: u.accountId,
    accountName: ctx.state.account(u.accountId)!.name,
    accountNumber: u.accountNumber,
    chargeNumber: u.chargeNumber ?? null,
    ...(u.fileName !== undefined ? { fileName: u.fileName } : {}),
    id: u.id,
    quantity: u.quantity,
    sourceName: u.sourceType,
    startDateTime: v1Time(u.startDateTime),
    status: u.rbeStatus,
    submissionDateTime: v1Time(u.createdAt),
    ...(u.subscriptionNumber ? { subscriptionNumber: u.subscriptionNumber } : {}),
    ...(u.uniqueKey !== undefined ? { uniqueKey: u.uniqueKey } : {}),
    unitOfMeasure: u.uom,
  };
}

export const usageHandlers = {
  crudCreateUsage(req, ctx) {
    checkUnknownFields(req);
    const b = knownBody(req);
    requireWsdl(req, b, { UniqueKey: 114, ProductRatePlanChargeNumber: 146 });
    checkInstants(b);
    if (b.ProductRatePlanChargeNumber !== undefined) {
      throw crudError(400, 'ProductRatePlanChargeNumber needs the Dynamic Usage Charges feature, which this tenant does not have; name the subscription charge with ChargeId or ChargeNumber instead');
    }
    const prepared = prepareUsage(
      ctx,
      {
        accountId: str(b.AccountId),
        accountNumber: str(b.AccountNumber),
        subscriptionId: str(b.SubscriptionId),
        subscriptionNumber: str(b.SubscriptionNumber),
        chargeId: str(b.ChargeId),
        chargeNumber: str(b.ChargeNumber),
        quantity: b.Quantity as number,
        uom: String(b.UOM),
        startDateTime: parseInstant(String(b.StartDateTime)),
        ...(typeof b.EndDateTime === 'string' ? { endDateTime: parseInstant(b.EndDateTime) } : {}),
        description: str(b.Description),
        uniqueKey: str(b.UniqueKey),
        custom: customFieldsOf(b),
        sourceType: 'API',
      },
      CRUD_NAMES,
      crudFail,
    );
    const usage = insertUsage(ctx, prepared);
    return { status: 200, body: { Id: usage.id, Success: true } };
  },

  crudGetUsage(req, ctx) {
    const id = req.params.id!;
    const usage = ctx.state.usage(id);
    if (!usage) throw crudNotFound('usage record', id);
    return { status: 200, body: crudUsageView(usage, ctx.state.notifications.userId, req.query.fields) };
  },

  crudUpdateUsage(req, ctx) {
    const id = req.params.id!;
    const usage = ctx.state.usage(id);
    // the operation documents no 404; Zuora reports an unknown ID as an invalid value
    if (!usage) throw crudError(400, `No usage record with ID '${id}' exists`);
    checkUnknownFields(req);
    const b = knownBody(req);
    checkInstants(b);
    const start = typeof b.StartDateTime === 'string' ? parseInstant(b.StartDateTime) : usage.startDateTime;
    const end = typeof b.EndDateTime === 'string' ? parseInstant(b.EndDateTime) : usage.endDateTime;
    if (end !== undefined && end < start) throw crudError(400, 'EndDateTime is before StartDateTime; the usage period must end after it starts');
    if (typeof b.UOM === 'string') {
      const charge = usage.chargeId ? ctx.state.charges.get(usage.chargeId)?.charge : undefined;
      const uoms = ctx.state.tenant.unitsOfMeasure;
      if (!uoms.includes(b.UOM)) throw crudError(400, `UOM '${b.UOM}' is not a unit of measure of this tenant's Billing Settings; use one of ${uoms.join(', ')}`);
      if (charge && charge.uom !== b.UOM) throw crudError(400, `UOM '${b.UOM}' does not match the unit of measure '${charge.uom}' of charge '${charge.number}'`);
      usage.uom = b.UOM;
    }
    usage.startDateTime = start;
    if (end !== undefined) usage.endDateTime = end;
    if (typeof b.Quantity === 'number') usage.quantity = b.Quantity;
    if (typeof b.RbeStatus === 'string') usage.rbeStatus = b.RbeStatus as UsageRecord['rbeStatus'];
    Object.assign(usage.custom, customFieldsOf(b));
    usage.updatedAt = ctx.now();
    return { status: 200, body: { Id: usage.id, Success: true } };
  },

  crudDeleteUsage(req, ctx) {
    const id = req.params.id!;
    // the operation documents only 200 and 401, so an unknown ID is reported in the body
    return { status: 200, body: { id, success: ctx.state.removeUsage(id) } };
  },

  getUsageByAccount(req, ctx) {
    const key = req.params['account-key']!;
    const account = ctx.state.account(key);
    if (!account) throw notFound('account', key);
    // older_get_usage.md: reverse chronological order
    const usage = ctx.state.usageOf(account.id).sort((a, b) => b.startDateTime - a.startDateTime);
    return { status: 200, body: { success: true, usage: usage.map((u) => accountUsageView(ctx, u)) } };
  },
} satisfies Partial<ZuoraHandlers>;
