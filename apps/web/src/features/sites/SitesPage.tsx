import type { MyMembership, Site } from '@pactesur/contracts';
import { useMemo } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { SiteMap } from './SiteMap.tsx';
import { SiteMapLegend } from './SiteMapLegend.tsx';
import { SitesTable } from './SitesTable.tsx';
import { outlineBounds } from './map/outlines.ts';

const NO_SITES: readonly Site[] = [];

function Sites({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const sites = useResource(() => api.listSites(), membership.orgId);
  const list = sites.data ?? NO_SITES;
  const fit = useMemo(() => outlineBounds(list), [list]);
  const canWrite = can(membership, 'site.register');
  return (
    <article className="page" aria-labelledby="sites-title">
      <header className="page-header">
        <div>
          <h1 id="sites-title">{t('sites.title')}</h1>
          <p className="meta">{t('sites.intro', { org: membership.orgName })}</p>
        </div>
        {canWrite && (
          <Link className="button button-primary" to={pathOf({ name: 'site-import' })}>
            {t('sites.import')}
          </Link>
        )}
      </header>
      <ErrorMessage error={sites.error} />
      {sites.data?.length === 0 && <p className="hint">{t('sites.empty')}</p>}
      {sites.data && sites.data.length > 0 && (
        <>
          <section aria-labelledby="sites-map-title">
            <h2 id="sites-map-title">{t('sites.mapTitle')}</h2>
            <div className="map-layout">
              <SiteMap
                label={t('sites.mapLabel')}
                layers={null}
                outlines={list}
                fit={fit}
                onSelect={(id) => navigate(pathOf({ name: 'site', id }))}
                testId="sites-map"
              />
              <SiteMapLegend base={false} />
            </div>
          </section>
          <section aria-labelledby="sites-table-title">
            <h2 id="sites-table-title" className="visually-hidden">
              {t('sites.caption')}
            </h2>
            <SitesTable sites={list} caption={t('sites.caption')} />
          </section>
        </>
      )}
    </article>
  );
}

/** The register of public spaces: the sites on a map and in a table; editors import from OpenStreetMap. */
export function SitesPage() {
  return <RequireOrg>{(m) => <Sites key={m.orgId} membership={m} />}</RequireOrg>;
}
