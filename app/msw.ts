/**
 * The package's `./msw` entry: the simulators as msw 2 request handlers at their vendors' real
 * hosts, for code under test that calls the vendors with fetch (setupServer) or with undici
 * (InProcessDispatcher, no msw server needed).
 */
import type { HttpHandler } from 'msw';
import type { HarnessSandbox } from './sandbox.js';

export { mswHandlers as simulatorHandlers } from '../simulators/kit/msw-transport.js';
export { InProcessDispatcher } from '../simulators/kit/in-process-dispatcher.js';

/** The three simulators' handlers: `setupServer(...mswHandlers(sandbox))`, the same as `sandbox.mswHandlers()`. */
export function mswHandlers(sandbox: HarnessSandbox): HttpHandler[] {
  return sandbox.mswHandlers();
}
