import type { MapLayersJson } from '@pactesur/api-client';
import { ROLE_RANK, type MyMembership, type ThreatAnalysis } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../api.ts';
import { ConfirmDelete } from '../components/ConfirmDelete.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Link } from '../components/Link.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { RequireOrg } from '../components/RequireOrg.tsx';
import { SharingPanel } from '../components/SharingPanel.tsx';
import { ThreatResultView } from '../components/ThreatResultView.tsx';
import { byClassOrder, vehicleClassName } from '../components/vehicleClassName.ts';
import { useAction } from '../hooks/useAction.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useStatus } from '../hooks/useStatus.tsx';
import { useThreatAnalysis } from '../hooks/useThreatAnalysis.ts';
import { navigate } from '../router/history.ts';
import { pathOf } from '../router/routes.ts';

/** The analysis running (its progress) or failed (its reason). */
function ThreatProgress({ analysis: a }: { analysis: ThreatAnalysis }) {
  const { t } = useI18n();
  if (a.status === 'failed')
    return (
      <div className="error" role="alert" data-testid="threat-failed">
        {t('threat.failed', { reason: a.error ?? t('threatStatus.failed') })}
      </div>
    );
  if (a.status !== 'processing') return null;
  return (
    <section className="card" aria-labelledby="threat-running-title" data-testid="threat-running">
      <h2 id="threat-running-title">{t('threat.running')}</h2>
      <p className="hint">{t('threat.runningHint')}</p>
      <ProgressBar
        label={t('threat.progressOf', { name: a.name })}
        value={a.progress}
        testId="threat-progress"
      />
    </section>
  );
}

function ThreatAnalysisView({ id, membership }: { id: string; membership: MyMembership }) {
  const { t, formatDate, formatMeasure } = useI18n();
  const { announce } = useStatus();
  const { analysis, result, error } = useThreatAnalysis(id, membership.orgId);
  const siteId = analysis?.siteId ?? '';
  const site = useResource(() => (siteId ? api.getSite(siteId) : Promise.resolve(null)), siteId);
  // The layers come with the analysis: a partner it was shared with may not see the site itself.
  const layers = useResource<MapLayersJson | null>(() => api.threatLayers(id), `${id}:${membership.orgId}`);
  const orgs = useResource(() => api.listOrgs(), 'orgs');
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const siteName = site.data?.name ?? t('threat.theSite');
  const back = (
    <p>
      {site.data ? (
        <Link to={pathOf({ name: 'site', id: site.data.id })}>← {site.data.name}</Link>
      ) : (
        <Link to={pathOf({ name: 'sites' })}>← {t('site.back')}</Link>
      )}
    </p>
  );
  if (!analysis && error)
    return (
      <>
        {back}
        <ErrorMessage error={error} />
      </>
    );
  if (!analysis) return <p className="loading">{t('app.loading')}</p>;
  const a = analysis;
  // Analysts start analyses; deleting and sharing one takes an editor of the owner (as for every record).
  const isOwner = ROLE_RANK[membership.role] >= ROLE_RANK.editor && a.access === 'owner';
  const mayShare = ROLE_RANK[membership.role] >= ROLE_RANK.editor && a.access === 'owner';
  const classes = byClassOrder(a.classIds)
    .map((c) => vehicleClassName(t, c, result?.classes.find((r) => r.class === c)?.name))
    .join(', ');

  return (
    <article className="page" aria-labelledby="threat-title" data-status={a.status}>
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">
            {t('threat.sensitive', {
              org: orgs.data?.find((o) => o.id === a.ownerOrgId)?.name ?? membership.orgName,
            })}
          </p>
          <h1 id="threat-title">{a.name}</h1>
          <p className="meta">
            {t('threat.meta', { site: siteName, date: formatDate(a.createdAt, 'date-time') })} ·{' '}
            <span className={`badge badge-threat-${a.status}`}>{t(`threatStatus.${a.status}`)}</span> ·{' '}
            {t(`access.${a.access}`)}
          </p>
          <p className="meta">
            {t('threat.settings', {
              classes,
              spacing: formatMeasure(a.spacingM, 'm'),
              sensitivity: a.sensitivity ? t('common.yes') : t('common.no'),
            })}
          </p>
        </div>
        {isOwner && !confirming && (
          <div className="toolbar">
            <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
              {t('threat.delete')}
            </button>
          </div>
        )}
      </header>
      <ErrorMessage error={action.error ?? (result ? null : error)} />
      {confirming && (
        <ConfirmDelete
          question={t('threat.confirmDelete', { name: a.name })}
          confirmLabel={t('threat.confirmDeleteYes', { name: a.name })}
          busy={action.busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void action.run(async () => {
              await api.deleteThreatAnalysis(a.id);
              navigate(pathOf({ name: 'site', id: a.siteId }));
              announce(t('threat.deleted', { name: a.name }));
            })
          }
        />
      )}
      <ThreatProgress analysis={a} />
      {a.status === 'ready' && !result && !error && <p className="loading">{t('threat.loadingResult')}</p>}
      {result && layers.error !== null && layers.error !== undefined && (
        <p className="notice">{t('threat.noLayers')}</p>
      )}
      {result && (
        <ThreatResultView analysis={a} result={result} layers={layers.data ?? null} siteName={siteName} />
      )}
      {mayShare && <SharingPanel kind="threat-analysis" recordId={a.id} ownerOrgId={a.ownerOrgId} />}
    </article>
  );
}

/** A vehicle threat analysis: its progress, then its map, entries, per-class summary and exports. */
export function ThreatAnalysisPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <ThreatAnalysisView key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
