import type { MapLayersJson } from '@pactesur/api-client';
import { ROLE_RANK, type MyMembership } from '@pactesur/contracts';
import { api } from '../api.ts';
import { CrowdSimulationForm } from '../components/CrowdSimulationForm.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Link } from '../components/Link.tsx';
import { RequireOrg } from '../components/RequireOrg.tsx';
import { useAction } from '../hooks/useAction.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useStatus } from '../hooks/useStatus.tsx';
import { navigate } from '../router/history.ts';
import { pathOf } from '../router/routes.ts';

function NewCrowdSimulation({ siteId, membership }: { siteId: string; membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const site = useResource(() => api.getSite(siteId), `${siteId}:${membership.orgId}`);
  const layers = useResource<MapLayersJson>(() => api.siteLayers(siteId), siteId);
  const action = useAction();
  const sitePath = pathOf({ name: 'site', id: siteId });
  const back = (
    <p>
      <Link to={sitePath}>← {site.data ? site.data.name : t('crowdForm.backToSite')}</Link>
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
    <article className="page" aria-labelledby="crowd-new-title">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t('crowd.sensitive', { org: membership.orgName })}</p>
          <h1 id="crowd-new-title">{t('crowdForm.title', { name: s.name })}</h1>
          <p className="lead">{t('crowdForm.intro')}</p>
        </div>
      </header>
      {!mayStart ? (
        <p className="notice">{t('crowd.analystsOnly')}</p>
      ) : (
        <section className="card" aria-label={t('crowdForm.title', { name: s.name })}>
          <CrowdSimulationForm
            site={s}
            layers={layers.data ?? null}
            busy={action.busy}
            onCancel={() => navigate(sitePath)}
            onSubmit={(body) =>
              void action.run(async () => {
                const started = await api.startCrowdSimulation(s.id, body);
                navigate(pathOf({ name: 'crowd', id: started.id }));
                announce(t('crowd.started', { name: started.name }));
              })
            }
          />
          {/* Beside the button that was pressed: a refused scenario says which exit or field is wrong. */}
          <div className="crowd-submit-error">
            <ErrorMessage error={action.error} />
          </div>
        </section>
      )}
    </article>
  );
}

/** The builder of a crowd simulation of a site (analysts and above). */
export function CrowdNewPage({ siteId }: { siteId: string }) {
  return (
    <RequireOrg>{(m) => <NewCrowdSimulation key={m.orgId} siteId={siteId} membership={m} />}</RequireOrg>
  );
}
