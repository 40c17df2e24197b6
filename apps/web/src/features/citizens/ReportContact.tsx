import type { Report } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The reporter's contact, read by the receiving organisation only; none when they hid their name. */
export function ReportContact({ report }: { report: Report }) {
  const { t } = useI18n();
  const c = report.contact;
  const name = [c.firstName, c.lastName].filter((p) => p !== '').join(' ');
  const given = name !== '' || c.email !== '' || c.phone !== '';
  return (
    <section className="card" aria-labelledby="report-contact-title" data-testid="report-contact-view">
      <h2 id="report-contact-title">{t('citizens.triage.contact')}</h2>
      {report.anonymous ? (
        <p data-testid="report-anonymous">{t('citizens.triage.anonymous')}</p>
      ) : !given ? (
        <p className="empty">{t('citizens.triage.noContact')}</p>
      ) : (
        <dl className="details">
          {name && (
            <>
              <dt>{t('citizens.triage.name')}</dt>
              <dd>{name}</dd>
            </>
          )}
          {c.email && (
            <>
              <dt>{t('citizens.contact.email')}</dt>
              <dd>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </dd>
            </>
          )}
          {c.phone && (
            <>
              <dt>{t('citizens.contact.phone')}</dt>
              <dd>
                <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
              </dd>
            </>
          )}
        </dl>
      )}
      <p className="hint">{t('citizens.triage.contactPrivate')}</p>
    </section>
  );
}
