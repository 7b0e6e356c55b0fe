/**
 * The form decoder: Chargebee's bracket encoding, exactly as the official SDK writes it, into the
 * shapes and types the contract declares; malformed keys refused by name.
 */
import { createServer } from 'node:http';
import Chargebee from 'chargebee';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../simulators/kit/contract.js';
import { decodeForm, FormError, formSchema } from '../simulators/chargebee/form-decoder.js';
import { encodeForm } from '../simulators/chargebee/form-encoder.js';

const contract = loadContract('chargebee.yaml');
const schemaOf = (id: string) => formSchema(contract.operation(id));

function refusal(raw: string): { param: string; message: string } {
  try {
    decodeForm(raw, schemaOf('createCustomer'));
  } catch (e) {
    expect(e).toBeInstanceOf(FormError);
    return { param: (e as FormError).field, message: (e as Error).message };
  }
  throw new Error(`'${raw}' was accepted`);
}

/** What the SDK puts on the wire for one call, caught by a local server. */
async function sdkBody(call: (cb: Chargebee) => Promise<unknown>): Promise<string> {
  let body = '';
  const server = createServer((req, res) => {
    req.on('data', (c) => (body += c));
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await call(new Chargebee({ site: '127.0.0.1', apiKey: 'k', protocol: 'http', hostSuffix: '', port }));
  server.close();
  return body;
}

describe('decoding Chargebee form bodies', () => {
  it('nests bracket keys, reads list rows column-wise with gaps as null, and types values by the schema', () => {
    const raw =
      'id=s1&billing_cycles=3&invoice_immediately=true&subscription_items%5Bitem_price_id%5D%5B0%5D=plan&subscription_items%5Bquantity%5D%5B0%5D=2' +
      '&subscription_items%5Bitem_price_id%5D%5B2%5D=addon&discounts%5Bpercentage%5D%5B0%5D=12.5&shipping_address%5Bcity%5D=Le+Mans&coupon_ids%5B0%5D=c1';
    expect(decodeForm(raw, schemaOf('createSubscriptionWithItems'))).toEqual({
      id: 's1',
      billing_cycles: 3,
      invoice_immediately: true,
      subscription_items: { item_price_id: ['plan', null, 'addon'], quantity: [2] },
      discounts: { percentage: [12.5] },
      shipping_address: { city: 'Le Mans' },
      coupon_ids: ['c1'],
    });
  });

  it('leaves text that is not the declared type as text, for validation to name', () => {
    const body = decodeForm('net_term_days=ten&allow_direct_debit=yes&first_name=007&auto_close_invoices=false', schemaOf('createCustomer'));
    expect(body).toEqual({ net_term_days: 'ten', allow_direct_debit: 'yes', first_name: '007', auto_close_invoices: false });
    const issues = contract.validateRequest(contract.operation('createCustomer'), { path: {}, query: {}, header: {}, body });
    expect(issues.map((i) => i.field)).toEqual(['net_term_days', 'allow_direct_debit']);
  });

  it('keeps parameters the schema does not know, by their structure', () => {
    expect(decodeForm('cf_tier=gold&extra%5Ba%5D%5B1%5D=x', schemaOf('createCustomer'))).toEqual({ cf_tier: 'gold', extra: { a: [null, 'x'] } });
  });

  it('decodes exactly what the official SDK sends, lists of objects column-wise, JSON fields as text', async () => {
    const raw = await sdkBody((cb) =>
      cb.subscription.createWithItems('c1', {
        subscription_items: [{ item_price_id: 'plan', quantity: 2 }, { item_price_id: 'addon', unit_price: 150 }],
        meta_data: { source: 'sdk' },
        coupon_ids: ['c1', 'c2'],
        auto_collection: 'off',
        invoice_immediately: true,
      }),
    );
    expect(raw).toContain('subscription_items%5Bitem_price_id%5D%5B1%5D=addon');
    expect(decodeForm(raw, schemaOf('createSubscriptionWithItems'))).toEqual({
      subscription_items: { item_price_id: ['plan', 'addon'], quantity: [2], unit_price: [null, 150] },
      meta_data: '{"source":"sdk"}',
      coupon_ids: ['c1', 'c2'],
      auto_collection: 'off',
      invoice_immediately: true,
    });
  });

  it('round-trips the encoder used for in-process calls', () => {
    const body = { customer_id: 'c', item_prices: { item_price_id: ['a', null, 'b'], quantity: [1, null, 3] }, charges: { amount: [500], description: ['x & y'] } };
    expect(decodeForm(encodeForm(body), schemaOf('createInvoiceForChargeItemsAndCharges'))).toEqual(body);
  });
});

describe('malformed form bodies are refused, naming the parameter as sent', () => {
  it.each([
    ['billing_address[first_name=x', 'billing_address[first_name', /not a valid parameter name/],
    ['a[]]=1', 'a[]]', /not a valid parameter name/],
    ['a]=1', 'a]', /not a valid parameter name/],
    ['[a]=1', '[a]', /not a valid parameter name/],
    ['coupon_ids[]=1', 'coupon_ids[]', /empty \[\]/],
    ['a=1&a[b]=2', 'a', /both as a single value and as a group of named fields/],
    ['a[b]=2&a=1', 'a', /both as a group of named fields and as a single value/],
    ['tiers[price][0]=1&tiers[price][x]=2', 'tiers[price]', /both as an indexed list and as a group of named fields/],
    ['email=a@b.co&email=c@d.co', 'email', /more than once/],
    ['coupon_ids[1000]=x', 'coupon_ids[1000]', /indexes go from 0 to 999/],
    ['first_name=%E0%A4%A', 'first_name', /malformed %-escape/],
    ['%ZZ=1', '%ZZ', /malformed %-escape/],
  ])('%s', (raw, param, problem) => {
    const refused = refusal(raw);
    expect(refused.param).toBe(param);
    expect(refused.message.startsWith(`${param} : `)).toBe(true);
    expect(refused.message).toMatch(problem);
  });
});
