import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { AlertsTable } from './AlertsTable.tsx';
import { ALERT_SECTIONS, episodesBySection } from './episodes.ts';
import './alerts.css';

function Alerts({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const alerts = useResource(() => api.listAlerts(), membership.orgId);
  const org = useResource(() => api.getOrg(membership.orgId), membership.orgId);
  const sections = alerts.data ? episodesBySection(alerts.data) : null;
  return (
    <article className="page" aria-labelledby="alerts-title">
      <header className="page-header">
        <div>
          <h1 id="alerts-title">{t('alerts.title')}</h1>
          <p className="meta">{t('alerts.intro')}</p>
        </div>
        {can(membership, 'alert.create') && (
          <Link className="button button-primary" to={pathOf({ name: 'alert-new' })}>
            {t('alerts.new')}
          </Link>
        )}
      </header>
      {org.data && (
        <p className="feed-links" data-testid="alert-feeds">
          {t('alerts.feeds', { org: org.data.name })}{' '}
          <a href={api.publicAlertFeedPath(org.data.slug)} type="application/atom+xml" data-testid="feed-atom">
            {t('alerts.feedAtom')}
          </a>{' '}
          ·{' '}
          <a href={api.publicAlertFeedPath(org.data.slug, 'geojson')} type="application/geo+json" data-testid="feed-geojson">
            {t('alerts.feedGeojson')}
          </a>
        </p>
      )}
      <ErrorMessage error={alerts.error ?? org.error} />
      {alerts.data?.length === 0 && <p className="hint">{t('alerts.empty')}</p>}
      {sections &&
        ALERT_SECTIONS.map((s) => {
          const episodes = sections.get(s) ?? [];
          if (episodes.length === 0) return null;
          return (
            <section key={s} aria-labelledby={`alerts-${s}`} data-testid={`alerts-${s}`}>
              <h2 id={`alerts-${s}`}>{t(`alertSection.${s}`)}</h2>
              <AlertsTable
                caption={t('alerts.caption', { section: t(`alertSection.${s}`) })}
                episodes={episodes}
                orgId={membership.orgId}
              />
            </section>
          );
        })}
    </article>
  );
}

/** The organisation's alerts by state, each with its updates and cancellation, and its public channels. */
export function AlertsPage() {
  return <RequireOrg>{(m) => <Alerts key={m.orgId} membership={m} />}</RequireOrg>;
}
