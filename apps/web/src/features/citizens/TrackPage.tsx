import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { statusWords } from './reportStatus.ts';
import './citizens.css';

/**
 * The reporter's follow-up of a report, by the token of its link (no account): its status and what it
 * means, the organisation's public note, when it was sent and last changed, the text they sent, and its
 * photo once the organisation publishes it. Never the reporter's name or contact.
 */
export function TrackPage({ token }: { token: string }) {
  const { t, formatDate } = useI18n();
  const report = useResource(() => api.trackReport(token), token);
  const back = (
    <p>
      <Link to={pathOf({ name: 'report', at: [] })}>← {t('citizens.track.back')}</Link>
    </p>
  );
  if (report.error || !report.data) return <LoadingOrError back={back} error={report.error} />;
  const r = report.data;
  return (
    <article className="page narrow citizens-track" aria-labelledby="track-title" data-testid="report-track">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow">{t('citizens.track.eyebrow')}</p>
          <h1 id="track-title">{t('citizens.track.title', { id: r.requestId })}</h1>
          <p className="meta">{t(`reportCategory.${r.category}`)}</p>
        </div>
      </header>
      <section className="card" aria-labelledby="track-status-title">
        <h2 id="track-status-title">{t('citizens.track.status')}</h2>
        <p>
          <StatusBadge status={r.status} /> {t(statusWords(r.status).meaning, { org: r.orgName })}
        </p>
        {r.statusNote && (
          <blockquote className="report-note" data-testid="track-note">
            <p className="meta">{t('citizens.track.note', { org: r.orgName })}</p>
            <p className="report-text">{r.statusNote}</p>
          </blockquote>
        )}
        <dl className="details">
          <dt>{t('citizens.track.org')}</dt>
          <dd data-testid="track-org">{r.orgName}</dd>
          <dt>{t('citizens.track.sent')}</dt>
          <dd>{formatDate(r.requestedAt, 'date-time')}</dd>
          <dt>{t('citizens.track.updated')}</dt>
          <dd data-testid="track-updated">{formatDate(r.updatedAt, 'date-time')}</dd>
          {r.address && (
            <>
              <dt>{t('citizens.track.address')}</dt>
              <dd>{r.address}</dd>
            </>
          )}
        </dl>
      </section>
      {(r.description !== null || r.photoUrl) && (
        <section className="card" aria-labelledby="track-text-title">
          <h2 id="track-text-title">{t('citizens.track.text')}</h2>
          {r.description !== null && (
            <p className="report-text" data-testid="track-description">
              {r.description}
            </p>
          )}
          {r.photoUrl && (
            <img
              className="report-photo-public"
              src={r.photoUrl}
              alt={t('citizens.track.photo')}
              loading="lazy"
            />
          )}
        </section>
      )}
      <p className="hint">{t('citizens.track.reload')}</p>
    </article>
  );
}
