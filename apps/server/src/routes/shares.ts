import { GrantShare, RecordKind } from '@pactesur/contracts';
import { Hono } from 'hono';
import { AppError } from '../errors/app-error.ts';
import type { Services } from '../services/index.ts';
import { actorOf, type AppContext, type AppEnv } from '../http/context.ts';
import { jsonBody, uuidParam } from '../http/validate.ts';

const kindOf = (c: AppContext): RecordKind => {
  const parsed = RecordKind.safeParse(c.req.param('kind'));
  if (!parsed.success) throw new AppError('not_found', 'No such kind of record.');
  return parsed.data;
};

/** Sharing of any sensitive record with named organisations. */
export function shareRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/:kind/:id/shares', async (c) => c.json(await services.access.listShares(actorOf(c), kindOf(c), uuidParam(c, 'id'))))
    .put('/:kind/:id/shares/:orgId', async (c) => {
      const { right } = await jsonBody(c, GrantShare);
      return c.json(await services.access.share(actorOf(c), kindOf(c), uuidParam(c, 'id'), uuidParam(c, 'orgId'), right));
    })
    .delete('/:kind/:id/shares/:orgId', async (c) =>
      c.json(await services.access.unshare(actorOf(c), kindOf(c), uuidParam(c, 'id'), uuidParam(c, 'orgId'))),
    );
}
