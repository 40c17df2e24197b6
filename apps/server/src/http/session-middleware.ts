import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { CSRF_HEADER } from '@pactesur/contracts';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../errors/app-error.ts';
import type { AuthService } from '../services/auth-service.ts';
import type { AppEnv } from './context.ts';
import { clearSessionCookie, SESSION_COOKIE } from './cookies.ts';
import { actorOfSession } from './session-actor.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function clientAddressOf(c: Parameters<MiddlewareHandler<AppEnv>>[0], trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // in-process requests (tests) have no socket
  }
}

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Resolves the session cookie into an actor, and protects state-changing requests against CSRF:
 * a request from a signed-in browser must echo the session's CSRF token in the `x-csrf-token` header,
 * and a request whose `Origin` is another site is refused outright.
 */
export function sessionMiddleware(auth: AuthService, options: { secureCookies: boolean; trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('sessionProblem', null);
    c.set('csrfToken', null);
    const clientAddress = clientAddressOf(c, options.trustProxy);
    c.set('clientAddress', clientAddress);

    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await actorOfSession(auth, token, clientAddress);
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
      if (origin) {
        const host = c.req.header('host');
        let originHost: string | null = null;
        try {
          originHost = new URL(origin).host;
        } catch {
          originHost = null;
        }
        if (!host || originHost !== host) throw new AppError('csrf_failed', 'Cross-site request refused.');
      }
      const expected = c.get('csrfToken');
      if (expected !== null && !sameToken(c.req.header(CSRF_HEADER) ?? '', expected)) throw new AppError('csrf_failed');
    }
    await next();
  };
}
