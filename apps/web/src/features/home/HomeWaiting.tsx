import { HOME_SHARES_DAYS, type HomeJob, type ReceivedShare } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { recordKindName } from '../audit/auditText.ts';
import { jobKindName } from '../jobs/jobKindName.ts';
import { recordPath } from './recordPath.ts';

/** What waits for the user: the jobs still running (each with the record it computes) and the records shared lately. */
export function HomeWaiting({ jobs, shares }: { jobs: readonly HomeJob[]; shares: readonly ReceivedShare[] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="card home-panel" aria-labelledby="home-waiting-title" data-testid="home-waiting">
      <h2 id="home-waiting-title">{t('home.waiting.title')}</h2>
      <h3>{t('home.jobs.title')}</h3>
      {jobs.length === 0 ? (
        <p className="hint">{t('home.jobs.none')}</p>
      ) : (
        <ul className="home-list" data-testid="home-jobs">
          {jobs.map((j) => {
            const label = j.record ? `${recordKindName(t, j.record.kind)}: ${j.record.name}` : jobKindName(t, j.kind);
            const to = j.record ? recordPath(j.record.kind, j.record.id) : null;
            return (
              <li key={j.id}>
                <Link to={to ?? pathOf({ name: 'jobs' })}>{label}</Link>
                <span className="meta"> · {t(`jobStatus.${j.status}`)}</span>
                <ProgressBar label={label} value={j.progress} />
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('home.shares.title')}</h3>
      {shares.length === 0 ? (
        <p className="hint">{t('home.shares.none', { days: HOME_SHARES_DAYS })}</p>
      ) : (
        <ul className="home-list" data-testid="home-shares">
          {shares.map((s) => {
            const to = recordPath(s.kind, s.id);
            const label = `${recordKindName(t, s.kind)}: ${s.name ?? t('common.none')}`;
            return (
              <li key={`${s.kind}:${s.id}`}>
                {to ? <Link to={to}>{label}</Link> : label}
                <span className="meta">
                  {' · '}
                  {t('home.shares.from', { org: s.ownerOrgName ?? t('common.none'), date: formatDate(s.grantedAt, 'date') })}
                  {' · '}
                  {t(`access.${s.right}`)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
