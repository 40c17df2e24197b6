import type { Job } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { jobKindName } from './jobWords.ts';

/** A labelled progress bar for a job (named by its kind, in words), with its percentage. */
export function JobProgress({ job }: { job: Job }) {
  const { t } = useI18n();
  const percent = Math.round(job.progress * 100);
  return (
    <div className="progress">
      <progress
        max={100}
        value={percent}
        aria-label={t('jobs.progressLabel', { kind: jobKindName(job.kind, t) })}
        data-testid="job-progress"
      />
      <span className="progress-value">{percent} %</span>
    </div>
  );
}
