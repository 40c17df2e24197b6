import { UpdateMe } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody } from '../http/validate.ts';

/** The signed-in user's own profile, including the interface language. */
export function meRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await services.auth.me(actorOf(c).userId)))
    .patch('/', async (c) => c.json(await services.auth.updateMe(actorOf(c), await jsonBody(c, UpdateMe))));
}
