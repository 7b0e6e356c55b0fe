import type { ZuoraContext } from './auth.js';
import { newId } from './ids.js';
import type { AccountRecord, SubscriptionCharge, SubscriptionRecord, UsageRecord } from './records.js';

/** What a usage record names, whichever way it arrived (a CRUD body or a row of an uploaded file). */
export interface UsageInput
  extends Pick<
    UsageRecord,
    'subscriptionId' | 'subscriptionNumber' | 'chargeId' | 'chargeNumber' | 'quantity' | 'uom' | 'startDateTime' | 'endDateTime' | 'description' | 'uniqueKey' | 'sourceType'
  > {
  /** Either names the account; the record gets both. */
  accountId?: string;
  accountNumber?: string;
  custom: Record<string, unknown>;
  fileName?: string;
}

/** The request's names for the fields, so messages point at what the client sent (`AccountId` or `ACCOUNT_ID`). */
export type UsageFieldNames = Record<'accountId' | 'accountNumber' | 'subscriptionId' | 'subscriptionNumber' | 'chargeId' | 'chargeNumber' | 'uom', string>;

export type Fail = (message: string) => never;

function oneOf<T>(byId: T | undefined, byNumber: T | undefined, names: [string, string], values: [string | undefined, string | undefined], fail: Fail): T | undefined {
  if (byId && byNumber && byId !== byNumber) fail(`${names[0]} '${values[0]}' and ${names[1]} '${values[1]}' refer to different records; give one, or two that agree`);
  return byId ?? byNumber;
}

function accountOf(ctx: ZuoraContext, input: UsageInput, n: UsageFieldNames, fail: Fail): AccountRecord {
  if (input.accountId === undefined && input.accountNumber === undefined) fail(`${n.accountId} or ${n.accountNumber} is required: the account the usage belongs to`);
  const byId = input.accountId === undefined ? undefined : ctx.state.store.get<AccountRecord>('account', input.accountId);
  if (input.accountId !== undefined && !byId) fail(`${n.accountId} '${input.accountId}' is not the ID of an account`);
  const numbered = input.accountNumber === undefined ? undefined : ctx.state.accountNumbers.get(input.accountNumber);
  if (input.accountNumber !== undefined && !numbered) fail(`${n.accountNumber} '${input.accountNumber}' is not the number of an account`);
  const account = oneOf(byId, numbered ? ctx.state.account(numbered) : undefined, [n.accountId, n.accountNumber], [input.accountId, input.accountNumber], fail)!;
  if (account.status !== 'Active') fail(`Account '${account.accountNumber}' is ${account.status}; usage can only be recorded for Active accounts`);
  return account;
}

function subscriptionOf(ctx: ZuoraContext, input: UsageInput, account: AccountRecord, n: UsageFieldNames, fail: Fail): SubscriptionRecord | undefined {
  const byId = input.subscriptionId === undefined ? undefined : ctx.state.store.get<SubscriptionRecord>('subscription', input.subscriptionId);
  if (input.subscriptionId !== undefined && !byId) fail(`${n.subscriptionId} '${input.subscriptionId}' is not the ID of a subscription`);
  const numbered = input.subscriptionNumber === undefined ? undefined : ctx.state.subscriptionNumbers.get(input.subscriptionNumber);
  if (input.subscriptionNumber !== undefined && !numbered) fail(`${n.subscriptionNumber} '${input.subscriptionNumber}' is not the number of a subscription`);
  const sub = oneOf(byId, numbered ? ctx.state.subscription(numbered) : undefined, [n.subscriptionId, n.subscriptionNumber], [input.subscriptionId, input.subscriptionNumber], fail);
  if (sub && sub.accountId !== account.id) fail(`Subscription '${sub.subscriptionNumber}' belongs to another account than '${account.accountNumber}'`);
  return sub;
}

