import { AddExchangeGuest, SaveExchange } from '@pactesur/contracts';
import { Hono } from 'hono';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, uuidParam } from '../../http/validate.ts';
import type { ExchangeService } from './exchange-service.ts';

/** The exchanges of officers: `/api/networks/:network/activities/:id/exchange`, read by the network's members only. */
export function exchangeRoutes(exchanges: ExchangeService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:network/activities/:id/exchange', async (c) => c.json(await exchanges.get(c.get('actor') ?? null, c.req.param('network'), uuidParam(c, 'id'))))
    .put('/:network/activities/:id/exchange', async (c) =>
      c.json(await exchanges.save(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), await jsonBody(c, SaveExchange))),
    )
    .post('/:network/activities/:id/exchange/guests', async (c) =>
      c.json(await exchanges.addGuest(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), await jsonBody(c, AddExchangeGuest)), 201),
    )
    .delete('/:network/activities/:id/exchange/guests/:guestId', async (c) =>
      c.json(await exchanges.removeGuest(actorOf(c), c.req.param('network'), uuidParam(c, 'id'), uuidParam(c, 'guestId'))),
    );
}
