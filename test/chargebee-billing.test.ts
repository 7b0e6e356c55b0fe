/**
 * Billing behaviour, in-process: how item prices price a quantity (every pricing model, in minor
 * units), invoice statuses, payments (partial, failed, refused), and what the clock brings to
 * subscriptions (trial end, future start, renewals, the last billing cycle).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { chargebeeSandbox, expectConformance, must, seedCatalog, unix, type ChargebeeSim } from './support/chargebee.js';
import type { Sandbox } from '../simulators/kit/sandbox.js';

describe('Chargebee billing', () => {
  let sandbox: Sandbox;
  let sim: ChargebeeSim;
  const events = (type: string) => sim.state.all<{ event_type: string; content: any }>('event').filter((e) => e.event_type === type);

  beforeEach(async () => {
    ({ sandbox, sim } = chargebeeSandbox());
    await seedCatalog(sim);
    await must(sim, 'createCustomer', { body: { id: 'c1', auto_collection: 'off' } });
    // after each test: every answer it got conformed to the contract
    return () => expectConformance(sim);
  });

  async function price(id: string, form: Record<string, unknown>) {
    await must(sim, 'createItemPrice', { body: { id, name: id, item_id: 'setup', ...form } });
  }
  const invoiceFor = (id: string, quantity: number) =>
    sim.call('createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: [id], quantity: [quantity] } } });

  it('prices every model in minor units', async () => {
    await price('per-unit', { pricing_model: 'per_unit', price: 250, free_quantity: 2 });
    await price('volume', { pricing_model: 'volume', tiers: { starting_unit: [1, 11], ending_unit: [10, null], price: [500, 400] } });
    await price('stairstep', { pricing_model: 'stairstep', tiers: { starting_unit: [1, 6], ending_unit: [5, null], price: [1000, 1800] } });
    const totals = async (id: string, q: number) => (await invoiceFor(id, q)).body.invoice.total;
    expect(await totals('setup-USD', 3)).toBe(2500); // flat fee: the quantity does not matter
    expect(await totals('per-unit', 5)).toBe(750); // 3 billable units after 2 free
    expect(await totals('volume', 12)).toBe(4800); // all 12 at the second tier's 4.00
    expect(await totals('stairstep', 6)).toBe(1800);
    const volume = (await invoiceFor('volume', 3)).body.invoice;
    expect(volume.line_item_tiers).toEqual([{ line_item_id: volume.line_items[0].id, starting_unit: 1, ending_unit: 10, quantity_used: 3, unit_amount: 500 }]);
  });

  it('takes a unit price override for flat and per-unit prices only', async () => {
    await price('tiered', { pricing_model: 'tiered', tiers: { starting_unit: [1], price: [100] } });
    const override = await sim.call('createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: ['setup-USD'], unit_price: [999] } } });
    expect(override.body.invoice.total).toBe(999);
    const refused = await sim.call('createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: ['tiered'], unit_price: [5] } } });
    expect(refused).toMatchObject({ status: 400, body: { param: 'item_prices[unit_price][0]', api_error_code: 'param_wrong_value' } });
  });

  it('refuses item prices an invoice or a catalog cannot take, naming the param', async () => {
    const plan = await sim.call('createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: ['plan-USD-monthly'] } } });
    expect(plan.body).toMatchObject({ param: 'item_prices[item_price_id][0]', message: expect.stringMatching(/must be a charge item price/) });
    await price('setup-EUR', { currency_code: 'EUR', price: 100 });
    const euro = await sim.call('createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: ['setup-USD', 'setup-EUR'] } } });
    expect(euro.body).toMatchObject({ param: 'item_prices[item_price_id][1]', message: expect.stringMatching(/EUR/) });
    const unknown = await sim.call('createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: ['nope'] } } });
    expect(unknown).toMatchObject({ status: 404, body: { api_error_code: 'resource_not_found', param: 'item_prices[item_price_id][0]' } });
    const gap = await sim.call('createItemPrice', { body: { id: 'gap', name: 'gap', item_id: 'setup', pricing_model: 'tiered', tiers: { starting_unit: [1, 12], ending_unit: [10, null], price: [1, 2] } } });
    expect(gap.body).toMatchObject({ param: 'tiers[starting_unit][1]', message: 'tiers[starting_unit][1] : must be 11, following on from the tier before' });
    const noPeriod = await sim.call('createItemPrice', { body: { id: 'p2', name: 'p2', item_id: 'plan', price: 5 } });
    expect(noPeriod.body).toMatchObject({ param: 'period_unit', message: 'period_unit : cannot be blank' });
  });

  it('gives fresh invoices the status Chargebee does: posted, payment_due or paid', async () => {
    await must(sim, 'createCustomer', { body: { id: 'auto' } });
    const charge = (customer: string, amount: number) => ({ customer_id: customer, charges: { amount: [amount], description: ['x'] } });
    expect((await must(sim, 'createInvoiceForChargeItemsAndCharges', { body: charge('c1', 100) })).invoice.status).toBe('posted');
    expect((await must(sim, 'createInvoiceForChargeItemsAndCharges', { body: charge('auto', 100) })).invoice).toMatchObject({ status: 'payment_due', due_date: unix('2026-01-01T00:00:00Z') });
    await price('free', { price: 0 });
    const free = await must(sim, 'createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', item_prices: { item_price_id: ['free'] } } });
    expect(free.invoice).toMatchObject({ status: 'paid', total: 0, paid_at: unix('2026-01-01T00:00:00Z') });
    expect(events('invoice_generated')).toHaveLength(3);
  });

  it('applies partial payments, refuses overpaying and paying a paid invoice, records failures without paying', async () => {
    const { invoice } = await must(sim, 'createInvoiceForChargeItemsAndCharges', { body: { customer_id: 'c1', charges: { amount: [1000], description: ['x'] } } });
    const pay = (transaction: Record<string, unknown>) => sim.call('recordInvoicePayment', { params: { 'invoice-id': invoice.id }, body: { transaction } });
    const failed = await pay({ payment_method: 'check', status: 'failure', error_text: 'bounced' });
    expect(failed.body.transaction).toMatchObject({ status: 'failure', error_text: 'bounced' });
    expect(failed.body.invoice).toMatchObject({ status: 'posted', amount_due: 1000 });
    expect(events('payment_failed')).toHaveLength(1);
    expect((await pay({ payment_method: 'cash', amount: 1200 })).body).toMatchObject({ param: 'transaction[amount]' });
    expect((await pay({ payment_method: 'cash', amount: 400 })).body.invoice).toMatchObject({ status: 'posted', amount_paid: 400, amount_due: 600 });
    const rest = await pay({ payment_method: 'cash', date: unix('2025-12-31T00:00:00Z') });
    expect(rest.body.invoice).toMatchObject({ status: 'paid', amount_paid: 1000, amount_due: 0, paid_at: unix('2025-12-31T00:00:00Z') });
    expect(rest.body.invoice.linked_payments.map((p: { applied_amount: number }) => p.applied_amount)).toEqual([400, 600]);
    expect(await pay({ payment_method: 'cash' })).toMatchObject({ status: 409, body: { api_error_code: 'invalid_state_for_request' } });
    expect(events('payment_succeeded')).toHaveLength(2);
  });

  it('starts with the plan’s trial, activates at its end and invoices then', async () => {
    await must(sim, 'createItemPrice', { body: { id: 'trial-plan', name: 'Trial plan', item_id: 'plan', price: 700, period: 1, period_unit: 'month', trial_period: 14, trial_period_unit: 'day' } });
    const created = await must(sim, 'createSubscriptionWithItems', { params: { 'customer-id': 'c1' }, body: { subscription_items: { item_price_id: ['trial-plan'] } } });
    expect(created.invoice).toBeUndefined();
    expect(created.subscription).toMatchObject({ status: 'in_trial', trial_end: unix('2026-01-15T00:00:00Z'), next_billing_at: unix('2026-01-15T00:00:00Z'), mrr: 0 });
    await sandbox.clock.advanceTo(Date.parse('2026-01-15T00:00:00Z'));
    const sub = sim.state.get<any>('subscription', created.subscription.id);
    expect(sub).toMatchObject({ status: 'active', activated_at: unix('2026-01-15T00:00:00Z'), current_term_end: unix('2026-02-15T00:00:00Z'), mrr: 700, due_invoices_count: 1 });
    expect(events('subscription_activated')[0]?.content.invoice).toMatchObject({ total: 700, date: unix('2026-01-15T00:00:00Z') });
  });

  it('starts a future subscription on its start date, with its one-off charges in the first invoice', async () => {
    const start = unix('2026-01-10T00:00:00Z');
    const created = await must(sim, 'createSubscriptionWithItems', {
      params: { 'customer-id': 'c1' },
      body: { start_date: start, subscription_items: { item_price_id: ['plan-USD-monthly', 'setup-USD'], quantity: [2, null] } },
    });
    expect(created.subscription).toMatchObject({ status: 'future', start_date: start, next_billing_at: start });
    await sandbox.clock.advanceTo(start * 1000);
    expect(events('subscription_started')[0]?.content.invoice).toMatchObject({ total: 4500, first_invoice: true });
    expect(sim.state.get('subscription', created.subscription.id)).toMatchObject({ status: 'active', started_at: start, charged_items: [{ item_price_id: 'setup-USD', last_charged_at: start }] });
  });

  it('renews each term, and cancels after the billing cycles asked for', async () => {
    const created = await must(sim, 'createSubscriptionWithItems', { params: { 'customer-id': 'c1' }, body: { billing_cycles: 2, subscription_items: { item_price_id: ['plan-USD-monthly', 'setup-USD'] } } });
    expect(created.invoice.total).toBe(3500);
    expect(created.subscription.remaining_billing_cycles).toBe(1);
    await sandbox.clock.advanceTo(Date.parse('2026-03-15T00:00:00Z'));
    expect(events('subscription_renewed').map((e) => e.content.invoice.total)).toEqual([1000]);
    expect(events('subscription_cancelled')[0]?.content.subscription).toMatchObject({ status: 'cancelled', cancelled_at: unix('2026-03-01T00:00:00Z') });
    expect(sim.state.all<{ subscription_id?: string }>('invoice').filter((i) => i.subscription_id === created.subscription.id)).toHaveLength(2);
    expect(sandbox.clock.pending()).toEqual([]);
  });

  it('refuses subscriptions Chargebee would not create, naming the param', async () => {
    const create = (body: Record<string, unknown>) => sim.call('createSubscriptionWithItems', { params: { 'customer-id': 'c1' }, body });
    await must(sim, 'createItem', { body: { id: 'addon', name: 'Addon', type: 'addon', item_family_id: 'fam' } });
    await must(sim, 'createItemPrice', { body: { id: 'addon-yearly', name: 'Addon yearly', item_id: 'addon', price: 5, period: 1, period_unit: 'year' } });
    expect((await create({ subscription_items: { item_price_id: ['setup-USD'] } })).body.message).toMatch(/must include a plan item price/);
    expect((await create({ subscription_items: { item_price_id: ['plan-USD-monthly', 'addon-yearly'] } })).body).toMatchObject({ param: 'subscription_items[item_price_id][1]', message: expect.stringMatching(/bills every 1 year/) });
    expect((await create({ subscription_items: { item_price_id: ['plan-USD-monthly'] }, coupon_ids: ['SAVE'] })).body).toMatchObject({ param: 'coupon_ids' });
    expect((await create({ start_date: unix('2025-06-01T00:00:00Z'), subscription_items: { item_price_id: ['plan-USD-monthly'] } })).body).toMatchObject({ param: 'start_date' });
    expect((await sim.call('createSubscriptionWithItems', { params: { 'customer-id': 'ghost' }, body: { subscription_items: { item_price_id: ['plan-USD-monthly'] } } })).status).toBe(404);
  });
});
