import type { Feedback, PostFeedback } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

const KINDS = ['hot-wash', 'participant'] as const satisfies readonly PostFeedback['kind'][];
const SCORES = [1, 2, 3, 4, 5] as const;

interface Props {
  readonly exerciseId: string;
  /** Controllers record the hot wash as well as their own feedback; the others give theirs. */
  readonly chooseKind: boolean;
  readonly onSent: (feedback: Feedback) => void;
}

/** Feedback once play has ended: what went well, what to improve, how useful the exercise was (1–5). */
export function FeedbackForm({ exerciseId, chooseKind, onSent }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [kind, setKind] = useState<PostFeedback['kind']>(chooseKind ? 'hot-wash' : 'participant');
  const [wentWell, setWentWell] = useState('');
  const [toImprove, setToImprove] = useState('');
  const [score, setScore] = useState<number | null>(null);
  const [empty, setEmpty] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nothing = wentWell.trim() === '' && toImprove.trim() === '';
    setEmpty(nothing);
    if (nothing) return;
    const made = await action.run(() => api.giveExerciseFeedback(exerciseId, { kind, wentWell: wentWell.trim(), toImprove: toImprove.trim(), score }));
    if (!made) return;
    onSent(made);
    setWentWell('');
    setToImprove('');
    setScore(null);
    setSent(true);
    announce(t('exerciseFeedback.sent'));
  };

  return (
    <form className="form feedback-form" onSubmit={(e) => void submit(e)} aria-busy={action.busy} data-testid="feedback-form">
      {chooseKind && (
        <fieldset className="field-row">
          <legend>{t('exerciseFeedback.kind')}</legend>
          {KINDS.map((k) => (
            <div className="field-inline" key={k}>
              <input
                id={`${id}-${k}`}
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                aria-describedby={`${id}-${k}-hint`}
                onChange={() => setKind(k)}
              />
              <label htmlFor={`${id}-${k}`}>{t(`exerciseFeedback.kind.${k}`)}</label>
              <small className="hint" id={`${id}-${k}-hint`}>
                {t(`exerciseFeedback.kindHint.${k}`)}
              </small>
            </div>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-well`}>{t('exerciseFeedback.wentWell')}</label>
        <textarea id={`${id}-well`} rows={3} maxLength={5_000} value={wentWell} onChange={(e) => setWentWell(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-improve`}>{t('exerciseFeedback.toImprove')}</label>
        <textarea id={`${id}-improve`} rows={3} maxLength={5_000} value={toImprove} onChange={(e) => setToImprove(e.target.value)} />
      </div>
      <fieldset className="field-row feedback-score">
        <legend>{t('exerciseFeedback.score')}</legend>
        <div className="field-inline">
          <input id={`${id}-none`} type="radio" name={`${id}-score`} checked={score === null} onChange={() => setScore(null)} />
          <label htmlFor={`${id}-none`}>{t('exerciseFeedback.scoreNone')}</label>
        </div>
        {SCORES.map((s) => (
          <div className="field-inline" key={s}>
            <input id={`${id}-${s}`} type="radio" name={`${id}-score`} value={s} checked={score === s} onChange={() => setScore(s)} />
            <label htmlFor={`${id}-${s}`}>{s}</label>
          </div>
        ))}
      </fieldset>
      {empty && (
        <p className="field-problem" role="alert">
          {t('exerciseFeedback.empty')}
        </p>
      )}
      <ErrorMessage error={action.error} />
      {sent && (
        <p className="notice" data-testid="feedback-sent">
          {t('exerciseFeedback.sent')}
        </p>
      )}
      <FormActions busy={action.busy} submitLabel="exerciseFeedback.submit" busyLabel="exerciseFeedback.sending" />
    </form>
  );
}
