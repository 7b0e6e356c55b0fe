import { boundsIssue, takesSnapshot } from './body-bounds.js';
import type { ContractOperation } from './contract.js';
import type { KitFailure } from './errors.js';
import type { MaybePromise } from './types.js';
import { formatIssues } from './validation.js';

/**
 * Turns a form-encoded body into what the operation's schema describes (vendors nest and type
 * it differently). It may throw a FormFieldError to name the parameter at fault.
 */
export type FormDecoder = (raw: string, op: ContractOperation) => unknown;

/** A form decoding failure that names the parameter at fault, so error bodies can point at it. */
export class FormFieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** What an uploaded file was called and declared as; the body carries its text. */
export interface UploadedFile {
  name: string;
  type: string;
}

// fatal: bytes that are not UTF-8 are refused rather than stored as replacement characters the
// client never sent; ignoreBOM keeps a byte order mark in the text, as a plain decode would
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A body's bytes as text, or undefined when they are not UTF-8 (both transports refuse those alike). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

export const NOT_UTF8: KitFailure = {
  kind: 'malformed_body',
  status: 400,
  message: 'The request body is not valid UTF-8 (a byte sequence no character encodes to); send text encoded as UTF-8',
};

/** Plain form decoding: each key once, the last value wins for repeats. */
export const flatForm: FormDecoder = (raw) => Object.fromEntries(new URLSearchParams(raw));

export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Decode a body by the media type the client declared, checked against what the operation
 * accepts. One function for both transports, so they fail identically.
 */
export type Decoded = { body: unknown; files?: Record<string, UploadedFile> } | { failure: KitFailure };

/** Synchronous but for multipart bodies, whose parser is asynchronous. */
export function decodeBody(op: ContractOperation, contentType: string | undefined, raw: string | undefined, decodeForm: FormDecoder): MaybePromise<Decoded> {
  // operations without a body ignore whatever is sent, as HTTP servers generally do
  if (op.mediaTypes.length === 0 || raw === undefined || raw === '') return { body: undefined };
  const media = mediaTypeOf(contentType);
  if (!op.mediaTypes.includes(media)) {
    return {
      failure: {
        kind: 'unsupported_media_type',
        status: 415,
        message: `Content-Type '${media || '(none)'}' is not accepted here; send ${op.mediaTypes.join(' or ')}`,
      },
    };
  }
  if (media === 'application/json') {
    let body: unknown;
    try {
      // JSON.parse does not recurse, so any depth parses; the bounds are checked on the result
      body = JSON.parse(raw);
    } catch (e) {
      return {
        failure: { kind: 'malformed_body', status: 400, message: `The request body is not valid JSON: ${(e as Error).message}` },
      };
    }
    // a snapshot's decoder reads every value of it (body-bounds.ts, takesSnapshot)
    return takesSnapshot(op) ? { body } : bounded(body);
  }
  if (media === 'application/x-www-form-urlencoded') {
    let body: unknown;
    try {
      body = decodeForm(raw, op);
    } catch (e) {
      const field = e instanceof FormFieldError ? e.field : undefined;
      return { failure: { kind: 'malformed_body', status: 400, message: (e as Error).message, field } };
    }
    return bounded(body);
  }
  if (media === 'multipart/form-data') return decodeMultipart(raw, contentType!);
  return { body: raw };
}

/** A decoded body within the kit's limits (see limits.ts), or the validation failure naming where it is not. */
function bounded(body: unknown): Decoded {
  const issue = boundsIssue(body);
  if (!issue) return { body };
  return { failure: { kind: 'invalid_request', status: 400, message: formatIssues([issue]), field: issue.field, issues: [issue] } };
}

/** Multipart fields by name; an uploaded file becomes its text (the contracts' files are CSV), its name and type kept aside. */
async function decodeMultipart(raw: string, contentType: string): Promise<Decoded> {
  try {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    // field names are the client's: no name (`__proto__` included) may reach a prototype
    const body: Record<string, string> = Object.create(null);
    const files: Record<string, UploadedFile> = Object.create(null);
    for (const [name, value] of form) {
      if (typeof value === 'string') body[name] = value;
      else {
        body[name] = await value.text();
        files[name] = { name: value.name, type: value.type };
      }
    }
    return { body, files };
  } catch (e) {
    return { failure: { kind: 'malformed_body', status: 400, message: `The multipart body cannot be read: ${(e as Error).message}` } };
  }
}
