/**
 * Each vendor's error body, checked by hand (independently of the simulators' errors.ts), for
 * answers the contract has no schema for (unknown paths and methods) and as a second opinion on
 * the ones it has. Each function lists the problems of one body; empty when it is in shape.
 */
import type { Contract } from '../../simulators/kit/contract.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(body: Json, allowed: string[]): string[] {
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  return extra.length ? [`unexpected keys ${extra.join(', ')}`] : [];
}

/** Togai: `{message}` and nothing else, the message at most 500 characters. */
export function togaiShape(body: unknown): string[] {
  if (!isObject(body)) return ['not a JSON object'];
  const problems = onlyKeys(body, ['message']);
  if (typeof body.message !== 'string' || body.message === '') problems.push('message is not a non-empty string');
  else if (body.message.length > 500) problems.push(`message is ${body.message.length} characters long (at most 500)`);
  return problems;
}

/**
 * Zuora, by API family: CRUD operations (/v1/object/...) answer `{Success: false, Errors: [{Code,
 * Message}]}`; the resend operation a map from ID (or field) to `{code, message}`; every other
 * family `{success: false, processId, reasons: [{code, message}]}` with eight-digit codes.
 */
export function zuoraShape(body: unknown, path: string, operationId: string | undefined): string[] {
  if (!isObject(body)) return ['not a JSON object'];
  if (operationId === 'resendCalloutNotifications') {
    const entries = Object.values(body);
    if (!entries.length) return ['resend failure map is empty'];
    return entries.every((e) => isObject(e) && typeof e.code === 'string' && typeof e.message === 'string') ? [] : ['resend failure map entries are not {code, message}'];
  }
  if (path.startsWith('/v1/object/')) {
    const problems = onlyKeys(body, ['Success', 'Errors']);
    if (body.Success !== false) problems.push('Success is not false');
    const errors = body.Errors;
    if (!Array.isArray(errors) || !errors.length) problems.push('Errors is not a non-empty list');
    else if (!errors.every((e) => isObject(e) && typeof e.Code === 'string' && typeof e.Message === 'string')) problems.push('Errors entries are not {Code, Message}');
    return problems;
  }
  const problems = onlyKeys(body, ['success', 'processId', 'reasons']);
  if (body.success !== false) problems.push('success is not false');
  if (typeof body.processId !== 'string' || !/^[0-9A-F]{16}$/.test(body.processId)) problems.push('processId is not 16 hex digits');
  const reasons = body.reasons;
  if (!Array.isArray(reasons) || !reasons.length) problems.push('reasons is not a non-empty list');
  else if (!reasons.every((r) => isObject(r) && Number.isInteger(r.code) && String(r.code).length === 8 && typeof r.message === 'string')) {
    problems.push('reasons entries are not {code: eight digits, message}');
  }
  return problems;
}

const CHARGEBEE_TYPES = ['invalid_request', 'payment', 'operation_failed'];

/** Chargebee: `{message, api_error_code, error_code, http_status_code}` (the status itself), maybe `type` and `param`. */
export function chargebeeShape(body: unknown, status: number): string[] {
  if (!isObject(body)) return ['not a JSON object'];
  const problems = onlyKeys(body, ['message', 'type', 'api_error_code', 'error_code', 'param', 'http_status_code']);
  if (typeof body.message !== 'string' || body.message === '') problems.push('message is not a non-empty string');
  if (typeof body.api_error_code !== 'string' || !/^[a-z_]+$/.test(body.api_error_code)) problems.push('api_error_code is not a snake_case code');
  if (typeof body.error_code !== 'string' || !/^[a-z_]+$/.test(body.error_code)) problems.push('error_code is not a snake_case code');
  if (body.http_status_code !== status) problems.push(`http_status_code ${String(body.http_status_code)} is not the status ${status}`);
  if (body.type !== undefined && !CHARGEBEE_TYPES.includes(String(body.type))) problems.push(`type ${String(body.type)} is not one of Chargebee's`);
  if (body.param !== undefined && typeof body.param !== 'string') problems.push('param is not a string');
  return problems;
}

/** Whether the contract documents this status for the operation (exactly, as a range such as 4XX, or as default). */
export function documents(contract: Contract, operationId: string, status: number): boolean {
  const responses = (contract.operation(operationId).raw.responses ?? {}) as Record<string, unknown>;
  return [String(status), `${String(status)[0]}XX`, 'default'].some((key) => responses[key] !== undefined);
}
