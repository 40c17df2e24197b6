import { UploadExtractQuery } from '@pactesur/contracts';
import { Hono } from 'hono';
import { AppError } from '../errors/app-error.ts';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { queryParams, uuidParam } from '../http/validate.ts';

/** Content types an extract may be sent as (the format itself is told from the bytes). */
const EXTRACT_TYPES = [
  'application/octet-stream',
  'application/x-protobuf',
  'application/vnd.openstreetmap.data+xml',
  'application/xml',
  'text/xml',
];

/**
 * Uploaded OpenStreetMap extracts: the body of `POST /api/extracts` is the file itself, streamed into the
 * file store as it arrives (at most `uploadLimitBytes`).
 */
export function extractRoutes(services: Services, limits: { readonly uploadLimitBytes: number }) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await services.extracts.list(actorOf(c))))
    .post('/', async (c) => {
      const actor = actorOf(c);
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!EXTRACT_TYPES.includes(type)) {
        throw new AppError('unsupported_media_type', `Send the extract's bytes as one of: ${EXTRACT_TYPES.join(', ')}.`);
      }
      const query = queryParams(c, UploadExtractQuery);
      const body = c.req.raw.body;
      if (!body) throw new AppError('empty_upload');
      return c.json(await services.extracts.upload(actor, query, body, limits.uploadLimitBytes), 202);
    })
    .get('/:id', async (c) => c.json(await services.extracts.get(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/layers', async (c) => {
      const json = await services.extracts.layers(actorOf(c), uuidParam(c, 'id'));
      return c.body(json, 200, { 'content-type': 'application/geo+json' });
    })
    .delete('/:id', async (c) => {
      await services.extracts.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
