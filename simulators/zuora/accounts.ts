import type { ZuoraHandlers } from './operations.js';
import { accountDetailView, accountSummaryView } from './account-views.js';
import type { ZuoraContext } from './auth.js';
import { publishAccountCreated } from './callouts.js';
import { contactOf, createContact, updateContact, type ContactInput } from './contacts.js';
import { Category, notFound, ruleFailure } from './errors.js';
import { customFieldsOf, newId, numbered } from './ids.js';
import { ACCOUNT_TEXT_FIELDS, type AccountRecord, type AccountTextField, type SubscriptionRecord } from './records.js';
import { buildSubscription, checkInlineSubscription, planSubscription, type SubscriptionInput } from './subscription-build.js';

interface AccountInput {
  accountNumber?: string;
  name: string;
  currency: string;
  billToContact: ContactInput;
  soldToContact?: ContactInput;
  shipToContact?: ContactInput;
  soldToSameAsBillTo?: boolean;
  shipToSameAsBillTo?: boolean;
  billCycleDay?: number;
  autoPay?: boolean;
  paymentMethod?: object;
  creditCard?: object;
  hpmCreditCardPaymentMethodId?: string;
  invoiceDeliveryPrefsEmail?: boolean;
  invoiceDeliveryPrefsPrint?: boolean;
  partnerAccount?: boolean;
  paymentTerm?: string;
  additionalEmailAddresses?: string[];
  subscription?: SubscriptionInput;
  [field: string]: unknown;
}

function textFields(body: Record<string, unknown>): Partial<Record<AccountTextField, string>> {
  const out: Partial<Record<AccountTextField, string>> = {};
  for (const f of ACCOUNT_TEXT_FIELDS) if (typeof body[f] === 'string') out[f] = body[f];
  return out;
}

/** The rules post_account.md states, checked before anything is created (the operation is atomic). */
function checkNewAccount(ctx: ZuoraContext, input: AccountInput): void {
  const { currencies } = ctx.state.tenant;
  if (!currencies.includes(input.currency)) {
    throw ruleFailure(Category.INVALID_VALUE, `'currency' value '${input.currency}' is not a currency of this tenant's Billing Settings; use one of ${currencies.join(', ')}`);
  }
  if (input.accountNumber !== undefined) {
    if (/^A\d/.test(input.accountNumber)) {
      throw ruleFailure(Category.INVALID_VALUE, `'accountNumber' '${input.accountNumber}' begins with the default account number prefix 'A' followed by digits; choose a number that does not, or leave it out to have one generated`);
    }
    if (ctx.state.accountNumbers.has(input.accountNumber)) throw ruleFailure(Category.RULE, `An account with number '${input.accountNumber}' already exists; account numbers are unique`);
  }
  const methods = ['paymentMethod', 'creditCard', 'hpmCreditCardPaymentMethodId'].filter((f) => input[f] !== undefined);
  if (input.autoPay === true && methods.length !== 1) {
    throw ruleFailure(
      methods.length === 0 ? Category.MISSING_FIELD : Category.INVALID_VALUE,
      `With 'autoPay' true, give exactly one of paymentMethod, creditCard or hpmCreditCardPaymentMethodId${methods.length ? `, not ${methods.join(' and ')}` : ''}`,
    );
  }
  if (input.autoPay === false && (input.creditCard !== undefined || input.hpmCreditCardPaymentMethodId !== undefined)) {
    throw ruleFailure(Category.INVALID_VALUE, "With 'autoPay' false, neither creditCard nor hpmCreditCardPaymentMethodId may be given");
  }
  if (input.subscription === undefined && input.billCycleDay === undefined) {
    throw ruleFailure(Category.MISSING_FIELD, "'billCycleDay' is required when no subscription is created with the account: give a day 1-31 (31 = end of month) or 0 to auto-set it");
  }
}

function nextAccountNumber(ctx: ZuoraContext): string {
  let number: string;
  do number = numbered('A', ctx.sequences.next('account'));
  while (ctx.state.accountNumbers.has(number));
  return number;
}

function createAccount(ctx: ZuoraContext, input: AccountInput) {
  checkNewAccount(ctx, input);
  const now = ctx.now();
  const account: AccountRecord = {
    id: newId(ctx),
    accountNumber: '',
    name: input.name,
    currency: input.currency,
    status: 'Active',
    billToContactId: '',
    soldToContactId: '',
    billCycleDay: input.billCycleDay ?? 0,
    autoPay: input.autoPay ?? false,
    invoiceDeliveryPrefsEmail: input.invoiceDeliveryPrefsEmail ?? false,
    invoiceDeliveryPrefsPrint: input.invoiceDeliveryPrefsPrint ?? false,
    partnerAccount: input.partnerAccount ?? false,
    paymentTerm: input.paymentTerm ?? ctx.state.tenant.defaultPaymentTerm,
    additionalEmailAddresses: input.additionalEmailAddresses ?? [],
    text: textFields(input),
    custom: customFieldsOf(input),
    createdAt: now,
    updatedAt: now,
  };
  // the inline subscription is checked before anything exists, so a failure leaves no trace
  if (input.subscription) checkInlineSubscription(input.subscription);
  const plan = input.subscription && planSubscription(ctx, account, input.subscription, 'subscription.');
  account.accountNumber = input.accountNumber ?? nextAccountNumber(ctx);
  const billTo = createContact(ctx, account.id, input.billToContact);
  account.billToContactId = billTo.id;
  // an omitted sold-to contact is a copy of the bill-to contact, or the same entity with soldToSameAsBillTo
  account.soldToContactId = input.soldToContact
    ? createContact(ctx, account.id, input.soldToContact).id
    : input.soldToSameAsBillTo
      ? billTo.id
      : createContact(ctx, account.id, input.billToContact).id;
  if (input.shipToContact) account.shipToContactId = createContact(ctx, account.id, input.shipToContact).id;
  else if (input.shipToSameAsBillTo) account.shipToContactId = billTo.id;
  ctx.state.store.insert('account', account);
  ctx.state.accountNumbers.set(account.accountNumber, account.id);
  const subscription = plan && buildSubscription(ctx, plan);
  publishAccountCreated(ctx, account);
  return {
    success: true,
    accountId: account.id,
    accountNumber: account.accountNumber,
    billToContactId: account.billToContactId,
    soldToContactId: account.soldToContactId,
    ...(subscription ? { subscriptionId: subscription.id, subscriptionNumber: subscription.subscriptionNumber } : {}),
  };
}

