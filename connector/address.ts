import type { ChargebeeCustomer } from './clients/chargebee.js';
import type { TogaiAddress } from './clients/togai.js';
import type { ZuoraContact } from './clients/zuora.js';

// ICU region codes that name no country a bill can be sent to
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/&/g, 'and').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

let byName: Map<string, string> | undefined;

/** Country names (long and short, English) to ISO 3166-1 alpha-2, from the runtime's ICU data. */
function countryNames(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const styles = (['long', 'short', 'narrow'] as const).map((style) => new Intl.DisplayNames(['en'], { type: 'region', style, fallback: 'none' }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || canonical(code) !== code) continue;
      for (const names of styles) {
        const name = names.of(code);
        if (name && !byName.has(fold(name))) byName.set(fold(name), code);
      }
    }
  }
  return byName;
}

/** A region code as ICU knows it today (UK is GB), or undefined when it names no region. */
function canonical(code: string): string | undefined {
  if (!new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code)) return undefined;
  return Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4);
}

/**
 * The ISO 3166-1 alpha-2 code Togai wants for a country a vendor gives as a code (Chargebee)
 * or, often, as a name (Zuora: "United States"); undefined when it cannot be told, since a
 * wrong country is worse than none.
 */
export function countryCode(text: string | null | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = canonical(value.toUpperCase());
    return code && !NOT_COUNTRIES.has(code) ? code : undefined;
  }
  return countryNames().get(fold(value));
}

const given = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The address with only the fields that have a value: Togai takes no nulls and no empty placeholders. */
function compact(address: Record<keyof TogaiAddress, unknown>): TogaiAddress {
  const out: TogaiAddress = {};
  for (const [k, v] of Object.entries(address)) if (given(v)) out[k as keyof TogaiAddress] = v.trim();
  return out;
}

/** A Zuora bill-to contact as a Togai address: its county stands in for a missing state, its first phone for the contact number. */
export function addressFromZuora(contact: ZuoraContact | undefined): TogaiAddress {
  const c = contact ?? {};
  return compact({
    line1: c.address1,
    line2: c.address2,
    city: c.city,
    state: given(c.state) ? c.state : c.county,
    postalCode: c.zipCode,
    country: countryCode(c.country),
    phoneNumber: [c.workPhone, c.mobilePhone, c.homePhone, c.otherPhone].find(given),
  });
}

/** A Chargebee customer's billing address as a Togai address; the customer's own phone when the address has none. */
export function addressFromChargebee(customer: ChargebeeCustomer): TogaiAddress {
  const a = customer.billing_address ?? {};
  return compact({
    line1: a.line1,
    line2: [a.line2, a.line3].filter(given).join(', '),
    city: a.city,
    state: given(a.state) ? a.state : a.state_code,
    postalCode: a.zip,
    country: countryCode(a.country),
    phoneNumber: given(a.phone) ? a.phone : customer.phone,
  });
}
