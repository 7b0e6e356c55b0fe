import { parse as parseQuery } from 'node:querystring';
import { Admin, adminDefinition } from './admin.js';
import type { ContractOperation } from './contract.js';
import { Simulator } from './simulator.js';

export interface Route {
  sim: Simulator<any>;
  op: ContractOperation;
  /** Full path with the contract's base path, in `{param}` form. */
  path: string;
  /** The path in the routers' `:param` form, with names they can read. */
  routePath: string;
  /** Route parameter name -> the contract's name (`account_key` -> `account-key`). */
  names: Record<string, string>;
}

/**
 * Routers read `:account-key` as a parameter `account` followed by the text `-key`, so route
 * parameters get word-character names, and requests get the contract's names back.
 */
function routeOf(sim: Simulator<any>, op: ContractOperation, opPath: string): Route {
  const path = sim.contract.basePath + opPath;
  const names: Record<string, string> = {};
  const routePath = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const safe = name.replace(/\W/g, '_');
    names[safe] = name;
    return `:${safe}`;
  });
  return { sim, op, path, routePath, names };
}

/** Route parameters under the contract's names, decoded. */
export function contractParams(route: Route, params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) out[route.names[name] ?? name] = String(value);
  return out;
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

/** Every route a simulator server answers: the vendor's contract operations at their paths and legacy paths, then `/__admin`. */
export function routesOf(sim: Simulator<any>): Route[] {
  const admin = adminSimulator(sim);
  return [sim, admin].flatMap((s) => s.contract.operations.flatMap((op) => [op.path, ...op.legacyPaths].map((path) => routeOf(s, op, path))));
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
  // most requests have no query; Fastify asks anyway
  if (search === '' || search === '?') return {};
  return { ...parseQuery(search.replace(/^\?/, '')) };
}
