import type { Health } from '@pactesur/contracts';
import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';

/** `GET /api/health`: is the database reachable? 200 when it is, 503 when it is not. */
export function healthRoutes(database: { reachable(): Promise<boolean> }, info: { databaseKind: Health['database']['kind']; jobsBackend: Health['jobs']['backend']; version: string }) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const reachable = await database.reachable();
    const body: Health = {
      status: reachable ? 'ok' : 'degraded',
      database: { reachable, kind: info.databaseKind },
      jobs: { backend: info.jobsBackend },
      version: info.version,
    };
    return c.json(body, reachable ? 200 : 503);
  });
}
