import { FEATURES } from '../features/index.ts';
import { ROUTES, type Route } from './routes.ts';

/** The route (by name) of each kind of record, as the features owning the kinds declare it. */
const PAGES: ReadonlyMap<string, string> = new Map(
  FEATURES.flatMap((f) =>
    Object.entries<string | undefined>(f.recordKinds).flatMap(([kind, name]) =>
      name ? [[kind, name] as const] : [],
    ),
  ),
);

/**
 * The page of a record of a kind (as the API names kinds), or null for kinds without a page of their own.
 * A kind's route takes the record's `id`, or nothing (a job is a row of the jobs page).
 *
 * @example routeOfRecord('briefing', '4b1e…') // { name: 'briefing', id: '4b1e…' }
 * @example routeOfRecord('extract', '9a0c…') // null
 */
export function routeOfRecord(kind: string, id: string): Route | null {
  const name = PAGES.get(kind);
  const decl = name === undefined ? undefined : ROUTES.get(name);
  if (!decl) return null;
  // `RecordPage` lets a feature name only a route whose params are the `id` or nothing.
  return (decl.path.includes(':id') ? { name: decl.name, id } : { name: decl.name }) as Route;
}
