import { AsyncLocalStorage } from 'node:async_hooks';
import type { ZuoraState } from './state.js';

/**
 * Zuora answers in four error shapes depending on the API family, but the kit's error mapper
 * is told only what failed, not for which operation. Every request is answered inside this
 * scope (the definition's aroundRequest) so the mapper and the idempotency policy can pick
 * the family's shape.
 */
export type Family = 'v1' | 'crud' | 'query' | 'notifications' | 'oauth';

export interface RequestScope {
  family: Family;
  /** The operation being answered; undefined for requests no operation matched. */
  operationId?: string;
  state: ZuoraState;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function familyOf(path: string): Family {
  if (path.startsWith('/v1/object/')) return 'crud';
  if (path.startsWith('/object-query/')) return 'query';
  if (path.startsWith('/notifications/')) return 'notifications';
  if (path.startsWith('/oauth/')) return 'oauth';
  return 'v1';
}

export function inScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

export function currentScope(): RequestScope {
  const scope = storage.getStore();
  if (!scope) throw new Error('Zuora simulator: an answer was built outside a request scope (aroundRequest must wrap every answer)');
  return scope;
}
