import { AddNetworkMember, CreateNetwork } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, uuidParam } from '../http/validate.ts';

/** Networks and their members. `:network` is an id or a slug. */
export function networkRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      actorOf(c);
      return c.json(await services.networks.list());
    })
    .post('/', async (c) => c.json(await services.networks.create(actorOf(c), await jsonBody(c, CreateNetwork)), 201))
    .get('/:network', async (c) => {
      actorOf(c);
      return c.json(await services.networks.get(c.req.param('network')));
    })
    .post('/:network/members', async (c) =>
      c.json(await services.networks.addMember(actorOf(c), c.req.param('network'), await jsonBody(c, AddNetworkMember))),
    )
    .delete('/:network/members/:orgId', async (c) =>
      c.json(await services.networks.removeMember(actorOf(c), c.req.param('network'), uuidParam(c, 'orgId'))),
    );
}
