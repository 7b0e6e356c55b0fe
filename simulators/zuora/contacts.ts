import { newId } from './ids.js';
import type { ZuoraContext } from './auth.js';
import { CONTACT_FIELDS, type ContactField, type ContactRecord } from './records.js';

/** Fields a contact shows as null rather than an empty string when unset (the reference sample's choice). */
const NULL_WHEN_EMPTY = new Set<ContactField>(['country', 'county', 'otherPhoneType', 'taxRegion']);

export type ContactInput = Partial<Record<ContactField, string>>;

function pick(input: ContactInput): ContactInput {
  const out: ContactInput = {};
  for (const f of CONTACT_FIELDS) if (typeof input[f] === 'string') out[f] = input[f];
  return out;
}

export function createContact(ctx: ZuoraContext, accountId: string, input: ContactInput): ContactRecord {
  return ctx.state.store.insert<ContactRecord>('contact', { id: newId(ctx), accountId, fields: pick(input) });
}

/** Change only the fields present; an empty value clears one (put_account.md, note 2). */
export function updateContact(contact: ContactRecord, input: ContactInput): void {
  Object.assign(contact.fields, pick(input));
}

export function contactOf(ctx: ZuoraContext, id: string | undefined): ContactRecord | undefined {
  return id === undefined ? undefined : ctx.state.store.get<ContactRecord>('contact', id);
}

export function contactView(contact: ContactRecord) {
  const out: Record<string, string | null> = { id: contact.id };
  for (const f of CONTACT_FIELDS) {
    const value = contact.fields[f] ?? '';
    out[f] = value === '' && NULL_WHEN_EMPTY.has(f) ? null : value;
  }
  return out;
}