function chargeOf(ctx: ZuoraContext, input: UsageInput, account: AccountRecord, sub: SubscriptionRecord | undefined, n: UsageFieldNames, fail: Fail) {
  const find = (key: string | undefined, name: string, by: 'id' | 'number') => {
    if (key === undefined) return undefined;
    const found = ctx.state.charges.get(key);
    if (!found || found.charge[by] !== key) fail(`${name} '${key}' is not the ${by === 'id' ? 'ID' : 'number'} of a subscription charge`);
    return found;
  };
  const byId = find(input.chargeId, n.chargeId, 'id');
  const byNumber = find(input.chargeNumber, n.chargeNumber, 'number');
  const found = oneOf(byId, byNumber, [n.chargeId, n.chargeNumber], [input.chargeId, input.chargeNumber], fail);
  if (!found) return undefined;
  const owner = ctx.state.store.get<SubscriptionRecord>('subscription', found.subscriptionId)!;
  if (sub && owner.id !== sub.id) fail(`Charge '${found.charge.number}' belongs to subscription '${owner.subscriptionNumber}', not to '${sub.subscriptionNumber}'`);
  if (owner.accountId !== account.id) fail(`Charge '${found.charge.number}' belongs to another account than '${account.accountNumber}'`);
  return { charge: found.charge, subscription: owner };
}

function checkUom(ctx: ZuoraContext, input: UsageInput, charge: SubscriptionCharge | undefined, n: UsageFieldNames, fail: Fail): void {
  const uoms = ctx.state.tenant.unitsOfMeasure;
  if (!uoms.includes(input.uom)) fail(`${n.uom} '${input.uom}' is not a unit of measure of this tenant's Billing Settings; use one of ${uoms.join(', ')}`);
  if (charge && charge.type !== 'Usage') fail(`Charge '${charge.number}' is a ${charge.type} charge; usage can only be recorded against a Usage charge`);
  if (charge && charge.uom !== input.uom) fail(`${n.uom} '${input.uom}' does not match the unit of measure '${charge.uom}' of charge '${charge.number}'`);
}

/**
 * A usage record checked against the rules: an existing, active account; where given, a
 * subscription and a usage charge of that account that agree with each other, and a unit of
 * measure that is configured and matches the charge's. `fail` reports in the caller's error shape.
 */
export function prepareUsage(ctx: ZuoraContext, input: UsageInput, names: UsageFieldNames, fail: Fail): Omit<UsageRecord, 'id'> {
  const account = accountOf(ctx, input, names, fail);
  const named = subscriptionOf(ctx, input, account, names, fail);
  const charged = chargeOf(ctx, input, account, named, names, fail);
  checkUom(ctx, input, charged?.charge, names, fail);
  if (input.endDateTime !== undefined && input.endDateTime < input.startDateTime) fail('The end of the usage period is before its start');
  const sub = named ?? charged?.subscription;
  const now = ctx.now();
  return {
    accountId: account.id,
    accountNumber: account.accountNumber,
    ...(sub ? { subscriptionId: sub.id, subscriptionNumber: sub.subscriptionNumber } : {}),
    ...(charged ? { chargeId: charged.charge.id, chargeNumber: charged.charge.number } : {}),
    quantity: input.quantity,
    uom: input.uom,
    startDateTime: input.startDateTime,
    ...(input.endDateTime !== undefined ? { endDateTime: input.endDateTime } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.uniqueKey !== undefined ? { uniqueKey: input.uniqueKey } : {}),
    rbeStatus: 'Pending',
    sourceType: input.sourceType,
    ...(input.fileName !== undefined ? { fileName: input.fileName } : {}),
    custom: input.custom,
    createdAt: now,
    updatedAt: now,
  };
}

/** Store a prepared record under a new ID. */
export function insertUsage(ctx: ZuoraContext, prepared: Omit<UsageRecord, 'id'>): UsageRecord {
  const usage: UsageRecord = { id: newId(ctx), ...prepared };
  ctx.state.addUsage(usage);
  return usage;
}
