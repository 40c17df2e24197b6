import { lazy, Suspense, type ComponentType } from 'react';
import type { AnyRouteParams } from '../features/defineFeature.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import { ROUTES, type Route } from '../router/routes.ts';

/** Shown instead of a page whose code could not be fetched (the connection dropped, or a new version was installed). */
function PageLoadFailed() {
  const { t } = useI18n();
  return (
    <section className="card narrow" role="alert">
      <p>{t('app.pageLoadFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reloadPage')}
      </button>
    </section>
  );
}

/**
 * A page loaded with its route: each page is its own chunk, fetched the first time it is shown, so the
 * sign-in page does not carry the maps and forms of the others.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch {
      return { default: PageLoadFailed as ComponentType<P> };
    }
  });
}

/** The page of each declared route, and of any other path. */
const PAGES: ReadonlyMap<string, ComponentType<AnyRouteParams>> = new Map(
  [...ROUTES.values()].map((decl) => [decl.name, page(decl.page)]),
);
const NotFoundPage = page(() => import('./NotFoundPage.tsx').then((m) => m.NotFoundPage));

/** The page of a route, with "Loading…" while its chunk arrives. */
export function PageFor({ route }: { route: Route }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <RoutePage route={route} />
    </Suspense>
  );
}

function RoutePage({ route }: { route: Route }) {
  const Page = PAGES.get(route.name);
  if (route.name === 'not-found' || !Page) return <NotFoundPage />;
  const { name: _name, ...params }: AnyRouteParams = route;
  // A route that names a param for a fresh page remounts its page when that param changes (another record);
  // other pages stay mounted and take the new params as props.
  const fresh = ROUTES.get(route.name)?.freshFor;
  return <Page key={fresh ? `${route.name}:${String(params[fresh])}` : route.name} {...params} />;
}
