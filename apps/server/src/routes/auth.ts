import { SignIn, SwitchOrg } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, csrfTokenOf, type AppEnv } from '../http/context.ts';
import { clearSessionCookie, setSessionCookie } from '../http/cookies.ts';
import { jsonBody } from '../http/validate.ts';

export interface CookieOptions {
  readonly secureCookies: boolean;
  readonly sessionTtlHours: number;
}

/** Sign-in, the current session, the organisation switcher and sign-out. */
export function authRoutes(services: Services, cookies: CookieOptions) {
  return new Hono<AppEnv>()
    .post('/sign-in', async (c) => {
      const input = await jsonBody(c, SignIn);
      const { token, session } = await services.auth.signIn(input, c.get('clientAddress'));
      setSessionCookie(c, token, cookies.sessionTtlHours, cookies.secureCookies);
      return c.json(session);
    })
    .get('/session', async (c) => c.json(await services.auth.session(actorOf(c), csrfTokenOf(c))))
    .put('/session/org', async (c) => {
      const { orgId } = await jsonBody(c, SwitchOrg);
      return c.json(await services.auth.switchOrg(actorOf(c), orgId, csrfTokenOf(c)));
    })
    .post('/sign-out', async (c) => {
      await services.auth.signOut(actorOf(c));
      clearSessionCookie(c, cookies.secureCookies);
      return c.body(null, 204);
    })
    .post('/sign-out-everywhere', async (c) => {
      await services.auth.signOutEverywhere(actorOf(c));
      clearSessionCookie(c, cookies.secureCookies);
      return c.body(null, 204);
    });
}
