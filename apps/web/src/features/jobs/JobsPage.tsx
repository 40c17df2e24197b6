import type { Job, MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { JobProgress } from './JobProgress.tsx';
import { isFinished } from './jobEvents.ts';
import { jobKindName, jobOutcome, jobStatusKey, recordRoute } from './jobWords.ts';
import { useJobs } from './useJobs.ts';

/** The record a job computed, as a link to its page; an import not yet registered as a site opens the register. */
function RecordCell({ job }: { job: Job }) {
  const { t } = useI18n();
  const r = job.record;
  if (!r) return <span className="hint">{isFinished(job) ? t('jobs.recordGone') : t('common.none')}</span>;
  return (
    <Link to={pathOf(recordRoute(r))} data-testid="job-record">
      {r.kind === 'extract' ? t('jobs.sitesOfExtract', { file: r.name }) : r.name}
    </Link>
  );
}

function Jobs({ membership }: { membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const jobs = useJobs(membership.orgId);
  const action = useAction();
  const cancel = (job: Job) =>
    void action.run(async () => {
      const updated = await api.cancelJob(job.id);
      jobs.setData((list) => list?.map((j) => (j.id === updated.id ? { ...updated, record: j.record } : j)));
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
      <ErrorMessage error={jobs.error ?? action.error} />
      {jobs.data?.length === 0 && <p className="hint">{t('jobs.empty')}</p>}
      {jobs.data && jobs.data.length > 0 && (
        <TableScroll>
          <table className="table" data-testid="jobs">
            <caption>{t('jobs.caption', { org: membership.orgName })}</caption>
            <TableHead
              columns={[
                { label: 'jobs.col.job' },
                { label: 'jobs.col.record' },
                { label: 'jobs.col.status' },
                { label: 'jobs.col.progress' },
                { label: 'jobs.col.created' },
                { label: 'jobs.col.outcome' },
                { label: 'common.actions' },
              ]}
            />
            <tbody>
              {jobs.data.map((job) => {
                const kind = jobKindName(job.kind, t);
                const mine = job.ownerOrgId === membership.orgId;
                return (
                  <tr key={job.id} data-status={job.status} data-kind={job.kind}>
                    <th scope="row">{kind}</th>
                    <td>
                      <RecordCell job={job} />
                    </td>
                    <td>
                      <span className={`badge badge-job-${job.infeasible ? 'failed' : job.status}`}>
                        {t(jobStatusKey(job))}
                      </span>
                    </td>
                    <td>
                      <JobProgress job={job} />
                    </td>
                    <td className="nowrap">{formatDate(job.createdAt, 'date-time')}</td>
                    <td className="outcome">{jobOutcome(job, t)}</td>
                    <td>
                      {can(membership, 'job.cancel', mine ? 'owner' : 'read') && !isFinished(job) && (
                        <RowAction
                          text={t('jobs.cancel')}
                          label={t('jobs.cancelLabel', { kind })}
                          busy={action.busy}
                          onClick={() => cancel(job)}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}

/**
 * The acting organisation's background jobs: what each computes, in words, with live progress, its outcome
 * and a link to the record it computed; cancelling for those who may.
 */
export function JobsPage() {
  return <RequireOrg>{(m) => <Jobs key={m.orgId} membership={m} />}</RequireOrg>;
}
