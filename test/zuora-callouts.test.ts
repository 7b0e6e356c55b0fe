/**
 * The account-created callout: delivered through the outbox to admin subscribers with the
 * tenant's custom body and Basic auth, retried as notifications_callout-notification-overview.md
 * and configure-callout-settings.md say (only 1xx/403/408/429/5xx/no answer; 3 attempts 30
 * minutes apart by default), every attempt shown in callout history and /__admin/deliveries.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { expectConformance } from './support/conformance.js';
import { adminSimulator } from '../simulators/kit/routes.js';
import { accountBody, inProcessZuora, scriptedSender } from './support/zuora.js';

const HOOK = 'https://connector.example.com/zuora/account-created';

function setup(statuses: number[], tenant = {}) {
  const { sender, sent } = scriptedSender(statuses);
  const env = inProcessZuora({ seed: 9, sender }, tenant);
  const admin = adminSimulator(env.sim);
  const subscribe = (body: Record<string, unknown>) => admin.call('adminSubscribe', { body });
  const deliveries = async () => (await admin.call('adminDeliveries')).body.deliveries;
  return { ...env, sent, subscribe, deliveries };
}

describe('account-created callouts to an admin subscriber, retried on 500 in virtual time', () => {
  const { sandbox, sim, server, zuora, sent, subscribe, deliveries } = setup([500, 500, 500]);
  let accountId: string;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(async () => {
    expectConformance(sim);
    server.close();
  });

  it('sends the custom body with Basic auth at once', async () => {
    expect((await subscribe({ url: HOOK, username: 'connector', password: 'pw' })).status).toBe(201);
    accountId = (await zuora('POST', '/v1/accounts', accountBody())).body.accountId;
    await sandbox.settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: HOOK, method: 'POST', headers: { authorization: `Basic ${Buffer.from('connector:pw').toString('base64')}` } });
    expect(JSON.parse(sent[0]!.body)).toEqual({ accountId });
  });

  it('retries 30 minutes apart and gives up after the third attempt', async () => {
    await sandbox.clock.advanceBy('PT29M59S');
    expect(sent).toHaveLength(1);
    await sandbox.clock.advanceBy('PT1S');
    await sandbox.settle();
    expect(sent).toHaveLength(2);
    await sandbox.clock.advanceBy('PT30M');
    await sandbox.settle();
    expect(sent).toHaveLength(3);
    await sandbox.clock.advanceBy('P1D');
    await sandbox.settle();
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.body)).size).toBe(1);
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ eventType: 'user.notification:AccountCreated', state: 'failed' });
    expect(delivery.attempts).toEqual([
      { at: '2026-01-01T00:00:00.000Z', status: 500 },
      { at: '2026-01-01T00:30:00.000Z', status: 500 },
      { at: '2026-01-01T01:00:00.000Z', status: 500 },
    ]);
  });

  it('shows the callout in the history with every attempt counted and the event context', async () => {
    zuora.forget();
    const history = await zuora('GET', '/v1/notification-history/callout?startTime=2026-01-01T00:00:00&endTime=2026-01-02T02:00:00');
    expect(history.body).toEqual({
      calloutHistories: [
        {
          attemptedNum: 3,
          createTime: '2026-01-01T00:00:00',
          eventCategory: 'user.notification:AccountCreated',
          eventContext: expect.objectContaining({ '<Account.ID>': accountId, '<Account.Number>': 'A00000001', '<BillToContact.FirstName>': 'Amy', '<Object.ID>': accountId }),
          notification: expect.stringContaining('AccountCreated'),
          requestMethod: 'POST',
          requestUrl: HOOK,
          responseCode: 500,
        },
      ],
      success: true,
    });
    const byObject = await zuora('GET', `/v1/notification-history/callout?startTime=2026-01-01T00:00:00&objectId=${accountId}`);
    expect(byObject.body.calloutHistories).toHaveLength(1);
    const otherObject = await zuora('GET', '/v1/notification-history/callout?startTime=2026-01-01T00:00:00&objectId=someone-else');
    expect(otherObject.body.calloutHistories).toEqual([]);
    // by default the window is the day before now, which no longer holds the callout
    expect((await zuora('GET', '/v1/notification-history/callout')).body.calloutHistories).toEqual([]);
  });
});

describe('callouts that succeed, or fail for good', () => {
  it('delivers once on 2xx, with no retry however far time moves', async () => {
    const { sandbox, sim, server, zuora, sent, subscribe, deliveries } = setup([]);
    server.listen({ onUnhandledRequest: 'error' });
    onTestFinished(() => server.close());
    await subscribe({ url: HOOK });
    await zuora('POST', '/v1/accounts', accountBody());
    await sandbox.clock.advanceBy('PT5H');
    await sandbox.settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.authorization).toBeUndefined();
    expect((await deliveries())[0]).toMatchObject({ state: 'delivered', attempts: [{ status: 200 }] });
    zuora.forget();
    const failedOnly = await zuora('GET', '/v1/notification-history/callout');
    expect(failedOnly.body.calloutHistories).toEqual([]);
    const all = await zuora('GET', '/v1/notification-history/callout?failedOnly=false');
    expect(all.body.calloutHistories).toEqual([expect.objectContaining({ attemptedNum: 1, responseCode: 200 })]);
    expectConformance(sim);
  });

  it('retries 503 and 429 but not 404: the reference lists which codes are retried', async () => {
    const { sandbox, sim, server, zuora, sent, subscribe, deliveries } = setup([503, 429, 200, 404]);
    server.listen({ onUnhandledRequest: 'error' });
    onTestFinished(() => server.close());
    await subscribe({ url: HOOK });
    await zuora('POST', '/v1/accounts', accountBody());
    await sandbox.clock.advanceBy('PT1H');
    await sandbox.settle();
    expect((await deliveries())[0]).toMatchObject({ state: 'delivered', attempts: [{ status: 503 }, { status: 429 }, { status: 200 }] });
    zuora.forget(); // an hour on, the first token has expired
    await zuora('POST', '/v1/accounts', accountBody({ name: 'Second' }));
    await sandbox.clock.advanceBy('PT2H');
    await sandbox.settle();
    expect(sent).toHaveLength(4);
    expect((await deliveries())[1]).toMatchObject({ state: 'failed', attempts: [{ status: 404 }] });
    expectConformance(sim);
  });

  it('follows the configured callout settings: up to 5 attempts, 10 minutes apart', async () => {
    const { sandbox, sim, server, zuora, subscribe, deliveries } = setup([500, 500, 500, 500, 500], { callouts: { maxAttempts: 5, retryIntervalMinutes: 10 } });
    server.listen({ onUnhandledRequest: 'error' });
    onTestFinished(() => server.close());
    await subscribe({ url: HOOK });
    await zuora('POST', '/v1/accounts', accountBody());
    await sandbox.clock.advanceBy('PT2H');
    await sandbox.settle();
    const [delivery] = await deliveries();
    expect(delivery.attempts.map((a: { at: string }) => a.at.slice(11, 16))).toEqual(['00:00', '00:10', '00:20', '00:30', '00:40']);
    expect(delivery.state).toBe('failed');
    expectConformance(sim);
  });

  it('sends nothing and records nothing without a subscriber', async () => {
    const { sandbox, server, zuora, sent, deliveries } = setup([]);
    server.listen({ onUnhandledRequest: 'error' });
    onTestFinished(() => server.close());
    await zuora('POST', '/v1/accounts', accountBody());
    await sandbox.settle();
    expect(sent).toEqual([]);
    expect(await deliveries()).toEqual([]);
  });

  it('refuses callout settings outside the documented ranges', () => {
    expect(() => setup([], { callouts: { maxAttempts: 6 } })).toThrow(/callouts.maxAttempts must be a whole number from 1 to 5, got 6/);
    expect(() => setup([], { callouts: { retryIntervalMinutes: 1441 } })).toThrow(/from 1 to 1440/);
    expect(() => setup([], { clientId: 'short' })).toThrow(/clientId must be 36 characters long/);
    expect(() => setup([], { accountCalloutBody: '{"id": {{Account.Id}' })).toThrow(/accountCalloutBody is not valid JSON once its merge fields are filled in/);
  });
});
