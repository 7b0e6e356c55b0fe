#!/usr/bin/env node
// The billing-sim command: the CLI is TypeScript (scenarios/cli.ts), run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scenarios/cli.ts');
const code = await main(process.argv.slice(2));
// let both streams drain (a report piped to another program) before leaving
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit(code);
