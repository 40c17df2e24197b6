import { ROLE_RANK, type MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { HomeActivity } from './HomeActivity.tsx';
import { HomeSitesTable } from './HomeSitesTable.tsx';
import { HomeWaiting } from './HomeWaiting.tsx';

function Home({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const home = useResource(() => api.home(), membership.orgId);
  const canAnalyse = ROLE_RANK[membership.role] >= ROLE_RANK.analyst;
  const canImport = ROLE_RANK[membership.role] >= ROLE_RANK.editor;
  return (
    <article className="page" aria-labelledby="home-title">
      <header className="page-header">
        <div>
          <h1 id="home-title">{membership.orgName}</h1>
          <p className="meta">{t('home.intro')}</p>
        </div>
      </header>
      <ErrorMessage error={home.error} />
      {!home.data && !home.error && <p className="loading">{t('app.loading')}</p>}
      {home.data && (
        <>
          <section className="card" aria-labelledby="home-sites-title">
            <h2 id="home-sites-title">{t('home.sites.title')}</h2>
            {home.data.sites.length === 0 ? (
              <p className="hint">
                {t('home.sites.none')}{' '}
                {canImport && <Link to={pathOf({ name: 'site-import' })}>{t('sites.import')}</Link>}
              </p>
            ) : (
              <>
                <p className="hint">{t('home.sites.planNote')}</p>
                <HomeSitesTable sites={home.data.sites} canAnalyse={canAnalyse} />
              </>
            )}
          </section>
          <div className="home-columns">
            <HomeWaiting jobs={home.data.jobs} shares={home.data.sharesReceived} />
            <HomeActivity entries={home.data.activity} />
          </div>
        </>
      )}
    </article>
  );
}

/** The landing page after sign-in: the sites' state of protection, what waits for the user, recent activity. */
export function HomePage() {
  return <RequireOrg>{(m) => <Home key={m.orgId} membership={m} />}</RequireOrg>;
}
