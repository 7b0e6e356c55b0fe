import type { MeteringSnapshot } from './metering.js';

/**
 * What the Togai simulator keeps of event schemas, usage meters and ingested events.
 * Field names follow the Togai contract.
 */

export type LifecycleStatus = 'DRAFT' | 'ACTIVE' | 'INACTIVE' | 'ARCHIVED';

/** Derived fields an event schema adds to each event (Togai's Enrichments), kept as given. */
export interface Enrichments {
  dependencies?: { type: string; key: string; name: string }[];
  fields: { name: string; type: string; enrichmentType: string; value: string; order: number }[];
}

/** One version of an event schema, as the EventSchema model answers it. */
export interface EventSchemaVersion {
  name: string;
  version: number;
  status: LifecycleStatus;
  description?: string;
  attributes: { name: string; defaultUnit?: string }[];
  dimensions: { name: string }[];
  filterFields?: string[];
  enrichments?: Enrichments;
  createdAt: string;
  updatedAt: string;
}

/**
 * An event schema and its history. A version is never changed once events may refer to it: an
 * update of an activated schema adds a version and archives the one before.
 */
export interface EventSchemaRecord {
  name: string;
  /** Oldest first; the last is the current version, the others are ARCHIVED. */
  versions: EventSchemaVersion[];
}

export interface Computation {
  id?: string;
  matcher?: string;
  computation: string;
  order: number;
}

/** A UsageMeterFilterEntry: the meter only sees events whose `field` equals `value`. */
export interface UsageMeterFilter {
  field: string;
  value: string;
}

export interface UsageMeterRecord {
  id: string;
  name: string;
  billableName?: string;
  description?: string;
  /** The event schema whose events it meters (optional at creation, required to activate). */
  schemaName?: string;
  type: 'COUNTER';
  status: LifecycleStatus;
  aggregation: 'COUNT' | 'SUM';
  computations: Computation[];
  filters: UsageMeterFilter[];
  /** Not answered (UsageMeter has no version): raised when an ACTIVE meter's rules change, as event pipeline info reports it. */
  version: number;
  createdAt: string;
  updatedAt: string;
  lastActivatedAt?: string;
}

export type IngestionStatus =
  | 'INGESTION_COMPLETED_EVENT_METERED'
  | 'INGESTION_COMPLETED_NO_MATCHING_METERS'
  | 'INGESTION_COMPLETED_EVENT_NOT_METERED';

/** The text of one ingestion request, shared by every event it carried. */
export interface IngestedBody {
  raw: string;
  /** When it was received (virtual clock, ms): the events' `createdAt`. */
  at: number;
  /** The request's number in this sandbox; with the event's position it makes the referenceId. */
  seq: number;
}

/**
 * An accepted event, kept compact: there may be millions. It points into the request text it
 * came in (re-serialising each event cost a sixth of ingestion time); the account id and the
 * metering snapshot are shared references; the customer and each meter's units are worked out
 * when read.
 */
export interface StoredEvent {
  body: IngestedBody;
  /** Position in the batch's `events`, or -1 for the single `event` of POST /ingest or a correction. */
  index: number;
  accountId: string;
  /** The schema version and ACTIVE meters it was checked and metered against. */
  via: MeteringSnapshot;
  status: IngestionStatus;
  invoiceId: string | null;
  /** Set once the event is reverted by a correction. */
  statusBeforeReverting?: IngestionStatus;
}
