import { parse as parseQuery } from 'node:querystring';
import { Admin, adminDefinition } from './admin.js';
import type { ContractOperation } from './contract.js';
import { Simulator } from './simulator.js';

/** Bodies above this size are refused with the vendor's 413 body on both transports. */
export const BODY_LIMIT = 1024 * 1024;

export interface Route {
  sim: Simulator<any>;
  op: ContractOperation;
  /** Full path with the contract's base path, in `{param}` form. */
  path: string;
}

const admins = new WeakMap<Simulator<any>, Simulator<Admin>>();

/** The admin surface of a vendor simulator; one per simulator, shared by its transports. */
export function adminSimulator(sim: Simulator<any>): Simulator<Admin> {
  let admin = admins.get(sim);
  if (!admin) {
    admin = new Simulator(adminDefinition(new Admin(sim)), sim.sandbox);
    admins.set(sim, admin);
  }
  return admin;
}

/** Every route a simulator server answers: the vendor's contract operations, then `/__admin`. */
export function routesOf(sim: Simulator<any>): Route[] {
  const admin = adminSimulator(sim);
  return [sim, admin].flatMap((s) => s.contract.operations.map((op) => ({ sim: s, op, path: s.contract.basePath + op.path })));
}

function pattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

/** The methods the contract allows on a path no route matched by method, for 405 answers. */
export function allowedMethods(routes: Route[]): (path: string) => string[] {
  const byPath = new Map<string, { re: RegExp; methods: string[] }>();
  for (const r of routes) {
    const entry = byPath.get(r.path) ?? { re: pattern(r.path), methods: [] };
    entry.methods.push(r.op.method);
    byPath.set(r.path, entry);
  }
  return (path) => [...byPath.values()].filter((e) => e.re.test(path)).flatMap((e) => e.methods);
}

/** One query parser for both transports, so repeated keys and brackets read the same. */
export function parseQueryString(search: string): Record<string, string | string[] | undefined> {
  return { ...parseQuery(search.replace(/^\?/, '')) };
}
