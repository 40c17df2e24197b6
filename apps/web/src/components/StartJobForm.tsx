import type { Job } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { useAction } from '../hooks/useAction.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useStatus } from '../hooks/useStatus.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

export const DIAGNOSTIC_JOB = 'diagnostic.count-primes';

/**
 * Starts the diagnostic job (counts primes below a limit in 20 steps, optionally pausing after each): a way
 * to see the job system, its live progress and cancellation work end to end.
 */
export function StartJobForm({ onStarted }: { onStarted: (job: Job) => void }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [limit, setLimit] = useState('2000000');
  const [delay, setDelay] = useState('100');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const job = await action.run(() =>
      api.startJob({ kind: DIAGNOSTIC_JOB, input: { limit: Number(limit), delayMsPerStep: Number(delay) } }),
    );
    if (!job) return;
    onStarted(job);
    announce(t('jobs.started'));
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('jobs.diagnostic')}</h2>
      <form className="form form-row" onSubmit={(e) => void submit(e)} aria-busy={action.busy}>
        <div className="field">
          <label htmlFor={`${id}-limit`}>{t('jobs.limit')}</label>
          <input
            id={`${id}-limit`}
            type="number"
            min={2}
            max={100_000_000}
            step={1}
            required
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-delay`}>{t('jobs.delay')}</label>
          <input
            id={`${id}-delay`}
            type="number"
            min={0}
            max={1000}
            step={1}
            required
            value={delay}
            onChange={(e) => setDelay(e.target.value)}
          />
        </div>
        <button type="submit" className="button-primary" disabled={action.busy}>
          {t('jobs.start')}
        </button>
      </form>
      <ErrorMessage error={action.error} />
    </section>
  );
}
