import { buildConnector } from './app.js';
import { ConfigError, loadConnectorConfig } from './config.js';

/**
 * The connector as its own process: configuration from CONNECTOR_CONFIG (a YAML file) and
 * the environment, receivers on CONNECTOR_HOST:CONNECTOR_PORT, reconciliation on a timer.
 */
async function main(): Promise<void> {
  const config = loadConnectorConfig();
  const connector = buildConnector(config, { logger: process.env.CONNECTOR_LOG === '1' });
  const url = await connector.listen();
  connector.startReconciling();
  console.log(`connector ${url}`);
  console.log(`  receivers  ${url}/zuora/callouts  ${url}/chargebee/webhooks  ${url}/togai/notifications`);
  console.log(`  flows      ${[...connector.enabled].sort().join(', ')}`);
  console.log('connector ready');
  const stop = async () => {
    await connector.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(e instanceof ConfigError ? e.message : e.stack);
  process.exit(1);
});
