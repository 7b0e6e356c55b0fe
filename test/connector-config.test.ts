import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildConnector } from '../connector/app.js';
import { loadConnectorConfig } from '../connector/config-loader.js';
import { ConnectedWorld, connectorConfig } from './support/connected.js';

const dir = mkdtempSync(join(tmpdir(), 'connector-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const REQUIRED_ENV = { TOGAI_BASE_URL: 'http://127.0.0.1:4010', TOGAI_API_TOKEN: 'tok', TOGAI_NOTIFICATION_SECRET: 'shh' };

describe('connector configuration', () => {
  it('reads a YAML file, with the environment taking precedence, and fills defaults', () => {
    const path = file(
      'ok.yaml',
      [
        'port: 5050',
        'togai:',
        '  baseUrl: http://127.0.0.1:4010',
        '  apiToken: from-file',
        '  notificationSecret: shh',
        'chargebee:',
        '  baseUrl: http://127.0.0.1:4030/api/v2',
        '  apiKey: key',
        '  webhook: { username: u, password: p }',
        '  itemPricePlans: { gold-USD-monthly: pp.gold }',
        'flows: [6, 7, 8, 9]',
      ].join('\n'),
    );
    const config = loadConnectorConfig({ env: { CONNECTOR_CONFIG: path, TOGAI_API_TOKEN: 'from-env' } });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 5050,
      togai: { apiToken: 'from-env' },
      chargebee: { itemPricePlans: { 'gold-USD-monthly': 'pp.gold' } },
      flows: [6, 7, 8, 9],
      reconcileEverySeconds: 300,
      retry: { attempts: 4, budgetMs: 6000 },
    });
    expect(config.zuora).toBeUndefined();
  });

  it('names each bad key with its file, line and column, and what it expects', () => {
    const path = file('bad.yaml', ['togai:', '  baseUrl: localhost', '  apiToken: t', '  notificationSecret: s', 'flows: [1, 10]', 'retyr: {}'].join('\n'));
    let message = '';
    try {
      loadConnectorConfig({ env: { CONNECTOR_CONFIG: path } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`togai.baseUrl (${path}:2:3): an absolute http(s) URL`);
    expect(message).toContain(`flows.1 (${path}:5:12): a flow number from 1 to 9`);
    expect(message).toMatch(/Unrecognized key.*"retyr"/);
  });

  it('reports a YAML syntax error with its place', () => {
    const path = file('broken.yaml', 'togai:\n  baseUrl: [http://x\n');
    expect(() => loadConnectorConfig({ env: { CONNECTOR_CONFIG: path } })).toThrow(new RegExp(`${path}:\\d+:\\d+`));
  });

  it('names the environment variable a bad value came from', () => {
    expect(() => loadConnectorConfig({ env: { ...REQUIRED_ENV, CONNECTOR_PORT: 'eighty' } })).toThrow('port (environment variable CONNECTOR_PORT): a port number');
    expect(() => loadConnectorConfig({ env: { ...REQUIRED_ENV, CHARGEBEE_ITEM_PRICE_PLANS: 'gold=pp' } })).toThrow('CHARGEBEE_ITEM_PRICE_PLANS must be JSON');
    expect(() => loadConnectorConfig({ env: { ...REQUIRED_ENV, ZUORA_BASE_URL: 'http://127.0.0.1:4020' } })).toThrow('zuora.clientId: missing; set ZUORA_CLIENT_ID or `zuora.clientId` in the CONNECTOR_CONFIG file (expected a string)');
  });

  it('needs the Togai connection, naming every missing key at once', () => {
    let message = '';
    try {
      loadConnectorConfig({ env: {} });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('The connector cannot start');
    expect(message).toContain('togai: missing; set TOGAI_BASE_URL, TOGAI_API_TOKEN, TOGAI_NOTIFICATION_SECRET or `togai` in the CONNECTOR_CONFIG file (expected a mapping)');
  });

  it('reads a missing file as an error naming the file', () => {
    expect(() => loadConnectorConfig({ env: { CONNECTOR_CONFIG: join(dir, 'nope.yaml') } })).toThrow(`Cannot read the connector config file ${join(dir, 'nope.yaml')}`);
  });
});

describe('flows turned off', () => {
  let world: ConnectedWorld;
  afterEach(() => world.close());

  it('are acknowledged and do nothing', async () => {
    world = new ConnectedWorld(connectorConfig({ flows: [2, 3, 4, 5] }));
    const id = (
      await world.zuoraApi('POST', '/v1/accounts', { name: 'Off Flow', currency: 'USD', billCycleDay: 1, billToContact: { firstName: 'O', lastName: 'F', country: 'United States', state: 'CA' } })
    ).body.accountId;
    await world.settle();
    expect(world.answers).toEqual([{ path: '/zuora/callouts', status: 200, body: { outcomes: [] } }]);
    expect((await world.togaiApi('GET', `/customers/${id}`)).status).toBe(404);
  });

  it('run only where their vendor connection is configured', async () => {
    const config = loadConnectorConfig({ env: { ...REQUIRED_ENV, CHARGEBEE_BASE_URL: 'http://127.0.0.1:4030/api/v2', CHARGEBEE_API_KEY: 'k', CHARGEBEE_WEBHOOK_USERNAME: 'u', CHARGEBEE_WEBHOOK_PASSWORD: 'p' } });
    const connector = buildConnector(config);
    const health = await connector.app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ status: 'ok', flows: [6, 7, 8, 9] });
    const callout = await connector.app.inject({ method: 'POST', url: '/zuora/callouts', payload: { accountId: 'x' } });
    expect(callout.statusCode).toBe(404);
    expect(callout.json().error).toBe('the Zuora connection is not configured');
    await connector.close();
  });
});
