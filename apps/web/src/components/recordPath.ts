import { pathOf } from '../router/routes.ts';

/** The page of a record of a kind (as the API names kinds), or null for kinds without a page of their own. */
export function recordPath(kind: string, id: string): string | null {
  switch (kind) {
    case 'site':
      return pathOf({ name: 'site', id });
    case 'threat-analysis':
      return pathOf({ name: 'threat', id });
    case 'protection-plan':
      return pathOf({ name: 'protection', id });
    case 'crowd-simulation':
      return pathOf({ name: 'crowd', id });
    case 'briefing':
      return pathOf({ name: 'briefing', id });
    case 'job':
      return pathOf({ name: 'jobs' });
    default:
      return null;
  }
}
