import { CreateBriefing, UpdateBriefing } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, uuidParam } from '../../http/validate.ts';
import type { BriefingService } from './briefing-service.ts';

/** Confidential briefings (sensitive records). */
export function briefingRoutes(briefings: BriefingService) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await briefings.list(actorOf(c))))
    .post('/', async (c) => c.json(await briefings.create(actorOf(c), await jsonBody(c, CreateBriefing)), 201))
    .get('/:id', async (c) => c.json(await briefings.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) =>
      c.json(await briefings.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateBriefing))),
    )
    .delete('/:id', async (c) => {
      await briefings.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
