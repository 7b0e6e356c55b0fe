import { readSandboxEnv } from './config.js';
import { serveHttp } from './kit/http-transport.js';
import { Sandbox } from './kit/sandbox.js';
import { seedTogaiDemo } from './togai/demo-data.js';
import { createTogaiSimulator } from './togai/index.js';

/**
 * The live sandbox: the simulators on fixed local ports, seeded with demo data, on a clock
 * that follows wall time from now and can still be advanced through /__admin.
 */
async function main(): Promise<void> {
  const env = readSandboxEnv();
  const sandbox = new Sandbox({ seed: env.SANDBOX_SEED, live: true });
  // Responses are checked against the contracts by the test suite; checking each one here
  // would cost the live sandbox about a tenth of its throughput for no finding.
  const togai = createTogaiSimulator(sandbox, { apiToken: env.TOGAI_API_TOKEN, checkResponses: false });
  const faker = await sandbox.faker();
  await sandbox.seedWith(() => seedTogaiDemo(togai, faker, { validate: false }));

  const servers = [await serveHttp(togai, { host: env.SANDBOX_HOST, port: env.TOGAI_PORT })];
  const t = servers[0]!;
  console.log(`Togai     ${t.url}`);
  console.log(`  auth    Authorization: Bearer ${env.TOGAI_API_TOKEN}   (or X-API-Key: ${env.TOGAI_API_TOKEN})`);
  console.log(`  try     curl -H 'Authorization: Bearer ${env.TOGAI_API_TOKEN}' ${t.url}/customers`);
  console.log(`  admin   ${t.url}/__admin/state  /__admin/clock  /__admin/requests  /__admin/deliveries`);
  console.log(`seed ${sandbox.seed}, virtual time ${sandbox.clock.iso()}`);
  console.log('sandbox ready');

  const stop = async () => {
    sandbox.stop();
    await Promise.all(servers.map((s) => s.close()));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
