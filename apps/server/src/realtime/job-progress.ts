import { jobOf, type JobChangeListener } from '../jobs/job-repository.ts';
import { jobChannel } from './channels.ts';
import type { Realtime } from './realtime.ts';

/**
 * Job progress on the live channels: every change of a job (queued, started, progress, finished) is
 * published on `job:<id>` as the job's API shape, with the change that made it, and announced once that
 * change is committed. Subscribers are whoever may read the job (`AccessService`).
 */
export function publishJobChanges(realtime: Pick<Realtime, 'publishInTransaction'>): JobChangeListener {
  return async (trx, row) => {
    const pending = await realtime.publishInTransaction(trx, jobChannel(row.id), jobOf(row));
    return () => pending.announce();
  };
}
