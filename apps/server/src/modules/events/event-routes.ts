import {
  CloseCondition,
  CreateEvent,
  NextEvent,
  PostGateCount,
  PostIncident,
  ReviewEvent,
  SaveEventProfile,
  SimulateEvent,
  SubmitEvent,
  UpdateEvent,
} from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { reportLocale } from '../../exports/report-i18n.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import { eventCalculationsCsv } from './event-csv.ts';
import { eventPlanPdf } from './event-report.ts';
import type { EventModuleServices } from './event-services.ts';

const ListQuery = z.strictObject({ siteId: z.uuid().optional() });
const ExportQuery = z.strictObject({ lang: z.string().max(35).optional() });
const LiveQuery = z.strictObject({ after: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(0) });
const EndLive = z.strictObject({ debrief: z.string().max(20_000).default('') });
const NetworkParam = z.string().min(1).max(100).regex(/^[A-Za-z0-9-]+$/);

/** Event security plans (sensitive records): `/api/events`. */
export function eventRoutes({ plans, signOff, live, profiles, exports }: EventModuleServices): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await plans.list(actorOf(c), queryParams(c, ListQuery).siteId)))
    .post('/', async (c) => c.json(await plans.create(actorOf(c), await jsonBody(c, CreateEvent)), 201))
    .get('/profiles', async (c) => c.json(await profiles.list(actorOf(c))))
    .post('/profiles', async (c) => c.json(await profiles.create(actorOf(c), await jsonBody(c, SaveEventProfile)), 201))
    .put('/profiles/:id', async (c) => c.json(await profiles.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, SaveEventProfile))))
    .get('/profiles/:id/versions', async (c) => c.json(await profiles.versions(actorOf(c), uuidParam(c, 'id'))))
    .get('/calendar/:network', async (c) => {
      const network = NetworkParam.safeParse(c.req.param('network'));
      return c.json(await plans.calendar(actorOf(c), network.success ? network.data : '-'));
    })
    .get('/:id', async (c) => c.json(await plans.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) => c.json(await plans.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateEvent))))
    .delete('/:id', async (c) => {
      await plans.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/:id/next', async (c) => c.json(await plans.next(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, NextEvent)), 201))
    .get('/:id/barriers', async (c) => c.json(await plans.barrierChecks(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/changes', async (c) => c.json(await plans.changes(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/simulations', async (c) => c.json(await plans.simulate(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, SimulateEvent)), 202))
    .post('/:id/submit', async (c) => c.json(await signOff.submit(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, SubmitEvent))))
    .post('/:id/review', async (c) => c.json(await signOff.review(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, ReviewEvent))))
    .patch('/:id/conditions/:conditionId', async (c) =>
      c.json(await signOff.closeCondition(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'conditionId'), await jsonBody(c, CloseCondition))),
    )
    .post('/:id/live/start', async (c) => c.json(await signOff.startLive(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/live/end', async (c) => c.json(await signOff.endLive(actorOf(c), uuidParam(c, 'id'), (await jsonBody(c, EndLive)).debrief)))
    .get('/:id/live', async (c) => c.json(await live.state(actorOf(c), uuidParam(c, 'id'), queryParams(c, LiveQuery).after)))
    .post('/:id/live/counts', async (c) => c.json(await live.postCount(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, PostGateCount)), 201))
    .post('/:id/live/incidents', async (c) => c.json(await live.postIncident(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, PostIncident)), 201))
    .get('/:id/plan.pdf', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { event, live: log, simulations, reader } = await exports.exportOf(actorOf(c), uuidParam(c, 'id'), 'pdf');
      const pdf = await eventPlanPdf({ event, live: log, simulations, reader, at: new Date(), locale });
      return c.body(pdf, 200, {
        'content-type': 'application/pdf',
        'content-disposition': attachmentDisposition(`${event.name} safety management plan`, 'pdf', 'event'),
        'cache-control': 'private, no-store',
      });
    })
    .get('/:id/calculations.csv', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { event } = await exports.exportOf(actorOf(c), uuidParam(c, 'id'), 'csv');
      return c.body(eventCalculationsCsv(event, locale), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachmentDisposition(`${event.name} calculations`, 'csv', 'event'),
        'cache-control': 'private, no-store',
      });
    });
}
