/**
 * Togai's 2023 nested paths (`/customers/{customer_id}/accounts…`), which Togai still answers:
 * served by the same operations as today's top-level paths, for the customer of the path only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customer } from './support/billing-fixtures.js';
import { expectConformance } from './support/conformance.js';
import { inProcessTogai } from './support/togai.js';

describe("Togai accounts at their 2023 paths", () => {
  const { sim, server, togai } = inProcessTogai();
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await customer(togai, 'acme');
    await customer(togai, 'solo');
  });
  afterAll(() => {
    expectConformance(sim);
    server.close();
  });

  it('creates an account under the customer of the path, and refuses a body naming another', async () => {
    const made = await togai('POST', '/customers/acme/accounts', { id: 'acme-eu', name: 'Acme EU', customerId: 'acme', invoiceCurrency: 'EUR' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ id: 'acme-eu', customerId: 'acme', invoiceCurrency: 'EUR' });
    const crossed = await togai('POST', '/customers/solo/accounts', { id: 'acme-us', name: 'Acme US', customerId: 'acme' });
    expect(crossed).toEqual({
      status: 400,
      body: { message: "body field 'customerId' is 'acme' but the path is for customer 'solo'; they must name the same customer" },
    });
    expect((await togai('GET', '/accounts/acme-us')).status).toBe(404);
  });

  it('reads, changes and lists accounts only for the customer they belong to', async () => {
    expect((await togai('GET', '/customers/acme/accounts/acme-eu')).body.id).toBe('acme-eu');
    const wrong = await togai('GET', '/customers/solo/accounts/acme-eu');
    expect(wrong).toEqual({ status: 404, body: { message: "Account of customer 'solo' with id 'acme-eu' does not exist" } });
    expect((await togai('PATCH', '/customers/solo/accounts/acme-eu', { name: 'Stolen' })).status).toBe(404);
    expect((await togai('PATCH', '/customers/acme/accounts/acme-eu', { name: 'Acme Europe' })).body.name).toBe('Acme Europe');
    expect((await togai('GET', '/customers/ghost/accounts')).status).toBe(404);
    const listed = await togai('GET', '/customers/acme/accounts');
    expect(listed.body.data.map((a: { id: string }) => a.id)).toEqual(['acme', 'acme-eu']);
  });
});
