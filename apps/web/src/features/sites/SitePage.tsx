import type { MapLayersJson } from '@pactesur/api-client';
import type { MyMembership, Site } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { can } from '../../access/can.ts';
import { api, ApiError } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { CrowdSimulationsSection } from '../crowd/CrowdSimulationsSection.tsx';
import { ProtectionPlansSection } from '../protection/ProtectionPlansSection.tsx';
import { SharingPanel } from '../sharing/SharingPanel.tsx';
import { ThreatAnalysesSection } from '../threat/ThreatAnalysesSection.tsx';
import { SiteFacts } from './SiteFacts.tsx';
import { SiteForm } from './SiteForm.tsx';
import { SiteMap } from './SiteMap.tsx';
import { SiteMapLegend } from './SiteMapLegend.tsx';
import { outlineBounds } from './map/outlines.ts';

/** The map of a site: its extract's layers, the outline emphasised, framed on the outline. */
function SiteMapSection({ site }: { site: Site }) {
  const { t } = useI18n();
  const layers = useResource<MapLayersJson>(() => api.siteLayers(site.id), site.id);
  const outlines = useMemo(() => [site], [site]);
  const fit = useMemo(() => outlineBounds(outlines), [outlines]);
  const reason = layers.error instanceof ApiError ? layers.error.message : null;
  return (
    <section aria-labelledby="site-map-title">
      <h2 id="site-map-title">{t('site.mapTitle')}</h2>
      {layers.error !== null && layers.error !== undefined && (
        <p className="notice">{t('site.noLayers', { reason: reason ?? t('errors.unreachable') })}</p>
      )}
      <div className="map-layout">
        <SiteMap
          label={t('site.mapLabel', { name: site.name })}
          layers={layers.data ?? null}
          outlines={outlines}
          selectedId={site.id}
          fit={fit}
        />
        <SiteMapLegend emphasised base={layers.data !== undefined} />
      </div>
    </section>
  );
}

function SiteView({ id, membership }: { id: string; membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const site = useResource(() => api.getSite(id), `${id}:${membership.orgId}`);
  const action = useAction();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const back = (
    <p>
      <Link to={pathOf({ name: 'sites' })}>← {t('site.back')}</Link>
    </p>
  );
  if (site.error || !site.data) return <LoadingOrError back={back} error={site.error} />;
  const s = site.data;
  const canEdit = can(membership, 'record.edit', s.access);
  const canDelete = can(membership, 'record.delete', s.access);

  return (
    <article className="page" aria-labelledby="site-title">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t('site.sensitive', { org: s.ownerOrgName })}</p>
          <h1 id="site-title">{s.name}</h1>
          <p className="meta">
            {t(`siteCategory.${s.category}`)} · {t(`access.${s.access}`)} ·{' '}
            {t('site.updatedAt', { date: formatDate(s.updatedAt, 'date-time') })}
          </p>
        </div>
        {mode === 'view' && (
          <div className="toolbar">
            {canEdit && (
              <button type="button" onClick={() => setMode('edit')}>
                {t('site.edit')}
              </button>
            )}
            {canDelete && (
              <button type="button" className="button-danger" onClick={() => setMode('confirm-delete')}>
                {t('site.delete')}
              </button>
            )}
          </div>
        )}
      </header>
      <ErrorMessage error={action.error} />
      {mode === 'confirm-delete' && (
        <ConfirmDelete
          question={t('site.confirmDelete', { name: s.name })}
          confirmLabel={t('site.confirmDeleteYes', { name: s.name })}
          busy={action.busy}
          onCancel={() => setMode('view')}
          onConfirm={() =>
            void action.run(async () => {
              await api.deleteSite(s.id);
              navigate(pathOf({ name: 'sites' }));
              announce(t('site.deleted', { name: s.name }));
            })
          }
        />
      )}
      <SiteMapSection site={s} />
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{mode === 'edit' ? t('site.edit') : t('site.facts')}</h2>
        {mode === 'edit' ? (
          <SiteForm
            initial={s}
            busy={action.busy}
            submitLabel="common.save"
            onCancel={() => setMode('view')}
            onSubmit={(details) =>
              void action.run(async () => {
                const saved = await api.updateSite(s.id, details);
                site.setData(() => saved);
                setMode('view');
                announce(t('site.saved'));
              })
            }
          />
        ) : (
          <SiteFacts site={s} />
        )}
      </section>
      <ThreatAnalysesSection site={s} />
      <ProtectionPlansSection site={s} />
      <CrowdSimulationsSection site={s} />
      {can(membership, 'record.share', s.access) && <SharingPanel kind="site" recordId={s.id} ownerOrgId={s.ownerOrgId} />}
    </article>
  );
}

/**
 * One site of the register: its map, facts, its vehicle threat analyses, protection plans and crowd
 * simulations, editing with the right, deletion and sharing by the owner.
 */
export function SitePage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <SiteView key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
