import { SimError } from '../kit/errors.js';
import type { SimContext } from '../kit/simulator.js';
import type { ZuoraHandlers } from './operations.js';
import { header, type SimRequest, type SimResponse } from '../kit/types.js';
import { Category, failureBody, reason } from './errors.js';
import { currentScope } from './scope.js';
import type { ZuoraState } from './state.js';

export type ZuoraContext = SimContext<ZuoraState>;

function unauthorized(message: string): SimResponse {
  // CRUD operations document a single-message 401 body; the others Zuora's common failure body
  const body = currentScope().family === 'crud' ? { message } : failureBody([reason(Category.AUTHENTICATION, message)]);
  return { status: 401, body };
}

/**
 * Drop expired tokens. They are issued with one lifetime on a clock that never goes back, so
 * the Map (in issue order) holds them oldest first: stop at the first one still valid.
 */
function forget(state: ZuoraState, now: number): void {
  for (const [token, issued] of state.tokens) {
    if (issued.expiresAt > now) return;
    state.tokens.delete(token);
  }
}

export const authHandlers = {
  createToken(req, ctx) {
    const body = req.body;
    const tenant = ctx.state.tenant;
    if (body.client_id !== tenant.clientId || body.client_secret !== tenant.clientSecret) {
      throw new SimError(401, failureBody([reason(Category.AUTHENTICATION, 'Invalid client credentials: client_id and client_secret must be those of an OAuth client of this tenant')]));
    }
    forget(ctx.state, ctx.now());
    const accessToken = ctx.state.newToken();
    const jti = ctx.state.newToken();
    ctx.state.tokens.set(accessToken, { expiresAt: ctx.now() + tenant.tokenLifetimeSeconds * 1000, jti });
    return {
      status: 200,
      body: {
        access_token: accessToken,
        token_type: 'bearer',
        expires_in: tenant.tokenLifetimeSeconds,
        scope: `user.${ctx.state.notifications.userId} tenant.1`,
        jti,
      },
    };
  },
} satisfies Partial<ZuoraHandlers>;

/** Every operation but the token request needs a bearer token this tenant issued and that has not expired in virtual time. */
export function authenticate(req: SimRequest, ctx: ZuoraContext): SimResponse | undefined {
  if (req.path === '/oauth/token') return undefined;
  const auth = header(req, 'authorization');
  const match = auth && /^bearer\s+(\S+)$/i.exec(auth.trim());
  if (!match) return unauthorized('Authentication error: send Authorization: Bearer <token>, with a token from POST /oauth/token');
  const issued = ctx.state.tokens.get(match[1]!);
  if (!issued) return unauthorized('Authentication error: the bearer token is not one this tenant issued; request a new one from POST /oauth/token');
  if (issued.expiresAt <= ctx.now()) {
    return unauthorized(`Authentication error: the bearer token expired at ${new Date(issued.expiresAt).toISOString()}; request a new one from POST /oauth/token`);
  }
  return undefined;
}
