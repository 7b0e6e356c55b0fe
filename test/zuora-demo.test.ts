/** The demo catalog for the live sandbox, determinism by seed, and what a sandbox reset keeps. */
import { describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { seedZuoraDemo } from '../simulators/zuora/demo-data.js';
import { accountBody, scriptedSender, zuoraSandbox } from './support/zuora.js';

describe('Zuora demo data and resets', () => {
  it('seeds a product with a rate plan and a per-unit usage charge, ready to subscribe to', async () => {
    const { sandbox, sim } = zuoraSandbox({ seed: 40 });
    await sandbox.seedWith(async () => seedZuoraDemo(sim, await sandbox.faker(), { validate: true }));
    const catalog = await sim.call('listCatalogProducts');
    expect(catalog.body.products).toEqual([
      expect.objectContaining({
        name: 'API Platform',
        category: 'Base Products',
        effectiveStartDate: '2025-01-01',
        effectiveEndDate: '2036-01-01',
        productRatePlans: [expect.objectContaining({ name: 'Pay as you go', productRatePlanCharges: [expect.objectContaining({ name: 'API calls', type: 'Usage', model: 'PerUnit', uom: 'API call' })] })],
      }),
    ]);
    const planId = catalog.body.products[0].productRatePlans[0].id;
    await sim.call('createAccount', { body: accountBody() });
    const sub = await sim.call('createSubscription', { body: { accountKey: 'A00000001', contractEffectiveDate: '2026-01-01', termType: 'EVERGREEN', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: planId }] } });
    expect(sub.body.success).toBe(true);
    expectConformance(sim);
  });

  it('gives the same IDs for the same seed, and other IDs for another seed', async () => {
    const ids = async (seed: number) => {
      const { sandbox, sim } = zuoraSandbox({ seed });
      await seedZuoraDemo(sim, await sandbox.faker(), { validate: false });
      const account = await sim.call('createAccount', { body: accountBody() }, { validate: false });
      return [account.body.accountId, ...(await sim.call('listCatalogProducts')).body.products.map((p: { id: string }) => p.id)];
    };
    expect(await ids(1)).toEqual(await ids(1));
    expect(await ids(1)).not.toEqual(await ids(2));
  });

  it('resets records and the clock but keeps notification configuration, like the outbox keeps subscribers', async () => {
    const { sender, sent } = scriptedSender();
    const { sandbox, sim } = zuoraSandbox({ seed: 41, sender });
    await sandbox.seedWith(async () => seedZuoraDemo(sim, await sandbox.faker(), { validate: false }));
    const template = await sim.call('createCalloutTemplate', {
      body: { name: 'Kept', eventTypeName: 'AccountCreated', calloutBaseurl: 'https://kept.example.com/hook', httpMethod: 'POST', useCustomRequestBody: true, customRequestBody: '{"n": "{{Account.AccountNumber}}"}' },
    });
    await sim.call('createNotificationDefinition', { body: { name: 'Kept', eventTypeName: 'AccountCreated', calloutActive: true, calloutTemplateIds: [template.body.id] } });
    await sim.call('createAccount', { body: accountBody() });
    await sandbox.clock.advanceBy('PT1H');
    await sandbox.reset();
    expect(sandbox.clock.iso()).toBe('2026-01-01T00:00:00.000Z');
    expect([...sim.state.store.values('account')]).toEqual([]);
    expect((await sim.call('listCatalogProducts')).body.products).toHaveLength(1);
    expect((await sim.call('listNotificationDefinitions')).body.data.map((d: { name: string }) => d.name)).toEqual(['Kept']);
    await sim.call('createAccount', { body: accountBody() });
    await sandbox.settle();
    expect(sent.map((s) => JSON.parse(s.body))).toEqual([{ n: 'A00000001' }, { n: 'A00000001' }]);
  });
});
