import type { Hono } from 'hono';
import { AppError } from '../errors/app-error.ts';
import type { AppContext, AppEnv } from './context.ts';

const toRegExp = (path: string): RegExp =>
  new RegExp('^' + path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\/:[^/]+/g, '/[^/]+').replace(/\/\*$/, '/.*') + '/?$');

/**
 * Unknown API paths answer `route_not_found` (404); a known path with another method answers
 * `method_not_allowed` (405) with the `allow` header.
 */
export function apiNotFound(app: Hono<AppEnv>) {
  return (c: AppContext): never => {
    const path = new URL(c.req.url).pathname;
    const allowed = new Set(
      // Only the API's own routes: the web app's catch-all (`GET *`) would make every path look known.
      app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && toRegExp(r.path).test(path)).map((r) => r.method),
    );
    if (allowed.size > 0) {
      c.header('allow', [...allowed].sort().join(', '));
      throw new AppError('method_not_allowed', `Use ${[...allowed].sort().join(' or ')} on this route.`);
    }
    throw new AppError('route_not_found', `No route ${c.req.method} ${path}.`);
  };
}
