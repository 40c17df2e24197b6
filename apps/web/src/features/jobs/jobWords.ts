import type { Job, JobRecord } from '@pactesur/contracts';
import { en } from '../../i18n/en.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { routeOfRecord } from '../../router/routeOfRecord.ts';
import type { Route } from '../../router/routes.ts';

/**
 * The name of a kind of job in the reader's language ("Vehicle threat analysis" for `vehicle.threat`);
 * a kind the dictionaries do not know is a "background job", never its internal name.
 */
export function jobKindName(kind: string, t: Translate): string {
  const key = `job.kind.${kind}`;
  return t(Object.hasOwn(en, key) ? (key as MessageKey) : 'job.kind.unknown');
}

/** What the status column says: a plan job that found no plan possible is not "succeeded". */
export function jobStatusKey(job: Job): MessageKey {
  return job.infeasible ? 'jobStatus.noPlan' : `jobStatus.${job.status}`;
}

/** The outcome of a job in words: ready, no plan possible and why, failed and why, cancelled, still running. */
export function jobOutcome(job: Job, t: Translate): string {
  switch (job.status) {
    case 'succeeded':
      return job.infeasible
        ? t('jobs.outcome.noPlan', { reason: job.infeasible.reason })
        : t('jobs.outcome.succeeded');
    case 'failed':
      return job.error ? t('jobs.outcome.failed', { reason: job.error }) : t('jobs.outcome.failedUnknown');
    case 'cancelled':
      return t('jobs.outcome.cancelled');
    case 'queued':
      return t('jobs.outcome.queued');
    case 'running':
      return t('jobs.outcome.running');
  }
}

/** The page of the record a job computed; an extract without a site yet opens the register. */
export function recordRoute(record: JobRecord): Route {
  if (record.kind === 'extract') return { name: 'sites' };
  // A kind no feature gives a page stays on the jobs page, where the job is listed.
  return routeOfRecord(record.kind, record.id) ?? { name: 'jobs' };
}
