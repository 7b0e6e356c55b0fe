import { main } from './cli.js';

// billing-sim as a process: bin/billing-sim.mjs imports the compiled copy (dist/scenarios/cli-entry.js);
// the repository's tests run this source through tsx, so they need no build.
const code = await main(process.argv.slice(2));
// let both streams drain (a report piped to another program) before leaving
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(code);
