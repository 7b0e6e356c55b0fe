/**
 * Webhooks: events delivered as JSON (the contract's WebhookEvent) to webhook endpoints created
 * through the API and to admin subscribers, each with its Basic credentials; retried on non-2xx
 * on Chargebee's schedule in virtual time; payment_succeeded carrying what Chargebee puts in it.
 */
import { basicAuthValidator, WebhookAuthenticationError } from 'chargebee';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { basicAuth } from '../simulators/kit/outbox.js';
import { RETRY_DELAYS_MS } from '../simulators/chargebee/webhooks.js';
import { expectConformance, must, receiver, seedCatalog, servedChargebee, webhookEventProblems } from './support/chargebee.js';

const MINUTE = 60_000;

describe('Chargebee webhooks', async () => {
  const { sandbox, sim, http, sdk, raw } = await servedChargebee();
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${http.url}/__admin${path}`, {
      method,
      headers: { authorization: `Bearer ${sandbox.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
  let hook: Awaited<ReturnType<typeof receiver>>;
  let endpointId = '';

  beforeEach(async () => {
    await sandbox.reset();
    hook = await receiver();
  });
  afterEach(() => hook.server.close());
  afterAll(async () => {
    expectConformance(sim);
    await http.close();
  });

  async function endpoint(extra: Record<string, unknown> = {}) {
    const res = await sdk.webhookEndpoint.create({ name: 'connector', url: hook.url, basic_auth_username: 'hook-user', basic_auth_password: 'hook-pass', ...extra });
    endpointId = res.webhook_endpoint.id;
  }

  it('delivers customer_created to a webhook endpoint with its Basic auth, as a WebhookEvent', async () => {
    await endpoint();
    await sdk.customer.create({ id: 'cust-1', email: 'one@example.com' });
    await sandbox.settle();
    expect(hook.got).toHaveLength(1);
    const { headers, json } = hook.got[0]!;
    expect(headers.authorization).toBe(basicAuth('hook-user', 'hook-pass'));
    expect(headers['content-type']).toBe('application/json');
    expect(json).toMatchObject({ object: 'event', event_type: 'customer_created', api_version: 'v2', source: 'api', webhook_status: 'scheduled', content: { customer: { id: 'cust-1', email: 'one@example.com' } } });
    expect(webhookEventProblems(json)).toEqual([]);
    // the event the API shows is the one delivered
    const event = (await sdk.event.retrieve(json.id)).event;
    expect(event).toMatchObject({ id: json.id, webhook_status: 'succeeded', webhooks: [{ id: endpointId, webhook_status: 'succeeded' }] });
  });

  it("is accepted by the SDK's own webhook handler, whose Basic auth check passes only the endpoint's credentials", async () => {
    await endpoint();
    await sdk.customer.create({ id: 'cust-sdk' });
    await sandbox.settle();
    const { body, headers } = hook.got[0]!;
    const handler = sdk.webhooks.createHandler({ requestValidator: basicAuthValidator((u, p) => u === 'hook-user' && p === 'hook-pass') });
    const handled: string[] = [];
    handler.on('customer_created', ({ event }) => void handled.push(event.content.customer.id));
    await handler.handle({ body, headers });
    expect(handled).toEqual(['cust-sdk']);
    const strict = sdk.webhooks.createHandler({ requestValidator: basicAuthValidator(() => false) });
    const errors: Error[] = [];
    strict.on('error', (e) => void errors.push(e));
    await strict.handle({ body, headers });
    expect(errors).toEqual([expect.any(WebhookAuthenticationError)]);
  });

  it('also delivers to admin subscribers, with their own credentials', async () => {
    const sub = await admin('POST', '/subscribers', { url: hook.url, username: 'admin-user', password: 'admin-pass', events: ['customer_changed'] });
    expect(sub.status).toBe(201);
    await sdk.customer.create({ id: 'cust-2' });
    await sdk.customer.update('cust-2', { first_name: 'Changed' });
    await sandbox.settle();
    expect(hook.got.map((g) => g.json.event_type)).toEqual(['customer_changed']);
    expect(hook.got[0]!.headers.authorization).toBe(basicAuth('admin-user', 'admin-pass'));
    expect(hook.got[0]!.json.content.customer.first_name).toBe('Changed');
  });

  it("retries on 500 on Chargebee's schedule in virtual time, and the event shows it", async () => {
    await endpoint();
    hook.statuses.push(500, 500, 500);
    await sdk.customer.create({ id: 'cust-3' });
    await sandbox.settle();
    expect(hook.got).toHaveLength(1);
    const eventId = hook.got[0]!.json.id;
    expect((await sdk.event.retrieve(eventId)).event.webhook_status).toBe('re_scheduled');

    // 2 minutes after the failure, then 6 and 30 minutes after each retry
    await sandbox.clock.advanceTo(sandbox.clock.now() + 2 * MINUTE - 1000);
    await sandbox.settle();
    expect(hook.got).toHaveLength(1);
    for (const [i, delay] of [2 * MINUTE, 6 * MINUTE, 30 * MINUTE].entries()) {
      const due = Date.parse(sim.sandbox.outbox.list('chargebee')[0]!.nextAttemptAt!);
      expect(due - Date.parse(sim.sandbox.outbox.list('chargebee')[0]!.attempts.at(-1)!.at)).toBe(delay);
      await sandbox.clock.advanceTo(due);
      await sandbox.settle();
      expect(hook.got).toHaveLength(i + 2);
    }
    expect(new Set(hook.got.map((g) => g.body)).size).toBe(1);
    const deliveries = (await admin('GET', '/deliveries')).body.deliveries;
    expect(deliveries[0].attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 500, 200]);
    expect((await sdk.event.retrieve(eventId)).event.webhook_status).toBe('succeeded');
  });

  it('gives up after 7 retries over about three days, and the event is failed', async () => {
    await endpoint();
    hook.statuses.push(...Array(20).fill(500));
    await sdk.customer.create({ id: 'cust-4' });
    await sandbox.settle();
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBe(((2 + 6 + 30 + 60 + 300) * MINUTE) + 3 * 24 * 60 * MINUTE);
    // the travel itself goes through the time machine, as a client would make it
    await sdk.timeMachine.travelForward('delorean', { destination_time: Math.floor((sandbox.clock.now() + total + MINUTE) / 1000) });
    expect(hook.got).toHaveLength(8);
    const [delivery] = sandbox.outbox.list('chargebee');
    expect(delivery).toMatchObject({ state: 'failed' });
    expect((await sdk.event.retrieve(hook.got[0]!.json.id)).event.webhook_status).toBe('failed');
  });

  it('payment_succeeded carries the transaction, the paid invoice, the customer and the subscription', async () => {
    await seedCatalog(sim);
    await endpoint({ enabled_events: ['payment_succeeded'] });
    await must(sim, 'createCustomer', { body: { id: 'payer', email: 'payer@example.com' } });
    const created = await must(sim, 'createSubscriptionWithItems', {
      params: { 'customer-id': 'payer' },
      body: { subscription_items: { item_price_id: ['plan-USD-monthly'], quantity: [2] } },
    });
    const invoiceId = created.invoice.id;
    const paid = await raw('POST', `/invoices/${invoiceId}/record_payment`, { transaction: { payment_method: 'check', amount: 2000, reference_number: 'chk-7' } });
    expect(paid.status).toBe(200);
    await sandbox.settle();
    expect(hook.got.map((g) => g.json.event_type)).toEqual(['payment_succeeded']);
    const { content } = hook.got[0]!.json;
    expect(webhookEventProblems(hook.got[0]!.json)).toEqual([]);
    expect(content.transaction).toMatchObject({ id: paid.body.transaction.id, amount: 2000, status: 'success', payment_method: 'check', customer_id: 'payer', subscription_id: created.subscription.id });
    expect(content.invoice).toMatchObject({ id: invoiceId, status: 'paid', amount_paid: 2000, amount_due: 0, paid_at: expect.any(Number) });
    expect(content.customer).toMatchObject({ id: 'payer', email: 'payer@example.com' });
    expect(content.subscription).toMatchObject({ id: created.subscription.id, due_invoices_count: 0, total_dues: 0 });
    expect(content.subscription.subscription_items[0].item_price_id).toBe('plan-USD-monthly');
  });

  it('sends nothing to disabled or deleted endpoints, and only enabled events to filtered ones', async () => {
    await endpoint({ enabled_events: ['customer_deleted'] });
    await sdk.customer.create({ id: 'cust-5' });
    await sdk.customer.delete('cust-5');
    await sandbox.settle();
    expect(hook.got.map((g) => g.json.event_type)).toEqual(['customer_deleted']);
    await sdk.webhookEndpoint.update(endpointId, { enabled_events: ['customer_created'], disabled: true });
    await sdk.customer.create({ id: 'cust-6' });
    await sdk.webhookEndpoint.update(endpointId, { disabled: false });
    await sdk.customer.create({ id: 'cust-7' });
    await sdk.webhookEndpoint.delete(endpointId);
    await sdk.customer.create({ id: 'cust-8' });
    await sandbox.settle();
    expect(hook.got.map((g) => g.json.content.customer?.id)).toEqual(['cust-5', 'cust-7']);
  });

  it('a reset forgets the endpoints: their subscribers are silenced', async () => {
    await endpoint();
    await sandbox.reset();
    await sdk.customer.create({ id: 'cust-9' });
    await sandbox.settle();
    expect(hook.got).toEqual([]);
  });
});
