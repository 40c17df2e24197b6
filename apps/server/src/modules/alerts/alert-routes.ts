import { CAP_MIME } from '@pactesur/cap';
import {
  CreateAlert,
  ListAlertsQuery,
  RejectAlert,
  UpdateAlertDraft,
  AlertDraftContent,
} from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import type { AlertService } from './alert-service.ts';

const PreviewBody = z.strictObject({ content: AlertDraftContent });
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

function slugParam(value: string | undefined): string {
  if (!value || !SLUG.test(value)) throw new AppError('not_found');
  return value;
}

/** A public document: anyone may fetch it, caches may keep it a minute. */
const PUBLIC = { 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' };

/**
 * Public alerts: `/api/alerts`. The organisation's routes need a session; `public/…` are the city's public
 * channels — its Atom feed, the GeoJSON of its alerts in force, each published message — and need none.
 */
export function alertRoutes(alerts: AlertService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/public/:slug/feed.atom', async (c) =>
      c.body(await alerts.publicFeed(slugParam(c.req.param('slug'))), 200, {
        ...PUBLIC,
        'content-type': 'application/atom+xml; charset=utf-8',
      }),
    )
    .get('/public/:slug/alerts.geojson', async (c) =>
      c.body(JSON.stringify(await alerts.publicGeoJson(slugParam(c.req.param('slug')))), 200, {
        ...PUBLIC,
        'content-type': 'application/geo+json',
      }),
    )
    .get('/public/cap/:file', async (c) => {
      const file = c.req.param('file');
      const id = /^([0-9a-f-]{36})\.xml$/i.exec(file)?.[1];
      if (!id) throw new AppError('not_found');
      const message = await alerts.publicMessage(id.toLowerCase());
      return c.body(message.xml, 200, { ...PUBLIC, 'content-type': `${CAP_MIME}; charset=utf-8` });
    })
    .get('/', async (c) => c.json(await alerts.list(actorOf(c), queryParams(c, ListAlertsQuery))))
    .post('/', async (c) => c.json(await alerts.create(actorOf(c), await jsonBody(c, CreateAlert)), 201))
    .get('/templates', (c) => c.json(alerts.templates(actorOf(c))))
    .post('/preview', async (c) =>
      c.json(await alerts.preview(actorOf(c), (await jsonBody(c, PreviewBody)).content)),
    )
    .get('/:id', async (c) => c.json(await alerts.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) =>
      c.json(await alerts.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateAlertDraft))),
    )
    .delete('/:id', async (c) => {
      await alerts.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/:id/submit', async (c) => c.json(await alerts.submit(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/reject', async (c) =>
      c.json(await alerts.reject(actorOf(c), uuidParam(c, 'id'), (await jsonBody(c, RejectAlert)).reason)),
    )
    .post('/:id/approve', async (c) => c.json(await alerts.approve(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/update', async (c) =>
      c.json(await alerts.follow(actorOf(c), uuidParam(c, 'id'), 'Update'), 201),
    )
    .post('/:id/cancel', async (c) =>
      c.json(await alerts.follow(actorOf(c), uuidParam(c, 'id'), 'Cancel'), 201),
    )
    .post('/:id/ack', async (c) => c.json(await alerts.acknowledge(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/message.xml', async (c) => {
      const { xml, identifier } = await alerts.xml(actorOf(c), uuidParam(c, 'id'), 'message');
      return c.body(xml, 200, {
        'content-type': `${CAP_MIME}; charset=utf-8`,
        'content-disposition': attachmentDisposition(identifier, 'xml', 'alert'),
        'cache-control': 'private, no-store',
      });
    })
    .get('/:id/eu-alert.xml', async (c) => {
      const { xml, identifier } = await alerts.xml(actorOf(c), uuidParam(c, 'id'), 'eu-alert');
      return c.body(xml, 200, {
        'content-type': `${CAP_MIME}; charset=utf-8`,
        'content-disposition': attachmentDisposition(identifier, 'xml', 'alert'),
        'cache-control': 'private, no-store',
      });
    });
}
