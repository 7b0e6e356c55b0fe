import { setupServer } from 'msw/node';
import { mswHandlers } from '../../simulators/kit/msw-transport.js';
import { Sandbox, type SandboxOptions } from '../../simulators/kit/sandbox.js';
import type { Simulator } from '../../simulators/kit/simulator.js';
import { createTogaiSimulator } from '../../simulators/togai/index.js';
import type { TogaiState } from '../../simulators/togai/state.js';
import { bodyOf, send } from './http.js';

export const TOKEN = 'test-token';
export const TOGAI = 'https://api.togai.com';

export interface TogaiClient {
  (method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

/** A client for a Togai simulator at `base`, authenticated unless told otherwise. */
export function togaiClient(base: string): TogaiClient {
  return async (method, path, body, headers = { authorization: `Bearer ${TOKEN}` }) => {
    const reply = await send(base + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: reply.status, body: bodyOf(reply) };
  };
}

export function togaiSandbox(options: SandboxOptions = {}): { sandbox: Sandbox; sim: Simulator<TogaiState> } {
  const sandbox = new Sandbox({ seed: 11, ...options });
  return { sandbox, sim: createTogaiSimulator(sandbox, { apiToken: TOKEN }) };
}

/** A Togai sandbox served in-process through msw at the real Togai host. */
export function inProcessTogai(options: SandboxOptions = {}) {
  const { sandbox, sim } = togaiSandbox(options);
  const server = setupServer(...mswHandlers(sim));
  return { sandbox, sim, server, togai: togaiClient(TOGAI) };
}
