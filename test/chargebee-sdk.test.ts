/**
 * The official `chargebee` SDK (configured with nothing but site, API key, protocol, host suffix
 * and port) against the simulator served on 127.0.0.1: every operation the simulator serves,
 * the SDK's own view of Chargebee errors, idempotent retries, paging and the time machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance, sdkFor, servedChargebee, unix } from './support/chargebee.js';

async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the SDK call to be rejected');
}

describe('the official Chargebee SDK against the simulator', async () => {
  const { sim, http, sdk, raw } = await servedChargebee();
  let subscriptionId = '';
  let invoiceId = '';
  let transactionId = '';

  beforeAll(() => sim.log.clear());
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  it('creates, retrieves, updates and filters customers', async () => {
    const created = await sdk.customer.create({
      id: 'cust-ann',
      first_name: 'Ann',
      email: 'ann@example.com',
      auto_collection: 'off',
      net_term_days: 15,
      billing_address: { first_name: 'Ann', city: 'Lyon', country: 'FR' },
      meta_data: { tier: 'gold' },
    });
    expect(created.isIdempotencyReplayed).toBe(false);
    expect(created.customer).toMatchObject({
      id: 'cust-ann',
      object: 'customer',
      email: 'ann@example.com',
      auto_collection: 'off',
      net_term_days: 15,
      billing_address: { city: 'Lyon', country: 'FR' },
      meta_data: { tier: 'gold' },
      created_at: unix('2026-01-01T00:00:00Z'),
      deleted: false,
    });
    await sdk.customer.create({ id: 'cust-bob', email: 'bob@example.com' });
    expect((await sdk.customer.retrieve('cust-ann')).customer.first_name).toBe('Ann');
    const updated = await sdk.customer.update('cust-ann', { company: 'Ann & Co', net_term_days: 30 });
    expect(updated.customer).toMatchObject({ company: 'Ann & Co', net_term_days: 30, first_name: 'Ann' });
    const byEmail = await sdk.customer.list({ email: { is: 'bob@example.com' } });
    expect(byEmail.list.map((e) => e.customer.id)).toEqual(['cust-bob']);
    const byIds = await sdk.customer.list({ id: { in: ['cust-ann', 'cust-bob', 'nobody'] }, 'sort_by[asc]': 'created_at' });
    expect(byIds.list.map((e) => e.customer.id)).toEqual(['cust-ann', 'cust-bob']);
  });

  it("rejects a duplicate customer and an unknown invoice with Chargebee's error body, as the SDK surfaces it", async () => {
    const dup = await rejection(sdk.customer.create({ id: 'cust-ann' }));
    // the SDK rejects with the parsed JSON body itself (plus http_status_code and headers), not an Error
    expect(dup).not.toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(dup)).toBe(Object.prototype);
    expect(dup).toMatchObject({
      http_status_code: 400,
      type: 'invalid_request',
      api_error_code: 'duplicate_entry',
      param: 'id',
      message: 'id : The value cust-ann is already present.',
    });
    const missing = await rejection(sdk.invoice.retrieve('no-such-invoice'));
    expect(missing).not.toBeInstanceOf(Error);
    expect(missing).toMatchObject({ http_status_code: 404, type: 'invalid_request', api_error_code: 'resource_not_found' });
    expect(missing.message).toContain('no-such-invoice');
  });

  it('sends the deprecated error_code beside api_error_code, and the SDK passes it on to the caller', async () => {
    const answer = await raw('GET', '/customers/nobody');
    expect(answer).toMatchObject({ status: 404, body: { api_error_code: 'resource_not_found', error_code: 'resource_not_found' } });
    // one error of each source: a handler's refusal, the contract's validation, the authentication gate
    const refusals = [
      await rejection(sdk.customer.create({ id: 'cust-ann' })),
      await rejection(sdk.customer.list({ limit: 101 })),
      await rejection(sdkFor(http.port, 'wrong-key').customer.list()),
    ];
    expect(refusals.map((e) => [e.api_error_code, e.error_code])).toEqual([
      ['duplicate_entry', 'duplicate_entry'],
      ['param_wrong_value', 'param_wrong_value'],
      ['api_authentication_failed', 'api_authentication_failed'],
    ]);
  });

  it('refuses a wrong API key with 401 api_authentication_failed', async () => {
    const denied = await rejection(sdkFor(http.port, 'wrong-key').customer.list());
    expect(denied).toMatchObject({ http_status_code: 401, api_error_code: 'api_authentication_failed' });
  });

  it('builds the catalog: item family, items and item prices', async () => {
    expect((await sdk.itemFamily.create({ id: 'fam', name: 'Family' })).item_family).toMatchObject({ id: 'fam', status: 'active' });
    await sdk.item.create({ id: 'plan', name: 'Plan', type: 'plan', item_family_id: 'fam' });
    await sdk.item.create({ id: 'setup', name: 'Setup', type: 'charge', item_family_id: 'fam' });
    const price = await sdk.itemPrice.create({ id: 'plan-USD-monthly', name: 'Plan monthly', item_id: 'plan', pricing_model: 'per_unit', price: 1000, period: 1, period_unit: 'month' });
    expect(price.item_price).toMatchObject({ item_family_id: 'fam', item_type: 'plan', currency_code: 'USD', price: 1000, period_unit: 'month' });
    await sdk.itemPrice.create({
      id: 'setup-USD',
      name: 'Setup tiered',
      item_id: 'setup',
      pricing_model: 'tiered',
      tiers: [
        { starting_unit: 1, ending_unit: 10, price: 500 },
        { starting_unit: 11, price: 300 },
      ],
    });
    expect((await sdk.itemFamily.retrieve('fam')).item_family.name).toBe('Family');
    expect((await sdk.item.retrieve('setup')).item.type).toBe('charge');
    expect((await sdk.itemPrice.retrieve('setup-USD')).item_price.tiers).toEqual([
      { starting_unit: 1, ending_unit: 10, price: 500 },
      { starting_unit: 11, price: 300 },
    ]);
    expect((await sdk.itemFamily.list()).list.map((e) => e.item_family.id)).toEqual(['fam']);
    expect((await sdk.item.list({ type: { is: 'plan' } })).list.map((e) => e.item.id)).toEqual(['plan']);
    expect((await sdk.itemPrice.list({ item_id: { is: 'setup' } })).list.map((e) => e.item_price.id)).toEqual(['setup-USD']);
  });

  it('subscribes a customer to a plan and raises the first invoice', async () => {
    const res = await sdk.subscription.createWithItems('cust-ann', { subscription_items: [{ item_price_id: 'plan-USD-monthly', quantity: 3 }] });
    subscriptionId = res.subscription.id;
    expect(res.subscription).toMatchObject({
      customer_id: 'cust-ann',
      status: 'active',
      currency_code: 'USD',
      current_term_start: unix('2026-01-01T00:00:00Z'),
      current_term_end: unix('2026-02-01T00:00:00Z'),
      subscription_items: [{ item_price_id: 'plan-USD-monthly', item_type: 'plan', quantity: 3, unit_price: 1000, amount: 3000 }],
      mrr: 3000,
      due_invoices_count: 1,
    });
    expect(res.invoice).toMatchObject({ subscription_id: subscriptionId, total: 3000, amount_due: 3000, status: 'posted', recurring: true });
    expect((await sdk.subscription.retrieve(subscriptionId)).customer.id).toBe('cust-ann');
    const listed = await sdk.subscription.list({ item_price_id: { is: 'plan-USD-monthly' } });
    expect(listed.list.map((e) => [e.subscription.id, e.customer.id])).toEqual([[subscriptionId, 'cust-ann']]);
  });

  it('invoices charge items and charges, totals computed from the item prices', async () => {
    const res = await sdk.invoice.createForChargeItemsAndCharges({
      customer_id: 'cust-ann',
      item_prices: [{ item_price_id: 'setup-USD', quantity: 12 }],
      charges: [{ amount: 199, description: 'Courier' }],
    });
    invoiceId = res.invoice.id;
    // 10 units at 5.00 and 2 at 3.00, plus 1.99
    expect(res.invoice).toMatchObject({ sub_total: 5799, total: 5799, amount_due: 5799, amount_paid: 0, status: 'posted', currency_code: 'USD' });
    expect(res.invoice.line_items?.map((l) => [l.entity_type, l.quantity, l.amount])).toEqual([
      ['charge_item_price', 12, 5600],
      ['adhoc', 1, 199],
    ]);
    expect((await sdk.invoice.retrieve(invoiceId)).invoice.total).toBe(5799);
    expect((await sdk.invoice.list({ status: { is: 'posted' }, 'sort_by[asc]': 'date' })).list.length).toBe(2);
  });

  it('records a payment: a transaction, and the invoice paid', async () => {
    const res = await sdk.invoice.recordPayment(invoiceId, { transaction: { payment_method: 'bank_transfer', reference_number: 'wire-42' } });
    transactionId = res.transaction.id;
    expect(res.invoice).toMatchObject({ status: 'paid', amount_paid: 5799, amount_due: 0, paid_at: unix('2026-01-01T00:00:00Z') });
    expect(res.transaction).toMatchObject({ amount: 5799, status: 'success', type: 'payment', payment_method: 'bank_transfer', reference_number: 'wire-42' });
    expect((await sdk.transaction.retrieve(transactionId)).transaction.linked_invoices).toEqual([
      expect.objectContaining({ invoice_id: invoiceId, applied_amount: 5799, invoice_status: 'paid' }),
    ]);
    expect((await sdk.transaction.list({ customer_id: { is: 'cust-ann' } })).list.map((e) => e.transaction.id)).toEqual([transactionId]);
  });

  it('replays an idempotent retry: same answer, marked, nothing created twice', async () => {
    const headers = { 'chargebee-idempotency-key': 'create-carol-1' };
    const first = await sdk.customer.create({ id: 'cust-carol', email: 'carol@example.com' }, headers);
    const events = (await sdk.event.list({ limit: 100 })).list.length;
    const again = await sdk.customer.create({ id: 'cust-carol', email: 'carol@example.com' }, headers);
    expect(first.isIdempotencyReplayed).toBe(false);
    expect(again.isIdempotencyReplayed).toBe('true');
    expect(again.customer).toEqual(first.customer);
    expect((await sdk.event.list({ limit: 100 })).list.length).toBe(events);
  });

  it('pages lists with limit and next_offset, newest first, with no repeats across pages', async () => {
    for (let i = 1; i <= 4; i++) await sdk.customer.create({ id: `page-${i}` });
    const seen: string[] = [];
    let offset: string | undefined;
    let pages = 0;
    do {
      const page = await sdk.customer.list({ limit: 2, offset, id: { starts_with: 'page-' } });
      seen.push(...page.list.map((e) => e.customer.id));
      offset = page.next_offset;
      pages++;
    } while (offset);
    expect(pages).toBe(2);
    expect(seen).toEqual(['page-4', 'page-3', 'page-2', 'page-1']);
    const all = await sdk.customer.list({ limit: 3 });
    expect(all.list).toHaveLength(3);
    expect(all.next_offset).toEqual(expect.any(String));
  });

  it('lists and retrieves events, with filters', async () => {
    const paid = await sdk.event.list({ event_type: { is: 'payment_succeeded' } });
    expect(paid.list).toHaveLength(1);
    const event = (await sdk.event.retrieve(paid.list[0]!.event.id)).event;
    expect(event).toMatchObject({ event_type: 'payment_succeeded', source: 'api', api_version: 'v2', webhook_status: 'not_configured' });
    expect(event.content.transaction?.id).toBe(transactionId);
    const created = await sdk.event.list({ event_type: { in: ['customer_created'] }, 'sort_by[asc]': 'occurred_at' });
    expect(created.list.map((e) => e.event.content.customer?.id).slice(0, 2)).toEqual(['cust-ann', 'cust-bob']);
  });

  it('manages webhook endpoints', async () => {
    const created = await sdk.webhookEndpoint.create({ name: 'connector', url: 'http://127.0.0.1:9/hooks', basic_auth_username: 'u', basic_auth_password: 'p', enabled_events: ['customer_created'] });
    const id = created.webhook_endpoint.id;
    expect(created.webhook_endpoint).toMatchObject({ name: 'connector', api_version: 'v2', disabled: false, enabled_events: ['customer_created'] });
    expect(created.webhook_endpoint).not.toHaveProperty('basic_auth_password');
    expect((await sdk.webhookEndpoint.update(id, { disabled: true })).webhook_endpoint.disabled).toBe(true);
    expect((await sdk.webhookEndpoint.retrieve(id)).webhook_endpoint.url).toBe('http://127.0.0.1:9/hooks');
    expect((await sdk.webhookEndpoint.list()).list.map((e) => e.webhook_endpoint.id)).toEqual([id]);
    await sdk.webhookEndpoint.delete(id);
    expect(await rejection(sdk.webhookEndpoint.retrieve(id))).toMatchObject({ http_status_code: 404 });
  });

  it('travels forward in time: the subscription renews and its second invoice is raised', async () => {
    const before = (await sdk.timeMachine.retrieve('delorean')).time_machine;
    expect(before).toMatchObject({ time_travel_status: 'succeeded', genesis_time: unix('2026-01-01T00:00:00Z'), destination_time: unix('2026-01-01T00:00:00Z') });
    const travelled = await sdk.timeMachine.travelForward('delorean', { destination_time: unix('2026-02-01T12:00:00Z') });
    expect(travelled.time_machine).toMatchObject({ time_travel_status: 'succeeded', destination_time: unix('2026-02-01T12:00:00Z') });
    expect(sim.sandbox.clock.iso()).toBe('2026-02-01T12:00:00.000Z');
    const sub = (await sdk.subscription.retrieve(subscriptionId)).subscription;
    expect(sub).toMatchObject({ current_term_start: unix('2026-02-01T00:00:00Z'), current_term_end: unix('2026-03-01T00:00:00Z'), due_invoices_count: 2, total_dues: 6000 });
    const renewed = await sdk.event.list({ event_type: { is: 'subscription_renewed' } });
    expect(renewed.list[0]?.event).toMatchObject({ source: 'scheduled_job', occurred_at: unix('2026-02-01T00:00:00Z') });
  });

  it('deletes a customer, which then answers 404 and lists only with include_deleted', async () => {
    const deleted = await sdk.customer.delete('cust-bob');
    expect(deleted.customer).toMatchObject({ id: 'cust-bob', deleted: true });
    expect(await rejection(sdk.customer.retrieve('cust-bob'))).toMatchObject({ http_status_code: 404, api_error_code: 'resource_not_found' });
    expect((await sdk.customer.list({ id: { is: 'cust-bob' } })).list).toEqual([]);
    expect((await sdk.customer.list({ id: { is: 'cust-bob' }, include_deleted: true })).list).toHaveLength(1);
  });

  it('called every operation of the contract successfully through the SDK', () => {
    const succeeded = new Set(sim.log.list().requests.filter((r) => r.status === 200).map((r) => r.operationId));
    const missing = sim.contract.operations.map((op) => op.operationId).filter((id) => !succeeded.has(id));
    expect(missing).toEqual([]);
  });
});
