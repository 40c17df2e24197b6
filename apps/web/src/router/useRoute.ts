import { useSyncExternalStore } from 'react';
import { currentPath, subscribe } from './history.ts';
import { parseRoute, type Route } from './routes.ts';

/** The current route; re-renders on every navigation. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath);
  return parseRoute(path);
}
