import { CreateBriefing, UpdateBriefing } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, uuidParam } from '../http/validate.ts';

/** Confidential briefings (sensitive records). */
export function briefingRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await services.briefings.list(actorOf(c))))
    .post('/', async (c) => c.json(await services.briefings.create(actorOf(c), await jsonBody(c, CreateBriefing)), 201))
    .get('/:id', async (c) => c.json(await services.briefings.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) =>
      c.json(await services.briefings.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateBriefing))),
    )
    .delete('/:id', async (c) => {
      await services.briefings.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
