import type { MapLayersJson } from '@pactesur/api-client';
import { ROLE_RANK, type MyMembership } from '@pactesur/contracts';
import { api } from '../api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Link } from '../components/Link.tsx';
import { RequireOrg } from '../components/RequireOrg.tsx';
import { ThreatAnalysisForm } from '../components/ThreatAnalysisForm.tsx';
import { useAction } from '../hooks/useAction.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useStatus } from '../hooks/useStatus.tsx';
import { navigate } from '../router/history.ts';
import { pathOf } from '../router/routes.ts';

function NewThreatAnalysis({ siteId, membership }: { siteId: string; membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const site = useResource(() => api.getSite(siteId), `${siteId}:${membership.orgId}`);
  const layers = useResource<MapLayersJson>(() => api.siteLayers(siteId), siteId);
  const action = useAction();
  const sitePath = pathOf({ name: 'site', id: siteId });
  const back = (
    <p>
      <Link to={sitePath}>← {site.data ? site.data.name : t('threatForm.backToSite')}</Link>
    </p>
  );
  if (site.error)
    return (
      <>
        {back}
        <ErrorMessage error={site.error} />
      </>
    );
  if (!site.data) return <p className="loading">{t('app.loading')}</p>;
  const s = site.data;
  const mayStart = ROLE_RANK[membership.role] >= ROLE_RANK.analyst;

  return (
    <article className="page" aria-labelledby="threat-new-title">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t('threat.sensitive', { org: membership.orgName })}</p>
          <h1 id="threat-new-title">{t('threatForm.title', { name: s.name })}</h1>
          <p className="lead">{t('threatForm.intro')}</p>
        </div>
      </header>
      {!mayStart ? (
        <p className="notice">{t('threat.analystsOnly')}</p>
      ) : (
        <section className="card" aria-label={t('threatForm.title', { name: s.name })}>
          <ErrorMessage error={action.error} />
          <ThreatAnalysisForm
            site={s}
            layers={layers.data ?? null}
            busy={action.busy}
            onCancel={() => navigate(sitePath)}
            onSubmit={(body) =>
              void action.run(async () => {
                const started = await api.startThreatAnalysis(s.id, body);
                navigate(pathOf({ name: 'threat', id: started.id }));
                announce(t('threat.started', { name: started.name }));
              })
            }
          />
        </section>
      )}
    </article>
  );
}

/** The form starting a vehicle threat analysis of a site (analysts and above). */
export function NewThreatAnalysisPage({ siteId }: { siteId: string }) {
  return <RequireOrg>{(m) => <NewThreatAnalysis key={m.orgId} siteId={siteId} membership={m} />}</RequireOrg>;
}
