import type { Report } from '@pactesur/contracts';
import { Fragment } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/** What a report is: its category and request id, when and how it came, where, and when it will be deleted. */
export function ReportFacts({ report: r }: { report: Report }) {
  const { t, formatDate } = useI18n();
  const attributes = Object.entries(r.attributes);
  return (
    <section className="card" aria-labelledby="report-facts-title" data-testid="report-facts">
      <h2 id="report-facts-title">{t('citizens.triage.facts')}</h2>
      <dl className="details">
        <dt>{t('citizens.triage.category')}</dt>
        <dd>{t(`reportCategory.${r.category}`)}</dd>
        <dt>{t('citizens.triage.requestId')}</dt>
        <dd className="mono">{r.requestId}</dd>
        <dt>{t('citizens.col.received')}</dt>
        <dd>{formatDate(r.requestedAt, 'date-time')}</dd>
        <dt>{t('citizens.triage.via')}</dt>
        <dd>{t(`citizens.via.${r.via}`)}</dd>
        {r.address && (
          <>
            <dt>{t('citizens.track.address')}</dt>
            <dd>{r.address}</dd>
          </>
        )}
        {r.location && (
          <>
            <dt>{t('citizens.triage.coordinates')}</dt>
            <dd className="mono" data-testid="report-coordinates">
              {r.location[1]}, {r.location[0]}
            </dd>
          </>
        )}
        {attributes.map(([code, value]) => (
          <Fragment key={code}>
            <dt className="mono">{code}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        <dt>{t('citizens.triage.purgeAfter')}</dt>
        <dd>{formatDate(r.purgeAfter)}</dd>
      </dl>
    </section>
  );
}
