import type { Route } from '../router/routes.ts';
import { AuditPage } from './AuditPage.tsx';
import { BriefingPage } from './BriefingPage.tsx';
import { BriefingsPage } from './BriefingsPage.tsx';
import { InvitePage } from './InvitePage.tsx';
import { JobsPage } from './JobsPage.tsx';
import { MembersPage } from './MembersPage.tsx';
import { NetworkPage } from './NetworkPage.tsx';
import { NewBriefingPage } from './NewBriefingPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { OrganisationPage } from './OrganisationPage.tsx';
import { SiteImportPage } from './SiteImportPage.tsx';
import { SitePage } from './SitePage.tsx';
import { SitesPage } from './SitesPage.tsx';
import { NewThreatAnalysisPage } from './NewThreatAnalysisPage.tsx';
import { ThreatAnalysisPage } from './ThreatAnalysisPage.tsx';
import { CrowdNewPage } from './CrowdNewPage.tsx';
import { CrowdSimulationPage } from './CrowdSimulationPage.tsx';
import { NewProtectionPlanPage } from './NewProtectionPlanPage.tsx';
import { ProtectionComparePage } from './ProtectionComparePage.tsx';
import { ProtectionPlanPage } from './ProtectionPlanPage.tsx';

/** The page of a route. */
export function PageFor({ route }: { route: Route }) {
  switch (route.name) {
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
