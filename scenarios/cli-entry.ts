import { main } from './cli.js';

// billing-sim as a process: bin/billing-sim.mjs imports its bundle, dist/programs/billing-sim.mjs
// (scripts/programs.mjs), and tests start that bundle with node.

// a reader that stops early (`billing-sim list | head`) closes the pipe: what it did not read is
// not wanted, so stop quietly, as other command-line tools do, rather than crash with a stack
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
const code = await main(process.argv.slice(2));
// let both streams drain (a report piped to another program) before leaving
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(code);
