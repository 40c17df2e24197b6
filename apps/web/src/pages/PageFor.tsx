import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from '../hooks/useI18n.tsx';
import type { Route } from '../router/routes.ts';

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

const HomePage = page(() => import('./HomePage.tsx').then((m) => m.HomePage));
const NetworkPage = page(() => import('./NetworkPage.tsx').then((m) => m.NetworkPage));
const OrganisationPage = page(() => import('./OrganisationPage.tsx').then((m) => m.OrganisationPage));
const MembersPage = page(() => import('./MembersPage.tsx').then((m) => m.MembersPage));
const AuditPage = page(() => import('./AuditPage.tsx').then((m) => m.AuditPage));
const BriefingsPage = page(() => import('./BriefingsPage.tsx').then((m) => m.BriefingsPage));
const NewBriefingPage = page(() => import('./NewBriefingPage.tsx').then((m) => m.NewBriefingPage));
const BriefingPage = page(() => import('./BriefingPage.tsx').then((m) => m.BriefingPage));
const JobsPage = page(() => import('./JobsPage.tsx').then((m) => m.JobsPage));
const SitesPage = page(() => import('./SitesPage.tsx').then((m) => m.SitesPage));
const SiteImportPage = page(() => import('./SiteImportPage.tsx').then((m) => m.SiteImportPage));
const SitePage = page(() => import('./SitePage.tsx').then((m) => m.SitePage));
const NewThreatAnalysisPage = page(() => import('./NewThreatAnalysisPage.tsx').then((m) => m.NewThreatAnalysisPage));
const ThreatAnalysisPage = page(() => import('./ThreatAnalysisPage.tsx').then((m) => m.ThreatAnalysisPage));
const CrowdNewPage = page(() => import('./CrowdNewPage.tsx').then((m) => m.CrowdNewPage));
const CrowdSimulationPage = page(() => import('./CrowdSimulationPage.tsx').then((m) => m.CrowdSimulationPage));
const NewProtectionPlanPage = page(() => import('./NewProtectionPlanPage.tsx').then((m) => m.NewProtectionPlanPage));
const ProtectionPlanPage = page(() => import('./ProtectionPlanPage.tsx').then((m) => m.ProtectionPlanPage));
const ProtectionComparePage = page(() => import('./ProtectionComparePage.tsx').then((m) => m.ProtectionComparePage));
const InvitePage = page(() => import('./InvitePage.tsx').then((m) => m.InvitePage));
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
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'network':
      return <NetworkPage slug={route.slug} />;
    case 'organisation':
      return <OrganisationPage />;
    case 'members':
      return <MembersPage />;
    case 'audit':
      return <AuditPage />;
    case 'briefings':
      return <BriefingsPage />;
    case 'briefing-new':
      return <NewBriefingPage />;
    case 'briefing':
      return <BriefingPage key={route.id} id={route.id} />;
    case 'jobs':
      return <JobsPage />;
    case 'sites':
      return <SitesPage />;
    case 'site-import':
      return <SiteImportPage />;
    case 'site':
      return <SitePage key={route.id} id={route.id} />;
    case 'threat-new':
      return <NewThreatAnalysisPage key={route.siteId} siteId={route.siteId} />;
    case 'threat':
      return <ThreatAnalysisPage key={route.id} id={route.id} />;
    case 'crowd-new':
      return <CrowdNewPage key={route.siteId} siteId={route.siteId} />;
    case 'crowd':
      return <CrowdSimulationPage key={route.id} id={route.id} />;
    case 'protection-new':
      return <NewProtectionPlanPage key={route.siteId} siteId={route.siteId} />;
    case 'protection':
      return <ProtectionPlanPage key={route.id} id={route.id} />;
    case 'protection-compare':
      return <ProtectionComparePage key={route.siteId} siteId={route.siteId} ids={route.ids} />;
    case 'invite':
      return <InvitePage token={route.token} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
