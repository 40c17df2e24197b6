/** The network the navigation opens. */
export const DEFAULT_NETWORK = 'pactesur-2';

/** Every screen of the app, as a value: parsed from the address bar, turned back into a path. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'network'; readonly slug: string }
  | { readonly name: 'organisation' }
  | { readonly name: 'members' }
  | { readonly name: 'audit' }
  | { readonly name: 'briefings' }
  | { readonly name: 'briefing-new' }
  | { readonly name: 'briefing'; readonly id: string }
  | { readonly name: 'jobs' }
  | { readonly name: 'sites' }
  | { readonly name: 'site-import' }
  | { readonly name: 'site'; readonly id: string }
  | { readonly name: 'threat-new'; readonly siteId: string }
  | { readonly name: 'threat'; readonly id: string }
  | { readonly name: 'crowd-new'; readonly siteId: string }
  | { readonly name: 'crowd'; readonly id: string }
  | { readonly name: 'protection-new'; readonly siteId: string }
  | { readonly name: 'protection'; readonly id: string }
  | { readonly name: 'protection-compare'; readonly siteId: string; readonly ids: readonly string[] }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'not-found'; readonly path: string };

/** Routes that can be opened without being signed in. */
export const isPublic = (route: Route): boolean => route.name === 'invite';

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

/** Screens whose path is one word. */
const SINGLE: ReadonlyMap<string, Route> = new Map<string, Route>(
  (['organisation', 'members', 'audit', 'briefings', 'jobs', 'sites'] as const).map((name) => [
    name,
    { name },
  ]),
);

/** The ids of a comparison (`?ids=a,b`): decoded, without blanks or repeats, in their order. */
function idsOf(search: string): string[] {
  const value = new URLSearchParams(search).get('ids') ?? '';
  return [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => id !== '');
}

/**
 * The route of a path (`location.pathname`, with `location.search` for the screens that read it); unknown
 * paths give `not-found`.
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
  const parts = pathname.split('/').filter((p) => p !== '');
  const [first, second, ...rest] = parts.map(decode);
  if (parts.length === 0) return { name: 'home' };
  if (first === 'sites' && second && rest.length === 2 && rest[0] === 'protection') {
    if (rest[1] === 'new') return { name: 'protection-new', siteId: second };
    if (rest[1] === 'compare') return { name: 'protection-compare', siteId: second, ids: idsOf(search) };
  }
  if (first === 'sites' && second && rest.length === 2 && rest[0] === 'threats' && rest[1] === 'new')
    return { name: 'threat-new', siteId: second };
  if (first === 'sites' && second && rest.length === 2 && rest[0] === 'crowd' && rest[1] === 'new')
    return { name: 'crowd-new', siteId: second };
  if (rest.length > 0 || first === null || second === null) return { name: 'not-found', path: pathname };
  if (second === undefined) {
    const single = first === undefined ? undefined : SINGLE.get(first);
    if (single) return single;
  } else {
    if (first === 'networks') return { name: 'network', slug: second };
    if (first === 'invite') return { name: 'invite', token: second };
    if (first === 'briefings')
      return second === 'new' ? { name: 'briefing-new' } : { name: 'briefing', id: second };
    if (first === 'sites')
      return second === 'import' ? { name: 'site-import' } : { name: 'site', id: second };
    if (first === 'threats') return { name: 'threat', id: second };
    if (first === 'crowd') return { name: 'crowd', id: second };
    if (first === 'protection') return { name: 'protection', id: second };
  }
  return { name: 'not-found', path: pathname };
}

/** The path of a route: `parseRoute(pathOf(r))` gives `r` back. */
export function pathOf(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'home':
      return '/';
    case 'network':
      return `/networks/${enc(route.slug)}`;
    case 'organisation':
    case 'members':
    case 'audit':
    case 'briefings':
    case 'jobs':
    case 'sites':
      return `/${route.name}`;
    case 'site-import':
      return '/sites/import';
    case 'site':
      return `/sites/${enc(route.id)}`;
    case 'threat-new':
      return `/sites/${enc(route.siteId)}/threats/new`;
    case 'threat':
      return `/threats/${enc(route.id)}`;
    case 'crowd-new':
      return `/sites/${enc(route.siteId)}/crowd/new`;
    case 'crowd':
      return `/crowd/${enc(route.id)}`;
    case 'protection-new':
      return `/sites/${enc(route.siteId)}/protection/new`;
    case 'protection':
      return `/protection/${enc(route.id)}`;
    case 'protection-compare':
      return `/sites/${enc(route.siteId)}/protection/compare?ids=${route.ids.map(enc).join(',')}`;
    case 'briefing-new':
      return '/briefings/new';
    case 'briefing':
      return `/briefings/${enc(route.id)}`;
    case 'invite':
      return `/invite/${enc(route.token)}`;
    case 'not-found':
      return route.path;
  }
}
