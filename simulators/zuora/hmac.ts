import { createHmac } from 'node:crypto';
import { renderMergeFields, type MergeContext } from './merge-fields.js';
import type { CalloutTemplateRecord } from './notification-config.js';

/** createcallouttemplate.md: the HMAC fields are all required once HMAC is used. */
export const HMAC_FIELDS = ['hmacAlgorithm', 'hmacOutputFormat', 'hmacSecret', 'hmacData', 'hmacKey', 'hmacValue'] as const;

export const ALGORITHMS: Record<string, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-224': 'sha224', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/** The header a template's callouts carry their HMAC signature in (its `hmacKey`, lower case), if it signs them. */
export function hmacHeaderName(template: CalloutTemplateRecord): string | undefined {
  const h = template.hmac;
  return h.hmacAlgorithm && h.hmacKey && h.hmacSecret !== null ? h.hmacKey.toLowerCase() : undefined;
}

/**
 * The HMAC header of a callout: `hmacData` with `{{Request.Body}}` and `{{Request.Headers.<name>}}`
 * filled in (and the event's merge fields) is signed with the secret, and the signature fills
 * `{{Request.HMAC.Signed}}` in `hmacValue`, sent under the header `hmacKey`.
 */
export function hmacHeader(template: CalloutTemplateRecord, body: string, headers: Record<string, string>, context: MergeContext): [string, string] | undefined {
  const h = template.hmac;
  const name = hmacHeaderName(template);
  if (name === undefined) return undefined;
  const request = (text: string) =>
    text.replace(/\{\{\s*Request\.Body\s*\}\}/g, body).replace(/\{\{\s*Request\.Headers\.([\w-]+)\s*\}\}/g, (_, name: string) => {
      const key = name.toLowerCase();
      return Object.hasOwn(headers, key) ? headers[key]! : '';
    });
  const data = renderMergeFields(request(h.hmacData ?? ''), context);
  const signed = createHmac(ALGORITHMS[h.hmacAlgorithm!]!, h.hmacSecret!)
    .update(data)
    .digest(h.hmacOutputFormat === 'HEX' ? 'hex' : 'base64');
  const value = (h.hmacValue ?? '{{Request.HMAC.Signed}}').replace(/\{\{\s*Request\.HMAC\.Signed\s*\}\}/g, signed);
  return [name, renderMergeFields(value, context)];
}
