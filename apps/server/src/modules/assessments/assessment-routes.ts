import {
  CreateAssessment,
  CreateAssessmentComment,
  IndicatorKey,
  ListAssessmentsQuery,
  OverrideIndicator,
  UpdateAssessment,
  UploadPhotoQuery,
} from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.ts';
import { reportLocale } from '../../exports/report-i18n.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { photoResponse, readPhotoBody } from '../../http/photo-http.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import { registerCsv } from './assessment-csv.ts';
import { assessmentReportPdf } from './assessment-report.ts';
import type { AssessmentService } from './assessment-service.ts';

/** The language of an export's words (`?lang=fr`); without it, the browser's `Accept-Language`. */
const ExportQuery = z.strictObject({ lang: z.string().max(35).optional() });
const CompareQuery = z.strictObject({ before: z.uuid(), after: z.uuid() });

function indicatorKey(value: string | undefined): IndicatorKey {
  const parsed = IndicatorKey.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', 'No such indicator.');
  return parsed.data;
}

/** Vulnerability assessments (sensitive records): `/api/assessments`. */
export function assessmentRoutes(assessments: AssessmentService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) =>
      c.json(await assessments.list(actorOf(c), queryParams(c, ListAssessmentsQuery).siteId)),
    )
    .post('/', async (c) =>
      c.json(await assessments.create(actorOf(c), await jsonBody(c, CreateAssessment)), 201),
    )
    .get('/dashboard', async (c) => c.json(await assessments.dashboard(actorOf(c))))
    .get('/compare', async (c) => {
      const { before, after } = queryParams(c, CompareQuery);
      return c.json(await assessments.compare(actorOf(c), before, after));
    })
    .get('/:id', async (c) => c.json(await assessments.get(actorOf(c), uuidParam(c, 'id'))))
    .patch('/:id', async (c) =>
      c.json(await assessments.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, UpdateAssessment))),
    )
    .delete('/:id', async (c) => {
      await assessments.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/:id/versions', async (c) =>
      c.json(await assessments.newVersion(actorOf(c), uuidParam(c, 'id')), 201),
    )
    .post('/:id/indicators/refresh', async (c) =>
      c.json(await assessments.refreshIndicators(actorOf(c), uuidParam(c, 'id'))),
    )
    .put('/:id/indicators/:key/override', async (c) =>
      c.json(
        await assessments.override(
          actorOf(c),
          uuidParam(c, 'id'),
          indicatorKey(c.req.param('key')),
          await jsonBody(c, OverrideIndicator),
        ),
      ),
    )
    .delete('/:id/indicators/:key/override', async (c) =>
      c.json(
        await assessments.override(actorOf(c), uuidParam(c, 'id'), indicatorKey(c.req.param('key')), null),
      ),
    )
    .post('/:id/comments', async (c) =>
      c.json(
        await assessments.addComment(
          actorOf(c),
          uuidParam(c, 'id'),
          await jsonBody(c, CreateAssessmentComment),
        ),
        201,
      ),
    )
    .delete('/:id/comments/:commentId', async (c) => {
      await assessments.deleteComment(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'commentId'));
      return c.body(null, 204);
    })
    .post('/:id/photos', async (c) => {
      const bytes = await readPhotoBody(c);
      return c.json(await assessments.addPhoto(actorOf(c), uuidParam(c, 'id'), queryParams(c, UploadPhotoQuery), bytes), 201);
    })
    .get('/:id/photos/:photoId', async (c) =>
      photoResponse(c, await assessments.photo(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'photoId'))),
    )
    .delete('/:id/photos/:photoId', async (c) => {
      await assessments.deletePhoto(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'photoId'));
      return c.body(null, 204);
    })
    .get('/:id/report.pdf', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { assessment, reader } = await assessments.exportOf(actorOf(c), uuidParam(c, 'id'), 'pdf');
      const pdf = await assessmentReportPdf({ assessment, reader, at: new Date(), locale });
      return c.body(pdf, 200, {
        'content-type': 'application/pdf',
        'content-disposition': attachmentDisposition(
          `${assessment.title} v${assessment.version}`,
          'pdf',
          'assessment',
        ),
        'cache-control': 'private, no-store',
      });
    })
    .get('/:id/register.csv', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { assessment } = await assessments.exportOf(actorOf(c), uuidParam(c, 'id'), 'csv');
      return c.body(registerCsv(assessment, locale), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachmentDisposition(
          `${assessment.title} v${assessment.version} register`,
          'csv',
          'assessment',
        ),
        'cache-control': 'private, no-store',
      });
    });
}
