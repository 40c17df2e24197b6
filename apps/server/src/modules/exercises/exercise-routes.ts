import { AddParticipant, CreateExercise, PostFeedback, PostObservation, PostResponse, RunCommand, SaveCorrectiveAction, UpdateExercise, UploadObservationPhotoQuery } from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { reportLocale } from '../../exports/report-i18n.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { photoResponse, readPhotoBody } from '../../http/photo-http.ts';
import { readBody } from '../../http/read-body.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import { exerciseReportPdf } from './exercise-report.ts';
import type { ExerciseModuleServices } from './exercise-services.ts';

/** Most bytes of an imported MSEL file. */
const MAX_MSEL_BYTES = 2 * 1024 * 1024;
const ExportQuery = z.strictObject({ lang: z.string().max(35).optional() });
const ImportQuery = z.strictObject({ revision: z.coerce.number().int().min(0).optional() });

/** Multi-agency exercises (sensitive records): `/api/exercises`. */
export function exerciseRoutes({ design, run, evaluation }: ExerciseModuleServices): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await design.list(actorOf(c))))
    .post('/', async (c) => c.json(await design.create(actorOf(c), await jsonBody(c, CreateExercise)), 201))
    .get('/:id', async (c) => c.json(await design.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) => c.json(await design.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateExercise))))
    .delete('/:id', async (c) => {
      await design.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .get('/:id/msel.csv', async (c) => {
      const { name, csv } = await design.mselCsv(actorOf(c), uuidParam(c, 'id'));
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachmentDisposition(`${name} MSEL`, 'csv', 'exercise'),
        'cache-control': 'private, no-store',
      });
    })
    .put('/:id/msel.csv', async (c) => {
      const bytes = await readBody(c.req.raw.body, MAX_MSEL_BYTES);
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      return c.json(await design.importMsel(actorOf(c), uuidParam(c, 'id'), text, queryParams(c, ImportQuery).revision));
    })
    .post('/:id/participants', async (c) => c.json(await design.addParticipant(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, AddParticipant)), 201))
    .delete('/:id/participants/:participantId', async (c) =>
      c.json(await design.removeParticipant(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'participantId'))),
    )
    .post('/:id/run', async (c) => c.json(await run.command(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, RunCommand))))
    .get('/:id/timeline', async (c) => c.json(await run.timeline(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/deliveries', async (c) => c.json(await run.deliveries(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/responses', async (c) => c.json(await run.responses(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/responses', async (c) => c.json(await run.respond(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, PostResponse)), 201))
    .get('/:id/observations', async (c) => c.json(await evaluation.observations(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/observations', async (c) => c.json(await evaluation.observe(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, PostObservation)), 201))
    .put('/:id/observations/:observationId/photo', async (c) => {
      const bytes = await readPhotoBody(c);
      const query = queryParams(c, UploadObservationPhotoQuery);
      return c.json(await evaluation.setObservationPhoto(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'observationId'), query, bytes));
    })
    .get('/:id/observations/:observationId/photo', async (c) =>
      photoResponse(c, await evaluation.observationPhoto(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'observationId'))),
    )
    .get('/:id/feedback', async (c) => c.json(await evaluation.feedback(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/feedback', async (c) => c.json(await evaluation.giveFeedback(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, PostFeedback)), 201))
    .get('/:id/actions', async (c) => c.json(await evaluation.actions(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/actions', async (c) => c.json(await evaluation.saveAction(actorOf(c), uuidParam(c, 'id'), null, await jsonBody(c, SaveCorrectiveAction)), 201))
    .put('/:id/actions/:actionId', async (c) =>
      c.json(await evaluation.saveAction(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'actionId'), await jsonBody(c, SaveCorrectiveAction))),
    )
    .get('/:id/report', async (c) => c.json((await evaluation.report(actorOf(c), uuidParam(c, 'id'))).report))
    .get('/:id/report.pdf', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { exercise, report, reader } = await evaluation.exportReport(actorOf(c), uuidParam(c, 'id'));
      const pdf = await exerciseReportPdf({ exercise, report, reader, at: new Date(), locale });
      return c.body(pdf, 200, {
        'content-type': 'application/pdf',
        'content-disposition': attachmentDisposition(`${exercise.name} after-action report`, 'pdf', 'exercise'),
        'cache-control': 'private, no-store',
      });
    })
    .get('/:id/replay', async (c) => c.json(await evaluation.replay(actorOf(c), uuidParam(c, 'id'))));
}
