import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';

/** The landing page of the acting organisation. */
export function homeRoutes(services: Services) {
  return new Hono<AppEnv>().get('/', async (c) => c.json(await services.home.home(actorOf(c))));
}
