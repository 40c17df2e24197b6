import { CreatePractice, PracticeSearch, PracticeStep, UpdatePractice, UploadAttachmentQuery } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppContext, type AppEnv } from '../../http/context.ts';
import { photoResponse, readDocumentBody } from '../../http/photo-http.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import type { PracticeService } from './practice-service.ts';
import { savedSearchRoutes } from './saved-search-routes.ts';
import type { SavedSearchService } from './saved-search-service.ts';

/** Who reads: the signed-in actor, or null — the public, who reads the public practices without an account. */
const readerOf = (c: AppContext) => c.get('actor') ?? null;

/** Promising practices: `/api/practices`. Searching and reading are open to the public for public practices. */
export function practiceRoutes(practices: PracticeService, saved: SavedSearchService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    // Before `/:id`, which would take `saved-searches` for an id.
    .route('/saved-searches', savedSearchRoutes(saved))
    .post('/search', async (c) => c.json(await practices.search(readerOf(c), await jsonBody(c, PracticeSearch))))
    .post('/', async (c) => c.json(await practices.create(actorOf(c), await jsonBody(c, CreatePractice)), 201))
    .get('/:id', async (c) => c.json(await practices.get(readerOf(c), uuidParam(c, 'id'))))
    .put('/:id', async (c) => {
      const { revision, content } = await jsonBody(c, UpdatePractice);
      return c.json(await practices.update(actorOf(c), uuidParam(c, 'id'), revision, content));
    })
    .post('/:id/steps', async (c) => c.json(await practices.step(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, PracticeStep))))
    .post('/:id/attachments', async (c) => {
      const { filename } = queryParams(c, UploadAttachmentQuery);
      return c.json(await practices.attach(actorOf(c), uuidParam(c, 'id'), filename, await readDocumentBody(c)), 201);
    })
    .get('/:id/attachments/:attachmentId', async (c) => photoResponse(c, await practices.attachment(readerOf(c), uuidParam(c, 'id'), uuidParam(c, 'attachmentId'))))
    .delete('/:id/attachments/:attachmentId', async (c) => c.json(await practices.detach(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'attachmentId'))))
    .delete('/:id', async (c) => {
      await practices.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
