/** Usage records through CRUD: the account, subscription and charge rules, updates, deletion and usage by account. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { accountBody, crudFailure, demoCatalog, inProcessZuora } from './support/zuora.js';

const usage = (overrides: Record<string, unknown> = {}) => ({ AccountNumber: 'A00000001', UOM: 'API call', Quantity: 10, StartDateTime: '2026-01-10T08:00:00Z', ...overrides });

describe('Zuora usage records', () => {
  const { sandbox, sim, server, zuora } = inProcessZuora({ seed: 10 });
  let accountId: string;
  let subId: string;
  let chargeId: string;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    const catalog = await demoCatalog(sim, await sandbox.faker());
    accountId = (await zuora('POST', '/v1/accounts', accountBody())).body.accountId;
    await zuora('POST', '/v1/accounts', accountBody({ name: 'Other' }));
    const sub = (await zuora('POST', '/v1/subscriptions', { accountKey: 'A00000001', contractEffectiveDate: '2026-01-01', termType: 'EVERGREEN', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: catalog.planId }] })).body;
    subId = sub.subscriptionId;
    chargeId = (await zuora('GET', `/v1/subscriptions/${subId}`)).body.ratePlans[0].ratePlanCharges[0].id;
    await zuora('POST', '/v1/subscriptions', { accountKey: 'A00000002', contractEffectiveDate: '2026-01-01', termType: 'EVERGREEN', renewalTerm: 0, subscribeToRatePlans: [{ productRatePlanId: catalog.planId }] });
  });
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('records usage by account ID or number, with or without a subscription and charge', async () => {
    const byId = await zuora('POST', '/v1/object/usage', usage({ AccountNumber: undefined, AccountId: accountId, SubscriptionId: subId, ChargeId: chargeId, Description: 'batch 1', Region__c: 'eu' }));
    expect(byId.body.Success).toBe(true);
    expect((await zuora('GET', `/v1/object/usage/${byId.body.Id}`)).body).toMatchObject({
      AccountNumber: 'A00000001',
      SubscriptionNumber: 'A-S00000001',
      ChargeNumber: 'C-00000001',
      Description: 'batch 1',
      Region__c: 'eu',
      StartDateTime: '2026-01-10T08:00:00.000+00:00',
      SubmissionDateTime: '2026-01-01T00:00:00.000+00:00',
    });
    const chargeOnly = await zuora('POST', '/v1/object/usage', usage({ ChargeNumber: 'C-00000001', StartDateTime: '2026-01-12T08:00:00Z' }));
    expect((await zuora('GET', `/v1/object/usage/${chargeOnly.body.Id}`)).body).toMatchObject({ SubscriptionId: subId, ChargeId: chargeId });
    const bare = await zuora('POST', '/v1/object/usage', usage({ UOM: 'Each', StartDateTime: '2026-01-11T08:00:00Z' }));
    expect(bare.body.Success).toBe(true);
    const listed = await zuora('GET', `/v1/usage/accounts/${accountId}`);
    expect(listed.body.usage.map((u: { startDateTime: string }) => u.startDateTime)).toEqual(['2026-01-12 08:00:00', '2026-01-11 08:00:00', '2026-01-10 08:00:00']);
    expect(listed.body.usage[2]).toMatchObject({ accountName: 'Amy Lawrence', sourceName: 'API', status: 'Pending', chargeNumber: 'C-00000001', Region__c: 'eu' });
    expect(listed.body.usage[1].chargeNumber).toBeNull();
  });

  it('refuses usage that breaks the rules, in the CRUD error shape', async () => {
    const refuse = async (body: Record<string, unknown>, message: string, headers?: Record<string, string>) => {
      const res = await zuora('POST', '/v1/object/usage', body, headers);
      expect(res.status, message).toBe(400);
      expect(res.body, message).toEqual(crudFailure(message));
    };
    await refuse(usage({ AccountNumber: undefined }), 'AccountId or AccountNumber is required');
    await refuse(usage({ AccountNumber: 'A09999999' }), "AccountNumber 'A09999999' is not the number of an account");
    await refuse(usage({ AccountNumber: undefined, AccountId: 'f'.repeat(32) }), 'is not the ID of an account');
    await refuse(usage({ AccountId: sim.state.account('A00000002')!.id }), 'refer to different records');
    await refuse(usage({ SubscriptionNumber: 'A-S00000002' }), "Subscription 'A-S00000002' belongs to another account than 'A00000001'");
    await refuse(usage({ SubscriptionNumber: 'A-S00000001', ChargeNumber: 'C-00000002' }), "Charge 'C-00000002' belongs to subscription 'A-S00000002', not to 'A-S00000001'");
    await refuse(usage({ ChargeNumber: 'C-00000002' }), "Charge 'C-00000002' belongs to another account than 'A00000001'");
    await refuse(usage({ ChargeNumber: 'C-00000009' }), "ChargeNumber 'C-00000009' is not the number of a subscription charge");
    await refuse(usage({ ChargeId: 'C-00000001' }), "ChargeId 'C-00000001' is not the ID of a subscription charge");
    await refuse(usage({ ChargeNumber: 'C-00000001', UOM: 'Each' }), "UOM 'Each' does not match the unit of measure 'API call' of charge 'C-00000001'");
    await refuse(usage({ UOM: 'Parsecs' }), "UOM 'Parsecs' is not a unit of measure of this tenant's Billing Settings");
    await refuse(usage({ EndDateTime: '2026-01-01T00:00:00Z' }), 'The end of the usage period is before its start');
    await refuse(usage({ Quantity: 'ten' }), "Invalid request: body field 'Quantity' must be of type number");
    await refuse(usage({ StartDateTime: undefined }), "Invalid request: body field 'StartDateTime' is required");
    await refuse(usage({ UniqueKey: 'k1' }), "'UniqueKey' needs the X-Zuora-WSDL-Version request header set to 114 or later");
    await refuse(usage({ ProductRatePlanChargeNumber: 'PRPC-1' }), 'needs the X-Zuora-WSDL-Version request header set to 146', { 'x-zuora-wsdl-version': '120' });
    await refuse(usage({ ProductRatePlanChargeNumber: 'PRPC-1' }), 'ProductRatePlanChargeNumber needs the Dynamic Usage Charges feature', { 'x-zuora-wsdl-version': '146' });
    expect(await zuora('POST', '/v1/object/usage?rejectUnknownFields=true', usage({ Colour: 'red' }))).toMatchObject({ status: 400, body: { message: 'Error - unrecognised fields' } });
    expect((await zuora('POST', '/v1/object/usage', usage({ UniqueKey: 'k1' }), { 'x-zuora-wsdl-version': '114' })).body.Success).toBe(true);
  });

  it('updates the changeable fields, keeping the charge’s unit of measure', async () => {
    const id = (await zuora('POST', '/v1/object/usage', usage({ ChargeNumber: 'C-00000001', StartDateTime: '2026-01-20T00:00:00Z' }))).body.Id;
    expect((await zuora('PUT', `/v1/object/usage/${id}`, { Quantity: 99, EndDateTime: '2026-01-21T00:00:00Z', RbeStatus: 'Processed' })).body).toEqual({ Id: id, Success: true });
    expect((await zuora('GET', `/v1/object/usage/${id}?fields=quantity,RbeStatus`)).body).toEqual({ Quantity: 99, RbeStatus: 'Processed' });
    expect((await zuora('PUT', `/v1/object/usage/${id}`, { UOM: 'Each' })).body).toEqual(crudFailure("does not match the unit of measure 'API call'"));
    expect((await zuora('PUT', `/v1/object/usage/${id}`, { StartDateTime: '2026-02-01T00:00:00Z' })).body).toEqual(crudFailure('EndDateTime is before StartDateTime'));
    expect(await zuora('PUT', `/v1/object/usage/${'0'.repeat(32)}`, { Quantity: 1 })).toMatchObject({ status: 400, body: crudFailure('No usage record with ID') });
    expect(await zuora('PUT', `/v1/object/usage/${id}`, { RbeStatus: 'Lost' })).toMatchObject({ status: 400, body: crudFailure("body field 'RbeStatus' must be one of Importing, Pending, Processed") });
  });

  it('deletes a usage record: success once, then false and 404', async () => {
    const id = (await zuora('POST', '/v1/object/usage', usage())).body.Id;
    expect((await zuora('DELETE', `/v1/object/usage/${id}`)).body).toEqual({ id, success: true });
    expect((await zuora('DELETE', `/v1/object/usage/${id}`)).body).toEqual({ id, success: false });
    expect(await zuora('GET', `/v1/object/usage/${id}`)).toMatchObject({ status: 404, body: crudFailure(`No usage record with ID '${id}' exists`) });
  });

  it('keeps usage off cancelled accounts', async () => {
    await zuora('DELETE', '/v1/accounts/A00000002');
    expect((await zuora('POST', '/v1/object/usage', usage({ AccountNumber: 'A00000002' }))).body).toEqual(crudFailure("Account 'A00000002' is Cancelled; usage can only be recorded for Active accounts"));
  });
});
