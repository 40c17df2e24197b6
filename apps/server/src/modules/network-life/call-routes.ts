import { DecideCall, SaveApplication, SaveCall, SaveReview } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, uuidParam } from '../../http/validate.ts';
import type { CallService } from './call-service.ts';

/** A network's calls for expressions of interest: `/api/networks/:network/calls`. Published calls are read without an account. */
export function callRoutes(calls: CallService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:network/calls', async (c) => c.json(await calls.list(c.get('actor') ?? null, c.req.param('network'))))
    .post('/:network/calls', async (c) => c.json(await calls.create(actorOf(c), c.req.param('network'), await jsonBody(c, SaveCall)), 201))
    .get('/:network/calls/:id', async (c) => c.json(await calls.get(c.get('actor') ?? null, c.req.param('network'), uuidParam(c, 'id'))))
    .put('/:network/calls/:id', async (c) => c.json(await calls.update(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), await jsonBody(c, SaveCall))))
    .delete('/:network/calls/:id', async (c) => {
      await calls.delete(actorOf(c), c.req.param('network'), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/:network/calls/:id/close', async (c) => c.json(await calls.close(actorOf(c), c.req.param('network'), uuidParam(c, 'id'))))
    .put('/:network/calls/:id/application', async (c) =>
      c.json(await calls.apply(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), await jsonBody(c, SaveApplication))),
    )
    .delete('/:network/calls/:id/application', async (c) => c.json(await calls.withdraw(actorOf(c), c.req.param('network'), uuidParam(c, 'id'))))
    .put('/:network/calls/:id/applications/:applicationId/review', async (c) =>
      c.json(await calls.review(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), uuidParam(c, 'applicationId'), await jsonBody(c, SaveReview))),
    )
    .post('/:network/calls/:id/decision', async (c) => c.json(await calls.decide(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), await jsonBody(c, DecideCall))));
}
