import type { Feedback } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The hot wash and the participants' feedback, in the order given: who, for which organisation, what. */
export function FeedbackList({ feedback }: { feedback: readonly Feedback[] }) {
  const { t, formatDate } = useI18n();
  if (feedback.length === 0) return <p className="empty">{t('exerciseFeedback.none')}</p>;
  return (
    <ol className="feedback-list" data-testid="feedback-list">
      {feedback.map((f) => (
        <li key={f.id} className="feedback" data-testid="feedback" data-kind={f.kind} data-org-id={f.orgId}>
          <p className="meta">
            <span className={`badge feedback-kind-${f.kind}`}>{t(`exerciseFeedback.kind.${f.kind}`)}</span> <strong>{f.byName}</strong> · {f.orgName} ·{' '}
            {formatDate(f.at, 'compact')}
            {f.score !== null && <> · {t('exerciseFeedback.scoreIs', { score: f.score })}</>}
          </p>
          <dl className="feedback-answers">
            {f.wentWell && (
              <div>
                <dt>{t('exerciseFeedback.wentWell')}</dt>
                <dd className="prewrap">{f.wentWell}</dd>
              </div>
            )}
            {f.toImprove && (
              <div>
                <dt>{t('exerciseFeedback.toImprove')}</dt>
                <dd className="prewrap">{f.toImprove}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ol>
  );
}
