import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';

export const SESSION_COOKIE = 'pactesur_session';

/** The session cookie: httpOnly, SameSite=Lax, Secure behind https, scoped to the whole site. */
export function setSessionCookie(c: Context, token: string, ttlHours: number, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: ttlHours * 3600 });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
