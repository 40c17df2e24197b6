import type { Exercise, ExerciseStatus } from '@pactesur/contracts';
import { useId } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { CorrectiveActionsTable } from './CorrectiveActionsTable.tsx';
import { FeedbackList } from './FeedbackList.tsx';
import { localDay } from './actionPlan.ts';
import { ObservationList } from './ObservationList.tsx';
import { ReplayPanel } from './ReplayPanel.tsx';
import { ReportMetrics } from './ReportMetrics.tsx';
import { ReportRatings } from './ReportRatings.tsx';

interface Props {
  readonly exercise: Exercise;
  readonly status: ExerciseStatus;
  /** Moves on with the news of the run, the observations and the plan: the report is drawn up again. */
  readonly round: string;
}

/**
 * The after-action report, for the evaluators and controllers, as it stands: the ratings by objective and
 * capability, the strengths and areas for improvement, the feedback, the improvement plan, the metrics,
 * its PDF in the reader's language, and the replay of the whole exercise.
 */
export function ReportView({ exercise, status, round }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const started = status !== 'planning';
  const report = useResource(() => (started ? api.exerciseReport(exercise.id) : Promise.resolve(null)), `${exercise.id}:${started}:${round}`);
  const r = report.data;
  return (
    <section className="card after-action-report" aria-labelledby={`${id}-title`} data-testid="after-action-report">
      <h2 id={`${id}-title`}>{t('exerciseReport.title')}</h2>
      {!started && <p className="notice">{t('exerciseReport.notStarted')}</p>}
      {started && (
        <p>
          <span className="hint">{t('exerciseReport.hint')}</span>{' '}
          <a href={api.exerciseReportPath(exercise.id, locale)} type="application/pdf" data-testid="report-pdf">
            {t('exerciseReport.pdf')}
          </a>
        </p>
      )}
      <ErrorMessage error={report.error} />
      {started && !r && !report.error && <p className="loading">{t('app.loading')}</p>}
      {r && (
        <>
          <h3 id={`${id}-ratings`}>{t('exerciseReport.ratings')}</h3>
          <ReportRatings ratings={r.ratings} guide={exercise} />
          <div className="report-columns">
            <section aria-labelledby={`${id}-strengths`} data-testid="report-strengths">
              <h3 id={`${id}-strengths`}>{t('exerciseReport.strengths')}</h3>
              <ObservationList exerciseId={exercise.id} observations={r.strengths} guide={exercise} empty="exerciseReport.strengthsEmpty" />
            </section>
            <section aria-labelledby={`${id}-improvements`} data-testid="report-improvements">
              <h3 id={`${id}-improvements`}>{t('exerciseReport.improvements')}</h3>
              <ObservationList exerciseId={exercise.id} observations={r.improvements} guide={exercise} empty="exerciseReport.improvementsEmpty" />
            </section>
          </div>
          <section aria-labelledby={`${id}-feedback`} data-testid="report-feedback">
            <h3 id={`${id}-feedback`}>{t('exerciseFeedback.title')}</h3>
            <FeedbackList feedback={r.feedback} />
          </section>
          <section aria-labelledby={`${id}-actions`} data-testid="report-actions">
            <h3 id={`${id}-actions`}>{t('exerciseActions.title')}</h3>
            <CorrectiveActionsTable name={exercise.name} actions={r.actions} capabilities={exercise.capabilities} eventName={() => null} today={localDay(new Date())} />
          </section>
          <section aria-labelledby={`${id}-metrics`}>
            <h3 id={`${id}-metrics`}>{t('exerciseReport.metrics')}</h3>
            <ReportMetrics metrics={r.metrics} />
          </section>
          <section aria-labelledby={`${id}-replay`}>
            <h3 id={`${id}-replay`}>{t('exerciseReplay.title')}</h3>
            <ReplayPanel timeline={r.timeline} participants={exercise.participants} />
          </section>
        </>
      )}
    </section>
  );
}
