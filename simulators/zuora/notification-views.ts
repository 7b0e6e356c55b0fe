import type { CalloutTemplateRecord, NotificationDefinitionRecord } from './notification-config.js';
import { notificationTime } from './time.js';

/** Records as createcallouttemplate.md and post_create_notification_definition.md show them. */

function audit(createdOn: number, userId: string) {
  return { createdBy: userId, createdOn: notificationTime(createdOn), updatedBy: userId, updatedOn: notificationTime(createdOn) };
}

function event(r: { eventTypeNamespace: string; eventTypeName?: string; eventCategory?: number }) {
  return r.eventTypeName !== undefined ? { eventTypeName: r.eventTypeName, eventTypeNamespace: r.eventTypeNamespace } : { eventCategory: r.eventCategory };
}

export function calloutTemplateView(t: CalloutTemplateRecord, userId: string) {
  return {
    id: t.id,
    ...audit(t.createdOn, userId),
    ...event(t),
    name: t.name,
    description: t.description,
    active: t.active,
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
    id: d.id,
    ...audit(d.createdOn, userId),
    ...event(d),
    name: d.name,
    description: d.description,
    communicationProfileId: d.communicationProfileIds[0]!,
    communicationProfileIds: d.communicationProfileIds,
    active: d.active,
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
