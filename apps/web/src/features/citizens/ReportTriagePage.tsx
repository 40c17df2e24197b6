import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { PhotoBlurEditor } from './PhotoBlurEditor.tsx';
import { ReportsNotAllowed } from './ReportsNotAllowed.tsx';
import { ReportContact } from './ReportContact.tsx';
import { ReportFacts } from './ReportFacts.tsx';
import { ReportPinMap } from './ReportPinMap.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TriageForm } from './TriageForm.tsx';
import './citizens.css';

function Triage({ id, membership }: { id: string; membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const report = useResource(() => api.getReport(id), `${membership.orgId}|${id}`);
  const back = (
    <p>
      <Link to={pathOf({ name: 'citizen-reports' })}>← {t('citizens.reports.title')}</Link>
    </p>
  );
  if (report.error || !report.data) return <LoadingOrError back={back} error={report.error} />;
  const r = report.data;
  // The photo as stored, its faces blurred; the regions chosen are blurred into the published one.
  const photoSrc = r.hasPhoto ? api.reportPhotoPath(r.id) : null;
  return (
    <article className="page citizens-triage" aria-labelledby="triage-page-title" data-testid="report-triage">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow">{t(`reportCategory.${r.category}`)}</p>
          <h1 id="triage-page-title">{t('citizens.triage.pageTitle', { id: r.requestId })}</h1>
          <p className="meta">
            <StatusBadge status={r.status} />{' '}
            {t('citizens.triage.updated', { date: formatDate(r.updatedAt, 'date-time') })}
          </p>
        </div>
      </header>
      <div className="side-layout">
        <div className="citizens-main">
          <section className="card" aria-labelledby="report-text-title">
            <h2 id="report-text-title">{t('citizens.triage.description')}</h2>
            <p className="report-text" data-testid="report-description">
              {r.description}
            </p>
            {r.mediaUrl && (
              <p className="meta">
                {t('citizens.triage.mediaUrl')}{' '}
                <a href={r.mediaUrl} target="_blank" rel="noreferrer noopener">
                  {r.mediaUrl}
                </a>
              </p>
            )}
          </section>
          {can(membership, 'report.triage') ? (
            <TriageForm report={r} photoSrc={photoSrc} onSaved={(saved) => report.setData(() => saved)} />
          ) : (
            <section className="card" aria-labelledby="triage-read-title">
              <h2 id="triage-read-title">{t('citizens.triage.title')}</h2>
              {r.statusNote && <p className="report-text">{r.statusNote}</p>}
              <p>{r.published ? t('citizens.triage.isPublished') : t('citizens.triage.notPublished')}</p>
              {photoSrc && (
                <PhotoBlurEditor
                  src={photoSrc}
                  alt={t('citizens.triage.photo')}
                  regions={r.blurRegions}
                  onChange={null}
                />
              )}
              <p className="hint">{t('citizens.triage.readOnly')}</p>
            </section>
          )}
        </div>
        <aside className="side-panels" aria-label={t('citizens.triage.aside')}>
          <ReportFacts report={r} />
          <ReportContact report={r} />
          {r.location && <ReportPinMap place={r.location} />}
        </aside>
      </div>
    </article>
  );
}

/** A report the acting organisation received: what was reported, by whom (unless anonymous), where, its triage. */
export function ReportTriagePage({ id }: { id: string }) {
  return (
    <RequireOrg>
      {(m) =>
        can(m, 'report.read') ? (
          <Triage key={m.orgId} id={id} membership={m} />
        ) : (
          <ReportsNotAllowed membership={m} />
        )
      }
    </RequireOrg>
  );
}
