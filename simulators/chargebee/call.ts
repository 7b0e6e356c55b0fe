import type { Simulator } from '../kit/simulator.js';
import { encodeForm } from './form-encoder.js';
import type { ChargebeeState } from './state.js';

export interface ChargebeeCallInput {
  /** Path parameters by the routable names (`customer_id`, `invoice_id`, ...). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** The body in the decoded shape the contract describes; sent form-encoded. */
  form?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * An in-process call of one operation, like `sim.call()` (no authentication; the same decoding,
 * validation and handler as a request over a transport), but with the body form-encoded:
 * `sim.call()` sends JSON, which Chargebee's operations refuse as an unsupported media type.
 */
export async function callChargebee(
  sim: Simulator<ChargebeeState>,
  operationId: string,
  input: ChargebeeCallInput = {},
  options: { validate?: boolean } = {},
): Promise<{ status: number; body: any }> {
  const op = sim.contract.operation(operationId);
  const params = input.params ?? {};
  const path = sim.contract.basePath + op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const rawBody = input.form === undefined ? undefined : encodeForm(input.form);
  const contentType: Record<string, string> = rawBody === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' };
  const res = await sim.handle(
    op,
    { method: op.method, path, params, query: input.query ?? {}, headers: { ...contentType, ...input.headers }, rawBody },
    { trusted: true, validate: options.validate ?? true },
  );
  return { status: res.status, body: res.body ? JSON.parse(res.body) : undefined };
}
