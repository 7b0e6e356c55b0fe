import { badRequest } from './errors.js';
import type { Address } from './party-records.js';

// Customer.billingAddress, the address on one line, is at most 1000 characters in the contract.
const MAX_ONE_LINE = 1000;

/** The address as one line, as Customer.billingAddress carries it: the postal parts, no phone number. */
export function oneLine(a: Address): string {
  return [a.line1, a.line2, a.city, a.state, a.postalCode, a.country].filter((part) => part && part.trim()).join(', ');
}

/** A checked copy of an address from a request; `field` names it in error messages. */
export function checkAddress(a: Address, field: string): Address {
  if (a.country !== undefined && !/^[A-Z]{2}$/.test(a.country)) {
    throw badRequest(`${field}.country must be a two-letter ISO 3166-1 alpha-2 code in capitals, such as 'US'; got '${a.country}'`);
  }
  const line = oneLine(a);
  if (line.length > MAX_ONE_LINE) throw badRequest(`${field} is too long: its postal parts come to ${line.length} characters, at most ${MAX_ONE_LINE} are kept`);
  return { ...a };
}
