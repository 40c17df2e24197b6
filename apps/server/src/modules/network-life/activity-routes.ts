import { Register, SaveActivity } from '@pactesur/contracts';
import { Hono } from 'hono';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { actorOf, type AppContext, type AppEnv } from '../../http/context.ts';
import { jsonBody, uuidParam } from '../../http/validate.ts';
import type { ActivityService } from './activity-service.ts';

/** Who reads: the signed-in actor, or null — the public, who reads a network's public activities. */
const readerOf = (c: AppContext) => c.get('actor') ?? null;

/** The life of networks: `/api/networks/:network/activities` and the calendar as iCalendar. */
export function activityRoutes(activities: ActivityService, publicUrl: string): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:network/calendar.ics', async (c) => {
      const { name, ics } = await activities.calendar(readerOf(c), c.req.param('network'), publicUrl);
      return c.body(ics, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': attachmentDisposition(name, 'ics', 'calendar').replace(/^attachment/, 'inline'),
        'cache-control': 'private, max-age=300',
      });
    })
    .get('/:network/activities', async (c) => c.json(await activities.list(readerOf(c), c.req.param('network'))))
    .get('/:network/activities/:id', async (c) => c.json(await activities.get(readerOf(c), c.req.param('network'), uuidParam(c, 'id'))))
    .post('/:network/activities', async (c) => c.json(await activities.create(actorOf(c), c.req.param('network'), await jsonBody(c, SaveActivity)), 201))
    .put('/:network/activities/:id', async (c) =>
      c.json(await activities.update(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), await jsonBody(c, SaveActivity))),
    )
    .delete('/:network/activities/:id', async (c) => {
      await activities.delete(actorOf(c), c.req.param('network'), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .put('/:network/activities/:id/registration', async (c) => {
      const { people } = await jsonBody(c, Register);
      return c.json(await activities.register(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), people));
    })
    .delete('/:network/activities/:id/registration', async (c) => c.json(await activities.unregister(actorOf(c), c.req.param('network'), uuidParam(c, 'id'))));
}
