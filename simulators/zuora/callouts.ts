import { basicAuth, type DeliveryPolicy, type Subscriber } from '../kit/outbox.js';
import type { ZuoraContext } from './auth.js';
import { contactOf } from './contacts.js';
import { hmacHeader, hmacHeaderName } from './hmac.js';
import { renderMergeFields, type MergeContext } from './merge-fields.js';
import { CONTACT_FIELDS, type AccountRecord, type ContactRecord } from './records.js';
import type { CalloutEvent, ZuoraState } from './state.js';
import type { Tenant } from './tenant.js';

/** The custom event raised when an account is created, as callout histories and subscribers name it. */
function accountEventType(tenant: Tenant): string {
  return `user.notification:${tenant.accountCreatedEvent}`;
}

/** Merge values as text; a structured custom field merges as its JSON (String() would call its own toString key). */
function mergeText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function lowerKeys(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k.toLowerCase(), mergeText(v)]));
}

function contactValues(contact: ContactRecord | undefined): Record<string, string> {
  if (!contact) return {};
  return lowerKeys({ id: contact.id, ...Object.fromEntries(CONTACT_FIELDS.map((f) => [f, contact.fields[f] ?? ''])) });
}

/** The values an Account Created callout can merge: the account, its contacts, the event. */
function accountContext(ctx: ZuoraContext, account: AccountRecord, eventId: string, eventName: string): MergeContext {
  const stamp = `${new Date(ctx.now()).toISOString().slice(0, 23)}+0000`;
  return {
    account: lowerKeys({
      id: account.id,
      accountNumber: account.accountNumber,
      number: account.accountNumber,
      name: account.name,
      currency: account.currency,
      status: account.status,
      billCycleDay: account.billCycleDay,
      paymentTerm: account.paymentTerm,
      autoPay: account.autoPay,
      balance: 0,
      ...account.text,
      ...account.custom,
    }),
    billtocontact: contactValues(contactOf(ctx, account.billToContactId)),
    soldtocontact: contactValues(contactOf(ctx, account.soldToContactId)),
    event: lowerKeys({ id: eventId, category: eventName, timestamp: stamp }),
    object: { id: account.id },
  };
}

/** The event context of a callout history, keyed as get_callouthistory.md shows. */
function historyContext(c: MergeContext): Record<string, string> {
  const a = c.account!;
  const b = c.billtocontact!;
  return {
    '<Account.Currency>': a.currency ?? '',
    '<Account.ID>': a.id ?? '',
    '<Account.Name>': a.name ?? '',
    '<Account.Number>': a.accountnumber ?? '',
    '<BillToContact.FirstName>': b.firstname ?? '',
    '<BillToContact.ID>': b.id ?? '',
    '<BillToContact.LastName>': b.lastname ?? '',
    '<BillToContact.WorkEmail>': b.workemail ?? '',
    '<BillingAccount.ID>': a.id ?? '',
    '<Event.Category>': c.event!.category ?? '',
    '<Event.ID>': c.event!.id ?? '',
    '<Event.Timestamp>': c.event!.timestamp ?? '',
    '<Object.ID>': c.object!.id ?? '',
  };
}

/** The body one subscriber receives: its template's custom body or parameters, or the tenant's account callout body. */
function calloutBody(state: ZuoraState, subscriber: Subscriber, event: CalloutEvent): unknown {
  const template = state.notifications.templateOf(subscriber.id);
  if (!template) return JSON.parse(renderMergeFields(state.tenant.accountCalloutBody, event.context, true));
  if (template.useCustomRequestBody && template.customRequestBody !== null) {
    return JSON.parse(renderMergeFields(template.customRequestBody, event.context, true));
  }
  const params = template.calloutParams ?? {};
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, renderMergeFields(String(v), event.context)]));
}

/** Raise the account-created custom event: every subscriber that wants it gets a callout through the outbox. */
export function publishAccountCreated(ctx: ZuoraContext, account: AccountRecord): void {
  const type = accountEventType(ctx.state.tenant);
  const id = ctx.state.nextEventId();
  const context = accountContext(ctx, account, id, ctx.state.tenant.accountCreatedEvent);
  const event: CalloutEvent = { id, type, objectId: account.id, at: ctx.now(), context, history: historyContext(context) };
  ctx.state.events.set(id, event);
  ctx.publish(
    type,
    id,
    (subscriber) => calloutBody(ctx.state, subscriber, event),
    (subscriber) => ctx.state.notifications.templateOf(subscriber.id)?.httpMethod ?? 'POST',
  );
}

/**
 * notifications_callout-notification-overview.md: Zuora retries only on 1xx, 403, 408, 429,
 * 5xx and negative codes (no response at all); anything else is final.
 */
function isRetried(status: number | undefined): boolean {
  return status === undefined || status < 200 || status === 403 || status === 408 || status === 429 || status >= 500;
}

/**
 * How Zuora sends callouts: Basic auth sent pre-emptively (the outbox makes one request per
 * attempt, so the 401 challenge round of the default sequence is skipped), the template's
 * custom headers and HMAC signature, and up to `maxCalloutAttempts` attempts, `calloutRetryIntervalMs` apart
 * (configure-callout-settings.md: 3 attempts, 30 minutes, by default). Its Basic auth and HMAC
 * headers are flagged as credentials (`secretHeaders`), so admin listings hide them whatever
 * the tenant named them.
 */
export function calloutPolicy(tenant: Tenant, state: () => ZuoraState): DeliveryPolicy {
  return {
    headers(body, subscriber, message) {
      // header names come from templates and merge fields: no name may reach Object.prototype
      const headers: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { 'zuora-notification-id': message.eventId });
      if (subscriber.username !== undefined) headers.authorization = basicAuth(subscriber.username, subscriber.password ?? '');
      const template = state().notifications.templateOf(subscriber.id);
      const context = state().events.get(message.eventId)?.context ?? {};
      for (const [name, value] of Object.entries(template?.calloutHeaders ?? {})) {
        headers[renderMergeFields(name, context).toLowerCase()] = renderMergeFields(String(value), context);
      }
      const signature = template && hmacHeader(template, body, headers, context);
      if (signature) headers[signature[0]] = signature[1];
      return headers;
    },
    // the signature header is named by the tenant (`hmacKey`, e.g. X-Checksum): no name pattern finds it
    secretHeaders(subscriber) {
      const template = state().notifications.templateOf(subscriber.id);
      const signature = template && hmacHeaderName(template);
      return [...(subscriber.username !== undefined ? ['authorization'] : []), ...(signature ? [signature] : [])];
    },
    retryDelay(retry, status) {
      return isRetried(status) && retry < tenant.maxCalloutAttempts ? tenant.calloutRetryIntervalMs : null;
    },
  };
}
