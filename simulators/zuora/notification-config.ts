import { snapshotClass } from '../kit/snapshot-codec.js';
import { REDACTED, redactHeaders, redactUrl } from '../kit/admin-redaction.js';
import type { Random } from '../kit/random.js';

export interface CalloutAuth {
  username: string;
  password: string;
  domain?: string;
  preemptive?: boolean;
}

/** What templates and definitions share: a name, and the event they relate to. */
export interface EventBound {
  id: string;
  name: string;
  description: string | null;
  eventTypeNamespace: string;
  eventTypeName?: string;
  eventCategory?: number;
  active: boolean;
}

export interface CalloutTemplateRecord extends EventBound {
  calloutBaseurl: string;
  calloutParams: Record<string, unknown> | null;
  calloutHeaders: Record<string, unknown> | null;
  httpMethod: string;
  calloutAuth: CalloutAuth | null;
  calloutRetry: boolean;
  useCustomRequestBody: boolean;
  customRequestBody: string | null;
  certificate: string | null;
  hmac: Record<'hmacKey' | 'hmacValue' | 'hmacData' | 'hmacAlgorithm' | 'hmacSecret' | 'hmacOutputFormat', string | null>;
  createdOn: number;
}

export interface NotificationDefinitionRecord extends EventBound {
  emailActive: boolean;
  emailTemplateId: string | null;
  calloutActive: boolean;
  calloutTemplateIds: string[];
  communicationProfileIds: string[];
  associatedAccount: string | null;
  createdOn: number;
}

/** Which template renders the callouts an outbox subscriber receives. */
export interface CalloutBinding {
  definitionId: string;
  templateId: string;
}

/** The event a template or definition relates to, as callout histories name it: `namespace:name`, or the category code. */
export function eventKeyOf(record: Pick<EventBound, 'eventTypeNamespace' | 'eventTypeName' | 'eventCategory'>): string {
  return record.eventTypeName !== undefined ? `${record.eventTypeNamespace}:${record.eventTypeName}` : String(record.eventCategory);
}

/**
 * A callout template as the harness shows it (`/__admin/state` and the in-process
 * `Admin.state()`): its Basic password, HMAC secret, credential-named custom headers and any
 * password or query values in its base URL are `***`. Its `calloutParams` stay: they are the
 * callout's body (merge fields such as `<Account.ID>`), shown in full by every delivery anyway.
 */
export function shownTemplate(t: CalloutTemplateRecord): CalloutTemplateRecord {
  return {
    ...t,
    calloutBaseurl: redactUrl(t.calloutBaseurl),
    calloutAuth: t.calloutAuth && { ...t.calloutAuth, password: REDACTED },
    calloutHeaders: t.calloutHeaders && redactHeaders(t.calloutHeaders),
    hmac: { ...t.hmac, hmacSecret: t.hmac.hmacSecret === null ? null : REDACTED },
  };
}

/**
 * Notification definitions and callout templates, with the outbox subscribers made for them.
 * They are tenant configuration, like the outbox subscribers they create: the outbox keeps
 * subscribers across a sandbox reset, so these stay too, or a kept subscriber would lose the
 * template it renders with. They draw IDs from their own stream so that record IDs, which
 * restart with a reset, never collide with theirs.
 */
export class NotificationConfig {
  readonly templates = new Map<string, CalloutTemplateRecord>();
  readonly definitions = new Map<string, NotificationDefinitionRecord>();
  readonly bindings = new Map<string, CalloutBinding>();
  /** The API user shown as createdBy / updatedBy. */
  readonly userId: string;
  /** The 'Default Profile' definitions join when they name no communication profile. */
  readonly defaultProfileId: string;

  constructor(private readonly random: Random) {
    this.userId = random.hex(32);
    this.defaultProfileId = random.hex(32);
  }

  newId(): string {
    return this.random.hex(32);
  }

  templateOf(subscriberId: string): CalloutTemplateRecord | undefined {
    const binding = this.bindings.get(subscriberId);
    return binding && this.templates.get(binding.templateId);
  }

  definitionOf(subscriberId: string): NotificationDefinitionRecord | undefined {
    const binding = this.bindings.get(subscriberId);
    return binding && this.definitions.get(binding.definitionId);
  }

  dump(): Record<string, unknown[]> {
    return {
      calloutTemplate: [...this.templates.values()].map(shownTemplate),
      notificationDefinition: [...this.definitions.values()],
      calloutBinding: [...this.bindings].map(([subscriberId, b]) => ({ subscriberId, ...b })),
    };
  }
}

snapshotClass(NotificationConfig, 'zuora.NotificationConfig');
