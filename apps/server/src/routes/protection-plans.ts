import { CreateProtectionPlan, MAX_COMPARED_PLANS, ReoptimiseProtectionPlan } from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../http/validate.ts';
import type { Services } from '../services/index.ts';
import { planCsv, planGeoJson } from '../exports/protection-export.ts';
import { planReportPdf } from '../exports/protection-report.ts';
import { reportLocale } from '../exports/report-i18n.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CompareQuery = z.strictObject({ ids: z.string().max(40 * MAX_COMPARED_PLANS) });
/** The language of an export's words (`?lang=fr`); without it, the browser's `Accept-Language`. */
const ExportQuery = z.strictObject({ lang: z.string().max(35).optional() });

const disposition = (name: string, ext: string) => attachmentDisposition(name, ext, 'protection-plan');

/** The plans of one site: `/api/sites/:id/protection-plans`. */
export function siteProtectionRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/:id/protection-plans', async (c) => c.json(await services.plans.list(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/protection-plans', async (c) =>
      c.json(await services.plans.create(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, CreateProtectionPlan)), 201),
    );
}

/** Plans side by side, one plan, its result, its scenarios and its exports: `/api/protection-plans`. */
export function protectionRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/classes', (c) => c.json(services.plans.designBasis(actorOf(c))))
    .get('/compare', async (c) => {
      const ids = queryParams(c, CompareQuery).ids.split(',').map((s) => s.trim()).filter(Boolean);
      // A string that is no id cannot name a readable plan.
      if (ids.some((id) => !UUID.test(id))) throw new AppError('not_found');
      return c.json(await services.plans.compare(actorOf(c), ids.map((id) => id.toLowerCase())));
    })
    .get('/:id', async (c) => c.json(await services.plans.get(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/result', async (c) => {
      const json = await services.plans.resultJson(actorOf(c), uuidParam(c, 'id'));
      return c.body(json, 200, { 'content-type': 'application/json' });
    })
    .post('/:id/reoptimise', async (c) =>
      c.json(await services.plans.reoptimise(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, ReoptimiseProtectionPlan)), 201),
    )
    .get('/:id/export.geojson', async (c) => {
      const { plan, result } = await services.plans.exportOf(actorOf(c), uuidParam(c, 'id'), 'geojson');
      return c.body(JSON.stringify(planGeoJson(plan, result)), 200, {
        'content-type': 'application/geo+json',
        'content-disposition': disposition(plan.name, 'geojson'),
      });
    })
    .get('/:id/export.csv', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const { plan, result } = await services.plans.exportOf(actorOf(c), uuidParam(c, 'id'), 'csv');
      return c.body(planCsv(result, locale), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': disposition(plan.name, 'csv'),
      });
    })
    .get('/:id/report.pdf', async (c) => {
      const locale = reportLocale(queryParams(c, ExportQuery).lang, c.req.header('accept-language'));
      const report = await services.plans.exportOf(actorOf(c), uuidParam(c, 'id'), 'pdf');
      const pdf = await planReportPdf({ ...report, locale });
      return c.body(pdf, 200, {
        'content-type': 'application/pdf',
        'content-disposition': disposition(report.plan.name, 'pdf'),
      });
    })
    .delete('/:id', async (c) => {
      await services.plans.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
