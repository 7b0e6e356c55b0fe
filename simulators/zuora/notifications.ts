import type { ZuoraHandlers } from './operations.js';
import type { ValidRequest } from '../kit/types.js';
import type { ZuoraContext } from './auth.js';
import { Category, statusError } from './errors.js';
import { ALGORITHMS, HMAC_FIELDS } from './hmac.js';
import { customBodyProblem, hasMergeFields, renderMergeFields, SAMPLE_CONTEXT } from './merge-fields.js';
import { eventKeyOf, type CalloutAuth, type CalloutTemplateRecord, type NotificationDefinitionRecord } from './notification-config.js';
import { calloutTemplateView, notificationDefinitionView } from './notification-views.js';
import { originOf, queryOf } from './paging.js';
import { VENDOR } from './state.js';

type Body = Record<string, unknown>;

const bad = (message: string) => statusError(400, Category.INVALID_VALUE, message);

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const METHODS = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];

/** post_create_notification_definition.md and createcallouttemplate.md: a standard event or a custom event, never both. */
function eventOf(body: Body, owner: string): { eventTypeNamespace: string; eventTypeName?: string; eventCategory?: number } {
  const name = body.eventTypeName as string | undefined;
  const category = body.eventCategory as number | undefined;
  if ((name === undefined) === (category === undefined)) {
    throw bad(`A ${owner} relates to one event: give eventTypeName (a custom event, e.g. the account-created event) or eventCategory (a standard event code), ${name === undefined ? 'not neither' : 'not both'}`);
  }
  return name !== undefined ? { eventTypeNamespace: (body.eventTypeNamespace as string | undefined) ?? 'user.notification', eventTypeName: name } : { eventTypeNamespace: 'user.notification', eventCategory: category! };
}

function authOf(body: Body, where: string): CalloutAuth | null {
  if (body.requiredAuth !== true) return null;
  const auth = (body.calloutAuth ?? {}) as Partial<CalloutAuth>;
  if (typeof auth.username !== 'string' || typeof auth.password !== 'string' || auth.username === '') {
    throw bad(`${where}calloutAuth needs a username and a password when requiredAuth is true (Basic authentication)`);
  }
  return { username: auth.username, password: auth.password, ...(typeof auth.domain === 'string' ? { domain: auth.domain } : {}), preemptive: auth.preemptive === true };
}

function checkTemplateBody(body: Body, where: string): void {
  if (body.useCustomRequestBody === true && typeof body.customRequestBody !== 'string') throw bad(`${where}customRequestBody is required when useCustomRequestBody is true`);
  if (typeof body.customRequestBody === 'string') {
    const problem = customBodyProblem(body.customRequestBody);
    if (problem) throw bad(`${where}customRequestBody ${problem}`);
  }
  const hmac = HMAC_FIELDS.filter((f) => body[f] !== undefined);
  if (hmac.length && hmac.length < HMAC_FIELDS.length) {
    throw bad(`${where}HMAC authentication needs all of ${HMAC_FIELDS.join(', ')}; ${HMAC_FIELDS.filter((f) => body[f] === undefined).join(', ')} missing`);
  }
  // the contract checks these for a template of its own, not for one inline in a definition
  if (hmac.length && !(String(body.hmacAlgorithm) in ALGORITHMS)) throw bad(`${where}hmacAlgorithm must be one of ${Object.keys(ALGORITHMS).join(', ')}`);
  if (hmac.length && body.hmacOutputFormat !== 'BASE64' && body.hmacOutputFormat !== 'HEX') throw bad(`${where}hmacOutputFormat must be BASE64 or HEX`);
  for (const name of Object.keys((body.calloutHeaders ?? {}) as Body)) {
    if (!HEADER_NAME.test(renderMergeFields(name, SAMPLE_CONTEXT))) throw bad(`${where}calloutHeaders has '${name}', which is not a valid HTTP header name`);
  }
}

