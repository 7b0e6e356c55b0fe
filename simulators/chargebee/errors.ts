import { SimError, type ErrorMapper, type KitFailure } from '../kit/errors.js';
import type { ValidationIssue } from '../kit/validation.js';

export type ErrorType = 'invalid_request' | 'payment' | 'operation_failed';

/** Chargebee's error body: every non-2xx answer carries one. */
export interface ChargebeeErrorBody {
  message: string;
  type?: ErrorType;
  api_error_code: string;
  /** The deprecated code older clients still read (the SDK's error objects carry it as error_code). */
  error_code: string;
  param?: string;
  http_status_code: number;
}

export function errorBody(status: number, apiErrorCode: string, message: string, extra: { type?: ErrorType | null; param?: string } = {}): ChargebeeErrorBody {
  // Real Chargebee sends error_code beside api_error_code (a captured 404 carries resource_not_found
  // in both). For some errors its legacy code is finer (coupon_not_applicable beside
  // invalid_request), but no source maps the codes this simulator uses to different legacy ones,
  // so both fields carry the same code.
  const body: ChargebeeErrorBody = { message, api_error_code: apiErrorCode, error_code: apiErrorCode, http_status_code: status };
  // most Chargebee errors are typed invalid_request; authentication and server errors carry no type
  const type = extra.type === undefined ? 'invalid_request' : extra.type;
  if (type) body.type = type;
  if (extra.param !== undefined) body.param = extra.param;
  return body;
}

function chargebeeError(status: number, apiErrorCode: string, message: string, extra: { type?: ErrorType | null; param?: string } = {}): SimError {
  return new SimError(status, errorBody(status, apiErrorCode, message, extra));
}

/** A parameter with a value Chargebee refuses; the message starts with the parameter, as Chargebee's do. */
export const wrongValue = (param: string, problem: string) => chargebeeError(400, 'param_wrong_value', `${param} : ${problem}`, { param });
export const blank = (param: string) => wrongValue(param, 'cannot be blank');
export const duplicate = (param: string, value: string) =>
  chargebeeError(400, 'duplicate_entry', `${param} : The value ${value} is already present.`, { param });
/** An id in the path (no param) or in a parameter (param named) that names nothing. */
export const notFound = (what: string, id: string, param?: string) =>
  chargebeeError(404, 'resource_not_found', `${param ? `${param} : ` : ''}${what} '${id}' was not found`, param === undefined ? {} : { param });
export const invalidState = (message: string) => chargebeeError(409, 'invalid_state_for_request', message);

/** `subscription_items.quantity[2]` (the kit's dotted field) as the client sent it: `subscription_items[quantity][2]`. */
function bracketName(field: string): string {
  const [head = '', ...rest] = field.split('.');
  return head + rest.map((segment) => segment.replace(/^([^[]+)/, '[$1]')).join('');
}

const MAX_PROBLEM = 200;

function problemText(issue: ValidationIssue): string {
  const problem = issue.problem === 'is required' ? 'cannot be blank' : issue.problem;
  // enum problems list every allowed value; the event type enum alone has hundreds
  return problem.length <= MAX_PROBLEM ? problem : `${problem.slice(0, MAX_PROBLEM - 1)}…`;
}

function fromIssues(issues: ValidationIssue[]): { status: number; body: ChargebeeErrorBody } {
  const first = issues[0]!;
  if (first.field === '') {
    const message = 'The request carries no parameters, but this operation requires some; send them form-encoded in the body';
    return { status: 400, body: errorBody(400, 'param_wrong_value', message) };
  }
  const param = first.location === 'body' ? bracketName(first.field) : first.field;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return { status: 400, body: errorBody(400, 'param_wrong_value', `${param} : ${problemText(first)}${more}`, { param }) };
}

/** Kit-detected failures in Chargebee's shape and statuses. */
export const toChargebeeError: ErrorMapper = (f: KitFailure) => {
  switch (f.kind) {
    case 'invalid_request':
      if (f.issues?.length) return fromIssues(f.issues);
      return { status: 400, body: errorBody(400, 'param_wrong_value', f.message) };
    case 'malformed_body':
      return { status: 400, body: errorBody(400, 'param_wrong_value', f.message, f.field === undefined ? {} : { param: f.field }) };
    case 'unsupported_media_type':
      return { status: 400, body: errorBody(400, 'invalid_request', `${f.message}; Chargebee reads POST parameters form-encoded`) };
    case 'route_not_found':
      return { status: 404, body: errorBody(404, 'resource_not_found', f.message) };
    case 'method_not_allowed':
      return { status: 405, body: errorBody(405, 'http_method_not_supported', f.message) };
    case 'payload_too_large':
      return { status: 413, body: errorBody(413, 'invalid_request', f.message) };
    case 'rate_limited':
      return { status: 429, body: errorBody(429, 'api_request_limit_exceeded', f.message, { type: null }) };
    case 'internal':
      // an injected outage keeps its status; 503 is Chargebee's temporary internal error
      return { status: f.status, body: errorBody(f.status, f.status === 503 ? 'internal_temporary_error' : 'internal_error', f.message, { type: null }) };
  }
};
