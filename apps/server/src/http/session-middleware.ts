import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { CSRF_HEADER } from '@pactesur/contracts';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../errors/app-error.ts';
import type { AuthService } from '../services/auth-service.ts';
import { clientAddress, trustedProxies, type TrustedProxies } from './client-address.ts';
import type { AppEnv } from './context.ts';
import { clearSessionCookie, SESSION_COOKIE } from './cookies.ts';
import { sameOrigin } from './same-origin.ts';
import { actorOfSession } from './session-actor.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function clientAddressOf(c: Parameters<MiddlewareHandler<AppEnv>>[0], trusted: TrustedProxies): string | null {
  let socketAddress: string | null;
  try {
    socketAddress = getConnInfo(c).remote.address ?? null;
  } catch {
    socketAddress = null; // in-process requests (tests) have no socket
  }
  return clientAddress(socketAddress, c.req.header('x-forwarded-for'), trusted);
}

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Resolves the session cookie into an actor, and protects state-changing requests against CSRF:
 * a request from a signed-in browser must echo the session's CSRF token in the `x-csrf-token` header,
 * and a request whose `Origin` is another site (another scheme, host or port) is refused outright.
 */
export function sessionMiddleware(
  auth: AuthService,
  options: { secureCookies: boolean; trustProxy: readonly string[]; publicUrl: string | null },
): MiddlewareHandler<AppEnv> {
  const trusted = trustedProxies(options.trustProxy);
  return async (c, next) => {
    c.set('actor', null);
    c.set('sessionProblem', null);
    c.set('csrfToken', null);
    const address = clientAddressOf(c, trusted);
    c.set('clientAddress', address);

    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await actorOfSession(auth, token, address);
      if (session) {
        c.set('actor', session.actor);
        c.set('csrfToken', session.csrfToken);
      } else {
        c.set('sessionProblem', 'session_expired');
        clearSessionCookie(c, options.secureCookies);
      }
    }

    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && !sameOrigin(origin, c.req.url, options.publicUrl)) throw new AppError('csrf_failed', 'Cross-site request refused.');
      const expected = c.get('csrfToken');
      if (expected !== null && !sameToken(c.req.header(CSRF_HEADER) ?? '', expected)) throw new AppError('csrf_failed');
    }
    await next();
  };
}
