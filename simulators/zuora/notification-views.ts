import type { CalloutTemplateRecord, EventBound, NotificationDefinitionRecord } from './notification-config.js';
import { notificationTime } from './time.js';

/** Records as createcallouttemplate.md and post_create_notification_definition.md show them. */

function audit(createdOn: number, userId: string) {
  return { createdBy: userId, createdOn: notificationTime(createdOn), updatedBy: userId, updatedOn: notificationTime(createdOn) };
}

function event(r: EventBound) {
  return r.eventTypeName !== undefined ? { eventTypeName: r.eventTypeName, eventTypeNamespace: r.eventTypeNamespace } : { eventCategory: r.eventCategory };
}

/** What templates and definitions both show: identity, audit fields, the event, name and state. */
function common(r: EventBound & { createdOn: number }, userId: string) {
  return { id: r.id, ...audit(r.createdOn, userId), ...event(r), name: r.name, description: r.description, active: r.active };
}

export function calloutTemplateView(t: CalloutTemplateRecord, userId: string) {
  return {
    ...common(t, userId),
    calloutBaseurl: t.calloutBaseurl,
    calloutParams: t.calloutParams,
    calloutHeaders: t.calloutHeaders,
    httpMethod: t.httpMethod,
    requiredAuth: t.calloutAuth !== null,
    // the password is never shown back
    calloutAuth: t.calloutAuth && { username: t.calloutAuth.username, ...(t.calloutAuth.domain ? { domain: t.calloutAuth.domain } : {}), preemptive: t.calloutAuth.preemptive ?? false },
    requiredOauth2: false,
    oauth2ProviderId: null,
    calloutRetry: t.calloutRetry,
    contentType: 'APPLICATION_JSON',
    useCustomRequestBody: t.useCustomRequestBody,
    customRequestBody: t.customRequestBody,
    certificate: t.certificate,
    ...t.hmac,
  };
}

export function notificationDefinitionView(d: NotificationDefinitionRecord, userId: string) {
  return {
    ...common(d, userId),
    communicationProfileId: d.communicationProfileIds[0]!,
    communicationProfileIds: d.communicationProfileIds,
    emailTemplateId: d.emailTemplateId,
    callout: null,
    calloutTemplateIds: d.calloutTemplateIds,
    filterRule: null,
    filterRuleParams: null,
    emailActive: d.emailActive,
    calloutActive: d.calloutActive,
    associatedAccount: d.associatedAccount,
  };
}
