/**
 * The live sandbox's demo data across vendors: the Togai demo's Zuora mappings name records the
 * Zuora demo holds, linked back, for every seed; seeding announces nothing.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../app/sandbox.js';
import { seedTogaiDemo } from '../simulators/togai/demo-data.js';
import { seedZuoraDemo, seedZuoraDemoCustomer } from '../simulators/zuora/demo-data.js';

/** Togai and Zuora seeded as the live sandbox seeds them, contract validation on. */
async function seeded(seed: number) {
  const sandbox = createSandbox({ seed });
  try {
    const faker = await sandbox.kit.faker();
    await sandbox.kit.seedWith(async () => {
      await seedZuoraDemo(sandbox.zuora, faker, { validate: true });
      const links = await seedZuoraDemoCustomer(sandbox.zuora, faker, { validate: true });
      await seedTogaiDemo(sandbox.togai, faker, { validate: true, zuora: links });
    });
    return sandbox;
  } catch (e) {
    await sandbox.close();
    throw e;
  }
}

type Setting = { entityId: string; id: string; value: string };

describe('demo data across vendors', () => {
  it('maps the first Togai demo account and both meters, one in each usage mode, to the Zuora demo account, subscription and charge', async () => {
    const sandbox = await seeded(21);
    try {
      const { togai, zuora } = sandbox;
      const account = (await togai.call('getAccount', { params: { account_id: 'demo-customer-1' } })).body;
      const zid = account.settings.find((s: { namespace: string; id: string }) => s.namespace === 'zuora' && s.id === 'accountId').value;
      const zuoraAccount = (await zuora.call('getAccount', { params: { 'account-key': zid } })).body;
      // linked back, and the same company in both systems
      expect(zuoraAccount.basicInfo).toMatchObject({ id: zid, name: (await togai.call('getCustomer', { params: { customer_id: 'demo-customer-1' } })).body.name, TogaiAccountId__c: 'demo-customer-1' });
      const settings = (await togai.call('listSetting', { query: { entity_type: 'USAGE_METER', namespace: 'zuora' } })).body.data as Setting[];
      const meters = (await togai.call('getUsageMetersForEventSchema', { params: { event_schema_name: 'api_call' } })).body.data as { id: string; name: string }[];
      const byMeter = Object.fromEntries(meters.map((m) => [m.name, Object.fromEntries(settings.filter((s) => s.entityId === m.id).map((s) => [s.id, s.value]))]));
      const [sub] = (await zuora.call('getSubscriptionsByAccount', { params: { 'account-key': zid } })).body.subscriptions;
      const charge = sub.ratePlans[0].ratePlanCharges[0];
      expect(charge).toMatchObject({ type: 'Usage', uom: 'API call' });
      expect(byMeter).toEqual({
        'API calls': { subscriptionId: sub.id, chargeId: charge.id, usageSyncMode: 'QUANTITY' },
        Storage: { subscriptionId: sub.id, chargeId: charge.id, usageSyncMode: 'REVENUE' },
      });
      // no other account is mapped to Zuora, and seeding sent nothing
      const mapped = (await togai.call('listSetting', { query: { entity_type: 'ACCOUNT', namespace: 'zuora' } })).body.data as Setting[];
      expect(mapped.map((s) => s.entityId)).toEqual(['demo-customer-1']);
      expect(sandbox.deliveries()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('seeds the same records for the same seed, and again after a reset', async () => {
    const links = async (seed: number) => {
      const sandbox = await seeded(seed);
      try {
        const read = async () => (await sandbox.togai.call('listSetting', { query: { namespace: 'zuora' } })).body.data.map((s: Setting) => `${s.entityId} ${s.id} ${s.value}`);
        const first = await read();
        await sandbox.reset();
        return { first, again: await read() };
      } finally {
        await sandbox.close();
      }
    };
    const a = await links(22);
    expect(a.first).toHaveLength(7);
    expect(a.again).toEqual(a.first);
    expect((await links(22)).first).toEqual(a.first);
    expect((await links(23)).first).not.toEqual(a.first);
  });
});
