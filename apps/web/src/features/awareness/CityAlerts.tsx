import { CapSeverityValue } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { CityAlertsMap } from './CityAlertsMap.tsx';
import { readPublicAlerts } from './map/publicAlerts.ts';

/** An alert's severity in the reader's language (the words of the alerts); nothing for a value CAP does not have. */
function SeverityTag({ severity }: { severity: string }) {
  const { t } = useI18n();
  const value = CapSeverityValue.safeParse(severity);
  return value.success ? <span className="tag">{t(`capSeverity.${value.data}`)}</span> : null;
}

/**
 * The city's public alerts in force, as its public GeoJSON gives them (no account needed): each with its
 * headline, severity, areas and end, the areas on a small map, and the city's feed to follow them.
 */
export function CityAlerts({ slug }: { slug: string }) {
  const { t, formatDate } = useI18n();
  const feed = useResource(
    async () =>
      readPublicAlerts(await api.transport.json<unknown>('GET', api.publicAlertFeedPath(slug, 'geojson'))),
    slug,
  );
  const alerts = feed.data?.alerts ?? [];
  return (
    <section className="card awareness-alerts" data-testid="city-alerts" aria-labelledby="city-alerts-title">
      <h2 id="city-alerts-title">{t('awareness.alertsTitle')}</h2>
      <ErrorMessage error={feed.error} />
      {feed.loading && !feed.data && <p className="loading">{t('app.loading')}</p>}
      {feed.data && alerts.length === 0 && <p className="empty">{t('awareness.alertsNone')}</p>}
      {alerts.length > 0 && (
        <ul className="awareness-alert-list">
          {alerts.map((a) => (
            <li key={a.identifier} data-testid="city-alert" data-severity={a.severity}>
              <strong>{a.headline || a.event}</strong>
              <SeverityTag severity={a.severity} />
              {a.areas.length > 0 && (
                <div className="meta">{t('awareness.alertAreas', { areas: a.areas.join(', ') })}</div>
              )}
              {a.expires && (
                <div className="meta">
                  {t('awareness.alertExpires', { date: formatDate(a.expires, 'date-time') })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {feed.data && feed.data.areas.features.length > 0 && <CityAlertsMap areas={feed.data.areas} />}
      <p>
        <a href={api.publicAlertFeedPath(slug)} type="application/atom+xml">
          {t('awareness.alertsFeed')}
        </a>
      </p>
    </section>
  );
}
