import { CreateCrowdSimulation } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, uuidParam } from '../http/validate.ts';
import type { Services } from '../services/index.ts';

/** The crowd simulations of one site: `/api/sites/:id/crowd-simulations`. */
export function siteCrowdRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/:id/crowd-simulations', async (c) => c.json(await services.crowd.list(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/crowd-simulations', async (c) =>
      c.json(await services.crowd.start(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, CreateCrowdSimulation)), 201),
    );
}

/** One simulation, its result and its playback frames: `/api/crowd-simulations/:id`. */
export function crowdRoutes(services: Services) {
  const json = (body: string) => ({ body, headers: { 'content-type': 'application/json' } });
  return new Hono<AppEnv>()
    .get('/:id', async (c) => c.json(await services.crowd.get(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/result', async (c) => {
      const r = json(await services.crowd.json(actorOf(c), uuidParam(c, 'id'), 'result'));
      return c.body(r.body, 200, r.headers);
    })
    .get('/:id/frames', async (c) => {
      const r = json(await services.crowd.json(actorOf(c), uuidParam(c, 'id'), 'frames'));
      return c.body(r.body, 200, r.headers);
    })
    .delete('/:id', async (c) => {
      await services.crowd.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
