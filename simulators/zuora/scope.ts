import type { ZuoraState } from './state.js';

/**
 * Zuora answers in four error shapes depending on the API family, but the kit's error mapper
 * is told only what failed, not for which operation. Every request is answered inside this
 * scope (the definition's aroundRequest) so the mapper and the idempotency policy can pick
 * the family's shape. The kit calls aroundRequest around each synchronous part of an answer
 * (again after it waited for a multipart body), so the scope is a plain variable, set for the
 * part's length: nothing else runs meanwhile.
 */
export type Family = 'v1' | 'crud' | 'query' | 'notifications' | 'oauth';

export interface RequestScope {
  family: Family;
  /** The operation being answered; undefined for requests no operation matched. */
  operationId?: string;
  state: ZuoraState;
}

/** The scope of the part being answered; undefined between parts. */
let current: RequestScope | undefined;

export function familyOf(path: string): Family {
  if (path.startsWith('/v1/object/')) return 'crud';
  if (path.startsWith('/object-query/')) return 'query';
  if (path.startsWith('/notifications/')) return 'notifications';
  if (path.startsWith('/oauth/')) return 'oauth';
  return 'v1';
}

export function inScope<T>(scope: RequestScope, run: () => T): T {
  // a request answered inside another's part (a handler's in-process call) restores the outer scope after
  const outer = current;
  current = scope;
  try {
    return run();
  } finally {
    current = outer;
  }
}

export function currentScope(): RequestScope {
  const scope = current;
  if (!scope) throw new Error('Zuora simulator: an answer was built outside a request scope (aroundRequest must wrap every answer)');
  return scope;
}
