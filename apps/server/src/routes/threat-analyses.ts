import { CreateThreatAnalysis } from '@pactesur/contracts';
import { Hono } from 'hono';
import { z } from 'zod';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { jsonBody, queryParams, uuidParam } from '../http/validate.ts';
import type { Services } from '../services/index.ts';
import { threatCsv, threatGeoJson } from '../exports/threat-export.ts';

const ExportQuery = z.strictObject({ class: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/).max(40).optional() });

const disposition = (name: string, ext: string) => attachmentDisposition(name, ext, 'threat-analysis');

/** The analyses of one site: `/api/sites/:id/threat-analyses`. */
export function siteThreatRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/:id/threat-analyses', async (c) => c.json(await services.threats.list(actorOf(c), uuidParam(c, 'id'))))
    .post('/:id/threat-analyses', async (c) =>
      c.json(await services.threats.start(actorOf(c), uuidParam(c, 'id'), await jsonBody(c, CreateThreatAnalysis)), 201),
    );
}

/** One analysis, its result and its exports: `/api/threat-analyses/:id`. */
export function threatRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/:id', async (c) => c.json(await services.threats.get(actorOf(c), uuidParam(c, 'id'))))
    .get('/:id/result', async (c) => {
      const json = await services.threats.resultJson(actorOf(c), uuidParam(c, 'id'));
      return c.body(json, 200, { 'content-type': 'application/json' });
    })
    .get('/:id/layers', async (c) => {
      const json = await services.threats.layers(actorOf(c), uuidParam(c, 'id'));
      return c.body(json, 200, { 'content-type': 'application/geo+json' });
    })
    .get('/:id/export.geojson', async (c) => {
      const query = queryParams(c, ExportQuery);
      const { analysis, result } = await services.threats.result(actorOf(c), uuidParam(c, 'id'));
      return c.body(JSON.stringify(threatGeoJson(analysis, result, query.class)), 200, {
        'content-type': 'application/geo+json',
        'content-disposition': disposition(analysis.name, 'geojson'),
      });
    })
    .get('/:id/export.csv', async (c) => {
      const query = queryParams(c, ExportQuery);
      const { analysis, result } = await services.threats.result(actorOf(c), uuidParam(c, 'id'));
      return c.body(threatCsv(analysis, result, query.class), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': disposition(analysis.name, 'csv'),
      });
    })
    .delete('/:id', async (c) => {
      await services.threats.delete(actorOf(c), uuidParam(c, 'id'));
      return c.body(null, 204);
    });
}
