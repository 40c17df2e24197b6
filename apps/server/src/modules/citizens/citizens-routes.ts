import { IssueApiKey, NewReport, ReportQuery, SaveCoverage, TriageReport } from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { photoResponse, readPhotoBody } from '../../http/photo-http.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import type { CitizensServices } from './citizens-services.ts';

const Place = z.strictObject({ lng: z.coerce.number().min(-180).max(180), lat: z.coerce.number().min(-90).max(90) });
const TokenQuery = z.strictObject({ token: z.string().max(200) });

/**
 * Citizens' reports under `/api/citizens`: the reporting page's (no account: send, add a photo, follow by
 * token, the categories taken at a place, the transparency page, a published photo), and the receiving
 * organisation's (reports, triage, the photo; its admins' coverage and Open311 keys).
 */
export function citizensRoutes(s: CitizensServices): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/coverage', async (c) => c.json(await s.coverage.list(actorOf(c))))
    .post('/coverage', async (c) => c.json(await s.coverage.create(actorOf(c), await jsonBody(c, SaveCoverage)), 201))
    .put('/coverage/:id', async (c) => c.json(await s.coverage.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, SaveCoverage))))
    .delete('/coverage/:id', async (c) => {
      await s.coverage.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .get('/api-keys', async (c) => c.json(await s.keys.list(actorOf(c))))
    .post('/api-keys', async (c) => c.json(await s.keys.issue(actorOf(c), await jsonBody(c, IssueApiKey)), 201))
    .delete('/api-keys/:id', async (c) => {
      await s.keys.revoke(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/reports', async (c) => c.json(await s.reports.submit(await jsonBody(c, NewReport), { via: 'web' }), 201))
    .put('/reports/photo', async (c) => c.json(await s.reports.addPhoto(queryParams(c, TokenQuery).token, await readPhotoBody(c))))
    .get('/track/:token', async (c) => c.json(await s.reports.track(c.req.param('token'))))
    .get('/reports', async (c) => c.json(await s.triage.list(actorOf(c), queryParams(c, ReportQuery))))
    .get('/reports/:id', async (c) => c.json(await s.triage.get(actorOf(c), uuidParam(c, 'id'))))
    .put('/reports/:id/triage', async (c) => c.json(await s.triage.triage(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, TriageReport))))
    .get('/reports/:id/photo', async (c) => photoResponse(c, await s.triage.photo(actorOf(c), uuidParam(c, 'id'))))
    .get('/public/:requestId/photo.jpg', async (c) => {
      const photo = await s.public.photo(c.req.param('requestId'));
      // Public while published: no cache keeps it past an unpublication.
      return c.body(new Uint8Array(photo.bytes), 200, { 'content-type': photo.contentType, 'cache-control': 'no-store' });
    })
    .get('/transparency', async (c) => c.json(await s.public.transparency()))
    .get('/categories', async (c) => {
      const { lng, lat } = queryParams(c, Place);
      return c.json(await s.coverage.categoriesAt([lng, lat]));
    });
}
