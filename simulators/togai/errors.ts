import { SimError, type ErrorMapper } from '../kit/errors.js';

const MAX_MESSAGE = 500; // ErrorResponse.message maxLength in the Togai contract

function cut(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE - 1)}…`;
}

/** Togai answers every error with `{message}`. */
export function togaiError(status: number, message: string): SimError {
  return new SimError(status, { message: cut(message) });
}

export const notFound = (what: string, id: string) => togaiError(404, `${what} with id '${id}' does not exist`);
export const badRequest = (message: string) => togaiError(400, message);

/** The contract bounds identifiers' length but not their emptiness; Togai refuses empty ones. */
export function requireId(value: string, field: string): void {
  if (value.trim() === '') throw badRequest(`${field} must not be empty`);
}

// Togai documents 422 for payloads over its size limits.
const STATUS: Partial<Record<string, number>> = { payload_too_large: 422 };

export const toTogaiError: ErrorMapper = (f) => ({ status: STATUS[f.kind] ?? f.status, body: { message: cut(f.message) } });
