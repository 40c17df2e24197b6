import { useI18n } from '../../i18n/useI18n.tsx';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { failureText } from './failureText.ts';
import type { JobRecordNs } from './jobRecordNs.ts';

/** What the progress reads of a record its job computes. */
interface Running {
  readonly name: string;
  readonly status: 'processing' | 'ready' | 'failed';
  readonly progress: number;
  readonly error: string | null;
}

interface Props {
  readonly ns: JobRecordNs;
  /** Prefix of the element ids and test ids (`threat-running`, `threat-progress`, `threat-failed`). */
  readonly idPrefix: string;
  /** Where the record's statuses are named (`threatStatus.failed` …). */
  readonly statusNs: 'threatStatus' | 'planStatus' | 'crowdStatus';
  readonly record: Running;
}

/** A record being computed (its progress) or whose job failed (the reason); nothing once it is ready. */
export function JobRecordProgress({ ns, idPrefix, statusNs, record: r }: Props) {
  const { t } = useI18n();
  if (r.status === 'failed')
    return (
      <div className="error" role="alert" data-testid={`${idPrefix}-failed`}>
        {t(`${ns}.failed`, { reason: failureText(t, r.error) ?? t(`${statusNs}.failed`) })}
      </div>
    );
  if (r.status !== 'processing') return null;
  return (
    <section
      className="card"
      aria-labelledby={`${idPrefix}-running-title`}
      data-testid={`${idPrefix}-running`}
    >
      <h2 id={`${idPrefix}-running-title`}>{t(`${ns}.running`)}</h2>
      <p className="hint">{t(`${ns}.runningHint`)}</p>
      <ProgressBar
        label={t(`${ns}.progressOf`, { name: r.name })}
        value={r.progress}
        testId={`${idPrefix}-progress`}
      />
    </section>
  );
}
