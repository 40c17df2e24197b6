import { ChangeRole, CreateInvitation, CreateOrganisation, UpdateOrganisation } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, uuidParam } from '../http/validate.ts';

/** The organisation directory, members, and invitations. */
export function orgRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      actorOf(c);
      return c.json(await services.orgs.list());
    })
    .post('/', async (c) => c.json(await services.orgs.create(actorOf(c), await jsonBody(c, CreateOrganisation)), 201))
    .get('/:orgId', async (c) => {
      actorOf(c);
      return c.json(await services.orgs.get(uuidParam(c, 'orgId')));
    })
    .patch('/:orgId', async (c) =>
      c.json(await services.orgs.update(actorOf(c), uuidParam(c, 'orgId'), await jsonBody(c, UpdateOrganisation))),
    )
    .get('/:orgId/members', async (c) => c.json(await services.orgs.members(actorOf(c), uuidParam(c, 'orgId'))))
    .patch('/:orgId/members/:userId', async (c) => {
      const { role } = await jsonBody(c, ChangeRole);
      return c.json(await services.orgs.changeRole(actorOf(c), uuidParam(c, 'orgId'), uuidParam(c, 'userId'), role));
    })
    .delete('/:orgId/members/:userId', async (c) => {
      await services.orgs.removeMember(actorOf(c), uuidParam(c, 'orgId'), uuidParam(c, 'userId'));
      return c.body(null, 204);
    })
    .get('/:orgId/invitations', async (c) => c.json(await services.invitations.list(actorOf(c), uuidParam(c, 'orgId'))))
    .post('/:orgId/invitations', async (c) =>
      c.json(
        await services.invitations.create(actorOf(c), uuidParam(c, 'orgId'), await jsonBody(c, CreateInvitation)),
        201,
      ),
    )
    .delete('/:orgId/invitations/:id', async (c) => {
      await services.invitations.revoke(actorOf(c), uuidParam(c, 'orgId'), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
