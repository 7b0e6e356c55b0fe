import { loadContract } from '../kit/contract.js';
import { SimError } from '../kit/errors.js';
import { header, type ValidRequest } from '../kit/types.js';
import { crudError } from './errors.js';
import type { CrudRecord } from './records.js';
import { crudTime } from './time.js';

/** Helpers shared by the CRUD operations under /v1/object. */

const knownFields = new Map<string, Set<string>>();

function fieldsOf(operationId: string): Set<string> {
  let known = knownFields.get(operationId);
  if (!known) {
    type Body = { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } | undefined;
    const body = loadContract('zuora.yaml').operation(operationId).raw.requestBody as Body;
    known = new Set(Object.keys(body?.content?.['application/json']?.schema?.properties ?? {}));
    knownFields.set(operationId, known);
  }
  return known;
}

/** A CRUD create or update request: its body, typed by its own operation, is always an object of fields. */
type CrudRequest = Pick<ValidRequest, 'operationId' | 'query'> & { body: object };

/**
 * rejectUnknownFields=true refuses fields the operation does not know, with the single-message
 * body the reference gives; custom fields (`__c`) are always known. By default they are ignored.
 */
export function checkUnknownFields(req: CrudRequest): void {
  const flag = req.query.rejectUnknownFields as unknown;
  if (flag !== 'true' && flag !== true) return;
  const known = fieldsOf(req.operationId);
  const unknown = Object.keys(req.body).filter((k) => !known.has(k) && !k.endsWith('__c'));
  if (unknown.length) throw new SimError(400, { message: 'Error - unrecognised fields' });
}

/** The body's fields minus those the operation does not know, which are ignored by default. */
export function knownBody(req: CrudRequest): Record<string, unknown> {
  const known = fieldsOf(req.operationId);
  return Object.fromEntries(Object.entries(req.body).filter(([k]) => known.has(k) || k.endsWith('__c')));
}

/** Some fields need a minimum X-Zuora-WSDL-Version (default 79), as their reference pages note. */
export function requireWsdl(req: ValidRequest, body: Record<string, unknown>, gates: Record<string, number>): void {
  const version = Number(header(req, 'x-zuora-wsdl-version') ?? '79');
  for (const [field, minimum] of Object.entries(gates)) {
    if (body[field] !== undefined && !(version >= minimum)) {
      throw crudError(400, `'${field}' needs the X-Zuora-WSDL-Version request header set to ${minimum} or later (the request has ${header(req, 'x-zuora-wsdl-version') ?? 'none, meaning 79'})`);
    }
  }
}

/** A CRUD object as the GET operations return it; `fields` (comma-separated, any case) narrows it. */
export function crudView(record: CrudRecord, userId: string, fields: unknown, defaults: Record<string, unknown> = {}): Record<string, unknown> {
  const full: Record<string, unknown> = {
    ...defaults,
    ...record.fields,
    Id: record.Id,
    CreatedById: userId,
    CreatedDate: crudTime(record.createdAt),
    UpdatedById: userId,
    UpdatedDate: crudTime(record.updatedAt),
  };
  return pickFields(full, fields);
}

/** The `fields` query parameter: a comma-separated list of the fields to return, in any case. */
export function pickFields(full: Record<string, unknown>, fields: unknown): Record<string, unknown> {
  if (typeof fields !== 'string' || fields.trim() === '') return full;
  const wanted = new Set(fields.split(',').map((f) => f.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(full).filter(([k]) => wanted.has(k.toLowerCase())));
}

/** The 404 of the CRUD retrieve operations. */
export function crudNotFound(object: string, id: string): SimError {
  return crudError(404, `No ${object} with ID '${id}' exists`);
}
