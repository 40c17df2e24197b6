import { parse } from 'hono/utils/cookie';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../services/actor.ts';
import type { AuthService } from '../services/auth-service.ts';
import { SESSION_COOKIE } from './cookies.ts';

/** The session token of a `cookie` header, or null when it carries none. */
export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  return cookieHeader ? (parse(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] ?? null) : null;
}

/**
 * The actor and CSRF token of a session token, or null when the session is unknown, forged, expired or
 * signed out. Used by the HTTP middleware and by the realtime socket alike.
 */
export async function actorOfSession(
  auth: Pick<AuthService, 'authenticate'>,
  token: string,
  clientAddress: string | null,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  try {
    return await auth.authenticate(token, clientAddress);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return null;
  }
}
