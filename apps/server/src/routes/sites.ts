import { CreateSite, UpdateSite } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, uuidParam } from '../http/validate.ts';

/** The register of public spaces (sensitive records) and each site's map. */
export function siteRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await services.sites.list(actorOf(c))))
    .post('/', async (c) => c.json(await services.sites.create(actorOf(c), await jsonBody(c, CreateSite)), 201))
    .get('/:id', async (c) => c.json(await services.sites.get(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/layers', async (c) => {
      const json = await services.sites.layers(actorOf(c), uuidParam(c, 'id'));
      return c.body(json, 200, { 'content-type': 'application/geo+json' });
    })
    .patch('/:id', async (c) => c.json(await services.sites.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateSite))))
    .delete('/:id', async (c) => {
      await services.sites.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
