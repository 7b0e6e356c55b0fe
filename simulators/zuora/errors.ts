import { loadContract } from '../kit/contract.js';
import { SimError, type ErrorMapper, type KitFailure } from '../kit/errors.js';
import type { SimResponse } from '../kit/types.js';
import { formatIssue, type ValidationIssue } from '../kit/validation.js';
import { currentScope, type Family } from './scope.js';

/**
 * Error category codes (guide_error-codes.md): the last two digits of an eight-digit code.
 * The first six name the resource; Zuora's resource table is not in the reference, so every
 * code uses 500000, the "unknown object and field" resource the guide names, except
 * authentication failures, for which the guide gives 90000011.
 */
export const Category = {
  AUTHENTICATION: 11,
  INVALID_VALUE: 20,
  UNKNOWN_FIELD: 21,
  MISSING_FIELD: 22,
  MISSING_PARAMETER: 23,
  INVALID_PARAMETER: 27,
  RULE: 30,
  NOT_FOUND: 40,
  UNSUPPORTED: 45,
  LOCKED: 50,
  INTERNAL: 60,
  REQUEST_EXCEEDED_LIMIT: 70,
  MALFORMED: 90,
} as const;

export type CategoryCode = (typeof Category)[keyof typeof Category];

export interface Reason {
  code: number;
  message: string;
}

export function reason(category: CategoryCode, message: string): Reason {
  return { code: category === Category.AUTHENTICATION ? 90000011 : 50000000 + category, message };
}

/** `{success: false, processId, reasons}`: the body of every non-CRUD failure. */
export function failureBody(reasons: Reason[]): Record<string, unknown> {
  return { success: false, processId: currentScope().state.nextProcessId(), reasons };
}

/** CRUD operations answer in PascalCase; the reference attests only the code INVALID_VALUE. */
function crudBody(messages: string[]): Record<string, unknown> {
  return { Success: false, Errors: messages.map((Message) => ({ Code: 'INVALID_VALUE', Message })) };
}

/**
 * A v1 business-rule failure: HTTP 200 with success false, as guide_error-handling.md says
 * most v1 operations answer ("HTTP 200 doesn't mean your call succeeded").
 */
export function ruleFailure(category: CategoryCode, message: string): SimError {
  return new SimError(200, failureBody([reason(category, message)]));
}

export function notFound(what: string, key: string): SimError {
  return ruleFailure(Category.NOT_FOUND, `Cannot find ${what} by key '${key}'.`);
}

export function crudError(status: number, message: string): SimError {
  return new SimError(status, crudBody([message]));
}

/** A failure of the Object Query or Notifications APIs (their error bodies are not shown in the reference). */
export function statusError(status: number, category: CategoryCode, message: string): SimError {
  return new SimError(status, failureBody([reason(category, message)]));
}

function categoryOf(issue: ValidationIssue): CategoryCode {
  const param = issue.location !== 'body';
  if (issue.problem === 'is required' || issue.problem === 'a request body is required') return param ? Category.MISSING_PARAMETER : Category.MISSING_FIELD;
  if (issue.problem === 'is not a field this operation accepts') return param ? Category.INVALID_PARAMETER : Category.UNKNOWN_FIELD;
  return param ? Category.INVALID_PARAMETER : Category.INVALID_VALUE;
}

const KIND_CATEGORY: Record<KitFailure['kind'], CategoryCode> = {
  invalid_request: Category.INVALID_VALUE,
  malformed_body: Category.MALFORMED,
  unsupported_media_type: Category.INVALID_VALUE,
  route_not_found: Category.NOT_FOUND,
  rate_limited: Category.REQUEST_EXCEEDED_LIMIT,
  method_not_allowed: Category.UNSUPPORTED,
  payload_too_large: Category.INVALID_VALUE,
  internal: Category.INTERNAL,
};

/** The body a family gives for these reasons. */
export function familyBody(family: Family, reasons: Reason[]): Record<string, unknown> {
  return family === 'crud' ? crudBody(reasons.map((r) => r.message)) : failureBody(reasons);
}

/**
 * post_resendcalloutnotifications.md answers failures as a map from each history ID to its
 * error; a request that cannot be read names no ID, so its problems are keyed by field instead.
 */
function resendBody(failure: KitFailure): Record<string, { code: string; message: string }> {
  const entries = failure.issues?.length
    ? failure.issues.map((i) => [i.field || 'body', { code: 'InvalidValue', message: `Invalid request: ${formatIssue(i)}` }] as const)
    : [['body', { code: 'InvalidValue', message: failure.message }] as const];
  return Object.fromEntries(entries);
}

/** Validation issues as reasons; `prefix` places the fields of an object nested in the body ('subscription.'). */
export function issueReasons(issues: ValidationIssue[], prefix = ''): Reason[] {
  return issues.map((i) => reason(categoryOf(i), `Invalid request: ${formatIssue({ ...i, field: i.field && `${prefix}${i.field}` })}`));
}

/** Client failures whose status the kit picks the same for every vendor (415, 413). */
const GENERIC_STATUS = new Set<KitFailure['kind']>(['unsupported_media_type', 'payload_too_large']);

/**
 * The CRUD, OAuth and resend operations document 400 as their only client-error status: there
 * the kit's 415 or 413 becomes 400, as an unknown ID becomes an invalid value where no 404 is
 * documented. Operations that document the status (or 4XX) keep it.
 */
function documentedStatus(failure: KitFailure, operationId: string | undefined): number {
  if (!operationId || !GENERIC_STATUS.has(failure.kind)) return failure.status;
  const contract = loadContract('zuora.yaml');
  const documents = (status: number) => contract.documentedResponse(operationId, status) !== undefined;
  return documents(failure.status) || !documents(400) ? failure.status : 400;
}

/** Kit-detected failures (validation, unreadable bodies, unknown routes) in the shape of the request's API family. */
export const toZuoraError: ErrorMapper = (failure): SimResponse => {
  const scope = currentScope();
  const status = documentedStatus(failure, scope.operationId);
  if (scope.operationId === 'resendCalloutNotifications') return { status, body: resendBody(failure) };
  const reasons = failure.issues?.length ? issueReasons(failure.issues) : [reason(KIND_CATEGORY[failure.kind], failure.message)];
  return { status, body: familyBody(scope.family, reasons) };
};
