import type { JobRow } from '../db/schema.ts';
import type { JobChangeListener } from '../jobs/job-repository.ts';
import type { Outbox } from '../outbox/outbox.ts';
import type { RecordStore } from './record-store.ts';

const FINISHED: Readonly<Record<string, 'record.ready' | 'record.failed'>> = {
  succeeded: 'record.ready',
  failed: 'record.failed',
  cancelled: 'record.failed',
};

/**
 * What leaves the platform when a job-computed record is done: `record.ready` or `record.failed` to the
 * owner organisation's webhooks, written in the transaction that ends the job (so it is sent exactly when
 * the record is settled, even if the server stops right after). The payload names the record, never its
 * content: a receiver reads that through the API, with the rights of its organisation.
 */
export function announceFinishedRecords(records: Pick<RecordStore, 'ofJob'>, outbox: Pick<Outbox, 'enqueue'>): JobChangeListener {
  return async (trx, job: JobRow) => {
    const event = FINISHED[job.status];
    if (!event || !job.finished_at) return;
    const record = await records.ofJob(trx, job);
    if (!record) return;
    await outbox.enqueue(trx, {
      ownerOrgId: record.ownerOrgId,
      event,
      payload: { kind: record.kind, id: record.id, name: record.name, jobId: job.id, status: job.status, error: job.error },
    });
  };
}
