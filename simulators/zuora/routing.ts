import type { Contract, ContractOperation } from '../kit/contract.js';
import type { SimRequest } from '../kit/types.js';

/**
 * Both transports turn `{account-key}` into the route parameter `:account-key`, which Fastify
 * and msw read as a parameter `account` followed by the text `-key`, so no request reaches the
 * six Zuora operations with hyphenated path parameters. Until the kit maps such names, the
 * simulator shows the transports a view of the contract whose paths name them `{account_key}`,
 * and renames them back before the kit decodes and validates the request.
 */

const routeName = (name: string) => name.replace(/\W/g, '_');

function routePath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => `{${routeName(name)}}`);
}

/** The contract with route-safe parameter names in its operations' paths; everything else is the contract itself. */
export function routableContract(contract: Contract): Contract {
  const view = Object.create(contract) as Contract;
  const operations: ContractOperation[] = contract.operations.map((op) => ({ ...op, path: routePath(op.path) }));
  Object.defineProperty(view, 'operations', { value: operations });
  return view;
}

/** The request with its path parameters named as the contract names them. */
export function contractParams(op: ContractOperation, req: SimRequest): SimRequest {
  const params: Record<string, string> = {};
  for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
    const value = req.params[routeName(name!)] ?? req.params[name!];
    if (value !== undefined) params[name!] = value;
  }
  return { ...req, params };
}
