import { CreateWebhook, UpdateWebhook, WebhookDeliveryQuery } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../http/validate.ts';

/** The acting organisation's webhooks (its admins only), their pings and delivery history. */
export function webhookRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await services.webhooks.list(actorOf(c))))
    .post('/', async (c) => c.json(await services.webhooks.create(actorOf(c), await jsonBody(c, CreateWebhook)), 201))
    .get('/:id', async (c) => c.json(await services.webhooks.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) => c.json(await services.webhooks.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateWebhook))))
    .delete('/:id', async (c) => {
      await services.webhooks.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/:id/rotate-secret', async (c) => c.json(await services.webhooks.rotateSecret(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/ping', async (c) => c.json(await services.webhooks.ping(actorOf(c), uuidParam(c, 'id')), 202))
    .get('/:id/deliveries', async (c) =>
      c.json(await services.webhooks.deliveries(actorOf(c), uuidParam(c, 'id'), queryParams(c, WebhookDeliveryQuery))),
    );
}
