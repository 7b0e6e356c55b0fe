import { main } from './cli.js';

// billing-sim as a process: bin/billing-sim.mjs imports its bundle, dist/programs/billing-sim.mjs
// (scripts/programs.mjs), and tests start that bundle with node.
const code = await main(process.argv.slice(2));
// let both streams drain (a report piped to another program) before leaving
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(code);
