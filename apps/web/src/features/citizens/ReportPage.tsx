import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { EmergencyNotice } from './EmergencyNotice.tsx';
import { ReportForm, type SentReport } from './ReportForm.tsx';
import { ReportReceiptView } from './ReportReceiptView.tsx';
import { placeOfQuery } from './reportPlace.ts';
import './citizens.css';

/**
 * The public reporting page (no account): a non-emergency problem of a public space, sent to the
 * organisation that takes its category where it is; then the link to follow it. `?at=lng,lat` opens the
 * map there (a city's page links with its place).
 */
export function ReportPage({ at }: { at: readonly string[] }) {
  const { t } = useI18n();
  const [sent, setSent] = useState<SentReport | null>(null);
  // A new form (empty) for another report.
  const [round, setRound] = useState(0);
  return (
    <article className="page narrow citizens-report" aria-labelledby="report-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">{t('citizens.report.eyebrow')}</p>
          <h1 id="report-title">{t('citizens.report.title')}</h1>
          <p className="lead">{t('citizens.report.intro')}</p>
        </div>
      </header>
      <EmergencyNotice />
      {sent ? (
        <ReportReceiptView
          sent={sent}
          onAnother={() => {
            setSent(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <ReportForm key={round} start={placeOfQuery(at)} onSent={setSent} />
      )}
      <p className="meta">
        {t('citizens.report.privacy')}{' '}
        <Link to={pathOf({ name: 'transparency' })}>{t('citizens.transparencyLink')}</Link>
      </p>
    </article>
  );
}
