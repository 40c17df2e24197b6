import { SaveAwareness } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody } from '../../http/validate.ts';
import type { AwarenessService } from './awareness-service.ts';

/** A city's awareness page: `/api/awareness/:org`, read without an account once published. */
export function awarenessRoutes(pages: AwarenessService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await pages.list()))
    .get('/:org', async (c) => c.json(await pages.get(c.get('actor') ?? null, c.req.param('org'))))
    .put('/:org', async (c) => c.json(await pages.save(actorOf(c), c.req.param('org'), await jsonBody(c, SaveAwareness))));
}
