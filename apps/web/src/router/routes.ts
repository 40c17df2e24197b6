import type { AnyRouteParams, RouteDecl, RouteOf } from '../features/defineFeature.ts';
import { FEATURES, type AppFeature } from '../features/index.ts';

/**
 * Every screen of the app, as a value: parsed from the address bar, turned back into a path. The union of
 * the routes the features declare (`features/<area>/feature.ts`), and `not-found` for any other path.
 */
export type Route = RouteOf<AppFeature> | { readonly name: 'not-found'; readonly path: string };

/** A segment of a pattern: a literal word, or a `:param`. */
type Segment = { readonly literal: string } | { readonly param: string };

interface CompiledRoute {
  readonly decl: RouteDecl;
  readonly segments: readonly Segment[];
}

const compile = (decl: RouteDecl): CompiledRoute => ({
  decl,
  segments: decl.path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => (p.startsWith(':') ? { param: p.slice(1) } : { literal: p })),
});

/**
 * A literal segment wins over a param at the same place (`/sites/import` before `/sites/:id`), whatever the
 * order of the registry: patterns of a length (only those can match the same path) are tried most literal
 * first, segment by segment.
 */
const byLiteralsFirst = (a: CompiledRoute, b: CompiledRoute): number => {
  if (a.segments.length !== b.segments.length) return a.segments.length - b.segments.length;
  for (let i = 0; i < a.segments.length; i++) {
    const rank = Number('param' in (a.segments[i] ?? {})) - Number('param' in (b.segments[i] ?? {}));
    if (rank !== 0) return rank;
  }
  return 0;
};

/** The declared routes, by name: the routes of every feature. */
export const ROUTES: ReadonlyMap<string, RouteDecl> = new Map(
  FEATURES.flatMap((f): readonly RouteDecl[] => f.routes).map((d) => [d.name, d]),
);

const COMPILED: readonly CompiledRoute[] = [...ROUTES.values()].map(compile).sort(byLiteralsFirst);

/** Routes that can be opened without being signed in. */
export const isPublic = (route: Route): boolean => ROUTES.get(route.name)?.public ?? false;

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

/** A list of the query (`?ids=a,b`): decoded, without blanks or repeats, in their order. */
function listOf(search: string, name: string): string[] {
  const value = new URLSearchParams(search).get(name) ?? '';
  return [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => id !== '');
}

/** The params of `parts` if they fit the pattern of `route`. */
function match(route: CompiledRoute, parts: readonly string[]): Record<string, string> | null {
  if (parts.length !== route.segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of route.segments.entries()) {
    const part = parts[i] ?? '';
    if ('literal' in segment) {
      if (part !== segment.literal) return null;
    } else params[segment.param] = part;
  }
  return params;
}

/**
 * The route of a path (`location.pathname`, with `location.search` for the screens that read it); unknown
 * paths, and paths with a part that cannot be decoded, give `not-found`.
 *
 * @example parseRoute('/briefings/4b1e…') // { name: 'briefing', id: '4b1e…' }
 * @example parseRoute('/sites/import') // { name: 'site-import' }
 * @example parseRoute('/sites/5e0b…/threats/new') // { name: 'threat-new', siteId: '5e0b…' }
 * @example parseRoute('/sites/5e0b…/protection/compare?ids=a,b') // { name: 'protection-compare', siteId: '5e0b…', ids: ['a', 'b'] }
 */
export function parseRoute(location: string): Route {
  const query = location.indexOf('?');
  const pathname = query < 0 ? location : location.slice(0, query);
  const search = query < 0 ? '' : location.slice(query);
  const parts = pathname
    .split('/')
    .filter((p) => p !== '')
    .map(decode);
  const notFound: Route = { name: 'not-found', path: pathname };
  if (parts.some((p) => p === null)) return notFound;
  for (const route of COMPILED) {
    const params = match(route, parts as string[]);
    if (!params) continue;
    const lists = Object.fromEntries(route.decl.query.map((name) => [name, listOf(search, name)]));
    // The value has exactly the name and the params of the matched pattern: a member of the union.
    return { name: route.decl.name, ...params, ...lists } as Route;
  }
  return notFound;
}

/** The path of a route: `parseRoute(pathOf(r))` gives `r` back. */
export function pathOf(route: Route): string {
  if (route.name === 'not-found') return route.path;
  const decl = ROUTES.get(route.name);
  if (!decl) throw new Error(`No route is declared under the name ${route.name}`);
  const values: AnyRouteParams = route;
  const enc = encodeURIComponent;
  const text = (name: string): string => {
    const value = values[name];
    return typeof value === 'string' ? value : '';
  };
  const path = decl.path.replace(/:(\w+)/g, (_whole, name: string) => enc(text(name)));
  const lists = decl.query.map((name) => {
    const value = values[name];
    return `${name}=${(typeof value === 'string' ? [value] : (value ?? [])).map(enc).join(',')}`;
  });
  return lists.length === 0 ? path : `${path}?${lists.join('&')}`;
}
