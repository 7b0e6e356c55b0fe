/**
 * The live sandbox (dist/app/live.js: composeLiveSandbox, the compiled simulators seeded with the
 * demo data, with the dashboard, served on the same ports and settings) with response checks ON,
 * which the live sandbox turns off: every request is validated against the contract over HTTP
 * and every response checked against it. The autocannon ceiling figures (bench/autocannon.ts)
 * measure this server, since issue 17's targets are "with validation and response checks on".
 * Run as its own process by the bench, like the sandbox.
 * At SIGTERM it writes every contract violation it recorded to stderr, which the bench counts as
 * a failure.
 *
 * The code comes from dist/'s one file per source (built by the bench before it starts): the code
 * the bundled programs users run hold, loaded module by module, which changes how fast it starts,
 * not how fast it answers; its types come from the sources.
 */
type LiveModule = typeof import('../app/live.js');
type ConfigModule = typeof import('../app/config.js');

const compiled = <T>(path: string): Promise<T> => import(new URL(`../dist/${path}`, import.meta.url).href) as Promise<T>;

const { readSandboxEnv } = await compiled<ConfigModule>('app/config.js');
const { composeLiveSandbox } = await compiled<LiveModule>('app/live.js');

const live = await composeLiveSandbox(readSandboxEnv(), { checkResponses: true });
const simulators = [...live.sandbox.simulators.values()];
console.log(`Togai (validation and response checks on) ${live.urls.togai}\nready`);

process.once('SIGTERM', () => {
  void live.close().then(() => {
    for (const sim of simulators) {
      if (sim.violations.length) console.error(`${sim.vendor}: ${sim.violations.length} contract violations; first: ${sim.violations.slice(0, 5).join('\n')}`);
    }
    process.exit(0);
  });
});
