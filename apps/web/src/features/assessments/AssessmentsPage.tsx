import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { AssessmentsTable } from './AssessmentsTable.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import './assessments.css';

function Assessments({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const dashboard = useResource(() => api.assessmentDashboard(), membership.orgId);
  const list = useResource(() => api.listAssessments(), membership.orgId);
  const canStart = can(membership, 'assessment.create');
  return (
    <article className="page" aria-labelledby="assessments-title">
      <header className="page-header">
        <div>
          <h1 id="assessments-title">{t('assessments.title')}</h1>
          <p className="lead">{t('assessments.intro')}</p>
        </div>
        {canStart && (
          <Link className="button button-primary" to={pathOf({ name: 'assessment-new', siteId: [] })}>
            {t('assessments.new')}
          </Link>
        )}
      </header>
      <section className="card" aria-labelledby="dashboard-title">
        <h2 id="dashboard-title">{t('assessments.dashboardTitle')}</h2>
        <ErrorMessage error={dashboard.error} />
        {dashboard.loading && !dashboard.data && <p className="loading">{t('app.loading')}</p>}
        {dashboard.data?.sites.length === 0 && <p className="empty">{t('assessments.noSites')}</p>}
        {dashboard.data && dashboard.data.sites.length > 0 && (
          <DashboardTable sites={dashboard.data.sites} orgName={membership.orgName} canStart={canStart} />
        )}
      </section>
      <section className="card" aria-labelledby="all-assessments-title">
        <h2 id="all-assessments-title">{t('assessments.allTitle')}</h2>
        <ErrorMessage error={list.error} />
        {list.data?.length === 0 && <p className="empty">{t('assessments.empty')}</p>}
        {list.data && list.data.length > 0 && <AssessmentsTable assessments={list.data} />}
      </section>
    </article>
  );
}

/** The dashboard of assessments: the organisation's sites by highest risk, then every assessment and version. */
export function AssessmentsPage() {
  return <RequireOrg>{(m) => <Assessments key={m.orgId} membership={m} />}</RequireOrg>;
}
