import { SaveSavedSearch } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, uuidParam } from '../../http/validate.ts';
import type { SavedSearchService } from './saved-search-service.ts';

/** The signed-in user's saved searches of practices: `/api/practices/saved-searches`. */
export function savedSearchRoutes(saved: SavedSearchService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await saved.list(actorOf(c))))
    .post('/', async (c) => c.json(await saved.create(actorOf(c), await jsonBody(c, SaveSavedSearch)), 201))
    .put('/:id', async (c) => c.json(await saved.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, SaveSavedSearch))))
    .delete('/:id', async (c) => {
      await saved.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
