import { buildConnector } from './app.js';
import { ConfigError, loadConnectorConfig } from './config.js';
import { RECEIVER_PATHS } from './receiver-paths.js';

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
  console.log(`  receivers  ${Object.values(RECEIVER_PATHS).map((p) => url + p).join('  ')}`);
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
