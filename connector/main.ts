import { buildConnector } from './app.js';
import { ConfigError } from './config.js';
import { loadConnectorConfig } from './config-loader.js';
import { ListenError } from '../simulators/kit/listen-errors.js';
import { RECEIVER_PATHS } from './receiver-paths.js';

/** How long SIGINT or SIGTERM waits for answers under way and the reconciliation pass to end before exiting anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;
/** How often the connector, under `npm run connector`, looks whether npm is still its parent. */
export const PARENT_CHECK_MS = 1_000;

/**
 * The connector as its own process, one process (its bundle, dist/programs/connector.mjs, which
 * `npm run connector` imports: no launcher child that could outlive it): configuration from
 * CONNECTOR_CONFIG (a YAML file) and the environment, receivers on CONNECTOR_HOST:CONNECTOR_PORT,
 * reconciliation at start and on a timer.
 */
async function main(): Promise<void> {
  // read first: npm may be killed while the connector starts, and a parent read later would already be init
  const launchedBy = process.ppid;
  const config = loadConnectorConfig();
  const connector = buildConnector(config, { logger: process.env.CONNECTOR_LOG === '1' });
  const url = await connector.listen();
  connector.startReconciling((report, progress) => {
    const synced = report.outcomes.filter((o) => o.result === 'done').length;
    console.log(`reconciliation pass ${progress.passes}: ${report.accounts} accounts and ${report.invoices} invoices looked at, ${synced} flow runs made changes, ${report.failures.length} failures`);
  });
  console.log(`connector ${url}`);
  console.log(`  receivers  ${Object.values(RECEIVER_PATHS).map((p) => url + p).join('  ')}`);
  console.log(`  flows      ${[...connector.enabled].sort().join(', ')}`);
  console.log('connector ready');

  let stopping = false;
  const stop = async () => {
    // a second signal does not wait for the first to finish
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await connector.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // npm killed with SIGKILL cannot pass the signal on: the connector notices it was orphaned and stops too
  if (process.env.npm_lifecycle_event === 'connector') {
    const watch = setInterval(() => {
      if (process.ppid === launchedBy) return;
      // once: a second stop() would read as a second signal and exit at once
      clearInterval(watch);
      void stop();
    }, PARENT_CHECK_MS).unref();
  }
}

main().catch((e: Error) => {
  // the user's own settings at fault: one line saying which and what to do, no stack
  console.error(e instanceof ConfigError || e instanceof ListenError ? e.message : e.stack);
  process.exit(1);
});
