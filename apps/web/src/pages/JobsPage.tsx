import { ROLE_RANK, type Job, type MyMembership } from '@pactesur/contracts';
import { api } from '../api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { RequireOrg } from '../components/RequireOrg.tsx';
import { StartJobForm } from '../components/StartJobForm.tsx';
import { useAction } from '../hooks/useAction.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useJobs } from '../hooks/useJobs.ts';
import { useStatus } from '../hooks/useStatus.tsx';
import { isFinished } from '../jobs/jobEvents.ts';

const outcomeOf = (job: Job): string => {
  if (job.error) return job.error;
  if (job.result === null || job.result === undefined) return job.message ?? '';
  const text = JSON.stringify(job.result);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
};

function Jobs({ membership }: { membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const jobs = useJobs(membership.orgId);
  const action = useAction();
  const canRun = ROLE_RANK[membership.role] >= ROLE_RANK.analyst;
  const cancel = (job: Job) =>
    void action.run(async () => {
      const updated = await api.cancelJob(job.id);
      jobs.setData((list) => list?.map((j) => (j.id === updated.id ? updated : j)));
      announce(t('jobs.cancelled'));
    });

  return (
    <article className="page" aria-labelledby="jobs-title">
      <header className="page-header">
        <div>
          <h1 id="jobs-title">{t('jobs.title')}</h1>
          <p className="meta">{t('jobs.intro')}</p>
        </div>
      </header>
      {canRun && <StartJobForm onStarted={jobs.add} />}
      <ErrorMessage error={jobs.error ?? action.error} />
      {jobs.data?.length === 0 && <p className="hint">{t('jobs.empty')}</p>}
      {jobs.data && jobs.data.length > 0 && (
        <table className="table" data-testid="jobs">
          <caption>{t('jobs.caption', { org: membership.orgName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobs.col.kind')}</th>
              <th scope="col">{t('jobs.col.status')}</th>
              <th scope="col">{t('jobs.col.progress')}</th>
              <th scope="col">{t('jobs.col.created')}</th>
              <th scope="col">{t('jobs.col.outcome')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.map((job) => (
              <tr key={job.id} data-status={job.status}>
                <th scope="row" className="mono">
                  {job.kind}
                </th>
                <td>
                  <span className={`badge badge-job-${job.status}`}>{t(`jobStatus.${job.status}`)}</span>
                </td>
                <td>
                  <JobProgress job={job} />
                </td>
                <td className="nowrap">{formatDate(job.createdAt, 'date-time')}</td>
                <td className="outcome">{outcomeOf(job)}</td>
                <td>
                  {canRun && !isFinished(job) && (
                    <button
                      type="button"
                      className="button-danger"
                      disabled={action.busy}
                      onClick={() => cancel(job)}
                      aria-label={t('jobs.cancelLabel', { kind: job.kind })}
                    >
                      {t('jobs.cancel')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/** The acting organisation's background jobs with live progress; start the diagnostic job, cancel. */
export function JobsPage() {
  return <RequireOrg>{(m) => <Jobs key={m.orgId} membership={m} />}</RequireOrg>;
}
