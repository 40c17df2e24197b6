import { MarkNotificationsRead, NotificationQuery } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, queryParams } from '../http/validate.ts';
import type { Services } from '../services/index.ts';

/** The signed-in user's notifications: `/api/notifications`. Each user reads and marks only their own. */
export function notificationRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await services.notifications.list(actorOf(c), queryParams(c, NotificationQuery))))
    .post('/read', async (c) => c.json(await services.notifications.markRead(actorOf(c), await jsonBody(c, MarkNotificationsRead))));
}
