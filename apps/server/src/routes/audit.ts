import { AuditQuery } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { Services } from '../services/index.ts';
import { actorOf, type AppEnv } from '../http/context.ts';
import { queryParams } from '../http/validate.ts';

/** The audit log of the acting organisation, as JSON pages or one CSV file. */
export function auditRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/audit', async (c) => c.json(await services.audit.list(actorOf(c), queryParams(c, AuditQuery))))
    .get('/audit.csv', async (c) => {
      const csv = await services.audit.csv(actorOf(c), queryParams(c, AuditQuery));
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="pactesur-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      });
    });
}