const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** A new callout template, checked; `where` prefixes field names when it sits inside a definition. */
function newTemplate(ctx: ZuoraContext, body: Body, where = ''): CalloutTemplateRecord {
  const config = ctx.state.notifications;
  const name = String(body.name ?? '');
  if (name === '') throw bad(`${where}name is required`);
  if ([...config.templates.values()].some((t) => t.name === name)) throw bad(`A callout template named '${name}' already exists; template names are unique`);
  if (typeof body.calloutBaseurl !== 'string' || !body.calloutBaseurl.startsWith('https://')) throw bad(`${where}calloutBaseurl must be an https:// URL`);
  // the outbox sends each subscriber's callouts to one fixed URL, so merge fields there could not be filled in
  if (hasMergeFields(body.calloutBaseurl)) throw bad(`${where}calloutBaseurl has merge fields, which this Zuora simulator cannot fill into a URL; put them in the request body or headers`);
  if (!METHODS.includes(body.httpMethod as string)) throw bad(`${where}httpMethod must be one of ${METHODS.join(', ')}`);
  checkTemplateBody(body, where);
  return {
    id: config.newId(),
    name,
    description: stringOrNull(body.description),
    ...eventOf(body, 'callout template'),
    active: body.active !== false,
    calloutBaseurl: body.calloutBaseurl,
    calloutParams: (body.calloutParams as Body | undefined) ?? null,
    calloutHeaders: (body.calloutHeaders as Body | undefined) ?? null,
    httpMethod: body.httpMethod as string,
    calloutAuth: authOf(body, where),
    calloutRetry: body.calloutRetry !== false,
    useCustomRequestBody: body.useCustomRequestBody === true,
    customRequestBody: stringOrNull(body.customRequestBody),
    certificate: stringOrNull(body.certificate),
    hmac: {
      hmacKey: stringOrNull(body.hmacKey),
      hmacValue: stringOrNull(body.hmacValue),
      hmacData: stringOrNull(body.hmacData),
      hmacAlgorithm: stringOrNull(body.hmacAlgorithm),
      hmacSecret: stringOrNull(body.hmacSecret),
      hmacOutputFormat: stringOrNull(body.hmacOutputFormat),
    },
    createdOn: ctx.now(),
  };
}

/** An active definition with callouts on sends through an outbox subscriber per active template. */
function subscribe(ctx: ZuoraContext, definition: NotificationDefinitionRecord): void {
  if (!definition.active || !definition.calloutActive) return;
  const config = ctx.state.notifications;
  for (const templateId of definition.calloutTemplateIds) {
    const template = config.templates.get(templateId)!;
    if (!template.active) continue;
    const auth = template.calloutAuth;
    const subscriber = ctx.sandbox.outbox.subscribe({
      source: VENDOR,
      url: template.calloutBaseurl,
      ...(auth ? { username: auth.username, password: auth.password } : {}),
      events: [eventKeyOf(definition)],
    });
    config.bindings.set(subscriber.id, { definitionId: definition.id, templateId });
  }
}

