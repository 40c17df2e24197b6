import { CreateCourse, Enrol, MarkAttendance, SaveCourse } from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../../http/validate.ts';
import { reportLocale } from '../../exports/report-i18n.ts';
import { certificatePdf } from './certificate-pdf.ts';
import type { CourseService } from './course-service.ts';

const ListQuery = z.strictObject({ network: z.string().min(1).max(100).optional() });
const ExportQuery = z.strictObject({ lang: z.string().max(35).optional() });

/** Training: `/api/training` — a network's courses, enrolment, attendance, certificates and their public check. */
export function courseRoutes(courses: CourseService, publicUrl: string): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await courses.list(c.get('actor') ?? null, queryParams(c, ListQuery).network)))
    .post('/', async (c) => {
      const { network, course } = await jsonBody(c, CreateCourse);
      return c.json(await courses.create(actorOf(c), network, course), 201);
    })
    .get('/certificates/:code', async (c) => c.json(await courses.check(c.req.param('code'))))
    .get('/:id', async (c) => c.json(await courses.get(c.get('actor') ?? null, uuidParam(c, 'id'))))
    .put('/:id', async (c) => c.json(await courses.update(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, SaveCourse))))
    .delete('/:id', async (c) => {
      await courses.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    })
    .post('/:id/participants', async (c) => c.json(await courses.enrol(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, Enrol)), 201))
    .delete('/:id/participants/:participantId', async (c) => c.json(await courses.withdraw(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'participantId'))))
    .put('/:id/attendance', async (c) => c.json(await courses.mark(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, MarkAttendance))))
    .get('/:id/participants/:participantId/certificate.pdf', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { course, participant } = await courses.certificate(actorOf(c), uuidParam(c, 'id'), uuidParam(c, 'participantId'));
      const verifyUrl = `${publicUrl.replace(/\/$/, '')}/training/certificates/${participant.certificateCode}`;
      const pdf = await certificatePdf({ course, participant, verifyUrl, locale });
      return c.body(pdf, 200, {
        'content-type': 'application/pdf',
        'content-disposition': attachmentDisposition(`${course.content.title} ${participant.name}`, 'pdf', 'certificate'),
        'cache-control': 'private, no-store',
      });
    });
}
