import { AcceptInvitation } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import type { AppEnv } from '../http/context.ts';
import { setSessionCookie } from '../http/cookies.ts';
import { jsonBody } from '../http/validate.ts';
import type { CookieOptions } from './auth.ts';

/** Opening and accepting an invitation link (works signed in or not). */
export function invitationRoutes(services: Services, cookies: CookieOptions) {
  return new Hono<AppEnv>()
    .get('/:token', async (c) => c.json(await services.invitations.preview(c.req.param('token'))))
    .post('/:token/accept', async (c) => {
      const input = await jsonBody(c, AcceptInvitation);
      const clientAddress = c.get('clientAddress');
      const { userId, orgId } = await services.invitations.accept(c.req.param('token'), input, c.get('actor'), clientAddress);
      const { token, session } = await services.auth.issue(userId, orgId, clientAddress);
      setSessionCookie(c, token, cookies.sessionTtlHours, cookies.secureCookies);
      return c.json(session);
    });
}