function createDefinition(ctx: ZuoraContext, body: Body): NotificationDefinitionRecord {
  const config = ctx.state.notifications;
  const name = String(body.name);
  if ([...config.definitions.values()].some((d) => d.name === name)) throw bad(`A notification definition named '${name}' already exists in the communication profile; names are unique per profile`);
  const event = eventOf(body, 'notification definition');
  if (body.callout !== undefined && body.calloutTemplateIds !== undefined) throw bad('Give callout (a new template) or calloutTemplateIds (existing ones), not both');
  if (body.emailActive === true && typeof body.emailTemplateId !== 'string') throw bad('emailTemplateId is required when emailActive is true');
  if (body.filterRule !== undefined) throw bad('filterRule is not supported by this Zuora simulator: its notifications would fire without the filter; leave it out');
  const ids = (body.calloutTemplateIds as string[] | undefined) ?? [];
  for (const id of ids) {
    const template = config.templates.get(id);
    if (!template) throw statusError(404, Category.NOT_FOUND, `No callout template with ID '${id}' exists (calloutTemplateIds)`);
    if (eventKeyOf(template) !== eventKeyOf(event)) throw bad(`Callout template '${id}' relates to ${eventKeyOf(template)}, not to this definition's event ${eventKeyOf(event)}`);
  }
  const inline = body.callout === undefined ? undefined : newTemplate(ctx, { ...event, ...(body.callout as Body) }, 'callout.');
  if (inline) config.templates.set(inline.id, inline);
  const profiles = (body.communicationProfileIds as string[] | undefined) ?? [typeof body.communicationProfileId === 'string' ? body.communicationProfileId : config.defaultProfileId];
  const definition: NotificationDefinitionRecord = {
    id: config.newId(),
    name,
    description: stringOrNull(body.description),
    ...event,
    active: body.active !== false,
    emailActive: body.emailActive === true,
    emailTemplateId: stringOrNull(body.emailTemplateId),
    calloutActive: body.calloutActive === true,
    calloutTemplateIds: inline ? [inline.id] : ids,
    communicationProfileIds: profiles,
    associatedAccount: stringOrNull(body.associatedAccount),
    createdOn: ctx.now(),
  };
  config.definitions.set(definition.id, definition);
  subscribe(ctx, definition);
  return definition;
}

function listDefinitions(ctx: ZuoraContext, req: ValidRequest) {
  const q = req.query;
  if (q.eventTypeName !== undefined && q.eventCategory !== undefined) throw bad('eventTypeName and eventCategory cannot be combined; filter by one of them');
  const start = q.start === undefined ? 1 : Number(q.start);
  const limit = q.limit === undefined ? 20 : Number(q.limit);
  const matching = [...ctx.state.notifications.definitions.values()].filter(
    (d) =>
      (q.eventTypeName === undefined || d.eventTypeName === q.eventTypeName) &&
      (q.eventCategory === undefined || d.eventCategory === Number(q.eventCategory)) &&
      (q.profileId === undefined || d.communicationProfileIds.includes(String(q.profileId))) &&
      (q.emailTemplateId === undefined || d.emailTemplateId === q.emailTemplateId),
  );
  const from = Math.max(1, start) - 1;
  const data = matching.slice(from, from + limit).map((d) => notificationDefinitionView(d, ctx.state.notifications.userId));
  if (from + limit >= matching.length) return { data };
  const next = queryOf(req, ['start', 'limit']);
  next.set('start', String(from + limit + 1));
  next.set('limit', String(limit));
  return { data, next: `${originOf(req)}${req.path}?${next}` };
}

export const notificationHandlers = {
  createCalloutTemplate(req, ctx) {
    const template = newTemplate(ctx, req.body);
    ctx.state.notifications.templates.set(template.id, template);
    return { status: 200, body: calloutTemplateView(template, ctx.state.notifications.userId) };
  },

  createNotificationDefinition(req, ctx) {
    return { status: 200, body: notificationDefinitionView(createDefinition(ctx, req.body), ctx.state.notifications.userId) };
  },

  listNotificationDefinitions(req, ctx) {
    return { status: 200, body: listDefinitions(ctx, req) };
  },

  resendCalloutNotifications(req, ctx) {
    const known = new Set(ctx.sandbox.outbox.list(VENDOR).map((d) => ctx.state.historyId(d.id)));
    // the IDs are the client's: a Map, so '__proto__' is an ID like any other
    const errors = new Map<string, { code: string; message: string }>();
    for (const id of req.body) {
      errors.set(id, known.has(id)
        ? // the outbox delivers an event to every subscriber of it; it cannot yet send one delivery again
          { code: 'ResendNotSupported', message: 'This Zuora simulator cannot resend a callout yet; its history is kept, but nothing was sent' }
        : { code: 'ObjectNotFound', message: 'Callout history does not exist.' });
    }
    // post_resendcalloutnotifications.md: 400 when no notification could be resent, 202 otherwise
    return { status: errors.size > 0 ? 400 : 202, body: Object.fromEntries(errors) };
  },
} satisfies Partial<ZuoraHandlers>;
