import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, type ConnectedWorld } from './support/connected.js';
import { togaiSettings, zuoraQuery, zuoraWorld } from './support/zuora-flows.js';

/**
 * The reference connector's Zuora OAuth token in virtual time, through the simulators: reused
 * while it lives, fetched anew once it has expired (3599 s), with no call made on a dead token.
 * (test/connector-http.test.ts checks the client's rules against a fake clock; this checks the
 * connector keeps its token on the sandbox's clock.) The stock scenario
 * zuora-token-expiring-mid-flow.yaml judges only that the sync still lands.
 */

let world: ConnectedWorld;
afterEach(() => closeChecked(world));

/** The connector's own requests to Zuora (the harness's are left out). */
function connectorRequests(w: ConnectedWorld, operationId?: string) {
  return w.zuora.log.list().requests.filter((r) => !r.byHarness && (!operationId || r.operationId === operationId));
}

/** A Togai customer with one account: flow 2 makes its Zuora account, with the connector's token. */
async function pushAccount(w: ConnectedWorld, id: string): Promise<void> {
  const res = await w.togai.call('createCustomer', {
    body: { id, name: `Customer ${id}`, primaryEmail: `${id}@example.com`, address: {}, account: { id: `${id}-main`, name: `Account ${id}`, invoiceCurrency: 'USD' } },
  });
  expect(res.status).toBe(201);
  await w.settle();
}

describe("the connector's Zuora token", () => {
  it('is reused within its hour and fetched again, before any call, once it has expired', async () => {
    world = zuoraWorld([2]);
    await pushAccount(world, 'first');
    expect(connectorRequests(world, 'createToken')).toHaveLength(1);

    await world.advance('PT30M');
    await pushAccount(world, 'second');
    expect(connectorRequests(world, 'createToken')).toHaveLength(1);

    // 00:30 + 2 h: the token of 00:00 died at 00:59:59
    await world.advance('PT2H');
    await pushAccount(world, 'third');
    expect(connectorRequests(world, 'createToken')).toHaveLength(2);
    // renewed ahead of its end: Zuora never had to refuse a dead token
    expect(connectorRequests(world).filter((r) => r.status === 401)).toEqual([]);
    expect((await zuoraQuery(world, 'accounts')).map((a) => a.TogaiAccountId__c).sort()).toEqual(['first-main', 'second-main', 'third-main']);
    expect(await togaiSettings(world, 'ACCOUNT', 'third-main')).toEqual([expect.objectContaining({ id: 'accountId' })]);
  });
});