function findAccount(ctx: ZuoraContext, key: string): AccountRecord {
  const account = ctx.state.account(key);
  if (!account) throw notFound('account', key);
  return account;
}

/** A contact ID given in an update must be a contact of the same account. */
function ownContact(ctx: ZuoraContext, account: AccountRecord, id: string, field: string): string {
  const contact = contactOf(ctx, id);
  if (!contact || contact.accountId !== account.id) throw ruleFailure(Category.NOT_FOUND, `'${field}' '${id}' is not a contact of account '${account.accountNumber}'`);
  return contact.id;
}

const FLAGS = ['autoPay', 'invoiceDeliveryPrefsEmail', 'invoiceDeliveryPrefsPrint', 'partnerAccount'] as const;

function updateAccount(ctx: ZuoraContext, account: AccountRecord, body: Record<string, unknown>): void {
  const contactIds = {
    billToContactId: typeof body.billToContactId === 'string' ? ownContact(ctx, account, body.billToContactId, 'billToContactId') : undefined,
    soldToContactId: typeof body.soldToContactId === 'string' ? ownContact(ctx, account, body.soldToContactId, 'soldToContactId') : undefined,
    shipToContactId: typeof body.shipToContactId === 'string' ? ownContact(ctx, account, body.shipToContactId, 'shipToContactId') : undefined,
  };
  if (typeof body.name === 'string') account.name = body.name;
  if (typeof body.billCycleDay === 'number') account.billCycleDay = body.billCycleDay;
  if (typeof body.paymentTerm === 'string') account.paymentTerm = body.paymentTerm;
  if (Array.isArray(body.additionalEmailAddresses)) account.additionalEmailAddresses = body.additionalEmailAddresses as string[];
  for (const flag of FLAGS) if (typeof body[flag] === 'boolean') account[flag] = body[flag];
  Object.assign(account.text, textFields(body));
  Object.assign(account.custom, customFieldsOf(body));
  account.billToContactId = contactIds.billToContactId ?? account.billToContactId;
  account.soldToContactId = contactIds.soldToContactId ?? account.soldToContactId;
  account.shipToContactId = contactIds.shipToContactId ?? account.shipToContactId;
  const billTo = body.billToContact as ContactInput | undefined;
  if (billTo) {
    const contact = contactOf(ctx, account.billToContactId)!;
    updateContact(contact, billTo);
    // put_account.md note 3: a given email turns email delivery on; no email left turns it off
    if (billTo.workEmail !== undefined || billTo.personalEmail !== undefined) {
      account.invoiceDeliveryPrefsEmail = Boolean(contact.fields.workEmail || contact.fields.personalEmail);
    }
  }
  if (body.soldToContact) updateContact(contactOf(ctx, account.soldToContactId)!, body.soldToContact as ContactInput);
  if (body.shipToContact) {
    const shipTo = contactOf(ctx, account.shipToContactId);
    if (shipTo) updateContact(shipTo, body.shipToContact as ContactInput);
    else account.shipToContactId = createContact(ctx, account.id, body.shipToContact as ContactInput).id;
  }
  account.updatedAt = ctx.now();
}

export const accountHandlers = {
  createAccount(req, ctx) {
    return { status: 200, body: createAccount(ctx, req.body) };
  },

  getAccount(req, ctx) {
    return { status: 200, body: accountDetailView(ctx, findAccount(ctx, req.params['account-key']!)) };
  },

  updateAccount(req, ctx) {
    updateAccount(ctx, findAccount(ctx, req.params['account-key']!), req.body);
    return { status: 200, body: { success: true } };
  },

  deleteAccount(req, ctx) {
    const account = findAccount(ctx, req.params['account-key']!);
    // delete_account.md: not when it owns a subscription whose invoice owner is another account, or the reverse
    const shared = [...ctx.state.store.values<SubscriptionRecord>('subscription')].find(
      (s) => (s.accountId === account.id || s.invoiceOwnerAccountId === account.id) && s.accountId !== s.invoiceOwnerAccountId,
    );
    if (shared) {
      throw ruleFailure(Category.RULE, `Account '${account.accountNumber}' cannot be deleted: subscription '${shared.subscriptionNumber}' has a subscription owner and an invoice owner that are different accounts`);
    }
    account.status = 'Cancelled';
    account.updatedAt = ctx.now();
    return { status: 200, body: { id: account.id, jobId: newId(ctx), jobStatus: 'Pending', success: true } };
  },

  getAccountSummary(req, ctx) {
    const account = findAccount(ctx, req.params['account-key']!);
    const exclude = req.query.excludeUsage === 'true' || (req.query.excludeUsage as unknown) === true;
    return { status: 200, body: accountSummaryView(ctx, account, exclude) };
  },
} satisfies Partial<ZuoraHandlers>;
