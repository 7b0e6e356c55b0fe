import { describe, expect, it } from 'vitest';
import { addressFromChargebee, addressFromZuora, countryCode } from '../connector/address.js';
import { togaiLink } from '../connector/flows/chargebee-customer-to-togai.js';

/**
 * What flows 1 and 6 send as the Togai customer's address: Togai's Address model wants the
 * country as an ISO 3166-1 alpha-2 code, and takes no empty or null fields.
 */

describe('countryCode', () => {
  it.each([
    ['United States', 'US'],
    ['united kingdom', 'GB'],
    ['  Germany ', 'DE'],
    ['Côte d’Ivoire', 'CI'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Bosnia & Herzegovina', 'BA'],
    ['us', 'US'],
    ['GB', 'GB'],
    // a code ICU has replaced is given as today's
    ['UK', 'GB'],
  ])('%s is %s', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it.each([['Atlantis'], ['EU'], ['ZZ'], ['QQ'], ['USA'], [''], [null], [undefined]])('%s cannot be told, so no country is sent', (text) => {
    expect(countryCode(text)).toBeUndefined();
  });
});

describe('addressFromZuora', () => {
  it('maps the bill-to contact, with the county standing in for a missing state and the first phone given', () => {
    expect(
      addressFromZuora({ address1: '1 High St', address2: '', city: 'Leeds', state: '', county: 'West Yorkshire', zipCode: 'LS1 1AA', country: 'United Kingdom', homePhone: '0113 496 0000' }),
    ).toEqual({ line1: '1 High St', city: 'Leeds', state: 'West Yorkshire', postalCode: 'LS1 1AA', country: 'GB', phoneNumber: '0113 496 0000' });
  });

  it('leaves out what Zuora answers empty or null, and a country it cannot tell', () => {
    expect(addressFromZuora({ firstName: 'Amy', address1: ' ', country: null, county: null, state: 'CA' })).toEqual({ state: 'CA' });
    expect(addressFromZuora({ country: 'Narnia' })).toEqual({});
    expect(addressFromZuora(undefined)).toEqual({});
  });
});

describe('addressFromChargebee', () => {
  it("joins lines 2 and 3, takes the state's name over its code, and the address's phone over the customer's", () => {
    const customer = {
      id: 'c1',
      phone: '+1 555 0000',
      billing_address: { line1: '1 Infinite Loop', line2: 'Building 3', line3: 'Floor 2', city: 'Cupertino', state: 'California', state_code: 'CA', zip: '95014', country: 'us', phone: '+1 408 555 0100' },
    };
    expect(addressFromChargebee(customer)).toEqual({
      line1: '1 Infinite Loop',
      line2: 'Building 3, Floor 2',
      city: 'Cupertino',
      state: 'California',
      postalCode: '95014',
      country: 'US',
      phoneNumber: '+1 408 555 0100',
    });
  });

  it("falls back to the state code and the customer's phone; a customer with no billing address has an empty address", () => {
    expect(addressFromChargebee({ id: 'c2', phone: '+1 555 0000', billing_address: { line3: 'Unit 9', state_code: 'NY' } })).toEqual({ line2: 'Unit 9', state: 'NY', phoneNumber: '+1 555 0000' });
    expect(addressFromChargebee({ id: 'c3' })).toEqual({});
  });
});

describe('togaiLink', () => {
  it('is the Togai account a Chargebee customer made by flow 9 names, with or without the customer beside it', () => {
    expect(togaiLink({ id: 'x', meta_data: { togai: { accountId: 'acc1' } } })).toBe('acc1');
    // what earlier versions of flow 9 wrote
    expect(togaiLink({ id: 'x', meta_data: { togai: { customerId: 'cust1', accountId: 'acc1' } } })).toBe('acc1');
    expect(togaiLink({ id: 'x', meta_data: { togai: { accountId: '' } } })).toBeUndefined();
    expect(togaiLink({ id: 'x', meta_data: { other: true } })).toBeUndefined();
    expect(togaiLink({ id: 'x' })).toBeUndefined();
  });
});
