import { seedChargebeeDemo } from './chargebee/demo-data.js';
import { createChargebeeSimulator } from './chargebee/index.js';
import { readSandboxEnv } from './config.js';
import { serveHttp } from './kit/http-transport.js';
import { Sandbox } from './kit/sandbox.js';
import { seedTogaiDemo } from './togai/demo-data.js';
import { createTogaiSimulator } from './togai/index.js';
import { seedZuoraDemo } from './zuora/demo-data.js';
import { createZuoraSimulator } from './zuora/index.js';

/**
 * The live sandbox: the three simulators on fixed local ports, sharing one clock that follows
 * wall time from now (and can still be advanced through /__admin), seeded with demo data.
 */
async function main(): Promise<void> {
  const env = readSandboxEnv();
  const sandbox = new Sandbox({ seed: env.SANDBOX_SEED, live: true });
  // Responses are checked against the contracts by the test suite; checking each one here
  // would cost the live sandbox about a tenth of its throughput for no finding.
  const checkResponses = false;
  const togai = createTogaiSimulator(sandbox, { apiToken: env.TOGAI_API_TOKEN, checkResponses });
  const zuora = createZuoraSimulator(sandbox, { clientId: env.ZUORA_CLIENT_ID, clientSecret: env.ZUORA_CLIENT_SECRET, checkResponses });
  const chargebee = createChargebeeSimulator(sandbox, { site: env.CHARGEBEE_SITE, apiKey: env.CHARGEBEE_API_KEY, checkResponses });
  const faker = await sandbox.faker();
  // the demo data is constant and seeded with validation on by the tests
  const trusted = { validate: false };
  await sandbox.seedWith(async () => {
    await seedTogaiDemo(togai, faker, trusted);
    await seedZuoraDemo(zuora, faker, trusted);
    await seedChargebeeDemo(chargebee, faker, trusted);
  });

  const host = env.SANDBOX_HOST;
  const [t, z, c] = await Promise.all([
    serveHttp(togai, { host, port: env.TOGAI_PORT }),
    serveHttp(zuora, { host, port: env.ZUORA_PORT }),
    serveHttp(chargebee, { host, port: env.CHARGEBEE_PORT }),
  ]);
  const servers = [t, z, c];
  console.log(`Togai      ${t.url}`);
  console.log(`  auth     Authorization: Bearer ${env.TOGAI_API_TOKEN}   (or X-API-Key: ${env.TOGAI_API_TOKEN})`);
  console.log(`  try      curl -H 'Authorization: Bearer ${env.TOGAI_API_TOKEN}' ${t.url}/customers`);
  console.log(`Zuora      ${z.url}`);
  console.log(`  OAuth    client_id=${env.ZUORA_CLIENT_ID} client_secret=${env.ZUORA_CLIENT_SECRET}`);
  console.log(`  try      curl -d grant_type=client_credentials -d client_id=${env.ZUORA_CLIENT_ID} -d client_secret=${env.ZUORA_CLIENT_SECRET} ${z.url}/oauth/token`);
  console.log(`Chargebee  ${c.url}/api/v2   site ${env.CHARGEBEE_SITE}, API key ${env.CHARGEBEE_API_KEY} (Basic auth user name)`);
  console.log(`  SDK      new Chargebee({ site: '127.0.0.1', apiKey: '${env.CHARGEBEE_API_KEY}', protocol: 'http', hostSuffix: '', port: ${c.port} })`);
  console.log(`admin      /__admin/state  /__admin/clock  /__admin/clock/advance  /__admin/requests  /__admin/deliveries  /__admin/subscribers  /__admin/reset  (on every server)`);
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
