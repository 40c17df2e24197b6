/**
 * The browser history as a small store: `navigate` pushes a path, `subscribe` tells React about every
 * change (our own pushes and the back/forward buttons).
 */
type Listener = () => void;
const listeners = new Set<Listener>();

const notify = () => {
  for (const listener of listeners) listener();
};

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** The path and query of the address bar (the query matters to a few screens, e.g. a comparison). */
export const currentPath = (): string => window.location.pathname + window.location.search;
