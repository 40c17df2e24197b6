import { routeOfRecord } from '../../router/routeOfRecord.ts';
import { pathOf } from '../../router/routes.ts';

/** The page of a record of a kind (as the API names kinds), or null for kinds without a page of their own. */
export function recordPath(kind: string, id: string): string | null {
  const route = routeOfRecord(kind, id);
  return route && pathOf(route);
}
